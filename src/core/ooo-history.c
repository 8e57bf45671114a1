/* ooo-history.c — a person's past 1:1s, newest first, as the person page
 * lists them
 *
 * One query reads every meeting with its aggregates (time spent, the
 * report's part of it, the first notes), so a person with ten years of
 * weekly 1:1s is listed in one go.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ooo-attendance.h"
#include "ooo-enums.h"
#include "ooo-history.h"

struct _OooMeetingSummary
{
  GObject           parent_instance;

  gint64            id;
  char             *uuid;
  OooMeetingStatus  status;
  char             *date;
  gint64            started_at;
  gint64            length;
  double            their_share;
  char             *first_line;
  char             *rescheduled_to;
  char             *cancel_reason;
  char             *template_name;
};

G_DEFINE_FINAL_TYPE (OooMeetingSummary, ooo_meeting_summary, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_STATUS,
  PROP_DATE,
  PROP_STARTED_AT,
  PROP_LENGTH,
  PROP_THEIR_SHARE,
  PROP_FIRST_LINE,
  PROP_RESCHEDULED_TO,
  PROP_CANCEL_REASON,
  PROP_TEMPLATE_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ooo_meeting_summary_finalize (GObject *object)
{
  OooMeetingSummary *self = OOO_MEETING_SUMMARY (object);

  g_free (self->uuid);
  g_free (self->date);
  g_free (self->first_line);
  g_free (self->rescheduled_to);
  g_free (self->cancel_reason);
  g_free (self->template_name);

  G_OBJECT_CLASS (ooo_meeting_summary_parent_class)->finalize (object);
}

static void
ooo_meeting_summary_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  OooMeetingSummary *self = OOO_MEETING_SUMMARY (object);

  switch (prop_id) {
  case PROP_ID:
    g_value_set_int64 (value, self->id);
    break;
  case PROP_UUID:
    g_value_set_string (value, self->uuid);
    break;
  case PROP_STATUS:
    g_value_set_enum (value, self->status);
    break;
  case PROP_DATE:
    g_value_set_string (value, self->date);
    break;
  case PROP_STARTED_AT:
    g_value_set_int64 (value, self->started_at);
    break;
  case PROP_LENGTH:
    g_value_set_int64 (value, self->length);
    break;
  case PROP_THEIR_SHARE:
    g_value_set_double (value, self->their_share);
    break;
  case PROP_FIRST_LINE:
    g_value_set_string (value, self->first_line);
    break;
  case PROP_RESCHEDULED_TO:
    g_value_set_string (value, self->rescheduled_to);
    break;
  case PROP_CANCEL_REASON:
    g_value_set_string (value, self->cancel_reason);
    break;
  case PROP_TEMPLATE_NAME:
    g_value_set_string (value, self->template_name);
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
ooo_meeting_summary_class_init (OooMeetingSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ooo_meeting_summary_finalize;
  object_class->get_property = ooo_meeting_summary_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UUID] = g_param_spec_string ("uuid", NULL, NULL, NULL, flags);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, OOO_TYPE_MEETING_STATUS,
                       OOO_MEETING_STATUS_HELD, flags);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, flags);
  properties[PROP_STARTED_AT] =
    g_param_spec_int64 ("started-at", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_LENGTH] =
    g_param_spec_int64 ("length", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_THEIR_SHARE] =
    g_param_spec_double ("their-share", NULL, NULL, -1, 1, -1, flags);
  properties[PROP_FIRST_LINE] = g_param_spec_string ("first-line", NULL, NULL, "", flags);
  properties[PROP_RESCHEDULED_TO] =
    g_param_spec_string ("rescheduled-to", NULL, NULL, NULL, flags);
  properties[PROP_CANCEL_REASON] =
    g_param_spec_string ("cancel-reason", NULL, NULL, "", flags);
  properties[PROP_TEMPLATE_NAME] =
    g_param_spec_string ("template-name", NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ooo_meeting_summary_init (OooMeetingSummary *self)
{
  self->their_share = -1;
}

gint64
ooo_meeting_summary_get_id (OooMeetingSummary *self)
{
  g_return_val_if_fail (OOO_IS_MEETING_SUMMARY (self), 0);
  return self->id;
}

const char *
ooo_meeting_summary_get_uuid (OooMeetingSummary *self)
{
  g_return_val_if_fail (OOO_IS_MEETING_SUMMARY (self), NULL);
  return self->uuid;
}

OooMeetingStatus
ooo_meeting_summary_get_status (OooMeetingSummary *self)
{
  g_return_val_if_fail (OOO_IS_MEETING_SUMMARY (self), OOO_MEETING_STATUS_HELD);
  return self->status;
}

const char *
ooo_meeting_summary_get_date (OooMeetingSummary *self)
{
  g_return_val_if_fail (OOO_IS_MEETING_SUMMARY (self), NULL);
  return self->date;
}

gint64
ooo_meeting_summary_get_started_at (OooMeetingSummary *self)
{
  g_return_val_if_fail (OOO_IS_MEETING_SUMMARY (self), 0);
  return self->started_at;
}

gint64
ooo_meeting_summary_get_length (OooMeetingSummary *self)
{
  g_return_val_if_fail (OOO_IS_MEETING_SUMMARY (self), 0);
  return self->length;
}

double
ooo_meeting_summary_get_their_share (OooMeetingSummary *self)
{
  g_return_val_if_fail (OOO_IS_MEETING_SUMMARY (self), -1);
  return self->their_share;
}

const char *
ooo_meeting_summary_get_first_line (OooMeetingSummary *self)
{
  g_return_val_if_fail (OOO_IS_MEETING_SUMMARY (self), NULL);
  return self->first_line;
}

const char *
ooo_meeting_summary_get_rescheduled_to (OooMeetingSummary *self)
{
  g_return_val_if_fail (OOO_IS_MEETING_SUMMARY (self), NULL);
  return self->rescheduled_to;
}

const char *
ooo_meeting_summary_get_cancel_reason (OooMeetingSummary *self)
{
  g_return_val_if_fail (OOO_IS_MEETING_SUMMARY (self), NULL);
  return self->cancel_reason;
}

const char *
ooo_meeting_summary_get_template_name (OooMeetingSummary *self)
{
  g_return_val_if_fail (OOO_IS_MEETING_SUMMARY (self), NULL);
  return self->template_name;
}

/* @text cut to at most OOO_HISTORY_FIRST_LINE_MAX characters, at the last
 * space in the second half when there is one, with an ellipsis. */
static char *
shorten (char *text)
{
  const char *cut;
  const char *space = NULL;
  GString *shortened;

  if (g_utf8_strlen (text, -1) <= OOO_HISTORY_FIRST_LINE_MAX)
    return text;

  cut = g_utf8_offset_to_pointer (text, OOO_HISTORY_FIRST_LINE_MAX);
  for (const char *p = g_utf8_offset_to_pointer (text, OOO_HISTORY_FIRST_LINE_MAX / 2);
       p < cut; p = g_utf8_next_char (p))
    if (g_unichar_isspace (g_utf8_get_char (p)))
      space = p;
  shortened = g_string_new_len (text, (space != NULL ? space : cut) - text);
  g_free (text);
  g_string_append (shortened, "…");
  return g_string_free (shortened, FALSE);
}

char *
ooo_history_first_line (const char *notes)
{
  const char *line = notes;

  while (line != NULL && *line != '\0') {
    const char *end = strchr (line, '\n');
    gsize length = end != NULL ? (gsize) (end - line) : strlen (line);
    g_autofree char *text = g_strndup (line, length);

    g_strstrip (text);
    if (*text != '\0')
      return shorten (g_steal_pointer (&text));
    line = end != NULL ? end + 1 : NULL;
  }

  return g_strdup ("");
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const OooMeetingSummary *x = *(OooMeetingSummary * const *) a;
  const OooMeetingSummary *y = *(OooMeetingSummary * const *) b;
  int by_date = g_strcmp0 (y->date, x->date);

  if (by_date != 0)
    return by_date;
  if (x->started_at != y->started_at)
    return (y->started_at > x->started_at) - (y->started_at < x->started_at);

  return (y->id > x->id) - (y->id < x->id);
}

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

GListModel *
ooo_history_list (OooStore   *store,
                  OooPerson  *person,
                  GError    **error)
{
  g_autoptr(GPtrArray) summaries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GTimeZone) zone = NULL;
  GListStore *model;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (OOO_IS_STORE (store), NULL);
  g_return_val_if_fail (OOO_IS_PERSON (person), NULL);

  zone = ooo_attendance_zone (ooo_person_get_time_zone (person));
  /* The LEFT JOIN keeps rescheduled and cancelled rows, which have no
   * segments; the subquery finds the first segment with words in it. */
  stmt = ooo_store_prepare (store,
                            "SELECT m.id, m.uuid, m.status, m.started_at, m.due_on,"
                            " m.rescheduled_to, m.cancel_reason, m.template_name,"
                            " coalesce(sum(s.elapsed_ms), 0),"
                            " coalesce(sum(CASE s.owner WHEN 'them' THEN s.elapsed_ms"
                            "   WHEN 'both' THEN s.elapsed_ms / 2.0 ELSE 0 END), 0),"
                            " (SELECT notes FROM meeting_segment f WHERE f.meeting_id = m.id"
                            "   AND trim(f.notes, ' ' || char(9, 10, 13)) != ''"
                            "   ORDER BY f.position LIMIT 1)"
                            " FROM meeting m LEFT JOIN meeting_segment s ON s.meeting_id = m.id"
                            " WHERE m.person_id = ?1 AND m.status != 'in-progress'"
                            " GROUP BY m.id",
                            error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, ooo_person_get_id (person));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW) {
    OooMeetingSummary *summary = g_object_new (OOO_TYPE_MEETING_SUMMARY, NULL);
    gint64 spent_ms = sqlite3_column_int64 (stmt, 8);

    summary->id = sqlite3_column_int64 (stmt, 0);
    summary->uuid = dup_column (stmt, 1);
    summary->status = ooo_store_enum_from_nick (OOO_TYPE_MEETING_STATUS,
                                                (const char *) sqlite3_column_text (stmt, 2),
                                                OOO_MEETING_STATUS_HELD);
    summary->started_at = sqlite3_column_int64 (stmt, 3);
    if (sqlite3_column_type (stmt, 3) != SQLITE_NULL) {
      GDate day;

      ooo_attendance_local_date (summary->started_at, zone, &day);
      summary->date = ooo_attendance_format_date (&day);
    } else {
      summary->date = dup_column (stmt, 4);
    }
    summary->rescheduled_to = dup_column (stmt, 5);
    summary->cancel_reason = g_strdup (sqlite3_column_text (stmt, 6) != NULL
                                       ? (const char *) sqlite3_column_text (stmt, 6) : "");
    summary->template_name = g_strdup (sqlite3_column_text (stmt, 7) != NULL
                                       ? (const char *) sqlite3_column_text (stmt, 7) : "");
    summary->length = (spent_ms + 500) / 1000;
    if (spent_ms > 0)
      summary->their_share = CLAMP (sqlite3_column_double (stmt, 9) / spent_ms, 0.0, 1.0);
    summary->first_line = ooo_history_first_line ((const char *) sqlite3_column_text (stmt, 10));
    g_ptr_array_add (summaries, summary);
  }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE) {
    ooo_store_set_error (store, rc, error);
    return NULL;
  }

  g_ptr_array_sort (summaries, compare_newest_first);
  model = g_list_store_new (OOO_TYPE_MEETING_SUMMARY);
  g_list_store_splice (model, 0, 0, summaries->pdata, summaries->len);

  return G_LIST_MODEL (model);
}
