/* test-leads.c — lead deadlines and overdue leads with a fixed clock,
 * lead states, converting a lead into a project, and the warning about an
 * investor already in the database
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

/* ---- states ------------------------------------------------------------------ */

static void
test_states (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(ZsLead) lead = add_lead (f, "北京医疗器械企业扩产项目", "2024-09-23", ZS_LEAD_NEW, NULL, NULL, NULL);
  ZsRecord *r = ZS_RECORD (lead);
  g_autoptr(GError) error = NULL;

  /* Not before the lead came in. */
  g_assert_false (zs_lead_mark_responded (f->store, lead, "2024-09-22", &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
  g_assert_null (zs_record_get_string (r, ZS_LEAD_RESPONDED_DATE));
  g_clear_error (&error);

  g_assert_true (zs_lead_mark_assessed (f->store, lead, "2024-09-26", &error));
  g_assert_no_error (error);
  g_assert_cmpint (zs_record_get_enum (r, ZS_LEAD_STATUS), ==, ZS_LEAD_ASSESSED);
  /* Assessing answered it too. */
  g_assert_cmpstr (zs_record_get_string (r, ZS_LEAD_RESPONDED_DATE), ==, "2024-09-26");
  g_assert_false (zs_lead_mark_assessed (f->store, lead, "2024-09-27", &error));
  g_clear_error (&error);

  g_assert_true (zs_lead_mark_following (f->store, lead, "2024-09-28", &error));
  g_assert_cmpint (zs_record_get_enum (r, ZS_LEAD_STATUS), ==, ZS_LEAD_FOLLOWING);
  g_assert_true (zs_lead_mark_fed_back (f->store, lead, "2024-09-29", &error));
  g_assert_cmpint (zs_lead_get_pending (lead), ==, ZS_LEAD_DEADLINE_NONE);

  /* Dropping needs a reason; blanks are not one. */
  g_assert_false (zs_lead_drop (f->store, lead, " \u3000 ", &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (zs_record_get_enum (r, ZS_LEAD_STATUS), ==, ZS_LEAD_FOLLOWING);
  g_assert_true (zs_lead_drop (f->store, lead, "  企业战略调整，暂缓北方布局。 ", &error));
  g_assert_cmpstr (zs_record_get_string (r, ZS_LEAD_DROP_REASON), ==, "企业战略调整，暂缓北方布局。");
  /* A dropped lead is closed… */
  g_assert_false (zs_lead_mark_following (f->store, lead, "2024-10-01", &error));
  g_clear_error (&error);
  /* …until it is taken up again. */
  g_assert_true (zs_lead_reopen (f->store, lead, &error));
  g_assert_cmpint (zs_record_get_enum (r, ZS_LEAD_STATUS), ==, ZS_LEAD_FOLLOWING);
  g_assert_null (zs_record_get_string (r, ZS_LEAD_DROP_REASON));

  /* What was saved is what the store has. */
  g_assert_true (zs_store_reload (f->store, r, &error));
  g_assert_cmpint (zs_record_get_enum (r, ZS_LEAD_STATUS), ==, ZS_LEAD_FOLLOWING);
  g_assert_cmpstr (zs_record_get_string (r, ZS_LEAD_FED_BACK_DATE), ==, "2024-09-29");
}

/* ---- converting ----------------------------------------------------------------- */

static gint64
count_all (ZsStore *store,
           GType    type)
{
  g_autoptr(ZsQuery) query = zs_query_new (type);

  return zs_store_count (store, query, NULL);
}

static ZsLead *
add_full_lead (Fixture *f,
               gint64  *activity_id,
               gint64  *enterprise_id)
{
  g_autoptr(ZsActivity) trip = zs_activity_new ();
  g_autoptr(ZsEnterprise) enterprise = zs_enterprise_new ();
  g_autoptr(ZsActivityLink) link = zs_activity_link_new ();
  ZsLead *lead = add_lead (f, "工业AI视觉质检项目", "2024-07-25", ZS_LEAD_ASSESSED, "2024-07-26", "2024-07-28", NULL);
  ZsRecord *r = ZS_RECORD (lead);

  zs_record_set_string (ZS_RECORD (trip), ZS_ACTIVITY_NAME, "“3天3城3项目”青岛、杭州、绍兴招商行");
  zs_record_set_string (ZS_RECORD (trip), ZS_ACTIVITY_START_DATE, "2024-08-27");
  save (f->store, trip);
  zs_record_set_string (ZS_RECORD (enterprise), ZS_ENTERPRISE_NAME, "青岛海之晨工业装备有限公司");
  save (f->store, enterprise);

  zs_record_set_string (r, ZS_LEAD_COMPANY, "青岛海之晨工业装备有限公司");
  zs_record_set_int (r, ZS_LEAD_CHAIN_ID, f->chain);
  zs_record_set_int (r, ZS_LEAD_ESTIMATED_INVESTMENT, 12000);
  zs_record_set_string (r, ZS_LEAD_DESCRIPTION, "企业拟在潍设立工业AI视觉质检研发和集成中心。");
  zs_record_set_int (r, ZS_LEAD_UNIT_ID, f->unit);
  zs_record_set_int (r, ZS_LEAD_PERSON_ID, f->person);
  zs_record_set_int (r, ZS_LEAD_ENTERPRISE_ID, zs_record_get_id (ZS_RECORD (enterprise)));
  save (f->store, lead);

  zs_record_set_int (ZS_RECORD (link), ZS_ACTIVITY_LINK_ACTIVITY_ID, zs_record_get_id (ZS_RECORD (trip)));
  zs_record_set_int (ZS_RECORD (link), ZS_ACTIVITY_LINK_LEAD_ID, zs_record_get_id (r));
  save (f->store, link);

  *activity_id = zs_record_get_id (ZS_RECORD (trip));
  *enterprise_id = zs_record_get_id (ZS_RECORD (enterprise));
  return lead;
}

static void
test_convert_makes_project (Fixture       *f,
                            gconstpointer  data)
{
  gint64 activity, enterprise;
  g_autoptr(ZsLead) lead = add_full_lead (f, &activity, &enterprise);
  g_autoptr(ZsProject) project = NULL;
  g_autoptr(ZsProject) found = NULL;
  g_autoptr(ZsQuery) events = zs_query_new (ZS_TYPE_STAGE_EVENT);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(ZsRecord) event = NULL;
  g_autoptr(GError) error = NULL;
  ZsRecord *p;

  project = zs_lead_convert (f->store, lead, ZS_STAGE_NEGOTIATING, "2024-07-30", &error);
  g_assert_no_error (error);
  g_assert_nonnull (project);
  p = ZS_RECORD (project);

  /* Nothing to type again: the lead's facts are the project's. */
  g_assert_cmpint (zs_record_get_id (p), !=, 0);
  g_assert_cmpstr (zs_record_get_string (p, ZS_PROJECT_NAME), ==, "工业AI视觉质检项目");
  g_assert_cmpstr (zs_record_get_string (p, ZS_PROJECT_INVESTOR), ==, "青岛海之晨工业装备有限公司");
  g_assert_cmpint (zs_record_get_int (p, ZS_PROJECT_CHAIN_ID), ==, f->chain);
  g_assert_cmpint (zs_record_get_int (p, ZS_PROJECT_PLANNED_INVESTMENT), ==, 12000);
  g_assert_cmpint (zs_record_get_int (p, ZS_PROJECT_UNIT_ID), ==, f->unit);
  g_assert_cmpint (zs_record_get_int (p, ZS_PROJECT_PERSON_ID), ==, f->person);
  g_assert_cmpint (zs_record_get_int (p, ZS_PROJECT_ENTERPRISE_ID), ==, enterprise);
  g_assert_cmpstr (zs_record_get_string (p, ZS_PROJECT_NOTES), ==, "企业拟在潍设立工业AI视觉质检研发和集成中心。");
  /* The referrer and the lead stay linked. */
  g_assert_cmpint (zs_record_get_int (p, ZS_PROJECT_PARTNER_ID), ==, f->partner);
  g_assert_cmpint (zs_record_get_int (p, ZS_PROJECT_LEAD_ID), ==, zs_record_get_id (ZS_RECORD (lead)));
  g_assert_cmpint (zs_record_get_int (p, ZS_PROJECT_ACTIVITY_ID), ==, activity);
  g_assert_cmpint (zs_activity_find_link (f->store, activity, ZS_TYPE_PROJECT, zs_record_get_id (p)), !=, 0);
  g_assert_cmpint (zs_record_get_enum (p, ZS_PROJECT_STAGE), ==, ZS_STAGE_NEGOTIATING);
  g_assert_cmpstr (zs_record_get_string (p, ZS_PROJECT_STAGE_SINCE), ==, "2024-07-30");
  g_assert_cmpstr (zs_record_get_string (p, ZS_PROJECT_FIRST_CONTACT_DATE), ==, "2024-07-30");

  /* One stage event says where it came from. */
  zs_query_add_int (events, ZS_STAGE_EVENT_PROJECT_ID, ZS_QUERY_EQ, zs_record_get_id (p));
  ids = zs_store_query (f->store, events, NULL);
  g_assert_cmpuint (ids->len, ==, 1);
  event = zs_store_load (f->store, ZS_TYPE_STAGE_EVENT, g_array_index (ids, gint64, 0), NULL);
  g_assert_cmpint (zs_record_get_enum (event, ZS_STAGE_EVENT_TO_STAGE), ==, ZS_STAGE_NEGOTIATING);
  g_assert_cmpstr (zs_record_get_string (event, ZS_STAGE_EVENT_DATE), ==, "2024-07-30");
  g_assert_nonnull (strstr (zs_record_get_string (event, ZS_STAGE_EVENT_NOTE), "工业AI视觉质检项目"));

  /* The lead is converted, as stored, and knows its project. */
  g_assert_true (zs_store_reload (f->store, ZS_RECORD (lead), NULL));
  g_assert_cmpint (zs_record_get_enum (ZS_RECORD (lead), ZS_LEAD_STATUS), ==, ZS_LEAD_CONVERTED);
  found = zs_lead_get_project (f->store, lead);
  g_assert_true (found == project);

  /* Deleting the project (with undo) keeps the lead. */
  {
    g_autoptr(GPtrArray) deleted = zs_store_delete_for_undo (f->store, p, &error);

    g_assert_no_error (error);
    g_assert_nonnull (deleted);
    g_assert_true (zs_store_reload (f->store, ZS_RECORD (lead), NULL));
    g_assert_true (zs_store_restore (f->store, deleted, &error));
    g_assert_no_error (error);
  }
}

static void
test_convert_refusals_change_nothing (Fixture       *f,
                                      gconstpointer  data)
{
  gint64 activity, enterprise;
  g_autoptr(ZsLead) lead = add_full_lead (f, &activity, &enterprise);
  ZsRecord *r = ZS_RECORD (lead);
  gint64 projects = count_all (f->store, ZS_TYPE_PROJECT);
  gint64 events = count_all (f->store, ZS_TYPE_STAGE_EVENT);
  gint64 links = count_all (f->store, ZS_TYPE_ACTIVITY_LINK);
  g_autoptr(GError) error = NULL;
  ZsProject *project;

  /* Straight to 签约 is not a conversion. */
  project = zs_lead_convert (f->store, lead, ZS_STAGE_SIGNED, "2024-07-30", &error);
  g_assert_null (project);
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
  g_clear_error (&error);

  /* Not before the lead came in, and not on a non-date. */
  g_assert_null (zs_lead_convert (f->store, lead, ZS_STAGE_LEAD, "2024-07-01", &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (zs_lead_convert (f->store, lead, ZS_STAGE_LEAD, "2024-02-30", &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
  g_clear_error (&error);

  /* A failure after the project was written takes the project back too:
   * here the lead cannot be saved (an unsaved edit breaks a date). */
  zs_record_set_string (r, ZS_LEAD_FEEDBACK_DUE, "2024-13-01");
  g_assert_null (zs_lead_convert (f->store, lead, ZS_STAGE_LEAD, "2024-07-30", &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count_all (f->store, ZS_TYPE_PROJECT), ==, projects);
  g_assert_cmpint (count_all (f->store, ZS_TYPE_STAGE_EVENT), ==, events);
  g_assert_cmpint (count_all (f->store, ZS_TYPE_ACTIVITY_LINK), ==, links);
  /* The lead shows what is stored again. */
  g_assert_cmpint (zs_record_get_enum (r, ZS_LEAD_STATUS), ==, ZS_LEAD_ASSESSED);
  g_assert_cmpstr (zs_record_get_string (r, ZS_LEAD_FEEDBACK_DUE), ==, "2024-08-01");
  g_assert_null (zs_lead_get_project (f->store, lead));

  /* Converted once, not twice. */
  project = zs_lead_convert (f->store, lead, ZS_STAGE_LEAD, "2024-07-30", &error);
  g_assert_no_error (error);
  g_clear_object (&project);
  g_assert_null (zs_lead_convert (f->store, lead, ZS_STAGE_LEAD, "2024-07-31", &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
  g_assert_cmpint (count_all (f->store, ZS_TYPE_PROJECT), ==, projects + 1);
}

/* ---- the same investor twice ------------------------------------------------------ */

static void
assert_same_key (const char *a,
                 const char *b)
{
  g_autofree char *ka = zs_investor_key (a);
  g_autofree char *kb = zs_investor_key (b);

  if (g_strcmp0 (ka, kb) != 0)
    g_error ("“%s” (%s) and “%s” (%s) should be the same investor", a, ka, b, kb);
}

static void
assert_other_key (const char *a,
                  const char *b)
{
  g_autofree char *ka = zs_investor_key (a);
  g_autofree char *kb = zs_investor_key (b);

  if (g_strcmp0 (ka, kb) == 0)
    g_error ("“%s” and “%s” should be different investors (%s)", a, b, ka);
}

static void
test_investor_key (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *key = zs_investor_key ("青岛海之晨工业装备有限公司");

  g_assert_cmpstr (key, ==, "青岛海之晨工业装备");
  assert_same_key ("青岛海之晨工业装备有限公司", "青岛海之晨工业装备");
  assert_same_key ("颐高集团", "颐高集团有限公司");
  assert_same_key ("双汇 集团", "双汇集团股份有限公司");
  /* Full-width letters and brackets, and letter case. */
  assert_same_key ("ＴＣＬ科技集团股份有限公司", "TCL科技");
  assert_same_key ("华润（集团）有限公司", "华润集团");
  assert_same_key ("Haier Co., Ltd.", "HAIER");
  assert_same_key ("潍坊智云·工业互联网科技有限公司", "潍坊智云工业互联网科技");
  assert_other_key ("青岛海之晨工业装备有限公司", "青岛海之晨机械有限公司");
  assert_other_key ("山东万盛新材料有限公司", "浙江万盛股份有限公司");
  g_clear_pointer (&key, g_free);
  /* The legal form alone is not a name. */
  key = zs_investor_key ("有限公司");
  g_assert_cmpstr (key, ==, "有限公司");
}

static void
test_same_investor_found (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(ZsProject) project = zs_project_new ();
  g_autoptr(ZsLead) yigao = add_lead (f, "颐高数字经济产业园运营合作", "2024-08-02", ZS_LEAD_FOLLOWING, NULL, NULL, NULL);
  g_autoptr(ZsEnterprise) shuanghui = zs_enterprise_new ();
  g_autoptr(ZsLead) fresh = zs_lead_new ();
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  zs_record_set_string (ZS_RECORD (project), ZS_PROJECT_NAME, "工业AI视觉质检项目");
  zs_record_set_string (ZS_RECORD (project), ZS_PROJECT_INVESTOR, "青岛海之晨工业装备有限公司");
  save (f->store, project);
  zs_record_set_string (ZS_RECORD (yigao), ZS_LEAD_COMPANY, "颐高集团");
  save (f->store, yigao);
  zs_record_set_string (ZS_RECORD (shuanghui), ZS_ENTERPRISE_NAME, "双汇集团");
  save (f->store, shuanghui);

  /* A new lead naming the project's investor, spaced and in brackets. */
  zs_record_set_string (ZS_RECORD (fresh), ZS_LEAD_NAME, "海之晨二期");
  found = zs_investor_find_same (f->store, "青岛 海之晨工业装备（有限公司）", ZS_RECORD (fresh), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_true (g_ptr_array_index (found, 0) == (gpointer) project);
  message = zs_investor_describe_same (f->store, found);
  g_assert_nonnull (strstr (message, "工业AI视觉质检项目"));
  g_clear_pointer (&message, g_free);
  g_clear_pointer (&found, g_ptr_array_unref);

  /* A new project naming a lead's company, or a target enterprise. */
  found = zs_investor_find_same (f->store, "颐高集团有限公司", NULL, &error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_true (g_ptr_array_index (found, 0) == (gpointer) yigao);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = zs_investor_find_same (f->store, "双汇集团股份有限公司", NULL, &error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_true (g_ptr_array_index (found, 0) == (gpointer) shuanghui);
  g_clear_pointer (&found, g_ptr_array_unref);

  /* Someone else entirely, and names too short to mean anything. */
  found = zs_investor_find_same (f->store, "青岛海之晨机械有限公司", NULL, &error);
  g_assert_cmpuint (found->len, ==, 0);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = zs_investor_find_same (f->store, "集团", NULL, &error);
  g_assert_cmpuint (found->len, ==, 0);
  g_assert_null (zs_investor_describe_same (f->store, found));
  g_clear_pointer (&found, g_ptr_array_unref);

  /* A record is not its own twin, nor is a project the lead it came from. */
  found = zs_investor_find_same (f->store, "青岛海之晨工业装备有限公司", ZS_RECORD (project), &error);
  g_assert_cmpuint (found->len, ==, 0);
  g_clear_pointer (&found, g_ptr_array_unref);
  {
    g_autoptr(ZsProject) converted = zs_lead_convert (f->store, yigao, ZS_STAGE_NEGOTIATING, "2024-08-08", &error);

    g_assert_no_error (error);
    found = zs_investor_find_same (f->store, "颐高集团", ZS_RECORD (converted), &error);
    g_assert_cmpuint (found->len, ==, 0);
    g_clear_pointer (&found, g_ptr_array_unref);
    found = zs_investor_find_same (f->store, "颐高集团", ZS_RECORD (yigao), &error);
    g_assert_cmpuint (found->len, ==, 0);
    g_clear_pointer (&found, g_ptr_array_unref);
    /* Anyone else naming 颐高 hears of both. */
    found = zs_investor_find_same (f->store, "颐高集团", NULL, &error);
    g_assert_cmpuint (found->len, ==, 2);
  }
}

/* ---- sorting the table ------------------------------------------------------ */

/* The leads' names in @query's order, space-separated. */
static char *
names_in_order (ZsStore *store,
                ZsQuery *query)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = zs_store_query (store, query, &error);
  g_autoptr(GString) names = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(ZsRecord) lead = zs_store_load (store, ZS_TYPE_LEAD, g_array_index (ids, gint64, i), NULL);

      g_string_append_printf (names, "%s%s", i ? " " : "", zs_record_get_title (lead));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

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
refer (Fixture *f,
       ZsLead  *lead,
       gint64   partner,
       gint64   unit)
{
  zs_record_set_int (ZS_RECORD (lead), ZS_LEAD_PARTNER_ID, partner);
  zs_record_set_int (ZS_RECORD (lead), ZS_LEAD_UNIT_ID, unit);
  save (f->store, lead);
}

/* Six leads: 甲 to respond by 10-11, 己 by 10-14, 丙 to assess by 10-17,
 * 乙 to report back by 10-19; 丁 has met every deadline and 戊 is
 * converted. 己 has no referrer, 丙 no unit. */
static void
add_sort_fixture (Fixture *f)
{
  gint64 wang = add_partner (f, "王建国");
  gint64 zhang = add_partner (f, "张三");
  gint64 units[3];
  g_autoptr(ZsLead) a = add_lead (f, "甲", "2024-10-10", ZS_LEAD_NEW, NULL, NULL, NULL);
  g_autoptr(ZsLead) b = add_lead (f, "乙", "2024-10-12", ZS_LEAD_ASSESSED, "2024-10-12", "2024-10-13", NULL);
  g_autoptr(ZsLead) c = add_lead (f, "丙", "2024-10-14", ZS_LEAD_NEW, "2024-10-14", NULL, NULL);
  g_autoptr(ZsLead) d = add_lead (f, "丁", "2024-10-01", ZS_LEAD_FOLLOWING, "2024-10-01", "2024-10-02", "2024-10-05");
  g_autoptr(ZsLead) e = add_lead (f, "戊", "2024-09-01", ZS_LEAD_CONVERTED, NULL, NULL, NULL);
  g_autoptr(ZsLead) g = add_lead (f, "己", "2024-10-13", ZS_LEAD_NEW, NULL, NULL, NULL);

  /* Units in the bureau's order 0, 1, 2, given against the leads' order. */
  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    units[i] = zs_test_nth_id (f->store, ZS_TYPE_UNIT, i);
  refer (f, a, f->partner, units[2]);  /* 徐熙明 */
  refer (f, b, wang, units[0]);
  refer (f, c, zhang, 0);
  refer (f, d, wang, units[1]);
  refer (f, e, zhang, units[0]);
  refer (f, g, 0, units[2]);
}

static void
test_sort_by_referrer (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_LEAD);
  g_autofree char *up = NULL;
  g_autofree char *down = NULL;

  add_sort_fixture (f);
  /* The names in pinyin order, as Excel sorts them (王 wang, 徐 xu, 张
   * zhang; by code point 张 would come first); two leads of one partner
   * in the order they came. */
  zs_query_set_order_by_reference (query, ZS_LEAD_PARTNER_ID, ZS_PARTNER_NAME, FALSE);
  up = names_in_order (f->store, query);
  g_assert_cmpstr (up, ==, "乙 丁 甲 丙 戊 己");

  /* Reversed, and the lead without a referrer still last. */
  zs_query_set_order_by_reference (query, ZS_LEAD_PARTNER_ID, ZS_PARTNER_NAME, TRUE);
  down = names_in_order (f->store, query);
  g_assert_cmpstr (down, ==, "戊 丙 甲 丁 乙 己");
}

static void
test_sort_by_unit (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_LEAD);
  g_autofree char *up = NULL;
  g_autofree char *down = NULL;

  add_sort_fixture (f);
  zs_query_set_order_by_reference (query, ZS_LEAD_UNIT_ID, ZS_UNIT_POSITION, FALSE);
  up = names_in_order (f->store, query);
  g_assert_cmpstr (up, ==, "乙 戊 丁 甲 己 丙");

  zs_query_set_order_by_reference (query, ZS_LEAD_UNIT_ID, ZS_UNIT_POSITION, TRUE);
  down = names_in_order (f->store, query);
  g_assert_cmpstr (down, ==, "己 甲 丁 戊 乙 丙");
}

/* @query's leads must come in the order of zs_lead_get_next_deadline()'s
 * dates, those with none after every other. */
static void
assert_deadline_order (ZsStore  *store,
                       ZsQuery  *query,
                       gboolean  descending)
{
  g_autoptr(GArray) ids = zs_store_query (store, query, NULL);
  g_autofree char *previous = NULL;
  gboolean none_yet = FALSE;

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(ZsRecord) lead = zs_store_load (store, ZS_TYPE_LEAD, g_array_index (ids, gint64, i), NULL);
      const char *due = NULL;

      if (zs_lead_get_next_deadline (ZS_LEAD (lead), &due) == ZS_LEAD_DEADLINE_NONE)
        {
          none_yet = TRUE;
          continue;
        }
      g_assert_false (none_yet);
      if (previous != NULL)
        g_assert_cmpint (descending ? strcmp (previous, due) : strcmp (due, previous), >=, 0);
      g_free (previous);
      previous = g_strdup (due);
    }
}

static void
test_sort_by_deadline (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_LEAD);
  g_autoptr(ZsQuery) open = zs_lead_open_query ();
  g_autofree char *up = NULL;
  g_autofree char *down = NULL;
  g_autofree char *open_up = NULL;

  add_sort_fixture (f);
  zs_lead_set_order_by_deadline (query, FALSE);
  up = names_in_order (f->store, query);
  g_assert_cmpstr (up, ==, "甲 己 丙 乙 丁 戊");
  assert_deadline_order (f->store, query, FALSE);

  zs_lead_set_order_by_deadline (query, TRUE);
  down = names_in_order (f->store, query);
  g_assert_true (g_str_has_prefix (down, "乙 丙 己 甲 "));
  assert_deadline_order (f->store, query, TRUE);

  /* With the page’s filter, open leads, as the table asks. */
  zs_lead_set_order_by_deadline (open, FALSE);
  open_up = names_in_order (f->store, open);
  g_assert_cmpstr (open_up, ==, "甲 己 丙 乙 丁");

  /* 甲 is assessed and followed up: it moves down to its report back. */
  {
    g_autoptr(ZsQuery) again = zs_lead_open_query ();
    g_autoptr(ZsRecord) a = NULL;
    g_autofree char *after = NULL;
    g_autoptr(GArray) ids = NULL;

    zs_query_add_string (again, ZS_LEAD_NAME, ZS_QUERY_EQ, "甲");
    ids = zs_store_query (f->store, again, NULL);
    a = zs_store_load (f->store, ZS_TYPE_LEAD, g_array_index (ids, gint64, 0), NULL);
    zs_record_set_enum (a, ZS_LEAD_STATUS, ZS_LEAD_FOLLOWING);
    zs_record_set_string (a, ZS_LEAD_ASSESSED_DATE, "2024-10-11");
    save (f->store, a);
    /* Followed up and assessed: only its report back is left, due 10-17
     * like 丙's assessment; ties go to the older lead. */
    after = names_in_order (f->store, open);
    g_assert_cmpstr (after, ==, "己 甲 丙 乙 丁");
    assert_deadline_order (f->store, open, FALSE);
  }
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
  ADD ("/leads/convert/makes-project", test_convert_makes_project);
  ADD ("/leads/convert/refusals-change-nothing", test_convert_refusals_change_nothing);
  ADD ("/leads/states", test_states);
  ADD ("/leads/sort/referrer", test_sort_by_referrer);
  ADD ("/leads/sort/unit", test_sort_by_unit);
  ADD ("/leads/sort/deadline", test_sort_by_deadline);
  ADD ("/leads/same-investor/key", test_investor_key);
  ADD ("/leads/same-investor/found", test_same_investor_found);
#undef ADD

  return g_test_run ();
}
