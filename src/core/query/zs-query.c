/* zs-query.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "zs-query-private.h"
#include "zs-record.h"

G_DEFINE_BOXED_TYPE (ZsQuery, zs_query, zs_query_ref, zs_query_unref)

static void
clear_condition (gpointer data)
{
  ZsQueryCondition *c = data;

  if (G_IS_VALUE (&c->value))
    g_value_unset (&c->value);
  g_clear_pointer (&c->set, g_array_unref);
  g_clear_pointer (&c->sub, zs_query_unref);
  g_clear_pointer (&c->any, g_ptr_array_unref);
}

static void
clear_order (gpointer data)
{
  ZsQueryOrder *order = data;

  g_clear_pointer (&order->earliest, g_array_unref);
  g_clear_pointer (&order->when, g_ptr_array_unref);
}

ZsQuery *
zs_query_new (GType record_type)
{
  ZsQuery *self;

  g_return_val_if_fail (g_type_is_a (record_type, ZS_TYPE_RECORD), NULL);

  self = g_new0 (ZsQuery, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->record_type = record_type;
  self->conditions = g_array_new (FALSE, TRUE, sizeof (ZsQueryCondition));
  g_array_set_clear_func (self->conditions, clear_condition);
  self->orders = g_array_new (FALSE, TRUE, sizeof (ZsQueryOrder));
  g_array_set_clear_func (self->orders, clear_order);
  return self;
}

ZsQuery *
zs_query_ref (ZsQuery *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
zs_query_unref (ZsQuery *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_array_unref (self->conditions);
      g_array_unref (self->orders);
      g_free (self->search);
      g_free (self);
    }
}

ZsQuery *
zs_query_copy (ZsQuery *self)
{
  ZsQuery *copy = zs_query_new (self->record_type);

  for (guint i = 0; i < self->conditions->len; i++)
    {
      const ZsQueryCondition *c = &g_array_index (self->conditions, ZsQueryCondition, i);

      if (c->set != NULL)
        zs_query_add_int_set (copy, c->field, (const gint64 *) (gpointer) c->set->data, c->set->len);
      else if (c->sub != NULL && c->op == ZS_QUERY_NE)
        zs_query_add_not_in_subquery (copy, c->field, c->sub, c->sub_field);
      else if (c->sub != NULL)
        zs_query_add_subquery (copy, c->field, c->sub, c->sub_field);
      else if (c->any != NULL)
        zs_query_add_any_of (copy, (ZsQuery **) c->any->pdata, c->any->len);
      else
        zs_query_add_value (copy, c->field, c->op, G_IS_VALUE (&c->value) ? &c->value : NULL);
    }
  zs_query_set_search (copy, self->search);
  g_array_append_vals (copy->orders, self->orders->data, self->orders->len);
  /* The copies share the (unchanging) arrays of an "earliest" order. */
  for (guint i = 0; i < copy->orders->len; i++)
    {
      ZsQueryOrder *order = &g_array_index (copy->orders, ZsQueryOrder, i);

      if (order->earliest != NULL)
        {
          g_array_ref (order->earliest);
          g_ptr_array_ref (order->when);
        }
    }
  copy->limit = self->limit;
  return copy;
}

GType
zs_query_get_record_type (ZsQuery *self)
{
  return self->record_type;
}

static gboolean
field_is_valid (GType type,
                int   field)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  guint n_fields;

  zs_record_class_get_fields (ZS_RECORD_CLASS (klass), &n_fields);
  return field >= -1 && field < (int) n_fields;
}

static ZsQueryCondition *
append_condition (ZsQuery   *self,
                  int        field,
                  ZsQueryOp  op)
{
  ZsQueryCondition *c;

  g_return_val_if_fail (field_is_valid (self->record_type, field), NULL);

  g_array_set_size (self->conditions, self->conditions->len + 1);
  c = &g_array_index (self->conditions, ZsQueryCondition, self->conditions->len - 1);
  c->field = field;
  c->op = op;
  return c;
}

void
zs_query_add_value (ZsQuery      *self,
                    guint         field,
                    ZsQueryOp     op,
                    const GValue *value)
{
  ZsQueryCondition *c;

  g_return_if_fail (self != NULL);
  g_return_if_fail (value != NULL || op == ZS_QUERY_IS_SET || op == ZS_QUERY_IS_UNSET);

  c = append_condition (self, field, op);
  if (c != NULL && value != NULL)
    {
      g_value_init (&c->value, G_VALUE_TYPE (value));
      g_value_copy (value, &c->value);
    }
}

void
zs_query_add_int (ZsQuery   *self,
                  guint      field,
                  ZsQueryOp  op,
                  gint64     value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_INT64);
  g_value_set_int64 (&v, value);
  zs_query_add_value (self, field, op, &v);
}

void
zs_query_add_string (ZsQuery    *self,
                     guint       field,
                     ZsQueryOp   op,
                     const char *value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_STRING);
  g_value_set_string (&v, value);
  zs_query_add_value (self, field, op, &v);
}

void
zs_query_add_int_set (ZsQuery      *self,
                      guint         field,
                      const gint64 *values,
                      guint         n_values)
{
  ZsQueryCondition *c;

  g_return_if_fail (self != NULL);

  c = append_condition (self, field, ZS_QUERY_EQ);
  if (c == NULL)
    return;
  c->set = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_values);
  g_array_append_vals (c->set, values, n_values);
}

/* @op ZS_QUERY_EQ: in @sub's records; ZS_QUERY_NE: in none of them. */
static void
add_subquery (ZsQuery   *self,
              int        field,
              ZsQuery   *sub,
              guint      sub_field,
              ZsQueryOp  op)
{
  ZsQueryCondition *c;

  g_return_if_fail (self != NULL);
  g_return_if_fail (sub != NULL);
  g_return_if_fail (field_is_valid (sub->record_type, (int) sub_field));

  c = append_condition (self, field, op);
  if (c == NULL)
    return;
  c->sub = zs_query_ref (sub);
  c->sub_field = (int) sub_field;
}

void
zs_query_add_subquery (ZsQuery *self,
                       int      field,
                       ZsQuery *sub,
                       guint    sub_field)
{
  add_subquery (self, field, sub, sub_field, ZS_QUERY_EQ);
}

void
zs_query_add_not_in_subquery (ZsQuery *self,
                              int      field,
                              ZsQuery *sub,
                              guint    sub_field)
{
  add_subquery (self, field, sub, sub_field, ZS_QUERY_NE);
}

void
zs_query_add_any_of (ZsQuery  *self,
                     ZsQuery **alternatives,
                     guint     n_alternatives)
{
  ZsQueryCondition *c;

  g_return_if_fail (self != NULL);
  g_return_if_fail (alternatives != NULL || n_alternatives == 0);

  for (guint i = 0; i < n_alternatives; i++)
    g_return_if_fail (alternatives[i]->record_type == self->record_type);

  c = append_condition (self, -1, ZS_QUERY_EQ);
  if (c == NULL)
    return;
  c->any = g_ptr_array_new_with_free_func ((GDestroyNotify) zs_query_unref);
  for (guint i = 0; i < n_alternatives; i++)
    g_ptr_array_add (c->any, zs_query_ref (alternatives[i]));
}

void
zs_query_set_search (ZsQuery    *self,
                     const char *text)
{
  g_autofree char *stripped = NULL;

  g_return_if_fail (self != NULL);

  stripped = text != NULL ? g_strstrip (g_strdup (text)) : NULL;
  g_free (self->search);
  self->search = (stripped != NULL && *stripped != '\0') ? g_steal_pointer (&stripped) : NULL;
}

const char *
zs_query_get_search (ZsQuery *self)
{
  return self->search;
}

void
zs_query_set_order (ZsQuery  *self,
                    int       field,
                    gboolean  descending)
{
  g_return_if_fail (self != NULL);

  g_array_set_size (self->orders, 0);
  zs_query_add_order (self, field, descending);
}

void
zs_query_add_order (ZsQuery  *self,
                    int       field,
                    gboolean  descending)
{
  ZsQueryOrder order = { field, descending };

  g_return_if_fail (self != NULL);

  g_array_append_val (self->orders, order);
}

void
zs_query_set_order_by_reference (ZsQuery  *self,
                                 guint     field,
                                 guint     ref_field,
                                 gboolean  descending)
{
  ZsQueryOrder order = { (int) field, descending, TRUE, ref_field, NULL, NULL };

  g_return_if_fail (self != NULL);

  g_array_set_size (self->orders, 0);
  g_array_append_val (self->orders, order);
}

void
zs_query_set_order_by_earliest (ZsQuery      *self,
                                const guint  *fields,
                                ZsQuery     **when,
                                guint         n,
                                gboolean      descending)
{
  ZsQueryOrder order = { -1, descending, FALSE, 0, NULL, NULL };

  g_return_if_fail (self != NULL);
  g_return_if_fail (n > 0 && fields != NULL && when != NULL);
  for (guint i = 0; i < n; i++)
    g_return_if_fail (when[i]->record_type == self->record_type);

  order.earliest = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);
  g_array_append_vals (order.earliest, fields, n);
  order.when = g_ptr_array_new_with_free_func ((GDestroyNotify) zs_query_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (order.when, zs_query_ref (when[i]));

  g_array_set_size (self->orders, 0);
  g_array_append_val (self->orders, order);
}

void
zs_query_set_limit (ZsQuery *self,
                    guint    limit)
{
  g_return_if_fail (self != NULL);

  self->limit = limit;
}
