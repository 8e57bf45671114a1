/* ooo-overview.c — the figures of every person at a glance: attendance,
 * days since the last 1:1, who talks, what is still open
 *
 * Four queries read what every person needs, each in one pass that the
 * indexes already order; the attendance rules then run per person in
 * memory. No query runs per person or per meeting.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ooo-enums.h"
#include "ooo-overview.h"

struct _OooPersonFigures
{
  GObject        parent_instance;

  OooPerson     *person;
  OooAttendance *attendance;
  double         average_share;
  guint          open_theirs;
  guint          open_mine;
};

G_DEFINE_FINAL_TYPE (OooPersonFigures, ooo_person_figures, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PERSON,
  PROP_ATTENDANCE,
  PROP_DAYS_SINCE,
  PROP_N_HELD,
  PROP_N_COUNTED,
  PROP_STREAK,
  PROP_NEXT_DUE,
  PROP_DUE_STATE,
  PROP_OVERDUE_DAYS,
  PROP_DUE_ORDER,
  PROP_AVERAGE_SHARE,
  PROP_OPEN_THEIRS,
  PROP_OPEN_MINE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ooo_person_figures_finalize (GObject *object)
{
  OooPersonFigures *self = OOO_PERSON_FIGURES (object);

  g_clear_object (&self->person);
  g_clear_pointer (&self->attendance, ooo_attendance_free);

  G_OBJECT_CLASS (ooo_person_figures_parent_class)->finalize (object);
}

static void
ooo_person_figures_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OooPersonFigures *self = OOO_PERSON_FIGURES (object);
  const OooAttendance *attendance = self->attendance;

  switch (prop_id) {
  case PROP_PERSON:
    g_value_set_object (value, self->person);
    break;
  case PROP_ATTENDANCE:
    g_value_set_boxed (value, attendance);
    break;
  case PROP_DAYS_SINCE:
    g_value_set_int (value, attendance->days_since);
    break;
  case PROP_N_HELD:
    g_value_set_uint (value, attendance->n_held);
    break;
  case PROP_N_COUNTED:
    g_value_set_uint (value, attendance->n_recent);
    break;
  case PROP_STREAK:
    g_value_set_uint (value, attendance->streak);
    break;
  case PROP_NEXT_DUE:
    g_value_take_string (value, ooo_attendance_format_date (&attendance->next_due));
    break;
  case PROP_DUE_STATE:
    g_value_set_enum (value, attendance->due_state);
    break;
  case PROP_OVERDUE_DAYS:
    g_value_set_int (value, attendance->overdue_days);
    break;
  case PROP_DUE_ORDER:
    g_value_set_int (value, ooo_person_figures_get_due_order (self));
    break;
  case PROP_AVERAGE_SHARE:
    g_value_set_double (value, self->average_share);
    break;
  case PROP_OPEN_THEIRS:
    g_value_set_uint (value, self->open_theirs);
    break;
  case PROP_OPEN_MINE:
    g_value_set_uint (value, self->open_mine);
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
ooo_person_figures_class_init (OooPersonFiguresClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ooo_person_figures_finalize;
  object_class->get_property = ooo_person_figures_get_property;

  properties[PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL, OOO_TYPE_PERSON, flags);
  properties[PROP_ATTENDANCE] =
    g_param_spec_boxed ("attendance", NULL, NULL, OOO_TYPE_ATTENDANCE, flags);
  properties[PROP_DAYS_SINCE] =
    g_param_spec_int ("days-since", NULL, NULL, -1, G_MAXINT, -1, flags);
  properties[PROP_N_HELD] =
    g_param_spec_uint ("n-held", NULL, NULL, 0, OOO_ATTENDANCE_RECENT, 0, flags);
  properties[PROP_N_COUNTED] =
    g_param_spec_uint ("n-counted", NULL, NULL, 0, OOO_ATTENDANCE_RECENT, 0, flags);
  properties[PROP_STREAK] =
    g_param_spec_uint ("streak", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_NEXT_DUE] =
    g_param_spec_string ("next-due", NULL, NULL, NULL, flags);
  properties[PROP_DUE_STATE] =
    g_param_spec_enum ("due-state", NULL, NULL, OOO_TYPE_DUE_STATE, OOO_DUE_UPCOMING, flags);
  properties[PROP_OVERDUE_DAYS] =
    g_param_spec_int ("overdue-days", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_DUE_ORDER] =
    g_param_spec_int ("due-order", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_AVERAGE_SHARE] =
    g_param_spec_double ("average-share", NULL, NULL, -1, 1, -1, flags);
  properties[PROP_OPEN_THEIRS] =
    g_param_spec_uint ("open-theirs", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_OPEN_MINE] =
    g_param_spec_uint ("open-mine", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ooo_person_figures_init (OooPersonFigures *self)
{
  self->average_share = -1;
}

OooPerson *
ooo_person_figures_get_person (OooPersonFigures *self)
{
  g_return_val_if_fail (OOO_IS_PERSON_FIGURES (self), NULL);
  return self->person;
}

const OooAttendance *
ooo_person_figures_get_attendance (OooPersonFigures *self)
{
  g_return_val_if_fail (OOO_IS_PERSON_FIGURES (self), NULL);
  return self->attendance;
}

int
ooo_person_figures_get_due_order (OooPersonFigures *self)
{
  g_return_val_if_fail (OOO_IS_PERSON_FIGURES (self), 0);

  if (self->attendance->due_state == OOO_DUE_OVERDUE)
    return -self->attendance->overdue_days;

  return self->attendance->days_until;
}

double
ooo_person_figures_get_average_share (OooPersonFigures *self)
{
  g_return_val_if_fail (OOO_IS_PERSON_FIGURES (self), -1);
  return self->average_share;
}

guint
ooo_person_figures_get_open_theirs (OooPersonFigures *self)
{
  g_return_val_if_fail (OOO_IS_PERSON_FIGURES (self), 0);
  return self->open_theirs;
}

guint
ooo_person_figures_get_open_mine (OooPersonFigures *self)
{
  g_return_val_if_fail (OOO_IS_PERSON_FIGURES (self), 0);
  return self->open_mine;
}

/* What the queries gather about one person. */
typedef struct {
  GArray  *rows;          /* OooAttendanceRow, strings in the chunk */
  gint64   created_at;
  double   share_sum;
  guint    share_n;
  guint    open_theirs;
  guint    open_mine;
} Gathered;

static void
gathered_free (gpointer data)
{
  Gathered *gathered = data;

  g_array_unref (gathered->rows);
  g_free (gathered);
}

static Gathered *
gathered_for (GHashTable *table,
              gint64      person_id)
{
  Gathered *gathered = g_hash_table_lookup (table, &person_id);

  if (gathered == NULL) {
    gint64 *key = g_new (gint64, 1);

    *key = person_id;
    gathered = g_new0 (Gathered, 1);
    gathered->rows = g_array_new (FALSE, FALSE, sizeof (OooAttendanceRow));
    g_hash_table_insert (table, key, gathered);
  }

  return gathered;
}

/* The SQL for everyone, and for one person (?1). */
typedef struct {
  const char *meetings;
  const char *created;
  const char *shares;
  const char *actions;
} Queries;

/* Meetings in (person, started_at, id) order: the index's own order, so no
 * sort; decisions (no started_at) come first, oldest first, as the rules
 * want them. */
static const Queries everyone = {
  "SELECT person_id, status, started_at, due_on, rescheduled_to FROM meeting"
  " ORDER BY person_id, started_at, id",
  "SELECT id, created_at FROM person",
  /* The report's part of each of the last ten held 1:1s per person. */
  "SELECT m.person_id, 1.0 * sum(CASE s.owner WHEN 'them' THEN s.elapsed_ms"
  "   WHEN 'both' THEN s.elapsed_ms / 2.0 ELSE 0 END) / nullif(sum(s.elapsed_ms), 0)"
  " FROM person p JOIN meeting m ON m.id IN (SELECT id FROM meeting"
  "   WHERE person_id = p.id AND status = 'held' ORDER BY started_at DESC, id DESC LIMIT 10)"
  " JOIN meeting_segment s ON s.meeting_id = m.id GROUP BY m.id",
  "SELECT person_id, sum(owner = 'them'), sum(owner = 'me') FROM action_item"
  " WHERE done_at IS NULL GROUP BY person_id",
};

static const Queries one_person = {
  "SELECT person_id, status, started_at, due_on, rescheduled_to FROM meeting"
  " WHERE person_id = ?1 ORDER BY started_at, id",
  "SELECT id, created_at FROM person WHERE id = ?1",
  "SELECT m.person_id, 1.0 * sum(CASE s.owner WHEN 'them' THEN s.elapsed_ms"
  "   WHEN 'both' THEN s.elapsed_ms / 2.0 ELSE 0 END) / nullif(sum(s.elapsed_ms), 0)"
  " FROM meeting m JOIN meeting_segment s ON s.meeting_id = m.id"
  " WHERE m.id IN (SELECT id FROM meeting WHERE person_id = ?1 AND status = 'held'"
  "   ORDER BY started_at DESC, id DESC LIMIT 10)"
  " GROUP BY m.id",
  "SELECT person_id, sum(owner = 'them'), sum(owner = 'me') FROM action_item"
  " WHERE done_at IS NULL AND person_id = ?1 GROUP BY person_id",
};

typedef void (*RowFunc) (sqlite3_stmt *stmt,
                         Gathered     *gathered,
                         GStringChunk *strings);

static gboolean
run_query (OooStore      *store,
           const char    *sql,
           gint64         person_id,
           GHashTable    *table,
           GStringChunk  *strings,
           RowFunc        func,
           GError       **error)
{
  sqlite3_stmt *stmt = ooo_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  if (person_id != 0)
    sqlite3_bind_int64 (stmt, 1, person_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    func (stmt, gathered_for (table, sqlite3_column_int64 (stmt, 0)), strings);
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE) {
    ooo_store_set_error (store, rc, error);
    return FALSE;
  }

  return TRUE;
}

static const char *
chunk_text (GStringChunk *strings,
            sqlite3_stmt *stmt,
            int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? g_string_chunk_insert_const (strings, text) : NULL;
}

/* The four nicks the schema allows, without an enum class lookup for each
 * of a hundred thousand rows. */
static OooMeetingStatus
status_from_text (const char *text)
{
  if (g_strcmp0 (text, "held") == 0)
    return OOO_MEETING_STATUS_HELD;
  if (g_strcmp0 (text, "in-progress") == 0)
    return OOO_MEETING_STATUS_IN_PROGRESS;
  if (g_strcmp0 (text, "rescheduled") == 0)
    return OOO_MEETING_STATUS_RESCHEDULED;
  if (g_strcmp0 (text, "cancelled") == 0)
    return OOO_MEETING_STATUS_CANCELLED;

  return OOO_MEETING_STATUS_HELD;
}

static void
add_meeting (sqlite3_stmt *stmt,
             Gathered     *gathered,
             GStringChunk *strings)
{
  OooAttendanceRow row;

  row.status = status_from_text ((const char *) sqlite3_column_text (stmt, 1));
  row.started_at = sqlite3_column_int64 (stmt, 2);
  row.due_on = chunk_text (strings, stmt, 3);
  row.rescheduled_to = chunk_text (strings, stmt, 4);
  g_array_append_val (gathered->rows, row);
}

static void
add_created (sqlite3_stmt *stmt,
             Gathered     *gathered,
             GStringChunk *strings)
{
  gathered->created_at = sqlite3_column_int64 (stmt, 1);
}

static void
add_share (sqlite3_stmt *stmt,
           Gathered     *gathered,
           GStringChunk *strings)
{
  /* A 1:1 that recorded no time has no share: it is left out. */
  if (sqlite3_column_type (stmt, 1) != SQLITE_NULL) {
    gathered->share_sum += CLAMP (sqlite3_column_double (stmt, 1), 0.0, 1.0);
    gathered->share_n++;
  }
}

static void
add_actions (sqlite3_stmt *stmt,
             Gathered     *gathered,
             GStringChunk *strings)
{
  gathered->open_theirs = (guint) sqlite3_column_int64 (stmt, 1);
  gathered->open_mine = (guint) sqlite3_column_int64 (stmt, 2);
}

static gboolean
gather (OooStore       *store,
        const Queries  *queries,
        gint64          person_id,
        GHashTable     *table,
        GStringChunk   *strings,
        GError        **error)
{
  return run_query (store, queries->meetings, person_id, table, strings, add_meeting, error) &&
         run_query (store, queries->created, person_id, table, strings, add_created, error) &&
         run_query (store, queries->shares, person_id, table, strings, add_share, error) &&
         run_query (store, queries->actions, person_id, table, strings, add_actions, error);
}

/* What the rules need to know of a person, read on the thread that owns
 * the OooPerson, so that the figures can be worked out on another. */
typedef struct {
  OooPerson  *person;
  gint64      id;
  OooCadence  cadence;
  char       *time_zone;
  char       *reporting_since;
} Subject;

static void
subject_clear (gpointer data)
{
  Subject *subject = data;

  g_clear_object (&subject->person);
  g_clear_pointer (&subject->time_zone, g_free);
  g_clear_pointer (&subject->reporting_since, g_free);
}

static Subject
subject_of (OooPerson *person)
{
  return (Subject) {
    .person = g_object_ref (person),
    .id = ooo_person_get_id (person),
    .cadence = ooo_person_get_cadence (person),
    .time_zone = g_strdup (ooo_person_get_time_zone (person)),
    .reporting_since = g_strdup (ooo_person_get_reporting_since (person)),
  };
}

static OooPersonFigures *
figures_new (const Subject *subject,
             Gathered      *gathered,
             GDateTime     *now)
{
  OooPersonFigures *self = g_object_new (OOO_TYPE_PERSON_FIGURES, NULL);
  g_autofree char *start = ooo_attendance_start_date (subject->reporting_since,
                                                      gathered->created_at,
                                                      subject->time_zone);

  self->person = g_object_ref (subject->person);
  self->attendance = ooo_attendance_compute (subject->cadence, subject->time_zone, start,
                                             (const OooAttendanceRow *) (gpointer)
                                               gathered->rows->data,
                                             gathered->rows->len, now);
  if (gathered->share_n > 0)
    self->average_share = gathered->share_sum / gathered->share_n;
  self->open_theirs = gathered->open_theirs;
  self->open_mine = gathered->open_mine;

  return self;
}

static GHashTable *
new_table (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, gathered_free);
}

struct _OooOverviewJob
{
  GArray    *subjects;   /* of Subject, in the people's order */
  GDateTime *now;
};

OooOverviewJob *
ooo_overview_job_new (OooPeople *people,
                      GDateTime *now,
                      gboolean   include_archived)
{
  OooOverviewJob *job;
  guint n;

  g_return_val_if_fail (OOO_IS_PEOPLE (people), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  job = g_new0 (OooOverviewJob, 1);
  job->subjects = g_array_new (FALSE, FALSE, sizeof (Subject));
  g_array_set_clear_func (job->subjects, subject_clear);
  job->now = g_date_time_ref (now);

  n = g_list_model_get_n_items (G_LIST_MODEL (people));
  for (guint i = 0; i < n; i++) {
    g_autoptr(OooPerson) person = g_list_model_get_item (G_LIST_MODEL (people), i);
    Subject subject;

    if (!include_archived && ooo_person_get_archived (person))
      continue;
    subject = subject_of (person);
    g_array_append_val (job->subjects, subject);
  }

  return job;
}

GListModel *
ooo_overview_job_run (OooOverviewJob  *job,
                      OooStore        *store,
                      GError         **error)
{
  g_autoptr(GHashTable) table = new_table ();
  g_autoptr(GStringChunk) strings = g_string_chunk_new (4096);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *model;

  g_return_val_if_fail (job != NULL, NULL);
  g_return_val_if_fail (OOO_IS_STORE (store), NULL);

  if (!gather (store, &everyone, 0, table, strings, error))
    return NULL;

  for (guint i = 0; i < job->subjects->len; i++) {
    const Subject *subject = &g_array_index (job->subjects, Subject, i);

    g_ptr_array_add (items, figures_new (subject, gathered_for (table, subject->id), job->now));
  }

  model = g_list_store_new (OOO_TYPE_PERSON_FIGURES);
  g_list_store_splice (model, 0, 0, items->pdata, items->len);

  return G_LIST_MODEL (model);
}

void
ooo_overview_job_free (OooOverviewJob *job)
{
  if (job == NULL)
    return;

  g_array_unref (job->subjects);
  g_date_time_unref (job->now);
  g_free (job);
}

GListModel *
ooo_overview_load (OooPeople  *people,
                   GDateTime  *now,
                   gboolean    include_archived,
                   GError    **error)
{
  g_autoptr(OooOverviewJob) job = NULL;

  g_return_val_if_fail (OOO_IS_PEOPLE (people), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  job = ooo_overview_job_new (people, now, include_archived);
  return ooo_overview_job_run (job, ooo_people_get_store (people), error);
}

OooPersonFigures *
ooo_overview_load_person (OooPeople  *people,
                          OooPerson  *person,
                          GDateTime  *now,
                          GError    **error)
{
  g_autoptr(GHashTable) table = new_table ();
  g_autoptr(GStringChunk) strings = g_string_chunk_new (1024);
  OooPersonFigures *figures;
  Subject subject;
  gint64 id;

  g_return_val_if_fail (OOO_IS_PEOPLE (people), NULL);
  g_return_val_if_fail (OOO_IS_PERSON (person), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  id = ooo_person_get_id (person);
  if (!gather (ooo_people_get_store (people), &one_person, id, table, strings, error))
    return NULL;

  subject = subject_of (person);
  figures = figures_new (&subject, gathered_for (table, id), now);
  subject_clear (&subject);
  return figures;
}
