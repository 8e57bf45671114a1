/* ooo-template.c — an agenda: named, timed segments for a 1:1
 *
 * A plain value object that knows nothing of the database: OooTemplates
 * stores it. The segments are a list model the editor observes; they change
 * only through the functions here, which keep "total-minutes" current.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ooo-template.h"

struct _OooTemplate
{
  GObject     parent_instance;

  gint64      id;
  char       *uuid;
  char       *name;
  char       *builtin_key;
  GListStore *segments;
  guint       total_minutes;
};

G_DEFINE_TYPE (OooTemplate, ooo_template, G_TYPE_OBJECT)
G_DEFINE_QUARK (ooo-template-error-quark, ooo_template_error)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_NAME,
  PROP_BUILTIN_KEY,
  PROP_SEGMENTS,
  PROP_TOTAL_MINUTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void on_segment_minutes_changed (OooTemplate *self);

static void
update_total_minutes (OooTemplate *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->segments));
  guint total = 0;

  for (guint i = 0; i < n; i++) {
    g_autoptr(OooTemplateSegment) segment =
      g_list_model_get_item (G_LIST_MODEL (self->segments), i);

    total += ooo_template_segment_get_minutes (segment);
  }

  if (total != self->total_minutes) {
    self->total_minutes = total;
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL_MINUTES]);
  }
}

static void
on_segment_minutes_changed (OooTemplate *self)
{
  update_total_minutes (self);
}

static void
watch_segment (OooTemplate        *self,
               OooTemplateSegment *segment)
{
  g_signal_connect_object (segment, "notify::minutes",
                           G_CALLBACK (on_segment_minutes_changed), self, G_CONNECT_SWAPPED);
}

static void
unwatch_segment (OooTemplate        *self,
                 OooTemplateSegment *segment)
{
  g_signal_handlers_disconnect_by_func (segment, on_segment_minutes_changed, self);
}

static void
unwatch_all (OooTemplate *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->segments));

  for (guint i = 0; i < n; i++) {
    g_autoptr(OooTemplateSegment) segment =
      g_list_model_get_item (G_LIST_MODEL (self->segments), i);

    unwatch_segment (self, segment);
  }
}

static void
ooo_template_dispose (GObject *object)
{
  OooTemplate *self = OOO_TEMPLATE (object);

  if (self->segments != NULL)
    unwatch_all (self);
  g_clear_object (&self->segments);

  G_OBJECT_CLASS (ooo_template_parent_class)->dispose (object);
}

static void
ooo_template_finalize (GObject *object)
{
  OooTemplate *self = OOO_TEMPLATE (object);

  g_free (self->uuid);
  g_free (self->name);
  g_free (self->builtin_key);

  G_OBJECT_CLASS (ooo_template_parent_class)->finalize (object);
}

static void
ooo_template_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  OooTemplate *self = OOO_TEMPLATE (object);

  switch (prop_id) {
  case PROP_ID:
    g_value_set_int64 (value, self->id);
    break;
  case PROP_UUID:
    g_value_set_string (value, self->uuid);
    break;
  case PROP_NAME:
    g_value_set_string (value, self->name);
    break;
  case PROP_BUILTIN_KEY:
    g_value_set_string (value, self->builtin_key);
    break;
  case PROP_SEGMENTS:
    g_value_set_object (value, self->segments);
    break;
  case PROP_TOTAL_MINUTES:
    g_value_set_uint (value, self->total_minutes);
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
ooo_template_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  OooTemplate *self = OOO_TEMPLATE (object);

  switch (prop_id) {
  case PROP_ID:
    ooo_template_set_id (self, g_value_get_int64 (value));
    break;
  case PROP_UUID:
    ooo_template_set_uuid (self, g_value_get_string (value));
    break;
  case PROP_NAME:
    ooo_template_set_name (self, g_value_get_string (value));
    break;
  case PROP_BUILTIN_KEY:
    /* Construct-only: a template never turns into a built-in, or back. */
    self->builtin_key = g_value_dup_string (value);
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
ooo_template_class_init (OooTemplateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags read_only = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = ooo_template_dispose;
  object_class->finalize = ooo_template_finalize;
  object_class->get_property = ooo_template_get_property;
  object_class->set_property = ooo_template_set_property;

  /* 0 until the template is stored. */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, NULL, flags);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "", flags);
  /* Which of the app's own templates this is, or NULL for the manager's. */
  properties[PROP_BUILTIN_KEY] =
    g_param_spec_string ("builtin-key", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEGMENTS] =
    g_param_spec_object ("segments", NULL, NULL, G_TYPE_LIST_MODEL, read_only);
  properties[PROP_TOTAL_MINUTES] =
    g_param_spec_uint ("total-minutes", NULL, NULL, 0, G_MAXUINT, 0, read_only);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ooo_template_init (OooTemplate *self)
{
  self->name = g_strdup ("");
  self->segments = g_list_store_new (OOO_TYPE_TEMPLATE_SEGMENT);
}

OooTemplate *
ooo_template_new (const char *name)
{
  return g_object_new (OOO_TYPE_TEMPLATE, "name", name, NULL);
}

/* Replaces every segment with a copy of @segments' items. */
static void
replace_segments (OooTemplate *self,
                  GListModel  *segments)
{
  guint n = g_list_model_get_n_items (segments);
  g_autoptr(GPtrArray) copies = g_ptr_array_new_full (n, g_object_unref);

  /* Copies first: @segments may be our own list. */
  for (guint i = 0; i < n; i++) {
    g_autoptr(OooTemplateSegment) segment = g_list_model_get_item (segments, i);

    g_ptr_array_add (copies, ooo_template_segment_copy (segment));
  }

  unwatch_all (self);
  g_list_store_splice (self->segments, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->segments)),
                       copies->pdata, copies->len);
  for (guint i = 0; i < copies->len; i++)
    watch_segment (self, g_ptr_array_index (copies, i));
  update_total_minutes (self);
}

/* A deep copy with the same identity (id, UUID, built-in key), for an editor
 * to change without touching the original. */
OooTemplate *
ooo_template_copy (OooTemplate *self)
{
  OooTemplate *copy;

  g_return_val_if_fail (OOO_IS_TEMPLATE (self), NULL);

  copy = g_object_new (OOO_TYPE_TEMPLATE,
                       "id", self->id,
                       "uuid", self->uuid,
                       "name", self->name,
                       "builtin-key", self->builtin_key,
                       NULL);
  replace_segments (copy, G_LIST_MODEL (self->segments));

  return copy;
}

/* Takes the name and copies of the segments from @from; identity (id, UUID,
 * built-in key) stays. */
void
ooo_template_assign (OooTemplate *self,
                     OooTemplate *from)
{
  g_return_if_fail (OOO_IS_TEMPLATE (self));
  g_return_if_fail (OOO_IS_TEMPLATE (from));

  g_object_freeze_notify (G_OBJECT (self));
  ooo_template_set_name (self, from->name);
  replace_segments (self, G_LIST_MODEL (from->segments));
  g_object_thaw_notify (G_OBJECT (self));
}

static void
set_string (OooTemplate  *self,
            char        **field,
            const char   *value,
            guint         prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

gint64
ooo_template_get_id (OooTemplate *self)
{
  g_return_val_if_fail (OOO_IS_TEMPLATE (self), 0);
  return self->id;
}

void
ooo_template_set_id (OooTemplate *self,
                     gint64       id)
{
  g_return_if_fail (OOO_IS_TEMPLATE (self));

  if (self->id != id) {
    self->id = id;
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
  }
}

const char *
ooo_template_get_uuid (OooTemplate *self)
{
  g_return_val_if_fail (OOO_IS_TEMPLATE (self), NULL);
  return self->uuid;
}

void
ooo_template_set_uuid (OooTemplate *self,
                       const char  *uuid)
{
  g_return_if_fail (OOO_IS_TEMPLATE (self));
  set_string (self, &self->uuid, uuid != NULL && *uuid ? uuid : NULL, PROP_UUID);
}

const char *
ooo_template_get_name (OooTemplate *self)
{
  g_return_val_if_fail (OOO_IS_TEMPLATE (self), NULL);
  return self->name;
}

void
ooo_template_set_name (OooTemplate *self,
                       const char  *name)
{
  g_return_if_fail (OOO_IS_TEMPLATE (self));
  set_string (self, &self->name, name ? name : "", PROP_NAME);
}

/* "o3", "status", … for the app's own templates; NULL for the manager's. */
const char *
ooo_template_get_builtin_key (OooTemplate *self)
{
  g_return_val_if_fail (OOO_IS_TEMPLATE (self), NULL);
  return self->builtin_key;
}

gboolean
ooo_template_is_builtin (OooTemplate *self)
{
  g_return_val_if_fail (OOO_IS_TEMPLATE (self), FALSE);
  return self->builtin_key != NULL;
}

/* A list of OooTemplateSegment; change it through the functions below. */
GListModel *
ooo_template_get_segments (OooTemplate *self)
{
  g_return_val_if_fail (OOO_IS_TEMPLATE (self), NULL);
  return G_LIST_MODEL (self->segments);
}

guint
ooo_template_get_n_segments (OooTemplate *self)
{
  g_return_val_if_fail (OOO_IS_TEMPLATE (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->segments));
}

/* Returns: (transfer none) the segment at @position, or NULL past the end. */
OooTemplateSegment *
ooo_template_get_segment (OooTemplate *self,
                          guint        position)
{
  g_autoptr(OooTemplateSegment) segment = NULL;

  g_return_val_if_fail (OOO_IS_TEMPLATE (self), NULL);

  /* The list keeps its own reference. */
  segment = g_list_model_get_item (G_LIST_MODEL (self->segments), position);
  return segment;
}

guint
ooo_template_get_total_minutes (OooTemplate *self)
{
  g_return_val_if_fail (OOO_IS_TEMPLATE (self), 0);
  return self->total_minutes;
}

/* Appends @segment; the template takes its own reference. */
void
ooo_template_add_segment (OooTemplate        *self,
                          OooTemplateSegment *segment)
{
  g_return_if_fail (OOO_IS_TEMPLATE (self));

  ooo_template_insert_segment (self, ooo_template_get_n_segments (self), segment);
}

void
ooo_template_insert_segment (OooTemplate        *self,
                             guint               position,
                             OooTemplateSegment *segment)
{
  g_return_if_fail (OOO_IS_TEMPLATE (self));
  g_return_if_fail (OOO_IS_TEMPLATE_SEGMENT (segment));
  g_return_if_fail (position <= ooo_template_get_n_segments (self));

  g_list_store_insert (self->segments, position, segment);
  watch_segment (self, segment);
  update_total_minutes (self);
}

void
ooo_template_remove_segment (OooTemplate *self,
                             guint        position)
{
  g_autoptr(OooTemplateSegment) segment = NULL;

  g_return_if_fail (OOO_IS_TEMPLATE (self));
  g_return_if_fail (position < ooo_template_get_n_segments (self));

  segment = g_list_model_get_item (G_LIST_MODEL (self->segments), position);
  unwatch_segment (self, segment);
  g_list_store_remove (self->segments, position);
  update_total_minutes (self);
}

/* Moves the segment at @from so that it ends up at @to. */
void
ooo_template_move_segment (OooTemplate *self,
                           guint        from,
                           guint        to)
{
  g_autoptr(OooTemplateSegment) segment = NULL;
  guint n;

  g_return_if_fail (OOO_IS_TEMPLATE (self));

  n = ooo_template_get_n_segments (self);
  g_return_if_fail (from < n);
  g_return_if_fail (to < n);

  if (from == to)
    return;

  segment = g_list_model_get_item (G_LIST_MODEL (self->segments), from);
  g_list_store_remove (self->segments, from);
  g_list_store_insert (self->segments, to, segment);
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p; p++) {
    if (!g_ascii_isspace (*p))
      return FALSE;
  }

  return TRUE;
}

/* The name's part of ooo_template_validate(), for an editor's name field. */
gboolean
ooo_template_validate_name (const char  *name,
                            GError     **error)
{
  if (name == NULL || is_blank (name)) {
    g_set_error_literal (error, OOO_TEMPLATE_ERROR, OOO_TEMPLATE_ERROR_INVALID,
                         _("The template needs a name."));
    return FALSE;
  }
  if (g_utf8_strlen (name, -1) > OOO_TEMPLATE_NAME_MAX_CHARS) {
    g_set_error (error, OOO_TEMPLATE_ERROR, OOO_TEMPLATE_ERROR_INVALID,
                 _("The name is too long: keep it to %d characters or fewer."),
                 OOO_TEMPLATE_NAME_MAX_CHARS);
    return FALSE;
  }

  return TRUE;
}

/* Checks what the database would refuse, in words a manager understands,
 * before anything is written; the first problem wins. */
gboolean
ooo_template_validate (OooTemplate  *self,
                       GError      **error)
{
  guint n;

  g_return_val_if_fail (OOO_IS_TEMPLATE (self), FALSE);

  if (!ooo_template_validate_name (self->name, error))
    return FALSE;

  n = ooo_template_get_n_segments (self);
  if (n == 0) {
    g_set_error_literal (error, OOO_TEMPLATE_ERROR, OOO_TEMPLATE_ERROR_INVALID,
                         _("A template needs at least one segment."));
    return FALSE;
  }
  if (n > OOO_TEMPLATE_MAX_SEGMENTS) {
    g_set_error (error, OOO_TEMPLATE_ERROR, OOO_TEMPLATE_ERROR_INVALID,
                 _("A template can have at most %d segments."), OOO_TEMPLATE_MAX_SEGMENTS);
    return FALSE;
  }

  for (guint i = 0; i < n; i++) {
    if (!ooo_template_segment_validate (ooo_template_get_segment (self, i), i, error))
      return FALSE;
  }

  return TRUE;
}
