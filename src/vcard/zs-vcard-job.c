/* zs-vcard-job.c — reading and importing a vCard file off the main thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * As the exchange jobs: each operation runs in a GTask thread on a second
 * connection to the same database, and the main context hears of the
 * progress at most once per idle. The plan lets go of the worker's
 * connection before the thread ends; the import reloads what it fills on
 * its own.
 */
#include "config.h"

#include "zs-main-context.h"
#include "zs-vcard-job.h"

struct _ZsVCardJob
{
  GObject        parent_instance;

  ZsStore       *store;
  char          *db_path;
  GMainContext  *context;
  double         fraction;
  int            permille;        /* atomic: written by the worker */
  int            notify_pending;  /* atomic */
};

G_DEFINE_FINAL_TYPE (ZsVCardJob, zs_vcard_job, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FRACTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct {
  GFile          *file;
  ZsPartnerKind   default_kind;
  ZsVCardImport  *import;      /* made by the preview, or given to apply */
  gboolean        owns_import;
} JobData;

static void
job_data_free (JobData *data)
{
  g_clear_object (&data->file);
  if (data->owns_import)
    g_clear_pointer (&data->import, zs_vcard_import_free);
  g_free (data);
}

static void
set_fraction (ZsVCardJob *self,
              double      fraction)
{
  if (self->fraction == fraction)
    return;
  self->fraction = fraction;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
}

static gboolean
notify_progress (gpointer user_data)
{
  ZsVCardJob *self = user_data;

  g_atomic_int_set (&self->notify_pending, 0);
  set_fraction (self, g_atomic_int_get (&self->permille) / 1000.0);
  return G_SOURCE_REMOVE;
}

/* In the worker thread. */
static void
on_progress (double   fraction,
             gpointer user_data)
{
  ZsVCardJob *self = user_data;

  g_atomic_int_set (&self->permille, (int) (fraction * 1000));
  if (g_atomic_int_compare_and_exchange (&self->notify_pending, 0, 1))
    zs_main_context_post (self->context, notify_progress, g_object_ref (self), g_object_unref);
}

/* In the worker thread, on a connection of its own. */
static void
preview_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  ZsVCardJob *self = source_object;
  JobData *data = task_data;
  g_autoptr(ZsStore) store = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  GError *error = NULL;

  if (!g_file_load_contents (data->file, cancellable, &contents, &length, NULL, &error) ||
      (store = zs_store_open_secondary (self->db_path, &error)) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  data->import = zs_vcard_import_new_full (store, contents, length, data->default_kind, cancellable,
                                           on_progress, self, &error);
  if (data->import == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  {
    g_autofree char *name = g_file_get_basename (data->file);

    zs_vcard_import_set_source (data->import, name);
  }
  /* The connection closes with this thread. */
  zs_vcard_import_detach (data->import);
  g_task_return_boolean (task, TRUE);
}

static void
apply_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  ZsVCardJob *self = source_object;
  JobData *data = task_data;
  g_autoptr(ZsStore) store = NULL;
  GError *error = NULL;

  store = zs_store_open_secondary (self->db_path, &error);
  if (store == NULL ||
      !zs_vcard_import_apply_full (data->import, store, cancellable, on_progress, self, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
run_job (ZsVCardJob          *self,
         JobData             *data,
         GTaskThreadFunc      thread,
         GCancellable        *cancellable,
         GAsyncReadyCallback  callback,
         gpointer             user_data,
         gpointer             source_tag)
{
  g_autoptr(GTask) task = zs_thread_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, data, (GDestroyNotify) job_data_free);
  /* A half-done import is rolled back by the worker itself. */
  g_task_set_return_on_cancel (task, FALSE);
  g_atomic_int_set (&self->permille, 0);
  set_fraction (self, 0);
  g_task_run_in_thread (task, thread);
}

typedef struct {
  ZsQuery        *partners;
  ZsVCardVersion  version;
  char           *path;
  guint           n_cards;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_clear_pointer (&data->partners, zs_query_unref);
  g_free (data->path);
  g_free (data);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ZsVCardJob *self = source_object;
  ExportData *data = task_data;
  g_autoptr(ZsStore) store = NULL;
  GError *error = NULL;

  store = zs_store_open_secondary (self->db_path, &error);
  if (store == NULL ||
      !zs_vcard_export_to_file (store, data->partners, data->version, data->path, &data->n_cards,
                                cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
zs_vcard_job_export_async (ZsVCardJob          *self,
                           ZsQuery             *partners,
                           ZsVCardVersion       version,
                           const char          *path,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportData *data;

  g_return_if_fail (ZS_IS_VCARD_JOB (self));
  g_return_if_fail (path != NULL);

  data = g_new0 (ExportData, 1);
  data->partners = zs_query_ref (partners);
  data->version = version;
  data->path = g_strdup (path);
  task = zs_thread_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, zs_vcard_job_export_async);
  g_task_set_task_data (task, data, (GDestroyNotify) export_data_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
zs_vcard_job_export_finish (ZsVCardJob    *self,
                            GAsyncResult  *result,
                            guint         *n_cards,
                            GError       **error)
{
  ExportData *data;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  data = g_task_get_task_data (G_TASK (result));
  if (n_cards != NULL)
    *n_cards = data->n_cards;
  return TRUE;
}

static void
zs_vcard_job_finalize (GObject *object)
{
  ZsVCardJob *self = ZS_VCARD_JOB (object);

  g_clear_object (&self->store);
  g_free (self->db_path);
  g_main_context_unref (self->context);

  G_OBJECT_CLASS (zs_vcard_job_parent_class)->finalize (object);
}

static void
zs_vcard_job_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  ZsVCardJob *self = ZS_VCARD_JOB (object);

  switch (prop_id)
    {
    case PROP_FRACTION:
      g_value_set_double (value, self->fraction);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zs_vcard_job_class_init (ZsVCardJobClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = zs_vcard_job_finalize;
  object_class->get_property = zs_vcard_job_get_property;

  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL, 0, 1, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zs_vcard_job_init (ZsVCardJob *self)
{
  self->context = g_main_context_ref_thread_default ();
}

ZsVCardJob *
zs_vcard_job_new (ZsStore *store)
{
  ZsVCardJob *self;

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);

  self = g_object_new (ZS_TYPE_VCARD_JOB, NULL);
  self->store = g_object_ref (store);
  self->db_path = g_strdup (zs_store_get_path (store));
  return self;
}

double
zs_vcard_job_get_fraction (ZsVCardJob *self)
{
  g_return_val_if_fail (ZS_IS_VCARD_JOB (self), 0);
  return self->fraction;
}

void
zs_vcard_job_preview_async (ZsVCardJob          *self,
                            GFile               *file,
                            ZsPartnerKind        default_kind,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  JobData *data;

  g_return_if_fail (ZS_IS_VCARD_JOB (self));
  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (JobData, 1);
  data->file = g_object_ref (file);
  data->default_kind = default_kind;
  data->owns_import = TRUE;
  run_job (self, data, preview_thread, cancellable, callback, user_data, zs_vcard_job_preview_async);
}

ZsVCardImport *
zs_vcard_job_preview_finish (ZsVCardJob    *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  JobData *data;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;
  data = g_task_get_task_data (G_TASK (result));
  data->owns_import = FALSE;
  return g_steal_pointer (&data->import);
}

void
zs_vcard_job_apply_async (ZsVCardJob          *self,
                          ZsVCardImport       *import,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  JobData *data;

  g_return_if_fail (ZS_IS_VCARD_JOB (self));
  g_return_if_fail (import != NULL);

  data = g_new0 (JobData, 1);
  data->import = import;
  run_job (self, data, apply_thread, cancellable, callback, user_data, zs_vcard_job_apply_async);
}

gboolean
zs_vcard_job_apply_finish (ZsVCardJob    *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  /* The worker's connection wrote the file; ours re-reads what it shows. */
  zs_store_refresh (self->store);
  return TRUE;
}
