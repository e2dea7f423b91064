/* zs-generate.c — writes a large, realistic database for benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Starts from the demo data (units, staff, catalogue, partners) and adds
 * partner contacts, projects with the demo's mix of stages, grades, chains
 * and units (each with a consistent stage history, some brought by a
 * partner), leads referred by partners and a contact log. With
 * --enterprises, every chain gets segments (上游, 中游, 下游) and the chains
 * that many enterprises, most of them targets, for the industry map. The
 * same seed gives the same database.
 *   zs-generate --projects 100000 --partners 50000 [--enterprises 5000] large.db
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "zs-core.h"
#include "zs-database.h"

static int n_projects = 100000;
static int n_partners = 50000;
static int n_leads = -1;
static int n_contacts = -1;
static int n_enterprises = 0;
static int seed = 20261121;

static const GOptionEntry entries[] = {
  { "projects", 0, 0, G_OPTION_ARG_INT, &n_projects, "Projects to add (100000)", "N" },
  { "partners", 0, 0, G_OPTION_ARG_INT, &n_partners, "Partner contacts to add (50000)", "N" },
  { "leads", 0, 0, G_OPTION_ARG_INT, &n_leads, "Leads to add (a fifth of the projects)", "N" },
  { "contacts", 0, 0, G_OPTION_ARG_INT, &n_contacts, "Contact log entries to add (two per partner)", "N" },
  { "enterprises", 0, 0, G_OPTION_ARG_INT, &n_enterprises, "Enterprises on the chains to add (0)", "N" },
  { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "Random seed", "N" },
  { NULL }
};

static const char * const places[] = {
  "深圳", "上海", "北京", "杭州", "苏州", "青岛", "济南", "天津", "宁波", "广州",
  "无锡", "南京", "合肥", "厦门", "烟台", "淄博", "潍坊", "韩国", "日本", "新加坡", "德国",
};
static const char * const industries[] = {
  "新材料", "智能装备", "生物医药", "新能源汽车零部件", "预制菜", "高端化工", "精密铸造",
  "数字经济", "储能电池", "医疗器械", "跨境电商", "冷链物流", "纺织服装", "食品加工",
  "磁悬浮动力", "元宇宙", "无人机", "工业母机", "铝型材", "智能农机", "动力电池", "光伏组件",
};
static const char * const suffixes[] = {
  "项目", "产业园", "生产基地", "研发中心", "扩建项目", "二期项目", "总部基地", "配套项目",
};
static const char * const brand_chars[] = {
  "华", "盛", "瑞", "鑫", "泰", "宏", "远", "达", "恒", "通", "中", "天", "海", "金",
  "信", "德", "博", "安", "康", "润", "鸿", "众", "力", "新",
};
static const char * const surnames[] = {
  "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱",
  "胡", "郭", "何", "高", "林", "郑", "于", "宋", "韩", "曹", "冯", "邓", "丁", "孟",
};
static const char * const given[] = {
  "伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明",
  "超", "秀兰", "霞", "平", "刚", "桂英", "建国", "海燕", "志强", "晓东", "文博", "子涵",
};
static const char * const natives[] = {
  "潍城", "奎文", "寒亭", "坊子", "青州", "诸城", "寿光", "安丘", "高密", "昌邑", "临朐", "昌乐",
};

/* Stage mix of the demo data, per 100. */
static const int stage_weights[] = { 10, 16, 30, 10, 18, 10, 6 };
static const int grade_weights[] = { 60, 20, 12, 8 };
/* Enterprise roles: mostly targets; contact status: mostly early. */
static const int role_weights[] = { 5, 20, 75 };
static const int status_weights[] = { 40, 30, 15, 10, 5 };
static const int gap_weights[] = { 40, 25, 15, 20 };
/* Partner kinds: mostly notable natives, as one city's 4300+ show. */
static const int kind_weights[] = { 2, 1, 1, 3, 85, 8 };
/* Lead states: new, assessed, following, converted, dropped. */
static const int lead_status_weights[] = { 4, 6, 20, 40, 30 };

#define PICK(rand, array) (array[g_rand_int_range (rand, 0, G_N_ELEMENTS (array))])

static int
weighted (GRand     *rand,
          const int *weights,
          guint      n)
{
  int total = 0, r;

  for (guint i = 0; i < n; i++)
    total += weights[i];
  r = g_rand_int_range (rand, 0, total);
  for (guint i = 0; i < n; i++)
    {
      if (r < weights[i])
        return (int) i;
      r -= weights[i];
    }
  return 0;
}

static GArray *
all_ids (ZsStore *store,
         GType    type)
{
  g_autoptr(ZsQuery) query = zs_query_new (type);

  return zs_store_query (store, query, NULL);
}

static gint64
pick_id (GRand  *rand,
         GArray *ids)
{
  return ids->len ? g_array_index (ids, gint64, g_rand_int_range (rand, 0, ids->len)) : 0;
}

static gboolean
add_project (ZsStore     *store,
             GRand       *rand,
             GArray      *chains,
             GArray      *units,
             GArray      *people,
             GArray      *partners,
             const char  *today,
             GError     **error)
{
  g_autoptr(ZsProject) project = zs_project_new ();
  ZsRecord *r = ZS_RECORD (project);
  const char *place = PICK (rand, places);
  const char *industry = PICK (rand, industries);
  g_autofree char *name = g_strdup_printf ("%s%s%s", place, industry, PICK (rand, suffixes));
  g_autofree char *investor = g_strdup_printf ("%s%s%s%s有限公司", place, PICK (rand, brand_chars),
                                               PICK (rand, brand_chars), industry);
  int target = weighted (rand, stage_weights, G_N_ELEMENTS (stage_weights));
  int age = g_rand_int_range (rand, 5, 900);
  g_autofree char *date = zs_date_add_days (today, -age);
  /* 万元, kept in hundredths. */
  gint64 planned = (gint64) (g_rand_double_range (rand, 0.3, 3.0) * g_rand_double_range (rand, 1, 3) * 10000) * ZS_AMOUNT_SCALE;

  zs_record_set_string (r, ZS_PROJECT_NAME, name);
  zs_record_set_string (r, ZS_PROJECT_INVESTOR, investor);
  zs_record_set_enum (r, ZS_PROJECT_ORIGIN_KIND, g_rand_int_range (rand, 0, 4));
  zs_record_set_string (r, ZS_PROJECT_ORIGIN_CITY, place);
  zs_record_set_int (r, ZS_PROJECT_CHAIN_ID, pick_id (rand, chains));
  zs_record_set_int (r, ZS_PROJECT_UNIT_ID, pick_id (rand, units));
  zs_record_set_int (r, ZS_PROJECT_PERSON_ID, pick_id (rand, people));
  zs_record_set_enum (r, ZS_PROJECT_GRADE, weighted (rand, grade_weights, G_N_ELEMENTS (grade_weights)));
  zs_record_set_boolean (r, ZS_PROJECT_KEY_PROJECT, g_rand_int_range (rand, 0, 10) == 0);
  zs_record_set_int (r, ZS_PROJECT_PLANNED_INVESTMENT, planned);
  zs_record_set_int (r, ZS_PROJECT_EXPECTED_JOBS, g_rand_int_range (rand, 20, 800));
  zs_record_set_double (r, ZS_PROJECT_LAND, g_rand_int_range (rand, 0, 400));
  zs_record_set_enum (r, ZS_PROJECT_STAGE, ZS_STAGE_LEAD);
  zs_record_set_string (r, ZS_PROJECT_STAGE_SINCE, date);
  /* One project in six came through a partner. */
  if (g_rand_int_range (rand, 0, 6) == 0)
    zs_record_set_int (r, ZS_PROJECT_PARTNER_ID, pick_id (rand, partners));
  if (!zs_store_save (store, r, error))
    return FALSE;

  /* Walk through the stages up to the target, each step later than the last. */
  for (int stage = ZS_STAGE_NEGOTIATING; stage <= target; stage++)
    {
      int step = g_rand_int_range (rand, 5, 120);
      g_autofree char *next = NULL;

      if (age - step < 0)
        break;
      age -= step;
      next = zs_date_add_days (today, -age);
      if (stage == ZS_STAGE_TERMINATED)
        {
          if (!zs_project_change_stage (store, project, ZS_STAGE_TERMINATED, next, "投资方调整计划", error))
            return FALSE;
          break;
        }
      if (stage >= ZS_STAGE_SIGNED)
        zs_record_set_int (r, ZS_PROJECT_CONTRACT_AMOUNT, planned);
      if (!zs_project_change_stage (store, project, stage, next, NULL, error))
        return FALSE;
      /* Funds arrive in instalments from signing on, up to about 80%. */
      if (stage >= ZS_STAGE_SIGNED)
        {
          g_autoptr(ZsFundsEntry) entry = zs_funds_entry_new ();
          gint64 amount = planned * g_rand_int_range (rand, 0, 20) / 100;

          zs_record_set_int (ZS_RECORD (entry), ZS_FUNDS_ENTRY_PROJECT_ID, zs_record_get_id (r));
          zs_record_set_string (ZS_RECORD (entry), ZS_FUNDS_ENTRY_DATE, next);
          zs_record_set_int (ZS_RECORD (entry), ZS_FUNDS_ENTRY_AMOUNT, amount);
          if (amount > 0 && !zs_store_save (store, ZS_RECORD (entry), error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
add_partner (ZsStore  *store,
             GRand    *rand,
             GArray   *people,
             GError  **error)
{
  g_autoptr(ZsPartner) partner = zs_partner_new ();
  ZsRecord *r = ZS_RECORD (partner);
  ZsPartnerKind kind = weighted (rand, kind_weights, G_N_ELEMENTS (kind_weights));
  g_autofree char *name = NULL;
  g_autofree char *organisation = g_strdup_printf ("%s%s%s%s有限公司", PICK (rand, places),
                                                   PICK (rand, brand_chars), PICK (rand, brand_chars),
                                                   PICK (rand, industries));
  g_autofree char *phone = g_strdup_printf ("1%02d%08d", g_rand_int_range (rand, 30, 99),
                                            g_rand_int_range (rand, 0, 99999999));

  if (kind == ZS_PARTNER_CHAMBER || kind == ZS_PARTNER_LIAISON_OFFICE)
    name = g_strdup_printf ("%s潍坊商会", PICK (rand, places));
  else
    name = g_strdup_printf ("%s%s", PICK (rand, surnames), PICK (rand, given));

  zs_record_set_string (r, ZS_PARTNER_NAME, name);
  zs_record_set_enum (r, ZS_PARTNER_KIND, kind);
  zs_record_set_string (r, ZS_PARTNER_ORGANISATION, organisation);
  zs_record_set_string (r, ZS_PARTNER_CITY, PICK (rand, places));
  zs_record_set_string (r, ZS_PARTNER_NATIVE_PLACE, PICK (rand, natives));
  zs_record_set_string (r, ZS_PARTNER_PHONE, phone);
  zs_record_set_int (r, ZS_PARTNER_PERSON_ID, pick_id (rand, people));
  return zs_store_save (store, r, error);
}

static gboolean
add_lead (ZsStore     *store,
          GRand       *rand,
          GArray      *chains,
          GArray      *units,
          GArray      *people,
          GArray      *partners,
          const char  *today,
          GError     **error)
{
  g_autoptr(ZsLead) lead = zs_lead_new ();
  ZsRecord *r = ZS_RECORD (lead);
  const char *place = PICK (rand, places);
  const char *industry = PICK (rand, industries);
  g_autofree char *name = g_strdup_printf ("%s%s%s", place, industry, PICK (rand, suffixes));
  g_autofree char *company = g_strdup_printf ("%s%s%s%s有限公司", place, PICK (rand, brand_chars),
                                              PICK (rand, brand_chars), industry);
  g_autofree char *received = zs_date_add_days (today, -g_rand_int_range (rand, 0, 730));
  ZsLeadStatus status = weighted (rand, lead_status_weights, G_N_ELEMENTS (lead_status_weights));

  zs_record_set_string (r, ZS_LEAD_NAME, name);
  zs_record_set_string (r, ZS_LEAD_COMPANY, company);
  zs_record_set_int (r, ZS_LEAD_PARTNER_ID, pick_id (rand, partners));
  zs_record_set_string (r, ZS_LEAD_RECEIVED_DATE, received);
  zs_record_set_int (r, ZS_LEAD_CHAIN_ID, pick_id (rand, chains));
  zs_record_set_int (r, ZS_LEAD_ESTIMATED_INVESTMENT, (gint64) g_rand_int_range (rand, 1000, 200000) * ZS_AMOUNT_SCALE);
  zs_record_set_int (r, ZS_LEAD_UNIT_ID, pick_id (rand, units));
  zs_record_set_int (r, ZS_LEAD_PERSON_ID, pick_id (rand, people));
  zs_record_set_enum (r, ZS_LEAD_STATUS, status);
  zs_lead_set_deadlines_from_settings (store, lead);
  /* Most were answered on time, a few late; the newest not yet. */
  if (status != ZS_LEAD_NEW || g_rand_int_range (rand, 0, 2) == 0)
    {
      g_autofree char *responded = zs_date_add_days (received, g_rand_int_range (rand, 0, 3));

      if (zs_date_compare (responded, today) <= 0)
        zs_record_set_string (r, ZS_LEAD_RESPONDED_DATE, responded);
    }
  if (status != ZS_LEAD_NEW)
    {
      g_autofree char *assessed = zs_date_add_days (received, g_rand_int_range (rand, 1, 6));
      g_autofree char *fed_back = zs_date_add_days (received, g_rand_int_range (rand, 3, 12));

      if (zs_date_compare (assessed, today) <= 0)
        zs_record_set_string (r, ZS_LEAD_ASSESSED_DATE, assessed);
      if (zs_date_compare (fed_back, today) <= 0)
        zs_record_set_string (r, ZS_LEAD_FED_BACK_DATE, fed_back);
    }
  if (status == ZS_LEAD_DROPPED)
    zs_record_set_string (r, ZS_LEAD_DROP_REASON, "企业战略调整");
  return zs_store_save (store, r, error);
}

static gboolean
add_contact (ZsStore     *store,
             GRand       *rand,
             GArray      *people,
             GArray      *partners,
             const char  *today,
             GError     **error)
{
  g_autoptr(ZsContactLog) log = zs_contact_log_new ();
  ZsRecord *r = ZS_RECORD (log);
  g_autofree char *date = zs_date_add_days (today, -g_rand_int_range (rand, 0, 730));

  zs_record_set_int (r, ZS_CONTACT_LOG_PARTNER_ID, pick_id (rand, partners));
  zs_record_set_string (r, ZS_CONTACT_LOG_DATE, date);
  zs_record_set_enum (r, ZS_CONTACT_LOG_CHANNEL, g_rand_int_range (rand, 0, 5));
  zs_record_set_int (r, ZS_CONTACT_LOG_PERSON_ID, pick_id (rand, people));
  zs_record_set_string (r, ZS_CONTACT_LOG_NOTES, "电话回访，了解在外企业投资意向。");
  return zs_store_save (store, r, error);
}

typedef enum {
  STEP_PARTNER,
  STEP_PROJECT,
  STEP_LEAD,
  STEP_CONTACT,
} Step;

/* Segments for every chain that has none, then @n enterprises on random
 * segments of the chains. */
static gboolean
add_enterprises (ZsStore     *store,
                 GRand       *rand,
                 GArray      *chains,
                 GArray      *people,
                 const char  *today,
                 int          n,
                 GError     **error)
{
  static const char * const segment_names[] = { "上游", "中游", "下游" };
  g_autoptr(GArray) segments = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) segment_chains = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (!zs_store_begin (store, error))
    return FALSE;
  for (guint c = 0; c < chains->len; c++)
    {
      gint64 chain_id = g_array_index (chains, gint64, c);
      g_autoptr(ZsQuery) existing = zs_catalogue_query (ZS_TYPE_SEGMENT, chain_id);
      g_autoptr(GArray) ids = zs_store_query (store, existing, error);

      gboolean has_segments;

      if (ids == NULL)
        goto fail;
      has_segments = ids->len > 0;
      for (guint i = 0; !has_segments && i < G_N_ELEMENTS (segment_names); i++)
        {
          g_autoptr(ZsSegment) segment = zs_catalogue_new_segment (store, chain_id);
          gint64 id;

          zs_record_set_string (ZS_RECORD (segment), ZS_SEGMENT_NAME, segment_names[i]);
          zs_record_set_enum (ZS_RECORD (segment), ZS_SEGMENT_GAP_KIND, weighted (rand, gap_weights, G_N_ELEMENTS (gap_weights)));
          if (!zs_store_save (store, ZS_RECORD (segment), error))
            goto fail;
          id = zs_record_get_id (ZS_RECORD (segment));
          g_array_append_val (ids, id);
        }
      for (guint i = 0; i < ids->len; i++)
        {
          g_array_append_val (segments, g_array_index (ids, gint64, i));
          g_array_append_val (segment_chains, chain_id);
        }
    }

  for (int i = 0; i < n; i++)
    {
      guint s = (guint) g_rand_int_range (rand, 0, segments->len);
      ZsEnterprise *enterprise = zs_catalogue_new_enterprise (g_array_index (segment_chains, gint64, s),
                                                               g_array_index (segments, gint64, s),
                                                               weighted (rand, role_weights, G_N_ELEMENTS (role_weights)));
      ZsRecord *r = ZS_RECORD (enterprise);
      const char *place = PICK (rand, places);
      g_autofree char *name = g_strdup_printf ("%s%s%s%s股份有限公司", place, PICK (rand, brand_chars),
                                               PICK (rand, brand_chars), PICK (rand, industries));
      int status = weighted (rand, status_weights, G_N_ELEMENTS (status_weights));
      gboolean ok;

      zs_record_set_string (r, ZS_ENTERPRISE_NAME, name);
      zs_record_set_string (r, ZS_ENTERPRISE_LOCATION, place);
      zs_record_set_enum (r, ZS_ENTERPRISE_CONTACT_STATUS, status);
      if (status != ZS_CONTACT_STATUS_NONE)
        {
          g_autofree char *date = zs_date_add_days (today, -g_rand_int_range (rand, 0, 400));

          zs_record_set_string (r, ZS_ENTERPRISE_LAST_CONTACT_DATE, date);
        }
      zs_record_set_int (r, ZS_ENTERPRISE_PERSON_ID, pick_id (rand, people));
      zs_record_set_string (r, ZS_ENTERPRISE_NEXT_STEP, "登门拜访，了解投资意向。");
      ok = zs_store_save (store, r, error);
      g_object_unref (enterprise);
      if (!ok)
        goto fail;
    }
  return zs_store_commit (store, error);

fail:
  zs_store_rollback (store);
  return FALSE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("OUTPUT.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsStore) store = NULL;
  g_autoptr(GRand) rand = NULL;
  g_autoptr(GArray) chains = NULL;
  g_autoptr(GArray) units = NULL;
  g_autoptr(GArray) people = NULL;
  g_autoptr(GArray) partners = NULL;
  g_autofree char *today = zs_date_today ();
  g_autoptr(GTimer) timer = g_timer_new ();
  GStatBuf st;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2)
    {
      g_printerr ("usage: zs-generate [--projects N] [--partners N] [--enterprises N] [--seed N] OUTPUT.db\n");
      return 2;
    }
  if (g_file_test (argv[1], G_FILE_TEST_EXISTS))
    {
      g_printerr ("%s exists; give a new file\n", argv[1]);
      return 2;
    }

  store = zs_database_open (argv[1], &error);
  if (store == NULL || !zs_database_load_demo (store, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  rand = g_rand_new_with_seed ((guint32) seed);
  chains = all_ids (store, ZS_TYPE_CHAIN);
  units = all_ids (store, ZS_TYPE_UNIT);
  people = all_ids (store, ZS_TYPE_PERSON);
  if (n_leads < 0)
    n_leads = n_projects / 5;
  if (n_contacts < 0)
    n_contacts = n_partners * 2;

  /* Partners first: projects, leads and contacts refer to them. */
  {
    const int counts[] = { n_partners, n_projects, n_leads, n_contacts };
    int total = n_partners + n_projects + n_leads + n_contacts;
    int done = 0;

    for (Step step = STEP_PARTNER; step <= STEP_CONTACT && error == NULL; step++)
      {
        if (step == STEP_PROJECT)
          partners = all_ids (store, ZS_TYPE_PARTNER);
        for (int i = 0; i < counts[step]; i++, done++)
          {
            gboolean ok = FALSE;

            /* Commit in batches: one transaction per edit would be one disk sync each. */
            if (done % 5000 == 0 && !zs_store_begin (store, &error))
              break;
            switch (step)
              {
              case STEP_PARTNER:
                ok = add_partner (store, rand, people, &error);
                break;
              case STEP_PROJECT:
                ok = add_project (store, rand, chains, units, people, partners, today, &error);
                break;
              case STEP_LEAD:
                ok = add_lead (store, rand, chains, units, people, partners, today, &error);
                break;
              case STEP_CONTACT:
                ok = add_contact (store, rand, people, partners, today, &error);
                break;
              default:
                g_assert_not_reached ();
              }
            if (!ok)
              {
                zs_store_rollback (store);
                break;
              }
            if ((done % 5000 == 4999 || done == total - 1) && !zs_store_commit (store, &error))
              break;
          }
        /* A batch left open at the end of a step goes on into the next. */
      }
  }
  if (error == NULL && n_enterprises > 0)
    {
      /* A random sequence of its own: the projects stay those of the seed. */
      g_autoptr(GRand) enterprise_rand = g_rand_new_with_seed ((guint32) seed + 1);

      add_enterprises (store, enterprise_rand, chains, people, today, n_enterprises, &error);
    }
  if (error != NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  g_stat (argv[1], &st);
  g_print ("wrote %s: %d projects, %d partners, %d leads, %d contacts and %d enterprises added to the demo data in %.1f s, %.1f MB\n",
           argv[1], n_projects, n_partners, n_leads, n_contacts, n_enterprises, g_timer_elapsed (timer, NULL), st.st_size / 1e6);
  return 0;
}
