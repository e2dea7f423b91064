/* test-supervision.c — 督办 items counted by unit, due in 今日待办 and on
 * the attention list, with a fixed day
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Items of two units in every state: open and not yet due, due today,
 * open past the deadline, closed on time, closed late, and closed before
 * the period (which counts nowhere). Then an item is answered and closed,
 * and it leaves 今日待办 and the attention list.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "zs-test-util.h"

#define FIRST "2026-11-01"
#define LAST  "2026-11-30"
#define TODAY "2026-11-20"

typedef struct {
  ZsStore  *store;
  ZsRecord *project;
  gint64    unit_a;
  gint64    unit_b;
} Fixture;

static ZsRecord *
add_item (Fixture    *f,
          gint64      unit,
          const char *task,
          const char *deadline,
          const char *closed)
{
  ZsRecord *item = ZS_RECORD (zs_supervision_new ());
  g_autoptr(GError) error = NULL;

  zs_record_set_int (item, ZS_SUPERVISION_PROJECT_ID, zs_record_get_id (f->project));
  zs_record_set_string (item, ZS_SUPERVISION_TASK, task);
  zs_record_set_int (item, ZS_SUPERVISION_UNIT_ID, unit);
  zs_record_set_string (item, ZS_SUPERVISION_DEADLINE, deadline);
  if (closed != NULL)
    {
      zs_record_set_enum (item, ZS_SUPERVISION_STATE, ZS_SUPERVISION_CLOSED);
      zs_record_set_string (item, ZS_SUPERVISION_CLOSED_DATE, closed);
    }
  zs_store_save (f->store, item, &error);
  g_assert_no_error (error);
  return item;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = zs_test_open_seeded ("supervision");
  f->project = ZS_RECORD (zs_test_new_project (f->store, "京业汇宠物产业园", "京业汇", ZS_STAGE_SIGNED));
  f->unit_a = zs_test_nth_id (f->store, ZS_TYPE_UNIT, 0);
  f->unit_b = zs_test_nth_id (f->store, ZS_TYPE_UNIT, 1);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->project);
  g_clear_object (&f->store);
}

static ZsSupervisionCount *
count_for (GPtrArray *tally,
           gint64     unit)
{
  for (guint i = 0; i < tally->len; i++)
    if (((ZsSupervisionCount *) g_ptr_array_index (tally, i))->unit_id == unit)
      return g_ptr_array_index (tally, i);
  return NULL;
}

static void
test_tally_by_unit (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) tally = NULL;
  g_autoptr(GError) error = NULL;
  ZsSupervisionCount *a, *b, *total;
  g_autoptr(ZsRecord) i1 = add_item (f, f->unit_a, "办理土地预审", "2026-11-25", NULL);          /* open */
  g_autoptr(ZsRecord) i2 = add_item (f, f->unit_a, "落实配套资金", "2026-11-10", NULL);          /* overdue */
  g_autoptr(ZsRecord) i3 = add_item (f, f->unit_a, "完成环评", "2026-11-15", "2026-11-14");      /* on time */
  g_autoptr(ZsRecord) i4 = add_item (f, f->unit_b, "协调电力增容", "2026-11-05", "2026-11-12");  /* late */
  g_autoptr(ZsRecord) i5 = add_item (f, f->unit_b, "签订补充协议", "2026-10-05", "2026-10-04");  /* before */

  tally = zs_supervision_tally (f->store, FIRST, LAST, TODAY, &error);
  g_assert_no_error (error);
  /* Two units and the total. */
  g_assert_cmpuint (tally->len, ==, 3);
  a = count_for (tally, f->unit_a);
  b = count_for (tally, f->unit_b);
  total = g_ptr_array_index (tally, tally->len - 1);
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpint (total->unit_id, ==, 0);
  g_assert_cmpuint (a->open, ==, 1);
  g_assert_cmpuint (a->overdue, ==, 1);
  g_assert_cmpuint (a->closed_on_time, ==, 1);
  g_assert_cmpuint (b->open, ==, 0);
  g_assert_cmpuint (b->overdue, ==, 1);
  g_assert_cmpuint (b->closed_on_time, ==, 0);
  g_assert_cmpuint (total->open, ==, 1);
  g_assert_cmpuint (total->overdue, ==, 2);
  g_assert_cmpuint (total->closed_on_time, ==, 1);
  /* The ranking's hook. */
  g_assert_cmpuint (zs_supervision_tally_overdue (tally, f->unit_b), ==, 1);
  g_assert_cmpuint (zs_supervision_tally_overdue (tally, 0), ==, 0);
}

/* Overdue items put their unit on the 红黑榜's black list; a unit that
 * closed all of its items on time is on the red one. */
static void
test_red_black (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsReport) before = NULL;
  g_autoptr(ZsReport) report = NULL;
  g_autoptr(ZsRedBlackSupervision) none = NULL;
  g_autoptr(ZsRedBlackSupervision) lists = NULL;
  g_autoptr(ZsRecord) i1 = add_item (f, f->unit_b, "完成环评", "2026-11-15", "2026-11-14");      /* on time */
  g_autoptr(ZsRecord) i2 = add_item (f, f->unit_a, "办理土地预审", "2026-11-25", NULL);          /* open */
  g_autoptr(ZsRecord) i3 = NULL;
  ZsSupervisionCount *black, *red;

  /* Nothing overdue: no one on the black list for 督办. */
  before = zs_report_new (f->store, FIRST, LAST, TODAY, NULL, &error);
  g_assert_no_error (error);
  none = zs_red_black_supervision_new (before);
  g_assert_null (none);

  i3 = add_item (f, f->unit_a, "落实配套资金", "2026-11-10", NULL);                              /* overdue */
  report = zs_report_new (f->store, FIRST, LAST, TODAY, NULL, &error);
  g_assert_no_error (error);
  lists = zs_red_black_supervision_new (report);
  g_assert_nonnull (lists);
  g_assert_cmpuint (lists->black->len, ==, 1);
  black = g_ptr_array_index (lists->black, 0);
  g_assert_cmpint (black->unit_id, ==, f->unit_a);
  g_assert_cmpuint (black->overdue, ==, 1);
  g_assert_cmpuint (lists->red->len, ==, 1);
  red = g_ptr_array_index (lists->red, 0);
  g_assert_cmpint (red->unit_id, ==, f->unit_b);
  g_assert_cmpuint (red->closed_on_time, ==, 1);
}

static gboolean
due_has (GPtrArray  *items,
         const char *text)
{
  for (guint i = 0; i < items->len; i++)
    {
      ZsDueItem *item = g_ptr_array_index (items, i);

      if (item->kind == ZS_DUE_SUPERVISION && strstr (item->detail, text) != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
test_due_and_attention (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(ZsRecord) today = add_item (f, f->unit_a, "办理土地预审", TODAY, NULL);
  g_autoptr(ZsRecord) late = add_item (f, f->unit_a, "落实配套资金", "2026-11-10", NULL);
  g_autoptr(ZsRecord) later = add_item (f, f->unit_b, "协调电力增容", "2026-11-28", NULL);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(ZsQuery) attention = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *why = NULL;
  g_autofree char *body = NULL;
  ZsDueItem *first = NULL;

  items = zs_due_list (f->store, TODAY, &error);
  g_assert_no_error (error);
  g_assert_true (due_has (items, "办理土地预审"));
  g_assert_true (due_has (items, "落实配套资金"));
  g_assert_false (due_has (items, "协调电力增容"));
  for (guint i = 0; i < items->len && first == NULL; i++)
    if (((ZsDueItem *) g_ptr_array_index (items, i))->kind == ZS_DUE_SUPERVISION)
      first = g_ptr_array_index (items, i);
  /* The oldest first; it opens the project the item is about. */
  g_assert_true (ZS_IS_PROJECT (first->record));
  g_assert_cmpint (zs_record_get_id (first->record), ==, zs_record_get_id (f->project));
  g_assert_true (first->overdue);
  g_assert_nonnull (strstr (first->detail, "10"));
  {
    guint counts[ZS_DUE_N_KINDS];

    zs_due_count (items, counts);
    body = zs_due_summary_body (counts);
  }
  g_assert_nonnull (strstr (body, "2 supervision items due"));

  /* Only the one past its deadline needs the bureau's attention. */
  attention = zs_attention_query (f->store, ZS_ATTENTION_OVERDUE_SUPERVISIONS, TODAY);
  ids = zs_store_query (f->store, attention, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, zs_record_get_id (late));
  why = zs_attention_describe (f->store, ZS_ATTENTION_OVERDUE_SUPERVISIONS, late, TODAY);
  g_assert_nonnull (strstr (why, "overdue by 10 days"));
  g_assert_nonnull (strstr (why, "京业汇宠物产业园"));

  /* Closed: gone from both. */
  zs_record_set_enum (late, ZS_SUPERVISION_STATE, ZS_SUPERVISION_CLOSED);
  zs_record_set_string (late, ZS_SUPERVISION_CLOSED_DATE, TODAY);
  zs_store_save (f->store, late, &error);
  g_assert_no_error (error);
  after = zs_due_list (f->store, TODAY, &error);
  g_assert_no_error (error);
  g_assert_false (due_has (after, "落实配套资金"));
  g_assert_true (due_has (after, "办理土地预审"));
  g_clear_pointer (&ids, g_array_unref);
  ids = zs_store_query (f->store, attention, &error);
  g_assert_cmpuint (ids->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/supervision/tally-by-unit", test_tally_by_unit);
  ADD ("/supervision/due-and-attention", test_due_and_attention);
  ADD ("/supervision/red-black", test_red_black);
#undef ADD

  return g_test_run ();
}
