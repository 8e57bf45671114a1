/* ooo-import-read.c — an import's JSON turned into checked rows
 *
 * Every object is read member by member in the order the export writes them,
 * after a check that it has no member the format does not know (a typo would
 * otherwise lose the value without a word). The first problem stops the read
 * and is named with where it is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ooo-export.h"
#include "ooo-import-fields.h"
#include "ooo-person.h"
#include "ooo-template.h"
#include "ooo-time-zones.h"

/* The values the database's CHECK constraints allow. */
static const char * const relationships[] = { "direct", "skip-level", "peer", NULL };
static const char * const kinds[] = { "individual", "manager", NULL };
static const char * const employments[] = { "employee", "contractor", NULL };
static const char * const statuses[] = { "in-progress", "held", "rescheduled", "cancelled",
                                         NULL };
static const char * const rollouts[] = { "not-yet", "starting", "yes", NULL };
static const char * const segment_owners[] = { "them", "me", "both", NULL };
static const char * const sides[] = { "them", "me", NULL };

static const char * const top_fields[] = {
  "format", "version", "exported_at", "app_version", "people", "templates", NULL
};
static const char * const person_fields[] = {
  "uuid", "name", "role", "relationship", "kind", "employment", "time_zone", "cadence_days",
  "reporting_since", "archived", "default_template", "personal_notes", "rollout_status",
  "rollout_since", "team_size", "created_at", "updated_at", "meetings", "action_items",
  "talking_points", "reminders", NULL
};
static const char * const meeting_fields[] = {
  "uuid", "template", "template_name", "status", "due_on", "rescheduled_to", "cancel_reason",
  "started_at", "ended_at", "private_notes", "created_at", "updated_at", "segments", NULL
};
static const char * const segment_fields[] = {
  "uuid", "title", "owner", "prompts", "planned_seconds", "actual_seconds", "notes", NULL
};
static const char * const action_fields[] = {
  "uuid", "meeting", "text", "owner", "due_on", "done_at", "done_meeting", "created_at",
  "updated_at", NULL
};
static const char * const point_fields[] = {
  "uuid", "text", "raised_by", "discussed_meeting", "discussed_at", "created_at",
  "updated_at", NULL
};
static const char * const reminder_fields[] = {
  "uuid", "text", "remind_on", "done_at", "created_at", "updated_at", NULL
};
static const char * const template_fields[] = {
  "uuid", "name", "created_at", "updated_at", "segments", NULL
};
static const char * const template_segment_fields[] = {
  "uuid", "title", "minutes", "owner", "prompts", NULL
};

typedef gboolean (*ReadRow) (OooImportFields *f,
                             gpointer         row);

static OooImportWhere
where_inside (const OooImportWhere *parent,
              const char           *name,
              guint                 index)
{
  OooImportWhere where = *parent;

  g_assert (where.depth < G_N_ELEMENTS (where.names));
  where.names[where.depth] = name;
  where.indexes[where.depth] = index;
  where.depth++;

  return where;
}

/* Reads each element of the list @name of @f's object as a row of @array. */
static gboolean
read_rows (OooImportFields *f,
           const char      *name,
           GArray          *array,
           ReadRow          read_row)
{
  JsonArray *list;
  guint n;

  if (!ooo_import_get_list (f, name, &list))
    return FALSE;
  if (list == NULL)
    return TRUE;

  n = json_array_get_length (list);
  g_array_set_size (array, n);
  for (guint i = 0; i < n; i++) {
    JsonNode *node = json_array_get_element (list, i);
    OooImportWhere where = where_inside (f->where, name, i);
    OooImportFields child = { NULL, &where, f->strings, f->error };

    if (!JSON_NODE_HOLDS_OBJECT (node)) {
      g_autofree char *place = ooo_import_where_to_string (&where);

      /* Translators: %s is a place in the file, like people[2].meetings[0] */
      return ooo_import_fail (f->error, NULL, _("%s must be an object"), place);
    }
    child.object = json_node_get_object (node);
    if (!read_row (&child, &g_array_index (array, guint8, i * g_array_get_element_size (array))))
      return FALSE;
  }

  return TRUE;
}

static gboolean
read_segment (OooImportFields *f,
              gpointer         row)
{
  OooImportSegment *segment = row;

  return ooo_import_check_members (f, segment_fields) &&
         ooo_import_get_uuid (f, "uuid", FALSE, &segment->uuid) &&
         ooo_import_get_text (f, "title", OOO_IMPORT_TEXT_LABEL, &segment->title) &&
         ooo_import_get_enum (f, "owner", segment_owners, &segment->owner) &&
         ooo_import_get_prompts (f, "prompts", &segment->prompts) &&
         ooo_import_get_int (f, "planned_seconds", 0, OOO_IMPORT_MAX_SECONDS,
                             &segment->planned_seconds) &&
         ooo_import_get_int (f, "actual_seconds", 0, OOO_IMPORT_MAX_SECONDS,
                             &segment->actual_seconds) &&
         ooo_import_get_text (f, "notes", OOO_IMPORT_TEXT_NOTES, &segment->notes);
}

static gboolean
read_meeting (OooImportFields *f,
              gpointer         row)
{
  OooImportMeeting *meeting = row;

  meeting->segments = g_array_new (FALSE, TRUE, sizeof (OooImportSegment));

  return ooo_import_check_members (f, meeting_fields) &&
         ooo_import_get_uuid (f, "uuid", FALSE, &meeting->uuid) &&
         ooo_import_get_uuid (f, "template", TRUE, &meeting->template_uuid) &&
         ooo_import_get_text (f, "template_name", OOO_IMPORT_TEXT_LABEL,
                              &meeting->template_name) &&
         ooo_import_get_enum (f, "status", statuses, &meeting->status) &&
         ooo_import_get_date (f, "due_on", TRUE, &meeting->due_on) &&
         ooo_import_get_date (f, "rescheduled_to", TRUE, &meeting->rescheduled_to) &&
         ooo_import_get_text (f, "cancel_reason", OOO_IMPORT_TEXT_NOTES,
                              &meeting->cancel_reason) &&
         ooo_import_get_time (f, "started_at", FALSE, &meeting->started_at) &&
         ooo_import_get_time (f, "ended_at", FALSE, &meeting->ended_at) &&
         ooo_import_get_optional_notes (f, "private_notes", &meeting->private_notes) &&
         ooo_import_get_time (f, "created_at", TRUE, &meeting->created_at) &&
         ooo_import_get_time (f, "updated_at", TRUE, &meeting->updated_at) &&
         read_rows (f, "segments", meeting->segments, read_segment);
}

static gboolean
read_action (OooImportFields *f,
             gpointer         row)
{
  OooImportAction *action = row;

  return ooo_import_check_members (f, action_fields) &&
         ooo_import_get_uuid (f, "uuid", FALSE, &action->uuid) &&
         ooo_import_get_uuid (f, "meeting", TRUE, &action->meeting) &&
         ooo_import_get_text (f, "text", OOO_IMPORT_TEXT_ITEM, &action->text) &&
         ooo_import_get_enum (f, "owner", sides, &action->owner) &&
         ooo_import_get_date (f, "due_on", TRUE, &action->due_on) &&
         ooo_import_get_time (f, "done_at", FALSE, &action->done_at) &&
         ooo_import_get_uuid (f, "done_meeting", TRUE, &action->done_meeting) &&
         ooo_import_get_time (f, "created_at", TRUE, &action->created_at) &&
         ooo_import_get_time (f, "updated_at", TRUE, &action->updated_at);
}

static gboolean
read_point (OooImportFields *f,
            gpointer         row)
{
  OooImportPoint *point = row;

  return ooo_import_check_members (f, point_fields) &&
         ooo_import_get_uuid (f, "uuid", FALSE, &point->uuid) &&
         ooo_import_get_text (f, "text", OOO_IMPORT_TEXT_ITEM, &point->text) &&
         ooo_import_get_enum (f, "raised_by", sides, &point->raised_by) &&
         ooo_import_get_uuid (f, "discussed_meeting", TRUE, &point->discussed_meeting) &&
         ooo_import_get_time (f, "discussed_at", FALSE, &point->discussed_at) &&
         ooo_import_get_time (f, "created_at", TRUE, &point->created_at) &&
         ooo_import_get_time (f, "updated_at", TRUE, &point->updated_at);
}

static gboolean
read_reminder (OooImportFields *f,
               gpointer         row)
{
  OooImportReminder *reminder = row;

  return ooo_import_check_members (f, reminder_fields) &&
         ooo_import_get_uuid (f, "uuid", FALSE, &reminder->uuid) &&
         ooo_import_get_text (f, "text", OOO_IMPORT_TEXT_ITEM, &reminder->text) &&
         ooo_import_get_date (f, "remind_on", FALSE, &reminder->remind_on) &&
         ooo_import_get_time (f, "done_at", FALSE, &reminder->done_at) &&
         ooo_import_get_time (f, "created_at", TRUE, &reminder->created_at) &&
         ooo_import_get_time (f, "updated_at", TRUE, &reminder->updated_at);
}

/* How many people they manage: null when the manager has not said. */
static gboolean
read_team_size (OooImportFields *f,
                OooImportPerson *person)
{
  JsonNode *node = json_object_get_member (f->object, "team_size");

  person->team_size = -1;
  if (node != NULL && JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  return ooo_import_get_int (f, "team_size", 0, OOO_TEAM_SIZE_MAX, &person->team_size);
}

static gboolean
read_person_fields (OooImportFields *f,
                    OooImportPerson *person)
{
  if (!ooo_import_check_members (f, person_fields) ||
      !ooo_import_get_uuid (f, "uuid", FALSE, &person->uuid) ||
      !ooo_import_get_text (f, "name", OOO_IMPORT_TEXT_NAME, &person->name) ||
      !ooo_import_get_text (f, "role", OOO_IMPORT_TEXT_LABEL, &person->role) ||
      !ooo_import_get_enum (f, "relationship", relationships, &person->relationship) ||
      !ooo_import_get_enum (f, "kind", kinds, &person->kind) ||
      !ooo_import_get_enum (f, "employment", employments, &person->employment) ||
      !ooo_import_get_text (f, "time_zone", OOO_IMPORT_TEXT_LABEL, &person->time_zone))
    return FALSE;

  /* Empty: the manager's own zone. */
  if (*person->time_zone != '\0' && !ooo_time_zones_is_valid (person->time_zone))
    return ooo_import_fail (f->error, f->where, _("\"%s\" is not a known time zone"),
                            "time_zone");

  if (!ooo_import_get_int (f, "cadence_days", 0, 365, &person->cadence_days))
    return FALSE;
  if (person->cadence_days != 7 && person->cadence_days != 14 && person->cadence_days != 28)
    return ooo_import_fail (f->error, f->where, _("\"%s\" must be 7, 14 or 28"),
                            "cadence_days");

  return ooo_import_get_date (f, "reporting_since", TRUE, &person->reporting_since) &&
         ooo_import_get_bool (f, "archived", &person->archived) &&
         ooo_import_get_uuid (f, "default_template", TRUE, &person->default_template) &&
         ooo_import_get_text (f, "personal_notes", OOO_IMPORT_TEXT_NOTES,
                              &person->personal_notes) &&
         ooo_import_get_enum (f, "rollout_status", rollouts, &person->rollout_status) &&
         ooo_import_get_date (f, "rollout_since", TRUE, &person->rollout_since) &&
         read_team_size (f, person) &&
         ooo_import_get_time (f, "created_at", TRUE, &person->created_at) &&
         ooo_import_get_time (f, "updated_at", TRUE, &person->updated_at) &&
         read_rows (f, "meetings", person->meetings, read_meeting) &&
         read_rows (f, "action_items", person->actions, read_action) &&
         read_rows (f, "talking_points", person->points, read_point) &&
         read_rows (f, "reminders", person->reminders, read_reminder);
}

static void
clear_meeting (gpointer data)
{
  OooImportMeeting *meeting = data;

  g_clear_pointer (&meeting->segments, g_array_unref);
}

void
ooo_import_person_free (OooImportPerson *person)
{
  if (person == NULL)
    return;

  g_string_chunk_free (person->strings);
  g_array_unref (person->meetings);
  g_array_unref (person->actions);
  g_array_unref (person->points);
  g_array_unref (person->reminders);
  g_free (person);
}

/* Returns: (transfer full) (nullable) people[@index], checked. */
OooImportPerson *
ooo_import_read_person (JsonNode  *node,
                        guint      index,
                        GError   **error)
{
  g_autoptr(OooImportPerson) person = g_new0 (OooImportPerson, 1);
  OooImportWhere where = { { "people" }, { index }, 1 };
  OooImportFields f = { NULL, &where, NULL, error };

  person->strings = g_string_chunk_new (4096);
  person->meetings = g_array_new (FALSE, TRUE, sizeof (OooImportMeeting));
  g_array_set_clear_func (person->meetings, clear_meeting);
  person->actions = g_array_new (FALSE, TRUE, sizeof (OooImportAction));
  person->points = g_array_new (FALSE, TRUE, sizeof (OooImportPoint));
  person->reminders = g_array_new (FALSE, TRUE, sizeof (OooImportReminder));

  if (!JSON_NODE_HOLDS_OBJECT (node)) {
    g_autofree char *place = ooo_import_where_to_string (&where);

    ooo_import_fail (error, NULL, _("%s must be an object"), place);
    return NULL;
  }

  f.object = json_node_get_object (node);
  f.strings = person->strings;
  if (!read_person_fields (&f, person))
    return NULL;

  return g_steal_pointer (&person);
}

static gboolean
read_template_segment (OooImportFields *f,
                       gpointer         row)
{
  OooImportSegment *segment = row;

  if (!ooo_import_check_members (f, template_segment_fields) ||
      !ooo_import_get_uuid (f, "uuid", FALSE, &segment->uuid) ||
      !ooo_import_get_text (f, "title", OOO_IMPORT_TEXT_NAME, &segment->title))
    return FALSE;

  /* The template editor's rules, so the manager can go on editing it. */
  if (g_utf8_strlen (segment->title, -1) > OOO_TEMPLATE_SEGMENT_TITLE_MAX_CHARS)
    return ooo_import_fail (f->error, f->where,
                            _("\"%s\" is too long: keep it to %u characters or fewer"),
                            "title", (guint) OOO_TEMPLATE_SEGMENT_TITLE_MAX_CHARS);

  return ooo_import_get_int (f, "minutes", OOO_TEMPLATE_SEGMENT_MIN_MINUTES,
                             OOO_TEMPLATE_SEGMENT_MAX_MINUTES, &segment->minutes) &&
         ooo_import_get_enum (f, "owner", segment_owners, &segment->owner) &&
         ooo_import_get_prompts (f, "prompts", &segment->prompts);
}

static gboolean
read_template (OooImportFields *f,
               gpointer         row)
{
  OooImportTemplate *template = row;

  template->segments = g_array_new (FALSE, TRUE, sizeof (OooImportSegment));

  if (!ooo_import_check_members (f, template_fields) ||
      !ooo_import_get_uuid (f, "uuid", FALSE, &template->uuid) ||
      !ooo_import_get_text (f, "name", OOO_IMPORT_TEXT_NAME, &template->name))
    return FALSE;

  if (g_utf8_strlen (template->name, -1) > OOO_TEMPLATE_NAME_MAX_CHARS)
    return ooo_import_fail (f->error, f->where,
                            _("\"%s\" is too long: keep it to %u characters or fewer"),
                            "name", (guint) OOO_TEMPLATE_NAME_MAX_CHARS);

  if (!ooo_import_get_time (f, "created_at", TRUE, &template->created_at) ||
      !ooo_import_get_time (f, "updated_at", TRUE, &template->updated_at) ||
      !read_rows (f, "segments", template->segments, read_template_segment))
    return FALSE;

  if (template->segments->len == 0 || template->segments->len > OOO_TEMPLATE_MAX_SEGMENTS)
    return ooo_import_fail (f->error, f->where,
                            _("\"%s\" must hold from 1 to %u segments"),
                            "segments", (guint) OOO_TEMPLATE_MAX_SEGMENTS);

  return TRUE;
}

static void
clear_template (gpointer data)
{
  OooImportTemplate *template = data;

  g_clear_pointer (&template->segments, g_array_unref);
}

gboolean
ooo_import_read_templates (JsonObject     *root,
                           OooImportData  *data,
                           GError        **error)
{
  OooImportWhere top = { { NULL }, { 0 }, 0 };
  OooImportFields f = { root, &top, data->strings, error };

  g_array_set_clear_func (data->templates, clear_template);

  return read_rows (&f, "templates", data->templates, read_template);
}

/* The top level, but for the rows: what the file is and which version. */
gboolean
ooo_import_read_header (JsonNode  *root,
                        GError   **error)
{
  OooImportWhere top = { { NULL }, { 0 }, 0 };
  g_autoptr(GStringChunk) strings = g_string_chunk_new (64);
  OooImportFields f = { NULL, &top, strings, error };
  JsonNode *format;
  JsonArray *list;
  gint64 version;
  gint64 time;
  char *text;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return ooo_import_fail (error, NULL, _("The file is not a One-on-One export: it holds no "
                                           "JSON object."));
  f.object = json_node_get_object (root);

  /* What the file is comes first: another program's JSON gets one clear
   * message rather than one about its first field. */
  format = json_object_get_member (f.object, "format");
  if (format == NULL || !JSON_NODE_HOLDS_VALUE (format) ||
      json_node_get_value_type (format) != G_TYPE_STRING ||
      strcmp (json_node_get_string (format), OOO_EXPORT_FORMAT) != 0)
    return ooo_import_fail (error, NULL, _("The file is not a One-on-One export: \"format\" "
                                           "must be \"%s\"."), OOO_EXPORT_FORMAT);

  if (!ooo_import_get_int (&f, "version", G_MININT64, G_MAXINT64, &version))
    return FALSE;
  if (version != OOO_EXPORT_VERSION) {
    g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, version);

    if (version > OOO_EXPORT_VERSION)
      return ooo_import_fail (error, NULL, _("The file is from a newer version of One-on-One "
                                             "(format version %s): update the app to import "
                                             "it."), number);
    return ooo_import_fail (error, NULL, _("The file has an unknown format version (%s)."),
                            number);
  }

  return ooo_import_check_members (&f, top_fields) &&
         ooo_import_get_time (&f, "exported_at", TRUE, &time) &&
         (json_object_get_member (f.object, "app_version") == NULL ||
          ooo_import_get_text (&f, "app_version", OOO_IMPORT_TEXT_LABEL, &text)) &&
         ooo_import_get_list (&f, "people", &list) &&
         ooo_import_get_list (&f, "templates", &list);
}

void
ooo_import_data_free (OooImportData *data)
{
  if (data == NULL)
    return;

  if (data->people != NULL)
    g_ptr_array_unref (data->people);
  if (data->templates != NULL)
    g_array_unref (data->templates);
  if (data->strings != NULL)
    g_string_chunk_free (data->strings);
  g_free (data);
}
