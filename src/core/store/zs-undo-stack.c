/* zs-undo-stack.c — the session's edits, to undo and redo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Fed by the store itself (ZsStore::change-committed), so every place that
 * edits, moves, places or deletes adds its step without knowing of undo;
 * the window's Ctrl+Z and Ctrl+Shift+Z and the toasts' 撤销 ask it.
 */
#include "config.h"

#include "zs-error.h"
#include "zs-undo-stack.h"

/* Steps kept: older ones are forgotten. */
#define MAX_STEPS 100

struct _ZsUndoStack
{
  GObject    parent_instance;

  ZsStore   *store;
  GPtrArray *undo;   /* ZsChange, oldest first */
  GPtrArray *redo;   /* ZsChange, the next to redo last */
  gboolean   busy;   /* undoing or redoing: what the store reports is ours */
};

G_DEFINE_FINAL_TYPE (ZsUndoStack, zs_undo_stack, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
notify_both (ZsUndoStack *self,
             gboolean     could_undo,
             gboolean     could_redo)
{
  if (could_undo != zs_undo_stack_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != zs_undo_stack_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static void
on_change_committed (ZsUndoStack *self,
                     ZsChange    *change)
{
  gboolean could_undo = zs_undo_stack_can_undo (self);
  gboolean could_redo = zs_undo_stack_can_redo (self);

  if (self->busy)
    return;
  g_ptr_array_add (self->undo, zs_change_ref (change));
  if (self->undo->len > MAX_STEPS)
    g_ptr_array_remove_index (self->undo, 0);
  /* A new edit makes the undone ones meaningless. */
  g_ptr_array_set_size (self->redo, 0);
  notify_both (self, could_undo, could_redo);
}

static ZsChange *
move_step (ZsUndoStack  *self,
           GPtrArray    *from,
           GPtrArray    *to,
           gboolean      undo,
           GError      **error)
{
  gboolean could_undo = zs_undo_stack_can_undo (self);
  gboolean could_redo = zs_undo_stack_can_redo (self);
  g_autoptr(GError) local_error = NULL;
  ZsChange *change;
  gboolean ok;

  if (from->len == 0)
    return NULL;

  change = g_ptr_array_index (from, from->len - 1);
  self->busy = TRUE;
  ok = undo ? zs_store_undo_change (self->store, change, &local_error)
            : zs_store_redo_change (self->store, change, &local_error);
  self->busy = FALSE;
  if (!ok)
    {
      /* Changed since: this step is lost, the ones before it may still
       * go. A locked database is worth another try. */
      if (g_error_matches (local_error, ZS_ERROR, ZS_ERROR_CONSTRAINT))
        {
          g_ptr_array_remove_index (from, from->len - 1);
          notify_both (self, could_undo, could_redo);
        }
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  g_ptr_array_add (to, g_ptr_array_steal_index (from, from->len - 1));
  notify_both (self, could_undo, could_redo);
  return change;
}

static void
zs_undo_stack_dispose (GObject *object)
{
  ZsUndoStack *self = ZS_UNDO_STACK (object);

  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->store, self);
      zs_store_set_recording (self->store, FALSE);
    }
  g_clear_object (&self->store);
  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);

  G_OBJECT_CLASS (zs_undo_stack_parent_class)->dispose (object);
}

static void
zs_undo_stack_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ZsUndoStack *self = ZS_UNDO_STACK (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, zs_undo_stack_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, zs_undo_stack_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zs_undo_stack_class_init (ZsUndoStackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = zs_undo_stack_dispose;
  object_class->get_property = zs_undo_stack_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zs_undo_stack_init (ZsUndoStack *self)
{
  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) zs_change_unref);
  self->redo = g_ptr_array_new_with_free_func ((GDestroyNotify) zs_change_unref);
}

ZsUndoStack *
zs_undo_stack_new (ZsStore *store)
{
  ZsUndoStack *self;

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);

  self = g_object_new (ZS_TYPE_UNDO_STACK, NULL);
  self->store = g_object_ref (store);
  zs_store_set_recording (store, TRUE);
  g_signal_connect_object (store, "change-committed", G_CALLBACK (on_change_committed), self, G_CONNECT_SWAPPED);
  return self;
}

gboolean
zs_undo_stack_can_undo (ZsUndoStack *self)
{
  g_return_val_if_fail (ZS_IS_UNDO_STACK (self), FALSE);
  return self->undo != NULL && self->undo->len > 0;
}

gboolean
zs_undo_stack_can_redo (ZsUndoStack *self)
{
  g_return_val_if_fail (ZS_IS_UNDO_STACK (self), FALSE);
  return self->redo != NULL && self->redo->len > 0;
}

ZsChange *
zs_undo_stack_undo (ZsUndoStack  *self,
                    GError      **error)
{
  g_return_val_if_fail (ZS_IS_UNDO_STACK (self), NULL);
  return move_step (self, self->undo, self->redo, TRUE, error);
}

ZsChange *
zs_undo_stack_redo (ZsUndoStack  *self,
                    GError      **error)
{
  g_return_val_if_fail (ZS_IS_UNDO_STACK (self), NULL);
  return move_step (self, self->redo, self->undo, FALSE, error);
}
