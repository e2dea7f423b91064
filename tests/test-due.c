/* test-due.c — 今日待办: what falls due on a day, with a fixed clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Each kind of work on the list, with what is due today, what is overdue,
 * what is not yet due and what is done beside it; then the work is done
 * and the list shrinks, as the clerk would see it the next time.
 */
#include "config.h"

#include <locale.h>

#include "zs-due.h"
#include "zs-test-util.h"

#define TODAY "2024-10-15"

typedef struct {
  ZsStore *store;
  ZsClock *clock;
  gint64   partner;   /* contacted on the 1st, follow-up planned the 15th */
} Fixture;

static void
save (ZsStore  *store,
      gpointer  record)
{
  g_autoptr(GError) error = NULL;

  zs_store_save (store, ZS_RECORD (record), &error);
  g_assert_no_error (error);
}

static ZsRecord *
add_partner (Fixture    *f,
             const char *name)
{
  ZsRecord *partner = ZS_RECORD (zs_partner_new ());

  zs_record_set_string (partner, ZS_PARTNER_NAME, name);
  zs_record_set_enum (partner, ZS_PARTNER_KIND, ZS_PARTNER_CHIEF_REPRESENTATIVE);
  save (f->store, partner);
  return partner;
}

static ZsRecord *
add_contact (Fixture    *f,
             gint64      partner_id,
             const char *date,
             const char *follow_up)
{
  ZsRecord *log = ZS_RECORD (zs_contact_log_new ());

  zs_record_set_int (log, ZS_CONTACT_LOG_PARTNER_ID, partner_id);
  zs_record_set_string (log, ZS_CONTACT_LOG_DATE, date);
  zs_record_set_string (log, ZS_CONTACT_LOG_NOTES, "电话沟通");
  zs_record_set_string (log, ZS_CONTACT_LOG_FOLLOW_UP_DATE, follow_up);
  save (f->store, log);
  return log;
}

static ZsLead *
add_lead (Fixture      *f,
          const char   *name,
          const char   *received,
          ZsLeadStatus  status)
{
  ZsLead *lead = zs_lead_new ();

  zs_record_set_string (ZS_RECORD (lead), ZS_LEAD_NAME, name);
  zs_record_set_string (ZS_RECORD (lead), ZS_LEAD_RECEIVED_DATE, received);
  zs_record_set_int (ZS_RECORD (lead), ZS_LEAD_PARTNER_ID, f->partner);
  zs_record_set_enum (ZS_RECORD (lead), ZS_LEAD_STATUS, status);
  zs_lead_set_deadlines_from_settings (f->store, lead);
  save (f->store, lead);
  return lead;
}

static ZsRecord *
add_obstacle (Fixture    *f,
              ZsProject  *project,
              const char *description,
              const char *due,
              ZsObstacleState state)
{
  ZsRecord *obstacle = ZS_RECORD (zs_obstacle_new ());

  zs_record_set_int (obstacle, ZS_OBSTACLE_PROJECT_ID, zs_record_get_id (ZS_RECORD (project)));
  zs_record_set_string (obstacle, ZS_OBSTACLE_DESCRIPTION, description);
  zs_record_set_string (obstacle, ZS_OBSTACLE_DUE_DATE, due);
  zs_record_set_enum (obstacle, ZS_OBSTACLE_STATE, state);
  save (f->store, obstacle);
  return obstacle;
}

static ZsRecord *
add_carrier (Fixture    *f,
             const char *name,
             const char *last_update)
{
  ZsRecord *carrier = ZS_RECORD (zs_carrier_new ());

  zs_record_set_string (carrier, ZS_CARRIER_NAME, name);
  zs_record_set_string (carrier, ZS_CARRIER_LAST_UPDATE, last_update);
  save (f->store, carrier);
  return carrier;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(ZsRecord) partner = NULL;

  f->store = zs_test_open_seeded ("due");
  f->clock = zs_clock_new ();
  zs_clock_set_today (f->clock, TODAY);
  partner = add_partner (f, "徐熙明");
  f->partner = zs_record_get_id (partner);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->clock);
  g_clear_object (&f->store);
}

static GPtrArray *
due_now (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *items = zs_due_list (f->store, zs_clock_get_today (f->clock), &error);

  g_assert_no_error (error);
  g_assert_nonnull (items);
  return items;
}

/* The titles of @items of @kind, joined with "|", in list order. */
static char *
titles_of (GPtrArray *items,
           ZsDueKind  kind)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      ZsDueItem *item = g_ptr_array_index (items, i);

      if (item->kind != kind)
        continue;
      if (out->len > 0)
        g_string_append_c (out, '|');
      g_string_append (out, item->title);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static ZsDueItem *
find (GPtrArray  *items,
      const char *title)
{
  for (guint i = 0; i < items->len; i++)
    {
      ZsDueItem *item = g_ptr_array_index (items, i);

      if (g_strcmp0 (item->title, title) == 0)
        return item;
    }
  return NULL;
}

#define ASSERT_TITLES(items, kind, expected) \
  G_STMT_START { \
    g_autofree char *_got = titles_of (items, kind); \
    g_assert_cmpstr (_got, ==, expected); \
  } G_STMT_END

static void
test_what_is_due (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(ZsLead) due_today = NULL, late = NULL, not_yet = NULL, dropped = NULL;
  g_autoptr(ZsRecord) quiet = NULL, answered = NULL, never = NULL;
  g_autoptr(ZsRecord) log1 = NULL, log2 = NULL, log3 = NULL, log4 = NULL, log5 = NULL;
  g_autoptr(ZsProject) project = NULL;
  g_autoptr(ZsRecord) ob_late = NULL, ob_resolved = NULL, ob_later = NULL;
  g_autoptr(ZsRecord) stale = NULL, fresh = NULL;
  g_autoptr(GPtrArray) items = NULL;
  ZsDueItem *item;

  /* Leads: respond by the 15th (received the 14th), long overdue, not yet
   * due, and dropped (closed, whatever its dates). */
  due_today = add_lead (f, "深圳储能电池Pack项目", "2024-10-14", ZS_LEAD_NEW);
  late = add_lead (f, "绍兴纺织印染产能转移", "2024-10-05", ZS_LEAD_NEW);
  not_yet = add_lead (f, "苏州光伏组件扩产", "2024-10-15", ZS_LEAD_NEW);
  dropped = add_lead (f, "无锡半导体封测", "2024-09-01", ZS_LEAD_DROPPED);

  /* Follow-ups: the fixture's partner today; another overdue but followed
   * up since; a third planned for later. */
  log1 = add_contact (f, f->partner, "2024-10-01", TODAY);
  answered = add_partner (f, "陈国平");
  log2 = add_contact (f, zs_record_get_id (answered), "2024-09-20", "2024-10-10");
  log3 = add_contact (f, zs_record_get_id (answered), "2024-10-12", NULL);
  quiet = add_partner (f, "王建华");
  log4 = add_contact (f, zs_record_get_id (quiet), "2024-05-01", NULL);
  log5 = add_contact (f, zs_record_get_id (answered), "2024-10-12", "2024-10-30");
  never = add_partner (f, "赵立新");

  /* Obstacles of one project: overdue, resolved, not yet due. */
  project = zs_test_new_project (f->store, "新能源汽车电驱项目", "某电驱科技", ZS_STAGE_NEGOTIATING);
  ob_late = add_obstacle (f, project, "用地指标未落实", "2024-10-14", ZS_OBSTACLE_OPEN);
  ob_resolved = add_obstacle (f, project, "环评批复", "2024-10-01", ZS_OBSTACLE_RESOLVED);
  ob_later = add_obstacle (f, project, "电力增容", "2024-11-30", ZS_OBSTACLE_OPEN);

  /* Carriers: last updated in September (due), and this month. */
  stale = add_carrier (f, "高新区标准厂房A栋", "2024-09-20");
  fresh = add_carrier (f, "科创园B座", "2024-10-02");

  items = due_now (f);
  ASSERT_TITLES (items, ZS_DUE_LEAD, "绍兴纺织印染产能转移|深圳储能电池Pack项目");
  item = find (items, "深圳储能电池Pack项目");
  g_assert_false (item->overdue);
  g_assert_cmpstr (item->due_date, ==, TODAY);
  g_assert_cmpstr (item->detail, ==, "Respond to the referrer today");
  g_assert_true (item->record == ZS_RECORD (due_today) ||
                 zs_record_get_id (item->record) == zs_record_get_id (ZS_RECORD (due_today)));
  item = find (items, "绍兴纺织印染产能转移");
  g_assert_true (item->overdue);
  g_assert_cmpstr (item->detail, ==, "Response overdue by 9 days");

  /* The follow-up opens the partner it was planned with. */
  ASSERT_TITLES (items, ZS_DUE_FOLLOW_UP, "徐熙明");
  g_assert_true (ZS_IS_PARTNER (find (items, "徐熙明")->record));
  g_assert_cmpstr (find (items, "徐熙明")->detail, ==, "Follow up today · 电话沟通");

  /* The obstacle opens its project and says what it is. */
  ASSERT_TITLES (items, ZS_DUE_OBSTACLE, "新能源汽车电驱项目");
  item = find (items, "新能源汽车电驱项目");
  g_assert_true (ZS_IS_PROJECT (item->record));
  g_assert_true (item->overdue);
  g_assert_cmpstr (item->detail, ==, "Obstacle overdue by 1 day · 用地指标未落实");

  ASSERT_TITLES (items, ZS_DUE_CARRIER, "高新区标准厂房A栋");
  /* 90 days is the bureau's default cycle: the May contact is too old. */
  ASSERT_TITLES (items, ZS_DUE_PARTNER, "王建华|赵立新");
  /* Their last contacts, read for the whole list at once, say what the
   * dispatch page's row says of each. */
  for (guint i = 0; i < items->len; i++)
    {
      ZsDueItem *it = g_ptr_array_index (items, i);
      g_autofree char *alone = NULL;

      if (it->kind != ZS_DUE_PARTNER)
        continue;
      alone = zs_attention_describe (f->store, ZS_ATTENTION_QUIET_PARTNERS, it->record, TODAY);
      g_assert_cmpstr (it->detail, ==, alone);
    }
  g_assert_nonnull (strstr (find (items, "王建华")->detail, "last contacted"));
  g_assert_nonnull (strstr (find (items, "王建华")->detail, "2024"));
  g_assert_nonnull (strstr (find (items, "赵立新")->detail, "never contacted"));

  {
    guint counts[ZS_DUE_N_KINDS];
    guint shown_counts[ZS_DUE_N_KINDS];
    g_autofree char *title = NULL;
    g_autofree char *body = NULL;
    g_autofree char *quiet_title = NULL;
    g_autoptr(GPtrArray) shown = NULL;
    g_autoptr(GError) error = NULL;

    /* The title counts what has a deadline, not the two quiet partners;
     * the body names every kind. */
    zs_due_count (items, counts);
    title = zs_due_summary_title (counts);
    body = zs_due_summary_body (counts);
    g_assert_cmpuint (zs_due_count_deadlines (counts), ==, 5);
    g_assert_cmpstr (title, ==, "5 things to do today");
    g_assert_cmpstr (body, ==, "2 leads due, 1 follow-up, 1 obstacle past its deadline, "
                               "1 carrier to update, 2 partners to contact");

    /* For a screen of one row a kind: every dated item, the first partner
     * and carrier, and the same counts. */
    shown = zs_due_list_shown (f->store, TODAY, 1, shown_counts, &error);
    g_assert_no_error (error);
    g_assert_cmpmem (shown_counts, sizeof shown_counts, counts, sizeof counts);
    g_assert_cmpuint (shown->len, ==, items->len - 1);
    ASSERT_TITLES (shown, ZS_DUE_PARTNER, "王建华");
    ASSERT_TITLES (shown, ZS_DUE_LEAD, "绍兴纺织印染产能转移|深圳储能电池Pack项目");

    /* With only partners waiting, the title says where to look. */
    for (guint k = 0; k < ZS_DUE_N_KINDS; k++)
      counts[k] = k == ZS_DUE_PARTNER ? 2 : 0;
    g_assert_cmpuint (zs_due_count_deadlines (counts), ==, 0);
    quiet_title = zs_due_summary_title (counts);
    g_assert_cmpstr (quiet_title, ==, "Due Today");
  }
}

static void
test_done_items_leave (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(ZsLead) lead = add_lead (f, "深圳储能电池Pack项目", "2024-10-14", ZS_LEAD_NEW);
  g_autoptr(ZsRecord) log = add_contact (f, f->partner, "2024-10-01", "2024-10-12");
  g_autoptr(ZsProject) project = zs_test_new_project (f->store, "新能源汽车电驱项目", "某电驱科技", ZS_STAGE_NEGOTIATING);
  g_autoptr(ZsRecord) obstacle = add_obstacle (f, project, "用地指标未落实", "2024-10-14", ZS_OBSTACLE_OPEN);
  g_autoptr(ZsRecord) carrier = add_carrier (f, "高新区标准厂房A栋", "2024-09-20");
  g_autoptr(ZsRecord) again = NULL;
  g_autoptr(GPtrArray) before = due_now (f);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) later = NULL;

  g_assert_cmpuint (before->len, ==, 4);

  /* The clerk answers the lead, calls the partner, resolves the obstacle
   * and updates the carrier. */
  zs_record_set_string (ZS_RECORD (lead), ZS_LEAD_RESPONDED_DATE, TODAY);
  save (f->store, lead);
  again = add_contact (f, f->partner, TODAY, NULL);
  zs_record_set_enum (obstacle, ZS_OBSTACLE_STATE, ZS_OBSTACLE_RESOLVED);
  zs_record_set_string (obstacle, ZS_OBSTACLE_RESOLVED_DATE, TODAY);
  save (f->store, obstacle);
  zs_record_set_string (carrier, ZS_CARRIER_LAST_UPDATE, TODAY);
  save (f->store, carrier);

  after = due_now (f);
  g_assert_cmpuint (after->len, ==, 0);
  {
    guint counts[ZS_DUE_N_KINDS];

    zs_due_count (after, counts);
    g_assert_null (zs_due_summary_title (counts));
  }

  /* Three days on, the lead's assessment (due the 17th) falls due. */
  zs_clock_set_today (f->clock, "2024-10-18");
  later = due_now (f);
  ASSERT_TITLES (later, ZS_DUE_LEAD, "深圳储能电池Pack项目");
  g_assert_cmpstr (find (later, "深圳储能电池Pack项目")->detail, ==, "Assessment overdue by 1 day");
  g_assert_cmpuint (later->len, ==, 1);
}

static void
on_listed (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  GPtrArray **items = user_data;
  g_autoptr(GError) error = NULL;
  guint counts[ZS_DUE_N_KINDS];

  *items = zs_due_list_finish (result, counts, &error);
  g_assert_no_error (error);
  g_assert_nonnull (*items);
}

/* The window's page and the notification ask in a worker thread, on a
 * connection of its own: the same items, words and order as here. */
static void
test_async_is_the_same (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(ZsLead) lead = add_lead (f, "深圳储能电池Pack项目", "2024-10-14", ZS_LEAD_NEW);
  g_autoptr(ZsLead) late = add_lead (f, "绍兴纺织印染产能转移", "2024-10-05", ZS_LEAD_NEW);
  g_autoptr(ZsRecord) log = add_contact (f, f->partner, "2024-10-01", "2024-10-12");
  g_autoptr(ZsProject) project = zs_test_new_project (f->store, "新能源汽车电驱项目", "某电驱科技", ZS_STAGE_NEGOTIATING);
  g_autoptr(ZsRecord) obstacle = add_obstacle (f, project, "用地指标未落实", "2024-10-14", ZS_OBSTACLE_OPEN);
  g_autoptr(ZsRecord) carrier = add_carrier (f, "高新区标准厂房A栋", "2024-09-20");
  g_autoptr(GPtrArray) here = due_now (f);
  g_autoptr(GPtrArray) there = NULL;

  zs_due_list_async (f->store, TODAY, G_MAXUINT, NULL, on_listed, &there);
  while (there == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpuint (here->len, >=, 5);
  g_assert_cmpuint (there->len, ==, here->len);
  for (guint i = 0; i < here->len; i++)
    {
      ZsDueItem *a = g_ptr_array_index (here, i);
      ZsDueItem *b = g_ptr_array_index (there, i);

      g_assert_cmpint (a->kind, ==, b->kind);
      g_assert_cmpstr (a->title, ==, b->title);
      g_assert_cmpstr (a->detail, ==, b->detail);
      g_assert_cmpstr (a->due_date, ==, b->due_date);
      g_assert_cmpint (a->overdue, ==, b->overdue);
      g_assert_true (G_OBJECT_TYPE (a->record) == G_OBJECT_TYPE (b->record));
      g_assert_cmpint (zs_record_get_id (a->record), ==, zs_record_get_id (b->record));
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/due/what-is-due", test_what_is_due);
  ADD ("/due/done-items-leave", test_done_items_leave);
  ADD ("/due/async-is-the-same", test_async_is_the_same);
#undef ADD

  return g_test_run ();
}
