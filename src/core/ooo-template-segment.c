/* ooo-template-segment.c — one timed part of an agenda template
 *
 * A plain value object, like OooPerson: OooTemplates stores it. The prompts
 * are one text with one question per line, the way the editor shows them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ooo-enums.h"
#include "ooo-template.h"
#include "ooo-template-segment.h"

struct _OooTemplateSegment
{
  GObject          parent_instance;

  char            *uuid;
  char            *title;
  guint            minutes;
  OooSegmentOwner  owner;
  char            *prompts;
};

G_DEFINE_TYPE (OooTemplateSegment, ooo_template_segment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UUID,
  PROP_TITLE,
  PROP_MINUTES,
  PROP_OWNER,
  PROP_PROMPTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ooo_template_segment_finalize (GObject *object)
{
  OooTemplateSegment *self = OOO_TEMPLATE_SEGMENT (object);

  g_free (self->uuid);
  g_free (self->title);
  g_free (self->prompts);

  G_OBJECT_CLASS (ooo_template_segment_parent_class)->finalize (object);
}

static void
ooo_template_segment_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  OooTemplateSegment *self = OOO_TEMPLATE_SEGMENT (object);

  switch (prop_id) {
  case PROP_UUID:
    g_value_set_string (value, self->uuid);
    break;
  case PROP_TITLE:
    g_value_set_string (value, self->title);
    break;
  case PROP_MINUTES:
    g_value_set_uint (value, self->minutes);
    break;
  case PROP_OWNER:
    g_value_set_enum (value, self->owner);
    break;
  case PROP_PROMPTS:
    g_value_set_string (value, self->prompts);
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
ooo_template_segment_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  OooTemplateSegment *self = OOO_TEMPLATE_SEGMENT (object);

  switch (prop_id) {
  case PROP_UUID:
    ooo_template_segment_set_uuid (self, g_value_get_string (value));
    break;
  case PROP_TITLE:
    ooo_template_segment_set_title (self, g_value_get_string (value));
    break;
  case PROP_MINUTES:
    ooo_template_segment_set_minutes (self, g_value_get_uint (value));
    break;
  case PROP_OWNER:
    ooo_template_segment_set_owner (self, g_value_get_enum (value));
    break;
  case PROP_PROMPTS:
    ooo_template_segment_set_prompts (self, g_value_get_string (value));
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
ooo_template_segment_class_init (OooTemplateSegmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ooo_template_segment_finalize;
  object_class->get_property = ooo_template_segment_get_property;
  object_class->set_property = ooo_template_segment_set_property;

  /* NULL until the segment is stored. */
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "", flags);
  /* Any value, so an editor can hold what the manager typed; validate()
   * holds it to 1–120 before anything is stored. */
  properties[PROP_MINUTES] =
    g_param_spec_uint ("minutes", NULL, NULL, 0, G_MAXUINT, 10, flags);
  properties[PROP_OWNER] =
    g_param_spec_enum ("owner", NULL, NULL, OOO_TYPE_SEGMENT_OWNER, OOO_SEGMENT_OWNER_THEM,
                       flags);
  properties[PROP_PROMPTS] =
    g_param_spec_string ("prompts", NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ooo_template_segment_init (OooTemplateSegment *self)
{
  self->title = g_strdup ("");
  self->minutes = 10;
  self->owner = OOO_SEGMENT_OWNER_THEM;
  self->prompts = g_strdup ("");
}

OooTemplateSegment *
ooo_template_segment_new (const char      *title,
                          guint            minutes,
                          OooSegmentOwner  owner,
                          const char      *prompts)
{
  return g_object_new (OOO_TYPE_TEMPLATE_SEGMENT,
                       "title", title,
                       "minutes", minutes,
                       "owner", owner,
                       "prompts", prompts,
                       NULL);
}

/* A whole copy, UUID included: the same stored segment, for an editor. */
OooTemplateSegment *
ooo_template_segment_copy (OooTemplateSegment *self)
{
  OooTemplateSegment *copy;

  g_return_val_if_fail (OOO_IS_TEMPLATE_SEGMENT (self), NULL);

  copy = ooo_template_segment_new (self->title, self->minutes, self->owner, self->prompts);
  ooo_template_segment_set_uuid (copy, self->uuid);

  return copy;
}

static void
set_string (OooTemplateSegment  *self,
            char               **field,
            const char          *value,
            guint                prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

const char *
ooo_template_segment_get_uuid (OooTemplateSegment *self)
{
  g_return_val_if_fail (OOO_IS_TEMPLATE_SEGMENT (self), NULL);
  return self->uuid;
}

void
ooo_template_segment_set_uuid (OooTemplateSegment *self,
                               const char         *uuid)
{
  g_return_if_fail (OOO_IS_TEMPLATE_SEGMENT (self));
  set_string (self, &self->uuid, uuid != NULL && *uuid ? uuid : NULL, PROP_UUID);
}

const char *
ooo_template_segment_get_title (OooTemplateSegment *self)
{
  g_return_val_if_fail (OOO_IS_TEMPLATE_SEGMENT (self), NULL);
  return self->title;
}

void
ooo_template_segment_set_title (OooTemplateSegment *self,
                                const char         *title)
{
  g_return_if_fail (OOO_IS_TEMPLATE_SEGMENT (self));
  set_string (self, &self->title, title ? title : "", PROP_TITLE);
}

guint
ooo_template_segment_get_minutes (OooTemplateSegment *self)
{
  g_return_val_if_fail (OOO_IS_TEMPLATE_SEGMENT (self), 0);
  return self->minutes;
}

void
ooo_template_segment_set_minutes (OooTemplateSegment *self,
                                  guint               minutes)
{
  g_return_if_fail (OOO_IS_TEMPLATE_SEGMENT (self));

  if (self->minutes != minutes) {
    self->minutes = minutes;
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MINUTES]);
  }
}

OooSegmentOwner
ooo_template_segment_get_owner (OooTemplateSegment *self)
{
  g_return_val_if_fail (OOO_IS_TEMPLATE_SEGMENT (self), OOO_SEGMENT_OWNER_THEM);
  return self->owner;
}

void
ooo_template_segment_set_owner (OooTemplateSegment *self,
                                OooSegmentOwner     owner)
{
  g_return_if_fail (OOO_IS_TEMPLATE_SEGMENT (self));
  g_return_if_fail (owner <= OOO_SEGMENT_OWNER_BOTH);

  if (self->owner != owner) {
    self->owner = owner;
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER]);
  }
}

/* The questions to ask, one per line. */
const char *
ooo_template_segment_get_prompts (OooTemplateSegment *self)
{
  g_return_val_if_fail (OOO_IS_TEMPLATE_SEGMENT (self), NULL);
  return self->prompts;
}

void
ooo_template_segment_set_prompts (OooTemplateSegment *self,
                                  const char         *prompts)
{
  g_return_if_fail (OOO_IS_TEMPLATE_SEGMENT (self));
  set_string (self, &self->prompts, prompts ? prompts : "", PROP_PROMPTS);
}

/* The prompts as a list, trimmed, without blank lines: what the meeting view
 * shows and what a template file holds. */
char **
ooo_template_segment_dup_prompt_lines (OooTemplateSegment *self)
{
  g_auto(GStrv) lines = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (OOO_IS_TEMPLATE_SEGMENT (self), NULL);

  lines = g_strsplit (self->prompts, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++) {
    g_strstrip (lines[i]);
    if (*lines[i] != '\0')
      g_strv_builder_add (builder, lines[i]);
  }

  return g_strv_builder_end (builder);
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

/* Checks what the database would refuse, in a manager's words; @position
 * counts from 0 and is shown counting from 1. */
gboolean
ooo_template_segment_validate (OooTemplateSegment  *self,
                               guint                position,
                               GError             **error)
{
  guint number = position + 1;

  g_return_val_if_fail (OOO_IS_TEMPLATE_SEGMENT (self), FALSE);

  if (is_blank (self->title)) {
    g_set_error (error, OOO_TEMPLATE_ERROR, OOO_TEMPLATE_ERROR_INVALID,
                 _("Segment %u has no title."), number);
    return FALSE;
  }
  if (g_utf8_strlen (self->title, -1) > OOO_TEMPLATE_SEGMENT_TITLE_MAX_CHARS) {
    g_set_error (error, OOO_TEMPLATE_ERROR, OOO_TEMPLATE_ERROR_INVALID,
                 _("The title of segment %u is too long: keep it to %d characters or fewer."),
                 number, OOO_TEMPLATE_SEGMENT_TITLE_MAX_CHARS);
    return FALSE;
  }
  if (self->minutes < OOO_TEMPLATE_SEGMENT_MIN_MINUTES ||
      self->minutes > OOO_TEMPLATE_SEGMENT_MAX_MINUTES) {
    g_set_error (error, OOO_TEMPLATE_ERROR, OOO_TEMPLATE_ERROR_INVALID,
                 _("Segment %u must last from %d to %d minutes."), number,
                 OOO_TEMPLATE_SEGMENT_MIN_MINUTES, OOO_TEMPLATE_SEGMENT_MAX_MINUTES);
    return FALSE;
  }
  if (g_utf8_strlen (self->prompts, -1) > OOO_TEMPLATE_SEGMENT_PROMPTS_MAX_CHARS) {
    g_set_error (error, OOO_TEMPLATE_ERROR, OOO_TEMPLATE_ERROR_INVALID,
                 _("The prompts of segment %u are too long: keep them to %d characters or "
                   "fewer."), number, OOO_TEMPLATE_SEGMENT_PROMPTS_MAX_CHARS);
    return FALSE;
  }

  return TRUE;
}

const char *
ooo_segment_owner_to_label (OooSegmentOwner owner)
{
  switch (owner) {
  case OOO_SEGMENT_OWNER_ME:
    /* Translators: the manager owns this part of the meeting */
    return _("Me");
  case OOO_SEGMENT_OWNER_BOTH:
    return _("Both");
  case OOO_SEGMENT_OWNER_THEM:
  default:
    /* Translators: the report owns this part of the meeting */
    return _("Them");
  }
}

/* The word stored in the database and in files. */
const char *
ooo_segment_owner_to_nick (OooSegmentOwner owner)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (OOO_TYPE_SEGMENT_OWNER);
  GEnumValue *value = g_enum_get_value (klass, owner);

  return value != NULL ? value->value_nick : NULL;
}

gboolean
ooo_segment_owner_from_nick (const char      *nick,
                             OooSegmentOwner *owner)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (OOO_TYPE_SEGMENT_OWNER);
  GEnumValue *value = nick != NULL ? g_enum_get_value_by_nick (klass, nick) : NULL;

  if (value == NULL)
    return FALSE;

  if (owner != NULL)
    *owner = value->value;

  return TRUE;
}
