/* test-partners.c — partners: who went quiet, what each brought (on a
 * fixture counted by hand), and vCard import and export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "zs-test-util.h"
#include "zs-partner-vcard.h"

#define TODAY "2024-10-15"

typedef struct {
  ZsStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = zs_test_open_seeded ("partners");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
}

static void
save (ZsStore  *store,
      gpointer  record)
{
  g_autoptr(GError) error = NULL;

  zs_store_save (store, ZS_RECORD (record), &error);
  g_assert_no_error (error);
}

static gint64
add_partner (Fixture       *f,
             const char    *name,
             ZsPartnerKind  kind)
{
  g_autoptr(ZsPartner) partner = zs_partner_new ();

  zs_record_set_string (ZS_RECORD (partner), ZS_PARTNER_NAME, name);
  zs_record_set_enum (ZS_RECORD (partner), ZS_PARTNER_KIND, kind);
  save (f->store, partner);
  return zs_record_get_id (ZS_RECORD (partner));
}

static void
add_contact (Fixture    *f,
             gint64      partner,
             gint64      enterprise,
             const char *date)
{
  g_autoptr(ZsContactLog) log = zs_contact_log_new ();

  zs_record_set_int (ZS_RECORD (log), ZS_CONTACT_LOG_PARTNER_ID, partner);
  zs_record_set_int (ZS_RECORD (log), ZS_CONTACT_LOG_ENTERPRISE_ID, enterprise);
  zs_record_set_string (ZS_RECORD (log), ZS_CONTACT_LOG_DATE, date);
  zs_record_set_enum (ZS_RECORD (log), ZS_CONTACT_LOG_CHANNEL, ZS_CHANNEL_WECHAT);
  save (f->store, log);
}

static gint64
count_all (ZsStore *store,
           GType    type)
{
  g_autoptr(ZsQuery) query = zs_query_new (type);

  return zs_store_count (store, query, NULL);
}

/* ---- not contacted ---------------------------------------------------------- */

static void
test_not_contacted (Fixture       *f,
                    gconstpointer  data)
{
  gint64 recent = add_partner (f, "周永刚", ZS_PARTNER_CHIEF_REPRESENTATIVE);
  gint64 quiet = add_partner (f, "邢志远", ZS_PARTNER_CITY_PARTNER);
  gint64 edge = add_partner (f, "林海峰", ZS_PARTNER_CHIEF_REPRESENTATIVE);
  gint64 never = add_partner (f, "江南", ZS_PARTNER_NOTABLE_NATIVE);
  g_autoptr(ZsEnterprise) enterprise = zs_enterprise_new ();
  g_autoptr(ZsQuery) query = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *text = NULL;

  /* An enterprise's contact log has no partner: it must not hide anyone. */
  zs_record_set_string (ZS_RECORD (enterprise), ZS_ENTERPRISE_NAME, "华润集团");
  save (f->store, enterprise);
  add_contact (f, 0, zs_record_get_id (ZS_RECORD (enterprise)), TODAY);

  add_contact (f, recent, 0, "2024-04-18");
  add_contact (f, recent, 0, "2024-10-13");
  add_contact (f, quiet, 0, "2024-04-18");
  add_contact (f, quiet, 0, "2024-06-20");
  /* Exactly 90 days before the 15th of October. */
  add_contact (f, edge, 0, "2024-07-17");

  g_assert_cmpint (zs_partner_days_without_contact (f->store, recent, TODAY), ==, 2);
  g_assert_cmpint (zs_partner_days_without_contact (f->store, quiet, TODAY), ==, 117);
  g_assert_cmpint (zs_partner_days_without_contact (f->store, edge, TODAY), ==, 90);
  g_assert_cmpint (zs_partner_days_without_contact (f->store, never, TODAY), ==, -1);
  text = zs_partner_describe_contact (117);
  g_assert_cmpstr (text, ==, "Not contacted for 117 days");

  /* More than 90 days: the quiet one and the one never contacted… */
  query = zs_partner_not_contacted_query (f->store, 90, TODAY);
  ids = zs_store_query (f->store, query, NULL);
  g_assert_cmpuint (ids->len, ==, 2);
  for (guint i = 0; i < ids->len; i++)
    g_assert_true (g_array_index (ids, gint64, i) == quiet || g_array_index (ids, gint64, i) == never);
  g_clear_pointer (&query, zs_query_unref);

  /* …a day later, the one contacted exactly 90 days ago joins them. */
  query = zs_partner_not_contacted_query (f->store, 90, "2024-10-16");
  g_assert_cmpint (zs_store_count (f->store, query, NULL), ==, 3);
  g_clear_pointer (&query, zs_query_unref);

  /* Within a week, only the recent one was contacted. */
  query = zs_partner_not_contacted_query (f->store, 7, TODAY);
  g_assert_cmpint (zs_store_count (f->store, query, NULL), ==, 3);
}

/* ---- performance ------------------------------------------------------------------ */

static void
add_lead (Fixture      *f,
          gint64        partner,
          ZsLeadStatus  status)
{
  g_autoptr(ZsLead) lead = zs_lead_new ();

  zs_record_set_string (ZS_RECORD (lead), ZS_LEAD_NAME, "线索");
  zs_record_set_string (ZS_RECORD (lead), ZS_LEAD_RECEIVED_DATE, "2024-05-01");
  zs_record_set_int (ZS_RECORD (lead), ZS_LEAD_PARTNER_ID, partner);
  zs_record_set_enum (ZS_RECORD (lead), ZS_LEAD_STATUS, status);
  save (f->store, lead);
}

static void
add_project (Fixture    *f,
             gint64      partner,
             ZsStage     stage,
             const char *signed_on,
             gint64      planned,
             gint64      funds)
{
  g_autoptr(ZsProject) project = zs_project_new ();
  ZsRecord *r = ZS_RECORD (project);

  zs_record_set_string (r, ZS_PROJECT_NAME, "项目");
  zs_record_set_int (r, ZS_PROJECT_PARTNER_ID, partner);
  zs_record_set_enum (r, ZS_PROJECT_STAGE, stage);
  zs_record_set_string (r, ZS_PROJECT_STAGE_SINCE, "2024-06-01");
  zs_record_set_string (r, ZS_PROJECT_SIGNING_DATE, signed_on);
  zs_record_set_int (r, ZS_PROJECT_PLANNED_INVESTMENT, planned);
  save (f->store, project);
  /* The total is the sum of the entries (资金到位记录). */
  if (funds != 0)
    g_object_unref (zs_test_add_funds (f->store, r, signed_on != NULL ? signed_on : "2024-06-01", funds));
}

static void
assert_row (ZsPartnerPerformance *performance,
            guint                 position,
            gint64                partner,
            const gint64         *expected)
{
  g_autoptr(ZsPartnerScore) score = g_list_model_get_item (G_LIST_MODEL (performance), position);

  g_assert_nonnull (score);
  g_assert_cmpint (zs_partner_score_get_partner_id (score), ==, partner);
  for (guint c = ZS_SCORE_LEADS; c < ZS_SCORE_N_COLUMNS; c++)
    if (zs_partner_score_get_value (score, c) != expected[c])
      g_error ("partner %" G_GINT64_FORMAT " column %u: %" G_GINT64_FORMAT " instead of %" G_GINT64_FORMAT,
               partner, c, zs_partner_score_get_value (score, c), expected[c]);
}

static void
test_performance (Fixture       *f,
                  gconstpointer  data)
{
  /* 三位首席代表 and a chamber, named so that they sort 甲乙丙丁 by name bytes. */
  gint64 xu = add_partner (f, "徐熙明", ZS_PARTNER_CHIEF_REPRESENTATIVE);
  gint64 sun = add_partner (f, "孙立华", ZS_PARTNER_CHIEF_REPRESENTATIVE);
  gint64 gao = add_partner (f, "高文涛", ZS_PARTNER_CHIEF_REPRESENTATIVE);
  gint64 chamber = add_partner (f, "北京潍坊企业商会", ZS_PARTNER_CHAMBER);
  g_autoptr(ZsPartnerPerformance) performance = zs_partner_performance_new (f->store, TODAY);
  g_autoptr(ZsQuery) chiefs = zs_query_new (ZS_TYPE_PARTNER);
  g_autoptr(ZsQuery) everyone = zs_query_new (ZS_TYPE_PARTNER);
  g_autoptr(GError) error = NULL;
  gint64 totals[ZS_SCORE_N_COLUMNS];

  /* 徐熙明: 4 leads, 2 converted; signed 80000 (funds 12000) and 30000
   * (funds 3000); one 在谈 and one signed then terminated do not count. */
  add_lead (f, xu, ZS_LEAD_NEW);
  add_lead (f, xu, ZS_LEAD_CONVERTED);
  add_lead (f, xu, ZS_LEAD_CONVERTED);
  add_lead (f, xu, ZS_LEAD_DROPPED);
  add_project (f, xu, ZS_STAGE_SIGNED, "2024-07-18", 80000, 12000);
  add_project (f, xu, ZS_STAGE_STARTED, "2024-05-22", 30000, 3000);
  add_project (f, xu, ZS_STAGE_NEGOTIATING, NULL, 50000, 0);
  add_project (f, xu, ZS_STAGE_TERMINATED, "2024-03-01", 22000, 500);
  add_contact (f, xu, 0, "2024-09-23");
  add_contact (f, xu, 0, "2024-10-09");
  /* 孙立华: 1 lead, following; nothing signed; contacted in April. */
  add_lead (f, sun, ZS_LEAD_FOLLOWING);
  add_contact (f, sun, 0, "2024-04-18");
  /* 高文涛: nothing at all, never contacted. */
  /* The chamber: 1 converted lead and a project in production. */
  add_lead (f, chamber, ZS_LEAD_CONVERTED);
  add_project (f, chamber, ZS_STAGE_PRODUCTION, "2023-12-27", 100000, 38000);
  add_contact (f, chamber, 0, "2024-09-05");
  /* A project nobody brought counts for no one. */
  add_project (f, 0, ZS_STAGE_SIGNED, "2024-08-01", 999999, 999999);

  zs_query_add_int (chiefs, ZS_PARTNER_KIND, ZS_QUERY_EQ, ZS_PARTNER_CHIEF_REPRESENTATIVE);
  zs_query_set_order (chiefs, ZS_PARTNER_NAME, FALSE);
  g_assert_true (zs_partner_performance_compute (performance, chiefs, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (performance)), ==, 3);

  {
    /*                          name leads conv proj planned funds days */
    const gint64 xu_row[] =    { 0, 4, 2, 2, 110000, 15000, 6 };
    const gint64 sun_row[] =   { 0, 1, 0, 0, 0, 0, 180 };
    const gint64 gao_row[] =   { 0, 0, 0, 0, 0, 0, -1 };

    /* By name (the query's order), in pinyin: 高 (gao) < 孙 (sun) < 徐 (xu). */
    assert_row (performance, 0, gao, gao_row);
    assert_row (performance, 1, sun, sun_row);
    assert_row (performance, 2, xu, xu_row);

    /* Who brought the most planned investment… */
    zs_partner_performance_sort (performance, ZS_SCORE_PLANNED, TRUE);
    assert_row (performance, 0, xu, xu_row);
    /* …ties keep the name order. */
    assert_row (performance, 1, gao, gao_row);
    assert_row (performance, 2, sun, sun_row);

    /* The longest silence first: never contacted beats any number of days. */
    zs_partner_performance_sort (performance, ZS_SCORE_DAYS_WITHOUT_CONTACT, TRUE);
    assert_row (performance, 0, gao, gao_row);
    assert_row (performance, 1, sun, sun_row);
    assert_row (performance, 2, xu, xu_row);

    zs_partner_performance_get_totals (performance, totals);
    g_assert_cmpint (totals[ZS_SCORE_NAME], ==, 3);
    g_assert_cmpint (totals[ZS_SCORE_LEADS], ==, 5);
    g_assert_cmpint (totals[ZS_SCORE_CONVERTED], ==, 2);
    g_assert_cmpint (totals[ZS_SCORE_PROJECTS], ==, 2);
    g_assert_cmpint (totals[ZS_SCORE_PLANNED], ==, 110000);
    g_assert_cmpint (totals[ZS_SCORE_FUNDS], ==, 15000);
    g_assert_cmpint (totals[ZS_SCORE_DAYS_WITHOUT_CONTACT], ==, 1);

    /* One partner's own figures agree with the table's. */
    {
      gint64 values[ZS_SCORE_N_COLUMNS];

      g_assert_true (zs_partner_score_compute (f->store, xu, TODAY, values, &error));
      for (guint c = ZS_SCORE_LEADS; c < ZS_SCORE_N_COLUMNS; c++)
        g_assert_cmpint (values[c], ==, xu_row[c]);
    }
  }

  /* Every partner, the chamber among them. */
  zs_query_set_order (everyone, ZS_PARTNER_NAME, FALSE);
  g_assert_true (zs_partner_performance_compute (performance, everyone, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (performance)), ==, 4);
  {
    const gint64 chamber_row[] = { 0, 1, 1, 1, 100000, 38000, 40 };
    int position = zs_partner_performance_find (performance, chamber);

    g_assert_cmpint (position, >=, 0);
    assert_row (performance, position, chamber, chamber_row);
  }
}

/* ---- vCard ------------------------------------------------------------------------ */

static ZsPartner *
make_partner (const char    *name,
              ZsPartnerKind  kind)
{
  ZsPartner *partner = zs_partner_new ();

  zs_record_set_string (ZS_RECORD (partner), ZS_PARTNER_NAME, name);
  zs_record_set_enum (ZS_RECORD (partner), ZS_PARTNER_KIND, kind);
  return partner;
}

static void
test_vcard_round_trip (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(ZsPartner) xu = make_partner ("徐熙明", ZS_PARTNER_CHIEF_REPRESENTATIVE);
  g_autoptr(ZsPartner) chamber = make_partner ("苏州市山东商会潍坊商会", ZS_PARTNER_CHAMBER);
  g_autoptr(ZsPartner) ouyang = make_partner ("欧阳文博", ZS_PARTNER_NOTABLE_NATIVE);
  ZsRecord *r = ZS_RECORD (xu);
  ZsPartner *originals[3];
  g_autoptr(GError) error = NULL;

  zs_record_set_string (r, ZS_PARTNER_ORGANISATION, "北京潍坊企业商会");
  zs_record_set_string (r, ZS_PARTNER_TITLE, "会长；北京姿美堂生物技术股份有限公司董事长");
  zs_record_set_string (r, ZS_PARTNER_CITY, "北京");
  zs_record_set_string (r, ZS_PARTNER_NATIVE_PLACE, "潍城区");
  zs_record_set_string (r, ZS_PARTNER_PHONE, "13901016218、010-6526 0536");
  zs_record_set_string (r, ZS_PARTNER_EMAIL, "xu.ximing@example.com");
  zs_record_set_string (r, ZS_PARTNER_WECHAT, "xxm_bjwf");
  zs_record_set_string (r, ZS_PARTNER_APPOINTED_DATE, "2024-02-19");
  /* Characters vCard escapes, and a long line to fold. */
  zs_record_set_string (r, ZS_PARTNER_NOTES,
                        "2月19日受聘为首席代表，推荐项目；联系人：秘书\\小王\n"
                        "第二行：北京潍坊企业商会会员企业秋季回乡考察活动，拟安排在十月下旬，"
                        "考察潍坊经济开发区、高新区和滨海区的重点园区。");
  save (f->store, xu);
  zs_record_set_string (ZS_RECORD (chamber), ZS_PARTNER_PHONE, "0512-6808 0536");
  save (f->store, chamber);
  zs_record_set_string (ZS_RECORD (ouyang), ZS_PARTNER_NATIVE_PLACE, "寿光市");
  save (f->store, ouyang);
  originals[0] = xu;
  originals[1] = chamber;
  originals[2] = ouyang;

  for (ZsVCardVersion version = ZS_VCARD_VERSION_3_0; version <= ZS_VCARD_VERSION_4_0; version++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(GPtrArray) cards = NULL;
      g_autoptr(GArray) lines = NULL;
      g_auto(GStrv) physical = NULL;

      for (guint i = 0; i < G_N_ELEMENTS (originals); i++)
        zs_vcard_write (text, originals[i], version);

      /* Chinese names as phones show them: FN 徐熙明, N 徐;熙明. */
      g_assert_nonnull (strstr (text->str, "\r\nFN:徐熙明\r\n"));
      g_assert_nonnull (strstr (text->str, "\r\nN:徐;熙明;;;\r\n"));
      g_assert_nonnull (strstr (text->str, "\r\nN:欧阳;文博;;;\r\n"));
      g_assert_nonnull (strstr (text->str, version == ZS_VCARD_VERSION_3_0 ? "VERSION:3.0" : "VERSION:4.0"));
      /* No line is longer than 75 bytes, and none is cut inside a character. */
      physical = g_strsplit (text->str, "\r\n", -1);
      for (guint i = 0; physical[i] != NULL; i++)
        {
          g_assert_cmpuint (strlen (physical[i]), <=, 75);
          g_assert_true (g_utf8_validate (physical[i], -1, NULL));
        }

      cards = zs_vcard_read (text->str, text->len, ZS_PARTNER_ENTERPRISE_CONTACT, &lines, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (cards->len, ==, G_N_ELEMENTS (originals));
      g_assert_cmpint (g_array_index (lines, int, 0), ==, 1);
      for (guint i = 0; i < cards->len; i++)
        zs_test_assert_same_fields (g_ptr_array_index (cards, i), ZS_RECORD (originals[i]));
    }
}

static void
test_vcard_from_phones (Fixture       *f,
                        gconstpointer  data)
{
  /* An Android phone's 2.1 export, quoted-printable with a soft line break,
   * and a 4.0 card from a mail program. */
  static const char text[] =
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=BC=A0;=E4=B8=89;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=BC=A0=E4=B8=89\r\n"
    "TEL;WORK;VOICE:0536-8231016\r\n"
    "TEL;CELL:139 0536 0218\r\n"
    "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=E5=9C=A8=E5=A4=96=E7=9F=A5=E5=90=8D=\r\n"
    "=E4=BA=BA=E5=A3=AB\r\n"
    "PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJRgABAQ\r\n"
    " AAAQABAAD\r\n"
    "END:VCARD\r\n"
    "\r\n"
    "BEGIN:VCARD\n"
    "VERSION:4.0\n"
    "N:李;晓梅;;;\n"
    "item1.ORG:潍坊市投资合作促进局;招商一科\n"
    "TITLE:科长\n"
    "EMAIL;TYPE=work:li@example.com\n"
    "ADR;TYPE=home:;;;潍坊;山东;;中国\n"
    "ADR;TYPE=work:;;奎文区;济南;山东;;中国\n"
    "IMPP:weixin:lxm0536\n"
    "CATEGORIES:Chief representative,VIP\n"
    "END:VCARD\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cards = zs_vcard_read (text, strlen (text), ZS_PARTNER_NOTABLE_NATIVE, NULL, &error);
  ZsRecord *zhang, *li;

  g_assert_no_error (error);
  g_assert_cmpuint (cards->len, ==, 2);
  zhang = g_ptr_array_index (cards, 0);
  li = g_ptr_array_index (cards, 1);

  g_assert_cmpstr (zs_record_get_string (zhang, ZS_PARTNER_NAME), ==, "张三");
  /* The mobile number first. */
  g_assert_cmpstr (zs_record_get_string (zhang, ZS_PARTNER_PHONE), ==, "139 0536 0218、0536-8231016");
  g_assert_cmpstr (zs_record_get_string (zhang, ZS_PARTNER_NOTES), ==, "在外知名人士");
  g_assert_cmpint (zs_record_get_enum (zhang, ZS_PARTNER_KIND), ==, ZS_PARTNER_NOTABLE_NATIVE);

  /* No FN: the name from N, family name first. */
  g_assert_cmpstr (zs_record_get_string (li, ZS_PARTNER_NAME), ==, "李晓梅");
  g_assert_cmpstr (zs_record_get_string (li, ZS_PARTNER_ORGANISATION), ==, "潍坊市投资合作促进局");
  g_assert_cmpstr (zs_record_get_string (li, ZS_PARTNER_EMAIL), ==, "li@example.com");
  g_assert_cmpstr (zs_record_get_string (li, ZS_PARTNER_CITY), ==, "济南");
  g_assert_cmpstr (zs_record_get_string (li, ZS_PARTNER_WECHAT), ==, "lxm0536");
  g_assert_cmpint (zs_record_get_enum (li, ZS_PARTNER_KIND), ==, ZS_PARTNER_CHIEF_REPRESENTATIVE);
}

typedef struct {
  const char *text;
  int         line;      /* the line the message must name, 0 for none */
  const char *reason;    /* a piece of the message */
} BadFile;

/* Only a file with no card at all is refused; the database is left as it was. */
static void
test_vcard_malformed_refused (Fixture       *f,
                              gconstpointer  data)
{
  static const BadFile bad[] = {
    { "VERSION:3.0\nFN:张三\n", 0, "no contact cards" },
    { "BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n", 0, "VCALENDAR" },
    { "\n\n", 0, "no contact cards" },
    { "", 0, "no contact cards" },
    { "\x89PNG\r\n\x1a\n\x00\x00", 0, "no contact cards" },
  };
  gint64 n_partners;
  g_autofree char *db_hash = NULL;

  /* One partner the bad files could be merged into, if anything were merged. */
  {
    g_autoptr(ZsPartner) zhang = make_partner ("张三", ZS_PARTNER_NOTABLE_NATIVE);

    save (f->store, zhang);
  }
  n_partners = count_all (f->store, ZS_TYPE_PARTNER);
  db_hash = zs_test_hash_file (zs_store_get_path (f->store));

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ZsVCardImport) import = zs_vcard_import_new (f->store, bad[i].text, strlen (bad[i].text),
                                                               ZS_PARTNER_NOTABLE_NATIVE, &error);

      if (import != NULL)
        g_error ("bad file %u was accepted", i);
      g_assert_error (error, ZS_ERROR, ZS_ERROR_PARSE);
      if (strstr (error->message, bad[i].reason) == NULL)
        g_error ("bad file %u: “%s” does not say “%s”", i, error->message, bad[i].reason);
      if (!g_utf8_validate (error->message, -1, NULL))
        g_error ("bad file %u: the message is not valid UTF-8", i);
    }

  /* Nothing changed. */
  g_assert_cmpint (count_all (f->store, ZS_TYPE_PARTNER), ==, n_partners);
  {
    g_autofree char *after = zs_test_hash_file (zs_store_get_path (f->store));

    g_assert_cmpstr (after, ==, db_hash);
  }
}

/* A damaged card is skipped (or a damaged line ignored) and listed with its
 * line and the reason; the cards after it are imported all the same. */
static void
test_vcard_damaged_cards_skipped (Fixture       *f,
                                  gconstpointer  data)
{
  static const BadFile bad[] = {
    { "BEGIN:VCARD\nVERSION:3.0\nFN:张三\n", 1, "END:VCARD" },
    { "BEGIN:VCARD\nVERSION:3.0\nFN:张三\nBEGIN:VCARD\nVERSION:3.0\nFN:李四\nEND:VCARD\n", 1, "END:VCARD" },
    { "BEGIN:VCARD\nVERSION:3.0\nFN张三\nEND:VCARD\n", 3, "colon" },
    /* Quoted in the message, a long Chinese line is cut between characters. */
    { "BEGIN:VCARD\nVERSION:3.0\nFN:张三\nX-NOTE潍坊市驻北京招商联络处负责对接京津冀地区的重点企业和商协会组织并定期报送线索\nEND:VCARD\n", 4, "colon" },
    { "BEGIN:VCARD\nVERSION:5.0\nFN:张三\nEND:VCARD\n", 1, "5.0" },
    { "BEGIN:VCARD\nVERSION:3.0\nTEL:13800000000\nEND:VCARD\n", 1, "no name" },
    { "BEGIN:VCARD\nVERSION:3.0\nFN;TYPE=\"unclosed:张三\nEND:VCARD\n", 3, "quote" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = g_strconcat (bad[i].text, "BEGIN:VCARD\nVERSION:3.0\nFN:王五\nEND:VCARD\n", NULL);
      g_autoptr(ZsVCardImport) import = zs_vcard_import_new (f->store, text, strlen (text),
                                                               ZS_PARTNER_NOTABLE_NATIVE, &error);
      GPtrArray *skipped;
      gboolean listed = FALSE;
      g_autofree char *summary = NULL;
      g_autofree char *line = NULL;

      g_assert_no_error (error);
      g_assert_nonnull (import);
      skipped = zs_vcard_import_get_skipped (import);
      for (guint s = 0; s < skipped->len; s++)
        {
          ZsVCardSkipped *one = g_ptr_array_index (skipped, s);

          g_assert_true (g_utf8_validate (one->reason, -1, NULL));
          listed |= one->line == bad[i].line && strstr (one->reason, bad[i].reason) != NULL;
        }
      if (!listed)
        g_error ("damaged file %u: line %d “%s” is not listed", i, bad[i].line, bad[i].reason);
      /* 王五, after the damage, is imported. */
      g_assert_cmpstr (zs_record_get_title (ZS_RECORD (zs_vcard_import_get_card (import, zs_vcard_import_get_n_cards (import) - 1))),
                       ==, "王五");
      /* The summary says it. */
      summary = zs_vcard_import_format (import, "damaged.vcf");
      line = g_strdup_printf ("line %d: ", bad[i].line);
      g_assert_nonnull (strstr (summary, line));
    }

  /* What used to be refused is read now: a card without VERSION, a
   * company card, text in GBK. */
  {
    static const char text[] = "BEGIN:VCARD\nFN:张三\nEND:VCARD\n"
                               "BEGIN:VCARD\nVERSION:3.0\nORG:北京潍坊企业商会\nEND:VCARD\n"
                               "BEGIN:VCARD\nVERSION:2.1\nFN;CHARSET=GBK;ENCODING=QUOTED-PRINTABLE:=C0=EE=CB=C4\nEND:VCARD\n";
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) cards = zs_vcard_read (text, strlen (text), ZS_PARTNER_NOTABLE_NATIVE, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (cards->len, ==, 3);
    g_assert_cmpstr (zs_record_get_title (g_ptr_array_index (cards, 1)), ==, "北京潍坊企业商会");
    g_assert_cmpstr (zs_record_get_title (g_ptr_array_index (cards, 2)), ==, "李四");
  }
}

static void
test_vcard_import_merges (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(ZsPartner) xu = make_partner ("徐熙明", ZS_PARTNER_CHIEF_REPRESENTATIVE);
  g_autoptr(ZsPartner) namesake = make_partner ("张伟", ZS_PARTNER_NOTABLE_NATIVE);
  g_autoptr(ZsPartner) card_only = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(ZsVCardImport) import = NULL;
  g_autoptr(GError) error = NULL;
  gint64 n_before;

  zs_record_set_string (ZS_RECORD (xu), ZS_PARTNER_PHONE, "13901016218");
  zs_record_set_string (ZS_RECORD (xu), ZS_PARTNER_TITLE, "会长");
  save (f->store, xu);
  zs_record_set_string (ZS_RECORD (namesake), ZS_PARTNER_PHONE, "13800000001");
  save (f->store, namesake);
  n_before = count_all (f->store, ZS_TYPE_PARTNER);

  /* Our own export of 徐熙明 comes back from a phone with a WeChat id
   * added and the title changed there. */
  {
    g_autoptr(ZsPartner) copy = zs_partner_new ();

    zs_record_copy_fields (ZS_RECORD (copy), ZS_RECORD (xu));
    zs_record_set_uuid (ZS_RECORD (copy), zs_record_get_uuid (ZS_RECORD (xu)));
    zs_record_set_string (ZS_RECORD (copy), ZS_PARTNER_TITLE, "名誉会长");
    zs_record_set_string (ZS_RECORD (copy), ZS_PARTNER_WECHAT, "xxm_bjwf");
    zs_vcard_write (text, copy, ZS_VCARD_VERSION_3_0);
  }
  g_string_append (text,
                   /* Another 张伟 (different number): a new partner. */
                   "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:张伟\r\nTEL:13800000002\r\nEND:VCARD\r\n"
                   /* The known 张伟 by his number, with nothing new. */
                   "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:张伟\r\nTEL:+86 138 0000 0001\r\nEND:VCARD\r\n"
                   /* A new contact, twice in the file: one partner. */
                   "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:何俊\r\nORG:青岛海之晨工业装备有限公司\r\nEND:VCARD\r\n"
                   "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:何俊\r\nORG:青岛海之晨工业装备有限公司\r\n"
                   "EMAIL:hejun@example.com\r\nEND:VCARD\r\n");

  import = zs_vcard_import_new (f->store, text->str, text->len, ZS_PARTNER_ENTERPRISE_CONTACT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (zs_vcard_import_get_n_cards (import), ==, 5);
  g_assert_cmpint (zs_vcard_import_get_outcome (import, 0), ==, ZS_VCARD_FILL);
  g_assert_true (zs_vcard_import_get_target (import, 0) == xu);
  g_assert_cmpint (zs_vcard_import_get_outcome (import, 1), ==, ZS_VCARD_ADD);
  g_assert_cmpint (zs_vcard_import_get_outcome (import, 2), ==, ZS_VCARD_UNCHANGED);
  g_assert_true (zs_vcard_import_get_target (import, 2) == namesake);
  g_assert_cmpint (zs_vcard_import_get_outcome (import, 3), ==, ZS_VCARD_ADD);
  g_assert_cmpint (zs_vcard_import_get_outcome (import, 4), ==, ZS_VCARD_SAME_CARD);
  {
    /* The line of the last card, counted in the text. */
    const char *last = g_strrstr (text->str, "BEGIN:VCARD");
    int line = 1;

    for (const char *p = text->str; p < last; p++)
      line += *p == '\n';
    g_assert_cmpint (zs_vcard_import_get_line (import, 4), ==, line);
  }
  g_assert_cmpuint (zs_vcard_import_count (import, ZS_VCARD_ADD), ==, 2);

  /* The preview changed nothing. */
  g_assert_cmpint (count_all (f->store, ZS_TYPE_PARTNER), ==, n_before);
  g_assert_null (zs_record_get_string (ZS_RECORD (xu), ZS_PARTNER_WECHAT));

  g_assert_true (zs_vcard_import_apply (import, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_all (f->store, ZS_TYPE_PARTNER), ==, n_before + 2);
  /* Filled in, not overwritten. */
  g_assert_true (zs_store_reload (f->store, ZS_RECORD (xu), NULL));
  g_assert_cmpstr (zs_record_get_string (ZS_RECORD (xu), ZS_PARTNER_WECHAT), ==, "xxm_bjwf");
  g_assert_cmpstr (zs_record_get_string (ZS_RECORD (xu), ZS_PARTNER_TITLE), ==, "会长");
  g_assert_cmpint (zs_record_get_enum (ZS_RECORD (xu), ZS_PARTNER_KIND), ==, ZS_PARTNER_CHIEF_REPRESENTATIVE);
  /* The two cards of 何俊 made one partner with both cards' details. */
  card_only = g_object_ref (zs_vcard_import_get_card (import, 3));
  g_assert_cmpint (zs_record_get_id (ZS_RECORD (card_only)), !=, 0);
  g_assert_cmpstr (zs_record_get_string (ZS_RECORD (card_only), ZS_PARTNER_EMAIL), ==, "hejun@example.com");
  g_assert_cmpint (zs_record_get_enum (ZS_RECORD (card_only), ZS_PARTNER_KIND), ==, ZS_PARTNER_ENTERPRISE_CONTACT);

  /* Importing the same file again adds nobody. */
  {
    g_autoptr(ZsVCardImport) again = zs_vcard_import_new (f->store, text->str, text->len,
                                                           ZS_PARTNER_ENTERPRISE_CONTACT, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (zs_vcard_import_count (again, ZS_VCARD_ADD), ==, 0);
    g_assert_cmpuint (zs_vcard_import_count (again, ZS_VCARD_FILL), ==, 0);
  }
}

static void
test_vcard_export (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(ZsQuery) chiefs = zs_query_new (ZS_TYPE_PARTNER);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n = 0;

  add_partner (f, "徐熙明", ZS_PARTNER_CHIEF_REPRESENTATIVE);
  add_partner (f, "孙立华", ZS_PARTNER_CHIEF_REPRESENTATIVE);
  add_partner (f, "澳门山东社团总会", ZS_PARTNER_LIAISON_OFFICE);

  zs_query_add_int (chiefs, ZS_PARTNER_KIND, ZS_QUERY_EQ, ZS_PARTNER_CHIEF_REPRESENTATIVE);
  text = zs_vcard_export (f->store, chiefs, ZS_VCARD_VERSION_4_0, &n, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
  g_assert_nonnull (strstr (text, "FN:徐熙明"));
  g_assert_nonnull (strstr (text, "FN:孙立华"));
  g_assert_null (strstr (text, "澳门"));
}

/* A file of many cards is written as the partners are read, not held
 * whole: 3,000 partners with a page of notes each (13 MB of cards) took
 * the file's size and the window's cache of 16 MiB in memory before. The
 * file holds every card, and imports back unchanged. */
static void
test_vcard_export_file_memory (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(ZsQuery) all = zs_query_new (ZS_TYPE_PARTNER);
  g_autoptr(GString) note = g_string_new (NULL);
  g_autofree char *path = zs_test_scratch_path ("partners.vcf");
  g_autofree char *text = NULL;
  g_autoptr(ZsVCardImport) again = NULL;
  g_autoptr(GError) error = NULL;
  const guint n = 3000;
  gsize length = 0;
  guint written = 0;
  long grown;

  while (note->len < 4000)
    g_string_append (note, "对接意向：新材料产业链配套，月底前赴深圳拜访，");
  g_assert_true (zs_store_begin (f->store, &error));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ZsPartner) partner = zs_partner_new ();
      g_autofree char *name = g_strdup_printf ("联络人%04u", i);

      zs_record_set_string (ZS_RECORD (partner), ZS_PARTNER_NAME, name);
      zs_record_set_enum (ZS_RECORD (partner), ZS_PARTNER_KIND, ZS_PARTNER_CITY_PARTNER);
      zs_record_set_string (ZS_RECORD (partner), ZS_PARTNER_NOTES, note->str);
      save (f->store, partner);
    }
  g_assert_true (zs_store_commit (f->store, &error));

  if (!zs_test_peak_reset ())
    return;
  g_assert_true (zs_vcard_export_to_file (f->store, all, ZS_VCARD_VERSION_3_0, path, &written, NULL, &error));
  g_assert_no_error (error);
  grown = zs_test_peak_growth_kb ();
  g_assert_true (g_file_get_contents (path, &text, &length, NULL));
  g_test_message ("%u cards, %zu bytes, grew the peak by %ld kB", written, length, grown);
  g_assert_cmpuint (written, ==, n);
  g_assert_cmpuint (length, >, 12 * 1000 * 1000);
  g_assert_cmpint (grown, <, 8 * 1024);

  again = zs_vcard_import_new (f->store, text, length, ZS_PARTNER_ENTERPRISE_CONTACT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (zs_vcard_import_count (again, ZS_VCARD_UNCHANGED), ==, n);
  g_assert_cmpuint (zs_vcard_import_count (again, ZS_VCARD_ADD), ==, 0);
  g_assert_cmpuint (zs_vcard_import_count (again, ZS_VCARD_FILL), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/partners/not-contacted", test_not_contacted);
  ADD ("/partners/performance", test_performance);
  ADD ("/partners/vcard/round-trip", test_vcard_round_trip);
  ADD ("/partners/vcard/from-phones", test_vcard_from_phones);
  ADD ("/partners/vcard/malformed-refused", test_vcard_malformed_refused);
  ADD ("/partners/vcard/damaged-cards-skipped", test_vcard_damaged_cards_skipped);
  ADD ("/partners/vcard/import-merges", test_vcard_import_merges);
  ADD ("/partners/vcard/export", test_vcard_export);
  ADD ("/partners/vcard/export-file-memory", test_vcard_export_file_memory);
#undef ADD

  return g_test_run ();
}
