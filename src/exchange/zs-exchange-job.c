/* zs-exchange-job.c — exports and imports off the main thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Each operation runs in a GTask thread on a second connection to the same
 * database file (WAL lets the window's connection go on reading and
 * saving). Progress comes from the worker as a number; the main context
 * hears of it at most once per idle, whatever the rate of records.
 */
#include "config.h"

#include "zs-exchange-job.h"
#include "zs-exchange-private.h"
#include "zs-main-context.h"

struct _ZsExchangeJob
{
  GObject        parent_instance;

  ZsStore       *store;
  char          *db_path;
  GMainContext  *context;
  double         fraction;
  gboolean       catalogue;
  gboolean       with_attachments;
  int            permille;        /* atomic: written by the worker */
  int            notify_pending;  /* atomic */
};

G_DEFINE_FINAL_TYPE (ZsExchangeJob, zs_exchange_job, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FRACTION,
  PROP_CATALOGUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef enum {
  JOB_EXPORT,
  JOB_PREVIEW,
  JOB_APPLY,
} JobKind;

typedef struct {
  JobKind         kind;
  char           *path;         /* export */
  ZsQuery        *projects;
  char           *description;
  GFile          *file;         /* preview and apply */
  ZsImportReport *report;       /* made by the preview, applied by apply */
  gboolean        catalogue;    /* the industry catalogue only */
  gboolean        with_attachments;
  guint64         n_records;
} JobData;

static void
job_data_free (JobData *data)
{
  g_free (data->path);
  g_clear_pointer (&data->projects, zs_query_unref);
  g_free (data->description);
  g_clear_object (&data->file);
  g_clear_object (&data->report);
  g_free (data);
}

static void
set_fraction (ZsExchangeJob *self,
              double         fraction)
{
  if (self->fraction == fraction)
    return;
  self->fraction = fraction;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
}

static gboolean
notify_progress (gpointer user_data)
{
  ZsExchangeJob *self = user_data;

  g_atomic_int_set (&self->notify_pending, 0);
  set_fraction (self, g_atomic_int_get (&self->permille) / 1000.0);
  return G_SOURCE_REMOVE;
}

/* In the worker thread. */
static void
on_progress (double   fraction,
             gpointer user_data)
{
  ZsExchangeJob *self = user_data;

  g_atomic_int_set (&self->permille, (int) (fraction * 1000));
  if (g_atomic_int_compare_and_exchange (&self->notify_pending, 0, 1))
    zs_main_context_post (self->context, notify_progress, g_object_ref (self), g_object_unref);
}

/* In the worker thread, on a connection of its own. */
static void
job_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  ZsExchangeJob *self = source_object;
  JobData *data = task_data;
  g_autoptr(ZsStore) store = NULL;
  GError *error = NULL;
  gboolean ok = FALSE;
  ZsImportOptions import_options = { .catalogue = data->catalogue };

  /* The window's connection checked the file when it opened it. */
  store = zs_store_open_secondary (self->db_path, &error);
  if (store != NULL)
    switch (data->kind)
      {
      case JOB_EXPORT:
        {
          ZsExportOptions options = { NULL, data->projects, data->description, data->catalogue,
                                      data->with_attachments };

          ok = zs_exchange_export_full (store, data->path, &options, cancellable, on_progress, self,
                                        &data->n_records, &error);
        }
        break;
      case JOB_PREVIEW:
        data->report = zs_exchange_preview (store, data->file, &import_options, cancellable,
                                            on_progress, self, &error);
        ok = data->report != NULL;
        break;
      case JOB_APPLY:
      default:
        ok = zs_exchange_apply (store, data->file, data->report, &import_options, cancellable,
                                on_progress, self, &error);
        break;
      }

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
run_job (ZsExchangeJob       *self,
         JobData             *data,
         GCancellable        *cancellable,
         GAsyncReadyCallback  callback,
         gpointer             user_data,
         gpointer             source_tag)
{
  g_autoptr(GTask) task = zs_thread_task_new (self, cancellable, callback, user_data);

  data->catalogue = self->catalogue;
  data->with_attachments = self->with_attachments;
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, data, (GDestroyNotify) job_data_free);
  /* A half-done import is rolled back by the worker itself. */
  g_task_set_return_on_cancel (task, FALSE);
  g_atomic_int_set (&self->permille, 0);
  set_fraction (self, 0);
  g_task_run_in_thread (task, job_thread);
}

static void
zs_exchange_job_finalize (GObject *object)
{
  ZsExchangeJob *self = ZS_EXCHANGE_JOB (object);

  g_clear_object (&self->store);
  g_free (self->db_path);
  g_main_context_unref (self->context);

  G_OBJECT_CLASS (zs_exchange_job_parent_class)->finalize (object);
}

static void
zs_exchange_job_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ZsExchangeJob *self = ZS_EXCHANGE_JOB (object);

  switch (prop_id)
    {
    case PROP_FRACTION:
      g_value_set_double (value, self->fraction);
      break;
    case PROP_CATALOGUE:
      g_value_set_boolean (value, self->catalogue);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zs_exchange_job_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  ZsExchangeJob *self = ZS_EXCHANGE_JOB (object);

  switch (prop_id)
    {
    case PROP_CATALOGUE:
      zs_exchange_job_set_catalogue (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zs_exchange_job_class_init (ZsExchangeJobClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = zs_exchange_job_finalize;
  object_class->get_property = zs_exchange_job_get_property;
  object_class->set_property = zs_exchange_job_set_property;

  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL, 0, 1, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CATALOGUE] =
    g_param_spec_boolean ("catalogue", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zs_exchange_job_init (ZsExchangeJob *self)
{
  self->context = g_main_context_ref_thread_default ();
}

ZsExchangeJob *
zs_exchange_job_new (ZsStore *store)
{
  ZsExchangeJob *self;

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);

  /* libxml2 wants to be set up from the main thread. */
  zs_exchange_init ();

  self = g_object_new (ZS_TYPE_EXCHANGE_JOB, NULL);
  self->store = g_object_ref (store);
  self->db_path = g_strdup (zs_store_get_path (store));
  return self;
}

double
zs_exchange_job_get_fraction (ZsExchangeJob *self)
{
  g_return_val_if_fail (ZS_IS_EXCHANGE_JOB (self), 0);
  return self->fraction;
}

gboolean
zs_exchange_job_get_catalogue (ZsExchangeJob *self)
{
  g_return_val_if_fail (ZS_IS_EXCHANGE_JOB (self), FALSE);
  return self->catalogue;
}

void
zs_exchange_job_set_catalogue (ZsExchangeJob *self,
                               gboolean       catalogue)
{
  g_return_if_fail (ZS_IS_EXCHANGE_JOB (self));

  catalogue = !!catalogue;
  if (self->catalogue == catalogue)
    return;
  self->catalogue = catalogue;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATALOGUE]);
}

/* ---- export ---------------------------------------------------------------- */

void
zs_exchange_job_export_async (ZsExchangeJob       *self,
                              const char          *path,
                              ZsQuery             *projects,
                              const char          *description,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  JobData *data;

  g_return_if_fail (ZS_IS_EXCHANGE_JOB (self));
  g_return_if_fail (path != NULL);

  data = g_new0 (JobData, 1);
  data->kind = JOB_EXPORT;
  data->path = g_strdup (path);
  data->projects = projects != NULL ? zs_query_copy (projects) : NULL;
  data->description = g_strdup (description);
  run_job (self, data, cancellable, callback, user_data, zs_exchange_job_export_async);
}

gboolean
zs_exchange_job_export_finish (ZsExchangeJob  *self,
                               GAsyncResult   *result,
                               guint64        *n_records,
                               GError        **error)
{
  JobData *data;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  data = g_task_get_task_data (G_TASK (result));
  if (n_records != NULL)
    *n_records = data->n_records;
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ---- import ---------------------------------------------------------------- */

void
zs_exchange_job_preview_async (ZsExchangeJob       *self,
                               GFile               *file,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  JobData *data;

  g_return_if_fail (ZS_IS_EXCHANGE_JOB (self));
  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (JobData, 1);
  data->kind = JOB_PREVIEW;
  data->file = g_object_ref (file);
  run_job (self, data, cancellable, callback, user_data, zs_exchange_job_preview_async);
}

ZsImportReport *
zs_exchange_job_preview_finish (ZsExchangeJob  *self,
                                GAsyncResult   *result,
                                GError        **error)
{
  JobData *data;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;
  data = g_task_get_task_data (G_TASK (result));
  return g_object_ref (data->report);
}

void
zs_exchange_job_apply_async (ZsExchangeJob       *self,
                             GFile               *file,
                             ZsImportReport      *report,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  JobData *data;

  g_return_if_fail (ZS_IS_EXCHANGE_JOB (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (ZS_IS_IMPORT_REPORT (report));

  data = g_new0 (JobData, 1);
  data->kind = JOB_APPLY;
  data->file = g_object_ref (file);
  data->report = g_object_ref (report);
  run_job (self, data, cancellable, callback, user_data, zs_exchange_job_apply_async);
}

gboolean
zs_exchange_job_apply_finish (ZsExchangeJob  *self,
                              GAsyncResult   *result,
                              GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  /* The worker's connection wrote the file; ours re-reads what it shows. */
  zs_store_refresh (self->store);
  return TRUE;
}

void
zs_exchange_job_set_with_attachments (ZsExchangeJob *self,
                                      gboolean       with_attachments)
{
  g_return_if_fail (ZS_IS_EXCHANGE_JOB (self));
  self->with_attachments = with_attachments;
}
