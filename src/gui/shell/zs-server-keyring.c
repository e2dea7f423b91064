/* zs-server-keyring.c — a database server's location, and its password in the GNOME keyring
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n.h>
#include <libsecret/secret.h>
#include <string.h>

#include "zs-server-keyring.h"

/* One schema, named for the app: its items are found by these four. */
static const SecretSchema *
server_schema (void)
{
  static const SecretSchema schema = {
    APP_ID ".Server", SECRET_SCHEMA_NONE,
    {
      { "host", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "port", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "database", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "user", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    },
  };
  return &schema;
}

char *
zs_server_location_build (const char *host,
                          guint       port,
                          const char *database,
                          const char *user)
{
  g_autofree char *path = NULL;
  g_autofree char *stripped_host = g_strstrip (g_strdup (host != NULL ? host : ""));
  g_autofree char *stripped_database = g_strstrip (g_strdup (database != NULL ? database : ""));
  g_autofree char *stripped_user = g_strstrip (g_strdup (user != NULL ? user : ""));

  if (*stripped_host == '\0' || *stripped_database == '\0' || *stripped_user == '\0' || port == 0 || port > 65535)
    return NULL;
  path = g_strconcat ("/", stripped_database, NULL);
  /* Escaped by g_uri_join(): a user or database with "@", "/" or ":". */
  return g_uri_join (G_URI_FLAGS_NONE, "postgresql", stripped_user, stripped_host, (int) port, path, NULL, NULL);
}

gboolean
zs_server_location_parse (const char  *location,
                          char       **host,
                          guint       *port,
                          char       **database,
                          char       **user)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme = location != NULL ? g_uri_peek_scheme (location) : NULL;

  if (scheme == NULL || (strcmp (scheme, "postgresql") != 0 && strcmp (scheme, "postgres") != 0))
    return FALSE;
  uri = g_uri_parse (location, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL)
    return FALSE;
  if (host != NULL)
    *host = g_strdup (g_uri_get_host (uri) != NULL ? g_uri_get_host (uri) : "");
  if (port != NULL)
    *port = g_uri_get_port (uri) > 0 ? (guint) g_uri_get_port (uri) : ZS_SERVER_DEFAULT_PORT;
  if (database != NULL)
    *database = g_strdup (g_uri_get_path (uri)[0] == '/' ? g_uri_get_path (uri) + 1 : g_uri_get_path (uri));
  if (user != NULL)
    *user = g_strdup (g_uri_get_user (uri) != NULL ? g_uri_get_user (uri) : "");
  return TRUE;
}

static GHashTable *
attributes_for (const char *location)
{
  g_autofree char *host = NULL;
  g_autofree char *database = NULL;
  g_autofree char *user = NULL;
  guint port;
  GHashTable *attributes;

  if (!zs_server_location_parse (location, &host, &port, &database, &user))
    return NULL;
  attributes = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_hash_table_insert (attributes, "host", g_steal_pointer (&host));
  g_hash_table_insert (attributes, "port", g_strdup_printf ("%u", port));
  g_hash_table_insert (attributes, "database", g_steal_pointer (&database));
  g_hash_table_insert (attributes, "user", g_steal_pointer (&user));
  return attributes;
}

/* libsecret's messages are D-Bus's, in English: say it for the clerk. */
static GError *
keyring_error (const char *doing,
               GError     *cause)
{
  GError *error = g_error_new (G_IO_ERROR, G_IO_ERROR_FAILED, "%s (%s)", doing, cause->message);

  g_error_free (cause);
  return error;
}

static void
on_stored (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  g_autoptr(GTask) task = data;
  GError *error = NULL;

  if (secret_password_store_finish (result, &error))
    g_task_return_boolean (task, TRUE);
  else if (error == NULL)
    /* Cancelled while the keyring asked: libsecret says nothing. */
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                             _("The password could not be kept in the keyring; "
                               "it will be asked again at the next start"));
  else
    g_task_return_error (task, keyring_error (_("The password could not be kept in the keyring; "
                                                "it will be asked again at the next start"), error));
}

void
zs_server_keyring_store (const char          *location,
                         const char          *password,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  g_autoptr(GHashTable) attributes = attributes_for (location);
  g_autofree char *label = NULL;

  g_task_set_source_tag (task, zs_server_keyring_store);
  if (attributes == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                               _("“%s” is not a database server’s location"), location);
      g_object_unref (task);
      return;
    }
  /* TRANSLATORS: the keyring's name for a kept password; %s is the location */
  label = g_strdup_printf (_("Zhaoshang database server %s"), location);
  secret_password_storev (server_schema (), attributes, SECRET_COLLECTION_DEFAULT, label, password,
                          cancellable, on_stored, task);
}

gboolean
zs_server_keyring_store_finish (GAsyncResult  *result,
                                GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
on_looked_up (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  g_autoptr(GTask) task = data;
  GError *error = NULL;
  char *password = secret_password_lookup_finish (result, &error);

  if (error != NULL)
    g_task_return_error (task, keyring_error (_("The keyring could not be asked for the server’s password"), error));
  else
    {
      /* The caller frees it as every password of the program is freed,
       * with zs_store_free_password(), which clears it first. */
      char *copy = g_strdup (password);

      secret_password_free (password);
      g_task_return_pointer (task, copy, g_free);
    }
}

void
zs_server_keyring_lookup (const char          *location,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  g_autoptr(GHashTable) attributes = attributes_for (location);

  g_task_set_source_tag (task, zs_server_keyring_lookup);
  if (attributes == NULL)
    {
      g_task_return_pointer (task, NULL, NULL);
      g_object_unref (task);
      return;
    }
  secret_password_lookupv (server_schema (), attributes, cancellable, on_looked_up, task);
}

char *
zs_server_keyring_lookup_finish (GAsyncResult  *result,
                                 GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
on_forgotten (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  g_autoptr(GError) error = NULL;

  if (!secret_password_clear_finish (result, &error) && error != NULL)
    g_debug ("The keyring kept the password: %s", error->message);
}

void
zs_server_keyring_forget (const char *location)
{
  g_autoptr(GHashTable) attributes = attributes_for (location);

  if (attributes != NULL)
    secret_password_clearv (server_schema (), attributes, NULL, on_forgotten, NULL);
}
