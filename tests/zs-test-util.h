/* zs-test-util.h — shared by the test programs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-core.h"
#include "zs-exchange.h"

G_BEGIN_DECLS

/* A fresh database path in the isolated test data folder. */
char     *zs_test_db_path     (const char *name);
/* A fresh path for a file other than a database, in the isolated test
 * data folder. */
char     *zs_test_scratch_path (const char *name);
/* The store backend the tests run against: $ZS_TEST_STORE_BACKEND, or
 * "sqlite" when it is unset. */
const char *zs_test_store_backend (void);
/* A fresh location for that backend, where no database is yet: what
 * zs_store_open() is given (a file's path for SQLite). */
char     *zs_test_store_location (const char *name);
/* Whether the tests' backend can be reached; when not, @why says why
 * (a PostgreSQL server is needed for "postgresql"). */
gboolean  zs_test_store_backend_available (char **why);
/* zs-test-pg.c: whether $ZS_TEST_PG names a server that answers; a new,
 * empty database on it; @sql run on @location (the first value of its
 * first row in @first_value, if asked). */
gboolean  zs_test_pg_available (char      **why);
char     *zs_test_pg_location  (const char *name);
gboolean  zs_test_pg_exec      (const char *location,
                                const char *sql,
                                char      **first_value);
/* A new, seeded database at a fresh location of that backend. */
ZsStore  *zs_test_open_seeded (const char *name);
/* A new, seeded database with the demo data loaded. */
ZsStore  *zs_test_open_demo   (const char *name);
/* The row id of the @n-th record of @type (from 0), in creation order or,
 * for units, in the bureau's order. */
gint64    zs_test_nth_id      (ZsStore    *store,
                               GType       type,
                               guint       n);
/* zs_store_count() of @query, which must work. */
gint64    zs_test_count       (ZsStore    *store,
                               ZsQuery    *query);
/* How many projects a search for @text finds, as the board's box asks. */
gint64    zs_test_count_found (ZsStore    *store,
                               const char *text);
/* Every record of @type, read one by one, in id order. */
GPtrArray *zs_test_load_all  (ZsStore    *store,
                              GType       type);
/* The one record of @type whose string @field is @name; must be exactly one. */
gpointer  zs_test_load_named  (ZsStore    *store,
                               GType       type,
                               guint       field,
                               const char *name);
/* A path in the source tree's tests/ folder. */
char     *zs_test_source_path (const char *relative);
/* @ms stretched by ZS_TIMEOUT_MULTIPLIER (set by build-aux/sanitize.sh):
 * a limit the product promises (a change shown within 2 s) holds in the
 * plain run; a sanitized build runs several times slower. */
guint     zs_test_time_limit_ms (guint      ms);

/* What one step costs in memory: Linux's peak resident size of the
 * process (VmHWM), reset to the present size by zs_test_peak_reset()
 * (FALSE, and the test skipped, where it cannot be, or under
 * AddressSanitizer, which keeps freed memory); zs_test_peak_growth_kb()
 * is how far the peak rose above that since. */
gboolean  zs_test_peak_reset         (void);
long      zs_test_peak_growth_kb     (void);
/* The parts of it a benchmark prints: a field of /proc/self/status
 * ("VmHWM:", "VmRSS:") in MB of 1,024 kB (0 where there is none), and the
 * peak reset to the present size (FALSE where it cannot be). */
double    zs_test_status_mb          (const char *field);
gboolean  zs_test_clear_peak         (void);

/* Gives every field a value that differs from its default, saving a
 * filled record for every reference. */
void      zs_test_fill_record        (ZsStore    *store,
                                      ZsRecord   *record,
                                      guint       seed);
/* Same UUID and the same value in every field. */
void      zs_test_assert_same_fields (ZsRecord   *a,
                                      ZsRecord   *b);
/* A project saved at @stage; must work. */
ZsProject *zs_test_new_project       (ZsStore    *store,
                                      const char *name,
                                      const char *investor,
                                      ZsStage     stage);
/* Records @amount (in 0.01 万元, as the store keeps it) arrived for
 * @project on @date; must work. */
ZsRecord *zs_test_add_funds          (ZsStore    *store,
                                      ZsRecord   *project,
                                      const char *date,
                                      gint64      amount);
/* SHA-256 of a file's bytes, to show it did not change. */
char     *zs_test_hash_file          (const char *path);

/* The page count pdfinfo reports for the PDF at @path, and the text
 * pdftotext -layout reads from page @page (from 1; 0 for every page):
 * poppler-utils read the file as a reader would, not as we wrote it. */
guint     zs_test_pdf_pages          (const char *path);
char     *zs_test_pdf_text           (const char *path,
                                      int         page);
/* Fails the test unless @needle is in @text, every run of white space taken
 * as one space: a PDF's text wraps a sentence anywhere. */
void      zs_test_assert_in_text     (const char *text,
                                      const char *needle);

/* Breaks the database file at @path (closed, its journal played in) as one
 * changed byte can: the entry of @uuid in a UUID index (a cell of the UUID
 * text and the row id) gets another last character, while the row keeps
 * it. Returns the byte's offset in the file. */
gsize     zs_test_break_uuid_index   (const char *path,
                                      const char *uuid);
/* Makes a FIFO at @path and a thread that reads it to its end into @into:
 * join the thread, then read @into. */
GThread  *zs_test_read_fifo          (const char *path,
                                      GString    *into);
/* Runs zs_store_check_integrity_async() to its end: its error, or NULL. */
GError   *zs_test_check_integrity    (ZsStore    *store);
/* Waits until the object @ref names is finalized, iterating the main
 * loop: a task run in a thread (the integrity check) lets go of its store
 * after its callback has run (zs_thread_task_new()), and the store writes
 * its journal back into the file only when it closes. */
void      zs_test_wait_until_finalized (GWeakRef *ref);

/* zs_exchange_preview() of the exchange file at @path, which must work. */
/* zs_exchange_export_full() of @store into @path, which must work. */
void            zs_test_export_or_fail  (ZsStore               *store,
                                         const char            *path,
                                         const ZsExportOptions *options);
ZsImportReport *zs_test_preview_or_fail (ZsStore        *store,
                                         const char     *path);
/* zs_exchange_apply() of @report, which must work. */
void            zs_test_apply_or_fail   (ZsStore        *store,
                                         const char     *path,
                                         ZsImportReport *report);

G_END_DECLS
