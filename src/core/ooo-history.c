/* ooo-history.c — a person's past 1:1s, newest first, as the person page
 * lists them
 *
 * Ten years of weekly 1:1s are 520 meetings, and the page shows the newest
 * eight: the list knows at once which meetings there are and in what
 * order, and reads a meeting's aggregates (time spent, the report's part
 * of it, the first line of its notes) only when that row is shown.
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

/* Which meetings a person has, in the order shown, without their details:
 * the details of the ones shown are read when first asked for. */
typedef struct {
  gint64            id;
  gint64            started_at;
  OooMeetingStatus  status;
  char              date[11];   /* 'YYYY-MM-DD', or "" when unknown */
} Entry;

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const Entry *x = a;
  const Entry *y = b;
  int by_date = strcmp (y->date, x->date);

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

struct _OooHistoryList
{
  GObject     parent_instance;

  OooStore   *store;
  GTimeZone  *zone;
  GArray     *entries;     /* of Entry, newest first */
  GPtrArray  *summaries;   /* OooMeetingSummary or NULL, as entries */
};

static void ooo_history_list_model_init (GListModelInterface *iface);

#define OOO_TYPE_HISTORY_LIST (ooo_history_list_get_type ())
G_DECLARE_FINAL_TYPE (OooHistoryList, ooo_history_list, OOO, HISTORY_LIST, GObject)
G_DEFINE_FINAL_TYPE_WITH_CODE (OooHistoryList, ooo_history_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      ooo_history_list_model_init))

static void
ooo_history_list_finalize (GObject *object)
{
  OooHistoryList *self = OOO_HISTORY_LIST (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->zone, g_time_zone_unref);
  g_clear_pointer (&self->entries, g_array_unref);
  g_clear_pointer (&self->summaries, g_ptr_array_unref);

  G_OBJECT_CLASS (ooo_history_list_parent_class)->finalize (object);
}

static void
ooo_history_list_class_init (OooHistoryListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ooo_history_list_finalize;
}

/* Summaries not yet read are NULL. */
static void
clear_summary (gpointer summary)
{
  g_clear_object (&summary);
}

static void
ooo_history_list_init (OooHistoryList *self)
{
  self->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  self->summaries = g_ptr_array_new_with_free_func (clear_summary);
}

/* Reads the details of @entry: time spent, the report's part of it, the
 * first line of its notes. When they cannot be read just then (the file
 * busy or failing, the meeting deleted since), the summary has only what
 * the list knew, its day and what became of it, and no uuid; *@read says
 * so, and it is not kept, so the next ask tries again. */
static OooMeetingSummary *
read_summary (OooHistoryList *self,
              const Entry    *entry,
              gboolean       *read)
{
  OooMeetingSummary *summary = g_object_new (OOO_TYPE_MEETING_SUMMARY, NULL);
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  gint64 spent_ms;
  int rc;

  *read = FALSE;
  summary->id = entry->id;
  summary->status = entry->status;
  summary->started_at = entry->started_at;
  summary->date = entry->date[0] != '\0' ? g_strdup (entry->date) : NULL;
  summary->cancel_reason = g_strdup ("");
  summary->template_name = g_strdup ("");
  summary->first_line = g_strdup ("");

  /* The LEFT JOIN keeps rescheduled and cancelled rows, which have no
   * segments; the subquery finds the first segment with words in it. */
  stmt = ooo_store_prepare (self->store,
                            "SELECT m.uuid, m.rescheduled_to, m.cancel_reason, m.template_name,"
                            " coalesce(sum(s.elapsed_ms), 0),"
                            " coalesce(sum(CASE s.owner WHEN 'them' THEN s.elapsed_ms"
                            "   WHEN 'both' THEN s.elapsed_ms / 2.0 ELSE 0 END), 0),"
                            " (SELECT notes FROM meeting_segment f WHERE f.meeting_id = m.id"
                            "   AND trim(f.notes, ' ' || char(9, 10, 13)) != ''"
                            "   ORDER BY f.position LIMIT 1)"
                            " FROM meeting m LEFT JOIN meeting_segment s ON s.meeting_id = m.id"
                            " WHERE m.id = ?1 GROUP BY m.id",
                            &error);
  if (stmt == NULL) {
    g_debug ("The details of meeting %" G_GINT64_FORMAT " could not be read: %s", entry->id,
             error->message);
    return summary;
  }

  *read = FALSE;
  sqlite3_bind_int64 (stmt, 1, entry->id);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW) {
    *read = TRUE;
    g_free (summary->cancel_reason);
    g_free (summary->template_name);
    g_free (summary->first_line);
    summary->uuid = dup_column (stmt, 0);
    summary->rescheduled_to = dup_column (stmt, 1);
    summary->cancel_reason = g_strdup (sqlite3_column_text (stmt, 2) != NULL
                                       ? (const char *) sqlite3_column_text (stmt, 2) : "");
    summary->template_name = g_strdup (sqlite3_column_text (stmt, 3) != NULL
                                       ? (const char *) sqlite3_column_text (stmt, 3) : "");
    spent_ms = sqlite3_column_int64 (stmt, 4);
    summary->length = (spent_ms + 500) / 1000;
    if (spent_ms > 0)
      summary->their_share = CLAMP (sqlite3_column_double (stmt, 5) / spent_ms, 0.0, 1.0);
    summary->first_line = ooo_history_first_line ((const char *) sqlite3_column_text (stmt, 6));
  } else {
    g_debug ("The details of meeting %" G_GINT64_FORMAT " could not be read: %s", entry->id,
             rc == SQLITE_DONE ? "it is gone" : sqlite3_errstr (rc));
  }
  sqlite3_reset (stmt);

  return summary;
}

static GType
ooo_history_list_get_item_type (GListModel *model)
{
  return OOO_TYPE_MEETING_SUMMARY;
}

static guint
ooo_history_list_get_n_items (GListModel *model)
{
  return OOO_HISTORY_LIST (model)->entries->len;
}

static gpointer
ooo_history_list_get_item (GListModel *model,
                           guint       position)
{
  OooHistoryList *self = OOO_HISTORY_LIST (model);
  OooMeetingSummary *summary;
  gboolean read;

  if (position >= self->entries->len)
    return NULL;
  if (g_ptr_array_index (self->summaries, position) != NULL)
    return g_object_ref (g_ptr_array_index (self->summaries, position));

  summary = read_summary (self, &g_array_index (self->entries, Entry, position), &read);
  if (read)
    g_ptr_array_index (self->summaries, position) = g_object_ref (summary);

  return summary;
}

static void
ooo_history_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = ooo_history_list_get_item_type;
  iface->get_n_items = ooo_history_list_get_n_items;
  iface->get_item = ooo_history_list_get_item;
}

GListModel *
ooo_history_list (OooStore   *store,
                  OooPerson  *person,
                  GError    **error)
{
  g_autoptr(OooHistoryList) self = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (OOO_IS_STORE (store), NULL);
  g_return_val_if_fail (OOO_IS_PERSON (person), NULL);

  stmt = ooo_store_prepare (store,
                            "SELECT id, status, started_at, due_on FROM meeting"
                            " WHERE person_id = ?1 AND status != 'in-progress'",
                            error);
  if (stmt == NULL)
    return NULL;

  self = g_object_new (OOO_TYPE_HISTORY_LIST, NULL);
  self->store = g_object_ref (store);
  self->zone = ooo_attendance_zone (ooo_person_get_time_zone (person));
  sqlite3_bind_int64 (stmt, 1, ooo_person_get_id (person));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW) {
    Entry entry = { .id = sqlite3_column_int64 (stmt, 0) };

    entry.status = ooo_store_enum_from_nick (OOO_TYPE_MEETING_STATUS,
                                             (const char *) sqlite3_column_text (stmt, 1),
                                             OOO_MEETING_STATUS_HELD);
    entry.started_at = sqlite3_column_int64 (stmt, 2);
    if (sqlite3_column_type (stmt, 2) != SQLITE_NULL) {
      GDate day;
      g_autofree char *date = NULL;

      ooo_attendance_local_date (entry.started_at, self->zone, &day);
      date = ooo_attendance_format_date (&day);
      g_strlcpy (entry.date, date != NULL ? date : "", sizeof entry.date);
    } else if (sqlite3_column_text (stmt, 3) != NULL) {
      g_strlcpy (entry.date, (const char *) sqlite3_column_text (stmt, 3), sizeof entry.date);
    }
    g_array_append_val (self->entries, entry);
  }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE) {
    ooo_store_set_error (store, rc, error);
    return NULL;
  }

  g_array_sort (self->entries, compare_newest_first);
  g_ptr_array_set_size (self->summaries, (int) self->entries->len);

  return G_LIST_MODEL (g_steal_pointer (&self));
}
