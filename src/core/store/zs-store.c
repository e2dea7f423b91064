/* zs-store.c — the database behind every screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * ZsStore is what the rest of the program knows of the database, whatever
 * engine keeps it. It opens a location with the backend its form names (a
 * path or a URI's scheme) and brings the schema up to date after a backup
 * copy; it hands out one live object per stored row so an edit shows on
 * every screen at once (zs-store-live.c); it nests transactions and tells
 * listeners about a change once it is committed; it gives new records
 * their UUID and timestamps and keeps the rules of saving, deleting and
 * undoing (zs-store-records.c). Everything said in the engine's own
 * language is in the backend (zs-store-backend.h, src/backend/…).
 */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "zs-date.h"
#include "zs-error.h"
#include "zs-store-private.h"
#include "zs-store-rules.h"

enum {
  CHANGED,
  CHANGE_COMMITTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void zs_store_initable_iface_init (GInitableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ZsStore, zs_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_INITABLE, zs_store_initable_iface_init))

#define DEFAULT_BUSY_TIMEOUT_MS 5000
/* The backend of locations that are not URIs: files. */
#define DEFAULT_SCHEME "sqlite"

#define BACKUP_AUTO_TAG "auto"
#define SETTING_LAST_BACKUP "backup-last-date"

void
zs_store_emit_changed (ZsStore *self,
                       GType    type,
                       gint64   id)
{
  /* Inside a transaction listeners would see half a change; tell them all
   * at once when it commits. */
  if (self->txn_depth > 0)
    {
      self->txn_dirty = TRUE;
      return;
    }
  g_signal_emit (self, signals[CHANGED], 0, type, id);
}

void
zs_store_emit_change_committed (ZsStore  *self,
                                ZsChange *change)
{
  g_signal_emit (self, signals[CHANGE_COMMITTED], 0, change);
}

/* ---- which backend ------------------------------------------------------- */

/* "scheme://…" names its backend; anything else is a file's path. Only a
 * scheme followed by "//" counts, so that a file named "a:b.db" is still a
 * file. */
static char *
location_scheme (const char *location)
{
  const char *p = location;

  if (!g_ascii_isalpha (*p))
    return NULL;
  while (g_ascii_isalnum (*p) || *p == '+' || *p == '-' || *p == '.')
    p++;
  if (!g_str_has_prefix (p, "://"))
    return NULL;
  return g_ascii_strdown (location, p - location);
}

ZsStoreBackend *
zs_store_backend_for (const char  *location,
             GError     **error)
{
  g_autofree char *scheme = location_scheme (location);
  GType type = zs_store_backend_lookup (scheme != NULL ? scheme : DEFAULT_SCHEME);

  if (type != G_TYPE_INVALID)
    return g_object_new (type, NULL);

  if (scheme == NULL)
    {
      /* Every program links the SQLite backend, which registers itself:
       * without it, it was built wrong. */
      g_critical ("No database backend for files is built into this program");
      g_set_error (error, ZS_ERROR, ZS_ERROR_FAILED,
                   _("“%s” cannot be opened: this build of Zhaoshang can open no kind of database."),
                   location);
    }
  else
    g_set_error (error, ZS_ERROR, ZS_ERROR_FAILED,
                 _("“%s” is not a kind of database this version can open. "
                   "Give the path of a database file."),
                 location);
  return NULL;
}

/* ---- opening ------------------------------------------------------------- */

char *
zs_store_backup_path (ZsStore    *self,
                      const char *tag)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *base = g_path_get_basename (self->path);
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *name = NULL;
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';

  name = g_strdup_printf ("%s-%s-%s.db", base, tag, stamp);
  return g_build_filename (zs_store_get_backup_dir (self), name, NULL);
}

static gboolean
read_version (ZsStore  *self,
              int      *version,
              GError  **error)
{
  return self->ops->read_version (self->backend, version, error);
}

/* The schema is brought up to date in one transaction, after a copy of
 * what was there. */
static gboolean
migrate (ZsStore  *self,
         GError  **error)
{
  int version = 0;

  /* Reading the version takes no lock: a database that is up to date is
   * opened while another program writes, as WAL lets it be read. Only an
   * upgrade waits for the write lock. */
  if (!read_version (self, &version, error))
    return FALSE;
  self->opened_version = version;
  if (version == ZS_STORE_SCHEMA_VERSION)
    return TRUE;

  if (!zs_store_begin (self, error))
    return FALSE;

  /* Another program may have upgraded it meanwhile. */
  if (!read_version (self, &version, error))
    goto fail;
  self->opened_version = version;

  if (version > ZS_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_TOO_NEW,
                   _("“%s” was written by a newer version of Zhaoshang (database version %d; "
                     "this version reads up to %d). Update Zhaoshang to open it."),
                   self->path, version, ZS_STORE_SCHEMA_VERSION);
      goto fail;
    }

  if (version == ZS_STORE_SCHEMA_VERSION)
    return zs_store_commit (self, error);

  if (version > 0)
    {
      g_autofree char *tag = g_strdup_printf ("before-v%d", ZS_STORE_SCHEMA_VERSION);
      g_autofree char *dest = zs_store_backup_path (self, tag);

      /* The copy must be made outside a transaction; nothing has been
       * written yet, so give the lock back for the moment it takes. */
      zs_store_rollback (self);
      if (!zs_store_backup_to (self, dest, error))
        return FALSE;
      if (!zs_store_begin (self, error))
        return FALSE;
      /* Another program may have migrated the database meanwhile. */
      if (!read_version (self, &version, error))
        goto fail;
      if (version == ZS_STORE_SCHEMA_VERSION)
        return zs_store_commit (self, error);
    }

  if (!self->ops->upgrade (self->backend, version, error))
    goto fail;

  /* What the schema alone cannot carry over (the totals kept before step
   * 008 become dated entries, with a note in the clerk's language): the
   * rules' upgrades, in the same transaction. */
  if (!zs_store_run_upgrades (self, version, error))
    goto fail;

  if (!zs_store_commit (self, error))
    goto fail;

  self->created = (version == 0);
  return TRUE;

fail:
  if (self->txn_depth > 0)
    zs_store_rollback (self);
  return FALSE;
}

static gboolean
zs_store_initable_init (GInitable     *initable,
                        GCancellable  *cancellable,
                        GError       **error)
{
  ZsStore *self = ZS_STORE (initable);
  int version;

  g_return_val_if_fail (self->path != NULL, FALSE);

  self->backend = zs_store_backend_for (self->path, error);
  if (self->backend == NULL)
    return FALSE;
  self->ops = ZS_STORE_BACKEND_GET_CLASS (self->backend);

  if (!self->ops->open (self->backend, self->path, self->busy_timeout, self->open_flags, error))
    return FALSE;

  if ((self->open_flags & ZS_STORE_OPEN_SECONDARY) == 0)
    return migrate (self, error);

  /* The window's own connection checked and migrated the database when it
   * opened it; a worker's second connection only makes sure of that. */
  if (!read_version (self, &version, error))
    return FALSE;
  if (version != ZS_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_FAILED,
                   _("“%s” is not ready to be read (database version %d; this version of Zhaoshang writes %d)."),
                   self->path, version, ZS_STORE_SCHEMA_VERSION);
      return FALSE;
    }
  return TRUE;
}

static void
zs_store_initable_iface_init (GInitableIface *iface)
{
  iface->init = zs_store_initable_init;
}

static void
zs_store_dispose (GObject *object)
{
  ZsStore *self = ZS_STORE (object);

  zs_store_sync_clear (self);
  zs_store_live_clear (self);

  G_OBJECT_CLASS (zs_store_parent_class)->dispose (object);
}

static void
zs_store_finalize (GObject *object)
{
  ZsStore *self = ZS_STORE (object);

  zs_store_capture_end (self, FALSE);
  g_clear_pointer (&self->live, g_hash_table_unref);
  g_clear_object (&self->backend);
  g_free (self->path);
  g_free (self->actor);

  G_OBJECT_CLASS (zs_store_parent_class)->finalize (object);
}

static void
zs_store_class_init (ZsStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = zs_store_dispose;
  object_class->finalize = zs_store_finalize;

  /**
   * ZsStore::changed:
   * @type: the record type that changed, or %G_TYPE_NONE for "anything"
   * @id: the row that changed, or 0 for "any row of @type"
   *
   * Emitted after a change is committed.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_GTYPE, G_TYPE_INT64);

  /**
   * ZsStore::change-committed:
   * @change: what the transaction changed, to undo
   *
   * Emitted while recording (zs_store_set_recording()), after ::changed.
   */
  signals[CHANGE_COMMITTED] =
    g_signal_new ("change-committed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ZS_TYPE_CHANGE);
}

static void
zs_store_init (ZsStore *self)
{
  self->busy_timeout = DEFAULT_BUSY_TIMEOUT_MS;
  self->live = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
  self->hint = ZS_STORE_HINT_INTERACTIVE;
  self->actor = zs_store_dup_default_actor ();
}

char *
zs_store_default_path (void)
{
  /* In the Flatpak sandbox this is the app's own data folder. */
  return g_build_filename (g_get_user_data_dir (), "zhaoshang", "zhaoshang.db", NULL);
}

static ZsStore *
open_location (const char        *location,
               guint              busy_timeout_ms,
               ZsStoreOpenFlags   flags,
               GError           **error)
{
  g_autoptr(ZsStore) self = NULL;

  g_return_val_if_fail (location != NULL, NULL);

  self = g_object_new (ZS_TYPE_STORE, NULL);
  /* A file:// URI is the file's path. */
  if (g_str_has_prefix (location, "file://"))
    self->path = g_filename_from_uri (location, NULL, NULL);
  if (self->path == NULL)
    self->path = g_strdup (location);
  self->busy_timeout = busy_timeout_ms;
  self->open_flags = flags;

  if (!g_initable_init (G_INITABLE (self), NULL, error))
    return NULL;

  return g_steal_pointer (&self);
}

ZsStore *
zs_store_open_full (const char  *path,
                    guint        busy_timeout_ms,
                    GError     **error)
{
  return open_location (path, busy_timeout_ms, ZS_STORE_OPEN_DEFAULT, error);
}

ZsStore *
zs_store_open (const char  *path,
               GError     **error)
{
  return open_location (path, DEFAULT_BUSY_TIMEOUT_MS, ZS_STORE_OPEN_DEFAULT, error);
}

ZsStore *
zs_store_open_check_later (const char  *path,
                           GError     **error)
{
  return open_location (path, DEFAULT_BUSY_TIMEOUT_MS, ZS_STORE_OPEN_CHECK_LATER, error);
}

ZsStore *
zs_store_open_secondary (const char  *path,
                         GError     **error)
{
  return open_location (path, DEFAULT_BUSY_TIMEOUT_MS, ZS_STORE_OPEN_SECONDARY, error);
}

const char *
zs_store_get_path (ZsStore *self)
{
  g_return_val_if_fail (ZS_IS_STORE (self), NULL);
  return self->path;
}

gboolean
zs_store_was_created (ZsStore *self)
{
  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);
  return self->created;
}

int
zs_store_get_opened_version (ZsStore *self)
{
  g_return_val_if_fail (ZS_IS_STORE (self), 0);
  return self->opened_version;
}

const char *
zs_store_get_backup_dir (ZsStore *self)
{
  g_return_val_if_fail (ZS_IS_STORE (self), NULL);
  return zs_store_backend_get_backup_dir (self->backend);
}

/* ---- transactions -------------------------------------------------------- */

gboolean
zs_store_begin (ZsStore  *self,
                GError  **error)
{
  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);

  if (!self->ops->begin (self->backend, self->txn_depth + 1, error))
    return FALSE;

  if (self->txn_depth == 0)
    {
      self->txn_dirty = FALSE;
      zs_store_capture_begin (self);
    }
  self->txn_depth++;
  return TRUE;
}

gboolean
zs_store_commit (ZsStore  *self,
                 GError  **error)
{
  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->txn_depth > 0, FALSE);

  if (self->txn_depth == 1)
    zs_store_capture_seal (self);
  if (!self->ops->commit (self->backend, self->txn_depth, error))
    return FALSE;

  self->txn_depth--;
  if (self->txn_depth == 0 && self->txn_dirty)
    {
      self->txn_dirty = FALSE;
      g_signal_emit (self, signals[CHANGED], 0, G_TYPE_NONE, (gint64) 0);
    }
  if (self->txn_depth == 0)
    zs_store_capture_end (self, TRUE);
  return TRUE;
}

void
zs_store_rollback (ZsStore *self)
{
  g_return_if_fail (ZS_IS_STORE (self));
  g_return_if_fail (self->txn_depth > 0);

  self->ops->rollback (self->backend, self->txn_depth);
  self->txn_depth--;
  if (self->txn_depth == 0)
    zs_store_capture_end (self, FALSE);

  /* Objects changed inside the transaction no longer match what is stored. */
  zs_store_live_refresh (self);
}

gboolean
zs_store_begin_read (ZsStore  *self,
                     GError  **error)
{
  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);

  if (self->txn_depth > 0)
    return zs_store_begin (self, error);

  if (!self->ops->begin_read (self->backend, error))
    return FALSE;

  self->txn_dirty = FALSE;
  self->txn_depth++;
  return TRUE;
}

gboolean
zs_store_bulk_begin (ZsStore  *self,
                     GError  **error)
{
  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->txn_depth > 0, FALSE);

  return self->ops->bulk_begin (self->backend, error);
}

gboolean
zs_store_bulk_defer_indexes (ZsStore  *self,
                             GType     type,
                             GError  **error)
{
  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->txn_depth > 0, FALSE);
  g_return_val_if_fail (g_type_is_a (type, ZS_TYPE_RECORD), FALSE);

  return self->ops->bulk_defer_indexes (self->backend, type, error);
}

gboolean
zs_store_bulk_end (ZsStore  *self,
                   GError  **error)
{
  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);

  return self->ops->bulk_end (self->backend, error);
}

ZsStoreHint
zs_store_set_hint (ZsStore     *self,
                   ZsStoreHint  hint)
{
  ZsStoreHint before;

  g_return_val_if_fail (ZS_IS_STORE (self), ZS_STORE_HINT_INTERACTIVE);
  g_return_val_if_fail (hint <= ZS_STORE_HINT_WORKER, self->hint);

  before = self->hint;
  if (hint != before)
    {
      self->ops->set_hint (self->backend, hint);
      self->hint = hint;
    }
  return before;
}

ZsStoreHint
zs_store_get_hint (ZsStore *self)
{
  g_return_val_if_fail (ZS_IS_STORE (self), ZS_STORE_HINT_INTERACTIVE);
  return self->hint;
}

void
zs_store_refresh (ZsStore *self)
{
  g_return_if_fail (ZS_IS_STORE (self));
  g_return_if_fail (self->txn_depth == 0);

  self->ops->refresh (self->backend);
  /* What the watch would find next has been read now. */
  zs_store_sync_mark_seen (self);
  zs_store_live_refresh (self);
  g_signal_emit (self, signals[CHANGED], 0, G_TYPE_NONE, (gint64) 0);
}

/* ---- settings ------------------------------------------------------------ */

char *
zs_store_get_setting (ZsStore    *self,
                      const char *key)
{
  g_return_val_if_fail (ZS_IS_STORE (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  return self->ops->get_setting (self->backend, key);
}

gboolean
zs_store_set_setting (ZsStore     *self,
                      const char  *key,
                      const char  *value,
                      GError     **error)
{
  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  if (!self->ops->set_setting (self->backend, key, value, error))
    return FALSE;

  zs_store_emit_changed (self, G_TYPE_NONE, 0);
  return TRUE;
}

/* ---- copies -------------------------------------------------------------- */

gboolean
zs_store_backup_to (ZsStore     *self,
                    const char  *dest,
                    GError     **error)
{
  g_autofree char *dir = NULL;
  ZsStoreHint hint;
  gboolean ok;

  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);
  g_return_val_if_fail (dest != NULL, FALSE);
  g_return_val_if_fail (self->txn_depth == 0, FALSE);

  dir = g_path_get_dirname (dest);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, ZS_ERROR, ZS_ERROR_IO,
                   _("Cannot create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }
  /* The copy reads each page once and writes it once: the stream's small
   * cache, not the window's 16 MiB, which SQLite's VACUUM INTO takes for
   * the copy's pages as well (at 100k, 37 MB of memory against 8 MB, in
   * the same time). The connection goes on as it was. */
  hint = zs_store_set_hint (self, ZS_STORE_HINT_STREAM);
  ok = self->ops->backup_to (self->backend, dest, error);
  zs_store_set_hint (self, hint);
  return ok;
}

static gint
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* A copy is written under its name with this added, checked, then
 * renamed: a name without it is a finished copy. */
#define BACKUP_PART_SUFFIX ".part"

/* What a crash or a full disk leaves of a copy: the temporary name, an
 * empty file, or one with the engine's journal beside it (SQLite's
 * "-journal", "-wal"), as versions before the temporary name left them. */
gboolean
zs_store_backup_is_torn (const char *backup_dir,
                const char *name)
{
  static const char * const beside[] = { "-journal", "-wal" };
  g_autofree char *path = g_build_filename (backup_dir, name, NULL);
  GStatBuf st;

  if (g_str_has_suffix (name, BACKUP_PART_SUFFIX))
    return TRUE;
  if (g_stat (path, &st) != 0 || st.st_size == 0)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (beside); i++)
    {
      g_autofree char *other = g_strconcat (path, beside[i], NULL);

      if (g_file_test (other, G_FILE_TEST_EXISTS))
        return TRUE;
    }
  return FALSE;
}

/* Removes a copy and whatever the engine left beside it. */
static void
remove_backup (const char *path)
{
  static const char * const beside[] = { "", "-journal", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (beside); i++)
    {
      g_autofree char *file = g_strconcat (path, beside[i], NULL);

      g_unlink (file);
    }
}

static void
prune_backups (ZsStore *self,
               guint    keep)
{
  const char *backup_dir = zs_store_get_backup_dir (self);
  g_autoptr(GDir) dir = g_dir_open (backup_dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) torn = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *probe_path = zs_store_backup_path (self, BACKUP_AUTO_TAG);
  g_autofree char *probe = g_path_get_basename (probe_path);
  /* Everything up to the time stamp is the same for every automatic copy. */
  gsize prefix_len = strlen (probe) - strlen ("YYYYmmdd-HHMMSS.db");
  const char *name;

  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (strncmp (name, probe, prefix_len) == 0 &&
        (g_str_has_suffix (name, ".db") || g_str_has_suffix (name, ".db" BACKUP_PART_SUFFIX)))
      g_ptr_array_add (zs_store_backup_is_torn (backup_dir, name) ? torn : names, g_strdup (name));

  /* A torn copy is never kept, and never counts among the kept. */
  for (guint i = 0; i < torn->len; i++)
    {
      g_autofree char *path = g_build_filename (backup_dir, g_ptr_array_index (torn, i), NULL);

      remove_backup (path);
    }

  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i + keep < names->len; i++)
    {
      g_autofree char *path = g_build_filename (backup_dir, g_ptr_array_index (names, i), NULL);

      remove_backup (path);
    }
}

/* The copy at @path opens, passes the engine's integrity check and has
 * this version's schema. */
static gboolean
check_backup (const char  *path,
              GError     **error)
{
  g_autoptr(ZsStore) copy = zs_store_open (path, error);

  if (copy == NULL)
    return FALSE;
  if (zs_store_was_created (copy) || zs_store_get_opened_version (copy) != ZS_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_CORRUPT,
                   _("The backup copy “%s” is incomplete."), path);
      return FALSE;
    }
  return TRUE;
}

char *
zs_store_auto_backup_copy (ZsStore  *self,
                           guint     keep,
                           GError  **error)
{
  g_autofree char *today = zs_date_today ();
  g_autofree char *last = NULL;
  g_autofree char *dest = NULL;
  g_autofree char *part = NULL;

  g_return_val_if_fail (ZS_IS_STORE (self), NULL);

  if (self->ops->backed_up_by_server)
    return NULL;
  last = zs_store_get_setting (self, SETTING_LAST_BACKUP);
  if (g_strcmp0 (last, today) == 0)
    return NULL;

  /* Written under a temporary name, checked, then renamed: a copy under
   * a finished copy's name is whole. */
  dest = zs_store_backup_path (self, BACKUP_AUTO_TAG);
  part = g_strconcat (dest, BACKUP_PART_SUFFIX, NULL);
  if (!zs_store_backup_to (self, part, error) || !check_backup (part, error))
    {
      remove_backup (part);
      return NULL;
    }
  if (g_rename (part, dest) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, ZS_ERROR, ZS_ERROR_IO,
                   _("Cannot rename the backup copy “%s”: %s"), part, g_strerror (saved_errno));
      remove_backup (part);
      return NULL;
    }

  prune_backups (self, MAX (keep, 1));
  return g_steal_pointer (&dest);
}

gboolean
zs_store_note_auto_backup (ZsStore  *self,
                           GError  **error)
{
  g_autofree char *today = zs_date_today ();

  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);

  return zs_store_set_setting (self, SETTING_LAST_BACKUP, today, error);
}

char *
zs_store_auto_backup (ZsStore  *self,
                      guint     keep,
                      GError  **error)
{
  g_autofree char *dest = zs_store_auto_backup_copy (self, keep, error);

  if (dest == NULL || !zs_store_note_auto_backup (self, error))
    return NULL;
  return g_steal_pointer (&dest);
}
