/* zs-test-pg.c — a database of its own on the test server, per test
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * build-aux/test.sh starts a throwaway server (build-aux/pg-test-cluster.sh)
 * and names it in ZS_TEST_PG ("postgresql:///postgres?host=DIR&user=…");
 * each location made here is a new, empty database on it, so tests run in
 * parallel without meeting. The databases go with the server's folder.
 */
#include <string.h>
#include <unistd.h>
#include <libpq-fe.h>

#include "zs-test-util.h"

gboolean
zs_test_pg_available (char **why)
{
  const char *base = g_getenv ("ZS_TEST_PG");
  PGconn *conn;
  gboolean ok;

  if (base == NULL || *base == '\0')
    {
      *why = g_strdup ("no PostgreSQL test server: ZS_TEST_PG is not set "
                       "(build-aux/test.sh starts one; or build-aux/pg-test-cluster.sh start)");
      return FALSE;
    }
  conn = PQconnectdb (base);
  ok = PQstatus (conn) == CONNECTION_OK;
  if (!ok)
    *why = g_strdup_printf ("the PostgreSQL test server %s does not answer: %s", base, PQerrorMessage (conn));
  PQfinish (conn);
  return ok;
}

/* @base with its database name replaced by @dbname. */
static char *
with_database (const char *base,
               const char *dbname)
{
  const char *scheme_end = strstr (base, "://");
  const char *path = scheme_end != NULL ? strchr (scheme_end + 3, '/') : NULL;
  const char *query;

  g_assert_nonnull (path);
  query = strchr (path, '?');
  return g_strdup_printf ("%.*s/%s%s", (int) (path - base), base, dbname, query != NULL ? query : "");
}

char *
zs_test_pg_location (const char *name)
{
  static guint counter;
  const char *base = g_getenv ("ZS_TEST_PG");
  g_autoptr(GString) dbname = g_string_new (NULL);
  g_autofree char *sql = NULL;
  PGconn *conn;
  PGresult *result;

  g_assert_nonnull (base);
  g_string_printf (dbname, "zs_%d_%u_", (int) getpid (), ++counter);
  for (const char *p = name; *p != '\0' && dbname->len < 48; p++)
    g_string_append_c (dbname, g_ascii_isalnum (*p) ? g_ascii_tolower (*p) : '_');

  conn = PQconnectdb (base);
  g_assert_cmpint (PQstatus (conn), ==, CONNECTION_OK);
  sql = g_strdup_printf ("CREATE DATABASE \"%s\" ENCODING 'UTF8' TEMPLATE template0", dbname->str);
  result = PQexec (conn, sql);
  if (PQresultStatus (result) != PGRES_COMMAND_OK)
    g_error ("Cannot make the test database %s: %s", dbname->str, PQerrorMessage (conn));
  PQclear (result);
  PQfinish (conn);
  return with_database (base, dbname->str);
}

/* A script's notices ("… does not exist, skipping") are not test output. */
static void
ignore_notice (void       *data,
               const char *message)
{
}

gboolean
zs_test_pg_exec (const char *location,
                 const char *sql,
                 char      **first_value)
{
  PGconn *conn = PQconnectdb (location);
  PGresult *result;
  gboolean ok;

  if (PQstatus (conn) != CONNECTION_OK)
    g_test_message ("%s: %s", location, PQerrorMessage (conn));
  g_assert_cmpint (PQstatus (conn), ==, CONNECTION_OK);
  PQsetNoticeProcessor (conn, ignore_notice, NULL);
  result = PQexec (conn, sql);
  ok = PQresultStatus (result) == PGRES_COMMAND_OK || PQresultStatus (result) == PGRES_TUPLES_OK;
  if (!ok)
    g_test_message ("%s: %s", sql, PQerrorMessage (conn));
  if (first_value != NULL)
    *first_value = ok && PQntuples (result) > 0 && !PQgetisnull (result, 0, 0)
                   ? g_strdup (PQgetvalue (result, 0, 0)) : NULL;
  PQclear (result);
  PQfinish (conn);
  return ok;
}
