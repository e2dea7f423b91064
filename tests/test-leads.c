/* test-leads.c — lead deadlines and overdue leads with a fixed clock,
 * converting a lead into a project, and the duplicate-investor warning
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "zs-test-util.h"

/* Every test runs on this day, whatever the real date. */
#define TODAY "2024-10-15"

typedef struct {
  ZsStore *store;
  gint64   partner;
  gint64   unit;
  gint64   person;
  gint64   chain;
} Fixture;

static gint64
first_id (ZsStore *store,
          GType    type)
{
  g_autoptr(ZsQuery) query = zs_query_new (type);
  g_autoptr(GArray) ids = zs_store_query (store, query, NULL);

  g_assert_cmpuint (ids->len, >, 0);
  return g_array_index (ids, gint64, 0);
}

static void
save (ZsStore  *store,
      gpointer  record)
{
  g_autoptr(GError) error = NULL;

  zs_store_save (store, ZS_RECORD (record), &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(ZsPartner) partner = zs_partner_new ();
  g_autoptr(ZsPerson) person = zs_person_new ();

  f->store = zs_test_open_seeded ("leads");
  f->unit = first_id (f->store, ZS_TYPE_UNIT);
  f->chain = first_id (f->store, ZS_TYPE_CHAIN);

  zs_record_set_string (ZS_RECORD (person), ZS_PERSON_NAME, "李晓梅");
  save (f->store, person);
  f->person = zs_record_get_id (ZS_RECORD (person));

  zs_record_set_string (ZS_RECORD (partner), ZS_PARTNER_NAME, "徐熙明");
  zs_record_set_enum (ZS_RECORD (partner), ZS_PARTNER_KIND, ZS_PARTNER_CHIEF_REPRESENTATIVE);
  save (f->store, partner);
  f->partner = zs_record_get_id (ZS_RECORD (partner));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
}

/* A lead received on @received with the default deadlines (1, 3, 7 days). */
static ZsLead *
add_lead (Fixture      *f,
          const char   *name,
          const char   *received,
          ZsLeadStatus  status,
          const char   *responded,
          const char   *assessed,
          const char   *fed_back)
{
  ZsLead *lead = zs_lead_new ();
  ZsRecord *r = ZS_RECORD (lead);

  zs_record_set_string (r, ZS_LEAD_NAME, name);
  zs_record_set_string (r, ZS_LEAD_RECEIVED_DATE, received);
  zs_record_set_int (r, ZS_LEAD_PARTNER_ID, f->partner);
  zs_record_set_enum (r, ZS_LEAD_STATUS, status);
  zs_record_set_string (r, ZS_LEAD_RESPONDED_DATE, responded);
  zs_record_set_string (r, ZS_LEAD_ASSESSED_DATE, assessed);
  zs_record_set_string (r, ZS_LEAD_FED_BACK_DATE, fed_back);
  zs_lead_set_deadlines_from_settings (f->store, lead);
  save (f->store, lead);
  return lead;
}

/* ---- deadlines ------------------------------------------------------------ */

static void
test_deadlines_from_settings (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(ZsLead) lead = add_lead (f, "深圳储能电池Pack项目", "2024-10-13", ZS_LEAD_NEW, NULL, NULL, NULL);
  g_autoptr(ZsLead) later = NULL;
  g_autoptr(GError) error = NULL;
  ZsRecord *r = ZS_RECORD (lead);

  /* Respond in a day, assess in three, report back in a week. */
  g_assert_cmpstr (zs_record_get_string (r, ZS_LEAD_RESPOND_DUE), ==, "2024-10-14");
  g_assert_cmpstr (zs_record_get_string (r, ZS_LEAD_ASSESS_DUE), ==, "2024-10-16");
  g_assert_cmpstr (zs_record_get_string (r, ZS_LEAD_FEEDBACK_DUE), ==, "2024-10-20");

  /* Another bureau's rule, across a month end. */
  zs_settings_set_int (f->store, ZS_SETTING_LEAD_RESPOND_DAYS, 2, &error);
  g_assert_no_error (error);
  zs_settings_set_int (f->store, ZS_SETTING_LEAD_ASSESS_DAYS, 5, &error);
  zs_settings_set_int (f->store, ZS_SETTING_LEAD_FEEDBACK_DAYS, 10, &error);
  later = add_lead (f, "绍兴纺织印染企业产能转移", "2024-10-29", ZS_LEAD_NEW, NULL, NULL, NULL);
  g_assert_cmpstr (zs_record_get_string (ZS_RECORD (later), ZS_LEAD_RESPOND_DUE), ==, "2024-10-31");
  g_assert_cmpstr (zs_record_get_string (ZS_RECORD (later), ZS_LEAD_ASSESS_DUE), ==, "2024-11-03");
  g_assert_cmpstr (zs_record_get_string (ZS_RECORD (later), ZS_LEAD_FEEDBACK_DUE), ==, "2024-11-08");

  /* The first lead keeps the deadlines it was given. */
  g_assert_cmpstr (zs_record_get_string (r, ZS_LEAD_RESPOND_DUE), ==, "2024-10-14");
}

static void
test_overdue_with_fixed_clock (Fixture       *f,
                               gconstpointer  data)
{
  /* Received the 13th: the response was due the 14th, assessment the 16th. */
  g_autoptr(ZsLead) lead = add_lead (f, "深圳储能电池Pack项目", "2024-10-13", ZS_LEAD_NEW, NULL, NULL, NULL);
  g_autofree char *text = NULL;

  g_assert_cmpint (zs_lead_get_pending (lead), ==,
                   ZS_LEAD_DEADLINE_RESPOND | ZS_LEAD_DEADLINE_ASSESS | ZS_LEAD_DEADLINE_FEEDBACK);
  /* On the due day itself nothing is late yet… */
  g_assert_cmpint (zs_lead_get_overdue (lead, "2024-10-14"), ==, ZS_LEAD_DEADLINE_NONE);
  /* …the day after, the response is. */
  g_assert_cmpint (zs_lead_get_overdue (lead, TODAY), ==, ZS_LEAD_DEADLINE_RESPOND);
  g_assert_cmpint (zs_lead_get_overdue (lead, "2024-10-17"), ==,
                   ZS_LEAD_DEADLINE_RESPOND | ZS_LEAD_DEADLINE_ASSESS);
  g_assert_cmpint (zs_lead_get_overdue (lead, "2024-10-21"), ==,
                   ZS_LEAD_DEADLINE_RESPOND | ZS_LEAD_DEADLINE_ASSESS | ZS_LEAD_DEADLINE_FEEDBACK);
  text = zs_lead_describe_deadline (lead, TODAY);
  g_assert_cmpstr (text, ==, "Response overdue by 1 day");
  g_clear_pointer (&text, g_free);

  /* Answered on the 14th: only the assessment is left, due the 16th. */
  zs_record_set_string (ZS_RECORD (lead), ZS_LEAD_RESPONDED_DATE, "2024-10-14");
  g_assert_cmpint (zs_lead_get_overdue (lead, TODAY), ==, ZS_LEAD_DEADLINE_NONE);
  g_assert_cmpint (zs_lead_get_overdue (lead, "2024-10-18"), ==, ZS_LEAD_DEADLINE_ASSESS);
  text = zs_lead_describe_deadline (lead, "2024-10-18");
  g_assert_cmpstr (text, ==, "Assessment overdue by 2 days");
  g_clear_pointer (&text, g_free);
  {
    const char *due = NULL;

    g_assert_cmpint (zs_lead_get_next_deadline (lead, &due), ==, ZS_LEAD_DEADLINE_ASSESS);
    g_assert_cmpstr (due, ==, "2024-10-16");
  }

  /* Assessed (status moves on): the referrer still waits to hear back. */
  zs_record_set_enum (ZS_RECORD (lead), ZS_LEAD_STATUS, ZS_LEAD_ASSESSED);
  g_assert_cmpint (zs_lead_get_pending (lead), ==, ZS_LEAD_DEADLINE_FEEDBACK);
  g_assert_cmpint (zs_lead_get_overdue (lead, "2024-10-21"), ==, ZS_LEAD_DEADLINE_FEEDBACK);

  /* Dropped leads owe nothing. */
  zs_record_set_enum (ZS_RECORD (lead), ZS_LEAD_STATUS, ZS_LEAD_DROPPED);
  g_assert_cmpint (zs_lead_get_pending (lead), ==, ZS_LEAD_DEADLINE_NONE);
  g_assert_null (zs_lead_describe_deadline (lead, "2024-10-21"));
}

/* The query finds exactly the leads the per-lead rule calls overdue. */
static void
test_overdue_query_matches_rule (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GPtrArray) leads = g_ptr_array_new_with_free_func (g_object_unref);
  static const char * const days[] = { "2024-10-14", TODAY, "2024-10-18", "2024-10-25", "2024-11-30" };

  g_ptr_array_add (leads, add_lead (f, "未答复", "2024-10-13", ZS_LEAD_NEW, NULL, NULL, NULL));
  g_ptr_array_add (leads, add_lead (f, "已答复未评估", "2024-10-08", ZS_LEAD_NEW, "2024-10-09", NULL, NULL));
  g_ptr_array_add (leads, add_lead (f, "评估日期已填", "2024-10-08", ZS_LEAD_NEW, NULL, "2024-10-10", NULL));
  g_ptr_array_add (leads, add_lead (f, "已评估未反馈", "2024-10-05", ZS_LEAD_ASSESSED, "2024-10-06", "2024-10-07", NULL));
  g_ptr_array_add (leads, add_lead (f, "跟进中已反馈", "2024-09-03", ZS_LEAD_FOLLOWING, "2024-09-04", "2024-09-06", "2024-09-10"));
  g_ptr_array_add (leads, add_lead (f, "已转化", "2024-08-02", ZS_LEAD_CONVERTED, "2024-08-03", NULL, NULL));
  g_ptr_array_add (leads, add_lead (f, "已放弃", "2024-05-13", ZS_LEAD_DROPPED, NULL, NULL, NULL));
  g_ptr_array_add (leads, add_lead (f, "今天收到", TODAY, ZS_LEAD_NEW, NULL, NULL, NULL));
  {
    /* An imported lead without due dates has no deadline to miss. */
    g_autoptr(ZsLead) bare = zs_lead_new ();

    zs_record_set_string (ZS_RECORD (bare), ZS_LEAD_NAME, "无期限");
    zs_record_set_string (ZS_RECORD (bare), ZS_LEAD_RECEIVED_DATE, "2024-01-02");
    save (f->store, bare);
    g_ptr_array_add (leads, g_steal_pointer (&bare));
  }

  for (guint d = 0; d < G_N_ELEMENTS (days); d++)
    {
      g_autoptr(ZsQuery) query = zs_lead_overdue_query (f->store, days[d]);
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) ids = zs_store_query (f->store, query, &error);
      guint expected = 0;

      g_assert_no_error (error);
      for (guint i = 0; i < leads->len; i++)
        {
          ZsLead *lead = g_ptr_array_index (leads, i);
          gboolean overdue = zs_lead_get_overdue (lead, days[d]) != ZS_LEAD_DEADLINE_NONE;
          gboolean found = FALSE;

          for (guint j = 0; j < ids->len; j++)
            found |= g_array_index (ids, gint64, j) == zs_record_get_id (ZS_RECORD (lead));
          if (found != overdue)
            g_error ("on %s “%s” is %s by the rule but %s by the query", days[d],
                     zs_record_get_title (ZS_RECORD (lead)), overdue ? "overdue" : "not overdue",
                     found ? "found" : "not found");
          expected += overdue;
        }
      g_assert_cmpuint (ids->len, ==, expected);
      g_assert_cmpint (zs_store_count (f->store, query, NULL), ==, expected);
    }

  /* Hand-counted for the fixed day: 未答复 (response due the 14th),
   * 已答复未评估 (assessment due the 11th) and 已评估未反馈 (report due the
   * 12th) are late; 评估日期已填 owes its report only on the 15th itself. */
  {
    g_autoptr(ZsQuery) query = zs_lead_overdue_query (f->store, TODAY);

    g_assert_cmpint (zs_store_count (f->store, query, NULL), ==, 3);
  }
}

/* ---- partners not contacted ----------------------------------------------- */

static gint64
add_partner (Fixture    *f,
             const char *name)
{
  g_autoptr(ZsPartner) partner = zs_partner_new ();

  zs_record_set_string (ZS_RECORD (partner), ZS_PARTNER_NAME, name);
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

static void
test_not_contacted (Fixture       *f,
                    gconstpointer  data)
{
  gint64 recent = add_partner (f, "周永刚");
  gint64 quiet = add_partner (f, "邢志远");
  gint64 edge = add_partner (f, "林海峰");
  gint64 never = add_partner (f, "江南");
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

  /* More than 90 days: the quiet one and those never contacted (江南, and
   * 徐熙明 of the fixture)… */
  query = zs_partner_not_contacted_query (f->store, 90, TODAY);
  ids = zs_store_query (f->store, query, NULL);
  g_assert_cmpuint (ids->len, ==, 3);
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);

      g_assert_true (id == quiet || id == never || id == f->partner);
    }
  g_clear_pointer (&query, zs_query_unref);

  /* …a day later, the one contacted exactly 90 days ago joins them. */
  query = zs_partner_not_contacted_query (f->store, 90, "2024-10-16");
  g_assert_cmpint (zs_store_count (f->store, query, NULL), ==, 4);
  g_clear_pointer (&query, zs_query_unref);

  /* Within a week, only the recent one was contacted. */
  query = zs_partner_not_contacted_query (f->store, 7, TODAY);
  g_assert_cmpint (zs_store_count (f->store, query, NULL), ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/leads/deadlines/from-settings", test_deadlines_from_settings);
  ADD ("/leads/deadlines/overdue-with-fixed-clock", test_overdue_with_fixed_clock);
  ADD ("/leads/deadlines/overdue-query-matches-rule", test_overdue_query_matches_rule);
  ADD ("/partners/not-contacted", test_not_contacted);
#undef ADD

  return g_test_run ();
}
