/* zs-pg-backend.c — the store's PostgreSQL engine: a bureau's shared server
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * ZsPgBackend is the only code that speaks to PostgreSQL (libpq). It
 * connects with libpq's own conventions (a URI or key=value string,
 * service files, PG* variables, ~/.pgpass; the password the window got
 * from the keyring comes from zs_store_dup_password() and is never
 * logged), prepares each statement once per connection, and turns every
 * server failure into a GError that says what happened and what to do.
 *
 * The engine answers as SQLite does (the conformance suite decides): one
 * writer at a time (an advisory lock taken by begin(), as BEGIN IMMEDIATE
 * takes SQLite's write lock, waiting at most the busy timeout), readers
 * never wait, each save names the row's version. Others' commits arrive
 * as NOTIFY zs_changes (schema/001-baseline.sql); data_version() counts
 * them. A lost connection is said plainly and tried again, outside a
 * transaction, with a growing pause between tries.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "zs-error.h"
#include "zs-pg-private.h"
#include "zs-store-password.h"

G_DEFINE_FINAL_TYPE (ZsPgBackend, zs_pg_backend, ZS_TYPE_STORE_BACKEND)

/* pg_advisory_xact_lock's key for "the write lock": "zs" and 1. */
#define WRITE_LOCK_KEY "2054356993"
/* The oldest server the schema is written for: Debian 12's. */
#define MIN_SERVER_VERSION 150000
#define MAX_RECONNECT_DELAY_S 30

#if defined(__GNUC__) || defined(__clang__)
static void register_backend (void) __attribute__ ((constructor));
#else
#error "The PostgreSQL backend registers itself from a constructor function: GCC or Clang is needed"
#endif

/* Both spellings libpq accepts; see src/backend/sqlite for why a
 * constructor function. */
static void
register_backend (void)
{
  zs_store_backend_register ("postgresql", zs_pg_backend_get_type);
  zs_store_backend_register ("postgres", zs_pg_backend_get_type);
}

/* ---- parameters ------------------------------------------------------------- */

ZsPgParams *
zs_pg_params_new (void)
{
  ZsPgParams *params = g_new0 (ZsPgParams, 1);

  params->values = g_ptr_array_new_with_free_func (g_free);
  return params;
}

void
zs_pg_params_free (ZsPgParams *params)
{
  if (params == NULL)
    return;
  g_ptr_array_unref (params->values);
  g_free (params);
}

guint
zs_pg_params_add_text (ZsPgParams *params,
                       const char *text)
{
  g_ptr_array_add (params->values, g_strdup (text));
  return params->values->len;
}

guint
zs_pg_params_add_int (ZsPgParams *params,
                      gint64      value)
{
  g_ptr_array_add (params->values, g_strdup_printf ("%" G_GINT64_FORMAT, value));
  return params->values->len;
}

guint
zs_pg_params_add_null (ZsPgParams *params)
{
  g_ptr_array_add (params->values, NULL);
  return params->values->len;
}

guint
zs_pg_params_add_value (ZsPgParams   *params,
                        const GValue *value,
                        ZsFieldKind   kind)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  switch (G_TYPE_FUNDAMENTAL (G_VALUE_TYPE (value)))
    {
    case G_TYPE_STRING:
      return zs_pg_params_add_text (params, g_value_get_string (value));
    case G_TYPE_INT64:
      if (kind == ZS_FIELD_REF && g_value_get_int64 (value) == 0)
        return zs_pg_params_add_null (params);
      return zs_pg_params_add_int (params, g_value_get_int64 (value));
    case G_TYPE_INT:
      return zs_pg_params_add_int (params, g_value_get_int (value));
    case G_TYPE_DOUBLE:
      return zs_pg_params_add_text (params, g_ascii_dtostr (buffer, sizeof buffer, g_value_get_double (value)));
    case G_TYPE_BOOLEAN:
      return zs_pg_params_add_int (params, g_value_get_boolean (value) ? 1 : 0);
    case G_TYPE_ENUM:
      return zs_pg_params_add_int (params, g_value_get_enum (value));
    default:
      g_critical ("Cannot bind a value of type %s", G_VALUE_TYPE_NAME (value));
      return zs_pg_params_add_null (params);
    }
}

/* ---- results ---------------------------------------------------------------- */

gint64
zs_pg_get_int (PGresult *result,
               int       row,
               int       column)
{
  const char *text;

  if (PQgetisnull (result, row, column))
    return 0;
  text = PQgetvalue (result, row, column);
  /* Sums of reals come back with a fraction; SQLite's integer read of one
   * truncates it. */
  if (strpbrk (text, ".eE") != NULL)
    return (gint64) g_ascii_strtod (text, NULL);
  return g_ascii_strtoll (text, NULL, 10);
}

const char *
zs_pg_get_text (PGresult *result,
                int       row,
                int       column)
{
  return PQgetisnull (result, row, column) ? NULL : PQgetvalue (result, row, column);
}

void
zs_pg_clear_result (PGresult *result)
{
  PQclear (result);
}

/* ---- errors ----------------------------------------------------------------- */

static const char *
constraint_reason (const char *sqlstate)
{
  if (g_strcmp0 (sqlstate, "23503") == 0)
    return _("a record it refers to does not exist, or other records still refer to it");
  if (g_strcmp0 (sqlstate, "23505") == 0)
    return _("a record with the same identifier already exists");
  if (g_strcmp0 (sqlstate, "23514") == 0)
    return _("a value is out of range (amounts and areas must not be negative)");
  if (g_strcmp0 (sqlstate, "23502") == 0)
    return _("a required value is missing");
  return _("a database rule was broken");
}

static gboolean
connection_lost (ZsPgBackend *self,
                 const char  *sqlstate)
{
  return self->conn == NULL || PQstatus (self->conn) == CONNECTION_BAD ||
         (sqlstate != NULL && (g_str_has_prefix (sqlstate, "08") || g_str_has_prefix (sqlstate, "57P")));
}

void
zs_pg_set_refused_error (ZsPgBackend  *self,
                         GError      **error)
{
  g_set_error (error, ZS_ERROR, ZS_ERROR_CONSTRAINT,
               _("The database server refused this change: your account (%s) may not make it. "
                 "Ask the bureau's administrator if it should."),
               PQuser (self->conn));
}

void
zs_pg_set_error (ZsPgBackend  *self,
                 PGresult     *result,
                 GError      **error)
{
  const char *sqlstate = result != NULL ? PQresultErrorField (result, PG_DIAG_SQLSTATE) : NULL;
  g_autofree char *detail = g_strstrip (g_strdup (result != NULL ? PQresultErrorMessage (result)
                                                                 : self->conn != NULL ? PQerrorMessage (self->conn) : ""));

  g_debug ("PostgreSQL %s: %s", sqlstate != NULL ? sqlstate : "-", detail);

  if (connection_lost (self, sqlstate))
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_IO,
                   _("The connection to the database server (%s) was lost, so this was not saved. "
                     "Zhaoshang connects again by itself; check the network and try again in a moment."),
                   self->display);
      /* Try again at once the next time, then wait longer each time. */
      if (self->reconnect_delay_s == 0)
        self->next_reconnect_us = 0;
      return;
    }
  if (sqlstate == NULL)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_FAILED, _("Database error in “%s”: %s"), self->display, detail);
      return;
    }
  if (strcmp (sqlstate, "55P03") == 0 || strcmp (sqlstate, "40001") == 0 || strcmp (sqlstate, "40P01") == 0)
    g_set_error (error, ZS_ERROR, ZS_ERROR_LOCKED,
                 _("Another program is saving to the database “%s” right now, so this change was not "
                   "saved. Try again in a moment."),
                 self->display);
  else if (g_str_has_prefix (sqlstate, "23"))
    g_set_error (error, ZS_ERROR, ZS_ERROR_CONSTRAINT,
                 _("The change was not saved: %s."), constraint_reason (sqlstate));
  else if (strcmp (sqlstate, "42501") == 0)
    zs_pg_set_refused_error (self, error);
  else if (strcmp (sqlstate, "53100") == 0)
    g_set_error (error, ZS_ERROR, ZS_ERROR_DISK_FULL,
                 _("The database server's disk is full, so the change was not saved. "
                   "Ask the bureau's administrator to free some space."));
  else
    g_set_error (error, ZS_ERROR, ZS_ERROR_FAILED, _("Database error in “%s”: %s"), self->display, detail);
}

/* ---- the connection --------------------------------------------------------- */

/* What every new connection is told: its lock wait, the channel of
 * others' commits, its scratch tables. */
static gboolean
set_up_session (ZsPgBackend  *self,
                GError      **error)
{
  g_autofree char *sql = g_strdup_printf ("SET lock_timeout = %u; SET client_min_messages = warning; "
                                          "LISTEN zs_changes",
                                          MAX (self->busy_timeout_ms, 1));

  g_hash_table_remove_all (self->statements);
  return zs_pg_exec (self, sql, error) && zs_pg_make_scratch (self, error);
}

static void
reconnected (ZsPgBackend *self)
{
  g_debug ("PostgreSQL: connected again to %s", self->display);
  self->reconnect_delay_s = 0;
  self->next_reconnect_us = 0;
  /* Whatever others committed meanwhile was not heard. */
  self->data_version++;
}

static void
reconnect_failed (ZsPgBackend *self)
{
  self->reconnect_delay_s = CLAMP (self->reconnect_delay_s * 2, 1, MAX_RECONNECT_DELAY_S);
  self->next_reconnect_us = g_get_monotonic_time () + (gint64) self->reconnect_delay_s * G_USEC_PER_SEC;
}

/* Outside a transaction, a lost connection is tried again: at once the
 * first time, then after 1, 2, 4 … 30 seconds. */
static gboolean
reconnect (ZsPgBackend *self)
{
  gint64 now = g_get_monotonic_time ();

  if (self->depth > 0 || self->conn == NULL || now < self->next_reconnect_us)
    return FALSE;

  PQreset (self->conn);
  if (PQstatus (self->conn) == CONNECTION_OK && set_up_session (self, NULL))
    {
      reconnected (self);
      return TRUE;
    }
  reconnect_failed (self);
  return FALSE;
}

/* From the window's watch, twice a second: a new connection is made
 * without blocking the main loop (PQresetStart, then a poll per tick),
 * so a server that does not answer never freezes the window. */
static void
reconnect_in_background (ZsPgBackend *self)
{
  PostgresPollingStatusType status;

  if (!self->resetting)
    {
      if (self->depth > 0 || g_get_monotonic_time () < self->next_reconnect_us)
        return;
      if (!PQresetStart (self->conn))
        {
          reconnect_failed (self);
          return;
        }
      self->resetting = TRUE;
    }
  status = PQresetPoll (self->conn);
  if (status == PGRES_POLLING_OK)
    {
      self->resetting = FALSE;
      if (set_up_session (self, NULL))
        reconnected (self);
      else
        reconnect_failed (self);
    }
  else if (status == PGRES_POLLING_FAILED)
    {
      self->resetting = FALSE;
      reconnect_failed (self);
    }
}

static gboolean
ensure_connection (ZsPgBackend  *self,
                   GError      **error)
{
  /* A command cannot wait for the watch's next tick. */
  if (self->resetting)
    {
      self->resetting = FALSE;
      self->next_reconnect_us = 0;
    }
  if (PQstatus (self->conn) == CONNECTION_OK || reconnect (self))
    return TRUE;
  zs_pg_set_error (self, NULL, error);
  return FALSE;
}

const char *
zs_pg_statement_name (ZsPgBackend  *self,
                      const char   *sql,
                      GError      **error)
{
  const char *name = g_hash_table_lookup (self->statements, sql);
  g_autoptr(PGresult) result = NULL;
  char *new_name;

  if (name != NULL)
    return name;

  new_name = g_strdup_printf ("zs%u", ++self->n_statements);
  result = PQprepare (self->conn, new_name, sql, 0, NULL);
  if (PQresultStatus (result) != PGRES_COMMAND_OK)
    {
      zs_pg_set_error (self, result, error);
      g_free (new_name);
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), new_name);
  return new_name;
}

PGresult *
zs_pg_run (ZsPgBackend  *self,
           const char   *sql,
           ZsPgParams   *params,
           GError      **error)
{
  const char *name;
  PGresult *result;
  ExecStatusType status;

  /* What was sent ahead is answered first: this may read what it wrote. */
  if (!zs_pg_batch_flush (self, error) || !ensure_connection (self, error))
    return NULL;
  name = zs_pg_statement_name (self, sql, error);
  if (name == NULL)
    return NULL;

  result = PQexecPrepared (self->conn, name,
                           params != NULL ? (int) params->values->len : 0,
                           params != NULL ? (const char * const *) params->values->pdata : NULL,
                           NULL, NULL, 0);
  status = PQresultStatus (result);
  if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK)
    return result;
  zs_pg_set_error (self, result, error);
  PQclear (result);
  return NULL;
}

gboolean
zs_pg_run_done (ZsPgBackend  *self,
                const char   *sql,
                ZsPgParams   *params,
                GError      **error)
{
  PGresult *result = zs_pg_run (self, sql, params, error);

  PQclear (result);
  return result != NULL;
}

gboolean
zs_pg_exec (ZsPgBackend  *self,
            const char   *sql,
            GError      **error)
{
  g_autoptr(PGresult) result = NULL;
  ExecStatusType status;

  if (!zs_pg_batch_flush (self, error) || !ensure_connection (self, error))
    return FALSE;
  result = PQexec (self->conn, sql);
  status = PQresultStatus (result);
  if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK)
    return TRUE;
  zs_pg_set_error (self, result, error);
  return FALSE;
}

/* ---- the backend's methods ------------------------------------------------ */

static gboolean
connect_to (ZsPgBackend  *self,
            const char   *location,
            GError      **error)
{
  char *password = zs_store_dup_password (location);
  g_autofree char *timeout = NULL;
  /* Earlier keywords are defaults the location may change; later ones
   * override it (libpq, expand_dbname). */
  const char *keywords[] = { "connect_timeout", "application_name", "dbname", "client_encoding",
                             password != NULL ? "password" : NULL, NULL };
  const char *values[] = { "10", "zhaoshang", location, "UTF8", password, NULL };
  const char *host;

  self->conn = PQconnectdbParams (keywords, values, 1);
  zs_store_free_password (password);

  host = PQhost (self->conn);
  self->display = g_strdup_printf ("%s @ %s", PQdb (self->conn) ? PQdb (self->conn) : "?",
                                   host != NULL && *host != '/' ? host : "localhost");

  if (PQstatus (self->conn) != CONNECTION_OK)
    {
      g_autofree char *detail = g_strstrip (g_strdup (PQerrorMessage (self->conn)));

      g_debug ("PostgreSQL: cannot connect to %s: %s", self->display, detail);
      if (PQconnectionNeedsPassword (self->conn))
        g_set_error (error, ZS_ERROR, ZS_ERROR_IO,
                     _("The database server (%s) asks for a password, and none was given or it was wrong. "
                       "Connect with 连接服务器… and type the password."),
                     self->display);
      else
        g_set_error (error, ZS_ERROR, ZS_ERROR_IO,
                     _("Cannot connect to the database server (%s): %s. Check the server's address and "
                       "that it is running, or ask the bureau's administrator."),
                     self->display, detail);
      return FALSE;
    }

  if (PQserverVersion (self->conn) < MIN_SERVER_VERSION)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_FAILED,
                   _("The database server (%s) runs PostgreSQL %d; Zhaoshang needs version 15 or newer."),
                   self->display, PQserverVersion (self->conn) / 10000);
      return FALSE;
    }
  if (g_strcmp0 (PQparameterStatus (self->conn, "server_encoding"), "UTF8") != 0)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_FAILED,
                   _("The database “%s” does not keep its text as UTF-8 (it uses %s), so it cannot hold "
                     "Chinese text. Make the database again with ENCODING 'UTF8'."),
                   self->display, PQparameterStatus (self->conn, "server_encoding"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
zs_pg_backend_open (ZsStoreBackend    *backend,
                    const char        *location,
                    guint              busy_timeout_ms,
                    ZsStoreOpenFlags   flags,
                    GError           **error)
{
  ZsPgBackend *self = ZS_PG (backend);
  g_autofree char *backup_dir = NULL;
  g_autofree char *safe = NULL;

  self->location = g_strdup (location);
  self->busy_timeout_ms = busy_timeout_ms;

  if (!connect_to (self, location, error))
    return FALSE;

  /* The server keeps its own copies (pg_dump, docs/server-setup.md); this
   * folder is where a copy for this PC would go. */
  safe = g_strdup (PQdb (self->conn));
  g_strdelimit (safe, "/\\:", '_');
  backup_dir = g_build_filename (g_get_user_data_dir (), "zhaoshang", "server-backups", safe, NULL);
  zs_store_backend_set_backup_dir (backend, backup_dir);

  return set_up_session (self, error);
}

static gboolean
zs_pg_backend_begin (ZsStoreBackend  *backend,
                     guint            depth,
                     GError         **error)
{
  ZsPgBackend *self = ZS_PG (backend);
  g_autofree char *sql = NULL;

  if (depth == 1)
    {
      if (!zs_pg_exec (self, "BEGIN ISOLATION LEVEL READ COMMITTED", error))
        return FALSE;
      self->depth = 1;
      /* One writer at a time, as on SQLite: waits up to lock_timeout. */
      if (!zs_pg_exec (self, "SELECT pg_advisory_xact_lock (" WRITE_LOCK_KEY ")", error))
        {
          zs_pg_exec (self, "ROLLBACK", NULL);
          self->depth = 0;
          return FALSE;
        }
      return TRUE;
    }

  sql = g_strdup_printf ("SAVEPOINT zs_%u", depth - 1);
  if (!zs_pg_exec (self, sql, error))
    return FALSE;
  self->depth = depth;
  return TRUE;
}

static gboolean
zs_pg_backend_begin_read (ZsStoreBackend  *backend,
                          GError         **error)
{
  ZsPgBackend *self = ZS_PG (backend);

  /* One consistent view of the whole database, without the write lock. */
  if (!zs_pg_exec (self, "BEGIN ISOLATION LEVEL REPEATABLE READ", error))
    return FALSE;
  self->depth = 1;
  return TRUE;
}

static gboolean
zs_pg_backend_commit (ZsStoreBackend  *backend,
                      guint            depth,
                      GError         **error)
{
  ZsPgBackend *self = ZS_PG (backend);
  g_autofree char *sql = NULL;

  if (depth == 1)
    {
      g_autoptr(PGresult) result = NULL;

      /* A write sent ahead that failed fails the commit: the caller rolls back. */
      if (!zs_pg_batch_flush (self, error) || !ensure_connection (self, error))
        return FALSE;
      zs_pg_batch_end (self);
      result = PQexec (self->conn, "COMMIT");
      if (PQresultStatus (result) != PGRES_COMMAND_OK)
        {
          zs_pg_set_error (self, result, error);
          if (PQtransactionStatus (self->conn) == PQTRANS_IDLE)
            self->depth = 0;
          return FALSE;
        }
      self->depth = 0;
      /* A transaction a failed statement broke ends in ROLLBACK, not COMMIT. */
      if (strcmp (PQcmdStatus (result), "COMMIT") != 0)
        {
          g_set_error (error, ZS_ERROR, ZS_ERROR_FAILED,
                       _("Database error in “%s”: %s"), self->display, "ROLLBACK");
          return FALSE;
        }
      return TRUE;
    }

  sql = g_strdup_printf ("RELEASE SAVEPOINT zs_%u", depth - 1);
  if (!zs_pg_exec (self, sql, error))
    return FALSE;
  self->depth = depth - 1;
  return TRUE;
}

static void
zs_pg_backend_rollback (ZsStoreBackend *backend,
                        guint           depth)
{
  ZsPgBackend *self = ZS_PG (backend);
  g_autofree char *sql = NULL;

  /* Rows sent ahead, and rows known, may be undone: forget them. */
  if (depth == 1)
    zs_pg_batch_end (self);
  else
    {
      zs_pg_batch_flush (self, NULL);
      zs_pg_batch_note_uuid (self, G_TYPE_INVALID, NULL, 0);
    }
  self->depth = depth - 1;
  if (PQstatus (self->conn) != CONNECTION_OK)
    {
      /* The server rolled back what the connection held. */
      self->depth = 0;
      return;
    }
  if (depth == 1)
    sql = g_strdup ("ROLLBACK");
  else
    sql = g_strdup_printf ("ROLLBACK TO SAVEPOINT zs_%u; RELEASE SAVEPOINT zs_%u", depth - 1, depth - 1);
  PQclear (PQexec (self->conn, sql));
}

/* Others' commits, heard as notifications on this connection's socket:
 * reading them waits for nothing. A notification of this connection's
 * own commit is not another's. */
static gboolean
zs_pg_backend_data_version (ZsStoreBackend *backend,
                            guint64        *version)
{
  ZsPgBackend *self = ZS_PG (backend);
  PGnotify *notify;

  if (self->conn == NULL)
    return FALSE;
  if (self->resetting || PQstatus (self->conn) != CONNECTION_OK)
    reconnect_in_background (self);
  if (!self->resetting && PQstatus (self->conn) == CONNECTION_OK && self->depth == 0)
    {
      if (!PQconsumeInput (self->conn))
        reconnect_in_background (self);
      while ((notify = PQnotifies (self->conn)) != NULL)
        {
          if (notify->be_pid != PQbackendPID (self->conn))
            self->data_version++;
          PQfreemem (notify);
        }
    }
  *version = self->data_version;
  return TRUE;
}

static void
zs_pg_backend_set_hint (ZsStoreBackend *backend,
                        ZsStoreHint     hint)
{
  ZS_PG (backend)->hint = hint;
}

static char *
zs_pg_backend_get_setting (ZsStoreBackend *backend,
                           const char     *key)
{
  ZsPgBackend *self = ZS_PG (backend);
  g_autoptr(ZsPgParams) params = zs_pg_params_new ();
  g_autoptr(PGresult) result = NULL;

  zs_pg_params_add_text (params, key);
  result = zs_pg_run (self, "SELECT value FROM settings WHERE key = $1", params, NULL);
  if (result == NULL || PQntuples (result) == 0)
    return NULL;
  return g_strdup (zs_pg_get_text (result, 0, 0));
}

static gboolean
zs_pg_backend_set_setting (ZsStoreBackend  *backend,
                           const char      *key,
                           const char      *value,
                           GError         **error)
{
  ZsPgBackend *self = ZS_PG (backend);
  g_autoptr(ZsPgParams) params = zs_pg_params_new ();

  zs_pg_params_add_text (params, key);
  if (value == NULL)
    return zs_pg_run_done (self, "DELETE FROM settings WHERE key = $1", params, error);
  zs_pg_params_add_text (params, value);
  return zs_pg_run_done (self,
                         "INSERT INTO settings (key, value) VALUES ($1, $2) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                         params, error);
}

/* Every setting, for a copy of the database (zs-store-copy.c). */
static GHashTable *
zs_pg_backend_list_settings (ZsStoreBackend  *backend,
                             GError         **error)
{
  ZsPgBackend *self = ZS_PG (backend);
  g_autoptr(PGresult) result = zs_pg_run (self, "SELECT key, value FROM settings", NULL, error);
  GHashTable *settings;

  if (result == NULL)
    return NULL;
  settings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (int i = 0; i < PQntuples (result); i++)
    g_hash_table_insert (settings, g_strdup (zs_pg_get_text (result, i, 0)),
                         g_strdup (zs_pg_get_text (result, i, 1)));
  return settings;
}

static void
zs_pg_backend_finalize (GObject *object)
{
  ZsPgBackend *self = ZS_PG_BACKEND (object);

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->mark_queue, g_ptr_array_unref);
  g_clear_pointer (&self->file_index, g_hash_table_unref);
  zs_pg_batch_clear (self);
  g_clear_pointer (&self->conn, PQfinish);
  g_free (self->location);
  g_free (self->display);

  G_OBJECT_CLASS (zs_pg_backend_parent_class)->finalize (object);
}

static void
zs_pg_backend_class_init (ZsPgBackendClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ZsStoreBackendClass *backend_class = ZS_STORE_BACKEND_CLASS (klass);

  object_class->finalize = zs_pg_backend_finalize;

  backend_class->open = zs_pg_backend_open;
  backend_class->begin = zs_pg_backend_begin;
  backend_class->begin_read = zs_pg_backend_begin_read;
  backend_class->commit = zs_pg_backend_commit;
  backend_class->rollback = zs_pg_backend_rollback;
  backend_class->data_version = zs_pg_backend_data_version;
  backend_class->set_hint = zs_pg_backend_set_hint;
  backend_class->get_setting = zs_pg_backend_get_setting;
  backend_class->set_setting = zs_pg_backend_set_setting;
  backend_class->list_settings = zs_pg_backend_list_settings;

  zs_pg_records_class_init (backend_class);
  zs_pg_query_class_init (backend_class);
  zs_pg_aggregate_class_init (backend_class);
  zs_pg_cursor_class_init (backend_class);
  zs_pg_exchange_class_init (backend_class);
  zs_pg_schema_class_init (backend_class);
  zs_pg_trash_class_init (backend_class);
  zs_pg_attachments_class_init (backend_class);
}

static void
zs_pg_backend_init (ZsPgBackend *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  zs_pg_batch_init (self);
}
