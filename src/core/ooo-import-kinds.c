/* ooo-import-kinds.c — how each kind of row of an import is found, added
 * and updated: the SQL and what is bound to it
 *
 * The INSERT and the UPDATE of a kind share their parameters; the UPDATE has
 * the row's id after them, and a WHERE that holds only when a value differs,
 * so that importing the same file twice changes nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ooo-import-kinds.h"

static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, index);
}

static void
bind_time (sqlite3_stmt *stmt,
           int           index,
           gint64        time)
{
  if (time != OOO_IMPORT_NO_TIME)
    sqlite3_bind_int64 (stmt, index, time);
  else
    sqlite3_bind_null (stmt, index);
}

/* created_at and updated_at: left out of the file, a new row takes @stamp
 * (the time of the import) and an old one (@stamp 0) keeps its own. */
static void
bind_stamp (sqlite3_stmt *stmt,
            int           index,
            gint64        time,
            gint64        stamp)
{
  bind_time (stmt, index, time == OOO_IMPORT_NO_TIME && stamp != 0 ? stamp : time);
}

static void
bind_meeting_segment (sqlite3_stmt           *stmt,
                      const OooImportSegment *segment)
{
  bind_text (stmt, 4, segment->title);
  bind_text (stmt, 5, segment->owner);
  bind_text (stmt, 6, segment->prompts);
  sqlite3_bind_int64 (stmt, 7, segment->planned_seconds);
  sqlite3_bind_int64 (stmt, 8, segment->actual_seconds);
  bind_text (stmt, 9, segment->notes);
}

/* The file has whole seconds; the milliseconds stored stay as they are when
 * they round down to the same second. */
const OooImportSegmentKind ooo_import_meeting_segments = {
  "SELECT uuid, position FROM meeting_segment WHERE meeting_id = ?1 ORDER BY position",
  "UPDATE meeting_segment SET position = -1 - position WHERE meeting_id = ?1",
  "UPDATE meeting_segment SET position = ?2 WHERE uuid = ?1",
  "INSERT INTO meeting_segment (uuid, meeting_id, position, title, owner, prompts,"
  " planned_seconds, elapsed_ms, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8 * 1000, ?9)",
  "UPDATE meeting_segment SET position = ?3, title = ?4, owner = ?5, prompts = ?6,"
  " planned_seconds = ?7,"
  " elapsed_ms = CASE WHEN elapsed_ms / 1000 = ?8 THEN elapsed_ms ELSE ?8 * 1000 END,"
  " notes = ?9"
  " WHERE uuid = ?1 AND meeting_id = ?2 AND (position IS NOT ?3 OR title IS NOT ?4"
  " OR owner IS NOT ?5 OR prompts IS NOT ?6 OR planned_seconds IS NOT ?7"
  " OR elapsed_ms / 1000 IS NOT ?8 OR notes IS NOT ?9)",
  bind_meeting_segment,
};

static void
bind_template_segment (sqlite3_stmt           *stmt,
                       const OooImportSegment *segment)
{
  bind_text (stmt, 4, segment->title);
  sqlite3_bind_int64 (stmt, 5, segment->minutes);
  bind_text (stmt, 6, segment->owner);
  bind_text (stmt, 7, segment->prompts);
}

const OooImportSegmentKind ooo_import_template_segments = {
  "SELECT uuid, position FROM template_segment WHERE template_id = ?1 ORDER BY position",
  "UPDATE template_segment SET position = -1 - position WHERE template_id = ?1",
  "UPDATE template_segment SET position = ?2 WHERE uuid = ?1",
  "INSERT INTO template_segment (uuid, template_id, position, title, minutes, owner, prompts)"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
  "UPDATE template_segment SET position = ?3, title = ?4, minutes = ?5, owner = ?6,"
  " prompts = ?7"
  " WHERE uuid = ?1 AND template_id = ?2 AND (position IS NOT ?3 OR title IS NOT ?4"
  " OR minutes IS NOT ?5 OR owner IS NOT ?6 OR prompts IS NOT ?7)",
  bind_template_segment,
};

static void
bind_template (sqlite3_stmt  *stmt,
               gconstpointer  row,
               gint64         parent_id,
               gint64         stamp)
{
  const OooImportTemplate *template = row;

  bind_text (stmt, 1, template->uuid);
  bind_text (stmt, 2, template->name);
  bind_stamp (stmt, 3, template->created_at, stamp);
  bind_stamp (stmt, 4, template->updated_at, stamp);
}

const OooImportKind ooo_import_template_kind = {
  OOO_IMPORT_TABLE_TEMPLATE,
  "SELECT id FROM template WHERE uuid = ?1",
  "INSERT INTO template (uuid, name, builtin_key, created_at, updated_at)"
  " VALUES (?1, ?2, NULL, ?3, ?4)",
  "UPDATE template SET name = ?2, created_at = coalesce (?3, created_at),"
  " updated_at = coalesce (?4, updated_at)"
  " WHERE id = ?5 AND builtin_key IS NULL AND (name IS NOT ?2"
  " OR created_at IS NOT coalesce (?3, created_at)"
  " OR updated_at IS NOT coalesce (?4, updated_at))",
  5,
  bind_template,
};

static void
bind_person (sqlite3_stmt  *stmt,
             gconstpointer  row,
             gint64         parent_id,
             gint64         stamp)
{
  const OooImportPerson *person = row;

  bind_text (stmt, 1, person->uuid);
  bind_text (stmt, 2, person->name);
  bind_text (stmt, 3, person->role);
  bind_text (stmt, 4, person->relationship);
  bind_text (stmt, 5, person->kind);
  bind_text (stmt, 6, person->employment);
  bind_text (stmt, 7, person->time_zone);
  sqlite3_bind_int64 (stmt, 8, person->cadence_days);
  bind_text (stmt, 9, person->reporting_since);
  sqlite3_bind_int (stmt, 10, person->archived ? 1 : 0);
  bind_text (stmt, 11, person->default_template);
  bind_text (stmt, 12, person->personal_notes);
  bind_stamp (stmt, 13, person->created_at, stamp);
  bind_stamp (stmt, 14, person->updated_at, stamp);
  bind_text (stmt, 15, person->rollout_status);
  bind_text (stmt, 16, person->rollout_since);
  if (person->team_size >= 0)
    sqlite3_bind_int64 (stmt, 17, person->team_size);
  else
    sqlite3_bind_null (stmt, 17);
}

const OooImportKind ooo_import_person_kind = {
  OOO_IMPORT_TABLE_PERSON,
  "SELECT id FROM person WHERE uuid = ?1",
  "INSERT INTO person (uuid, name, role, relationship, kind, employment, time_zone,"
  " cadence_days, reporting_since, archived, default_template_id, personal_notes, created_at,"
  " updated_at, rollout_status, rollout_since, team_size) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7,"
  " ?8, ?9, ?10, (SELECT id FROM template WHERE uuid = ?11), ?12, ?13, ?14, ?15, ?16, ?17)",
  "UPDATE person SET name = ?2, role = ?3, relationship = ?4, kind = ?5, employment = ?6,"
  " time_zone = ?7, cadence_days = ?8, reporting_since = ?9, archived = ?10,"
  " default_template_id = (SELECT id FROM template WHERE uuid = ?11), personal_notes = ?12,"
  " created_at = coalesce (?13, created_at), updated_at = coalesce (?14, updated_at),"
  " rollout_status = ?15, rollout_since = ?16, team_size = ?17"
  " WHERE id = ?18 AND (name IS NOT ?2 OR role IS NOT ?3 OR relationship IS NOT ?4"
  " OR kind IS NOT ?5 OR employment IS NOT ?6 OR time_zone IS NOT ?7 OR cadence_days IS NOT ?8"
  " OR reporting_since IS NOT ?9 OR archived IS NOT ?10"
  " OR default_template_id IS NOT (SELECT id FROM template WHERE uuid = ?11)"
  " OR personal_notes IS NOT ?12 OR created_at IS NOT coalesce (?13, created_at)"
  " OR updated_at IS NOT coalesce (?14, updated_at) OR rollout_status IS NOT ?15"
  " OR rollout_since IS NOT ?16 OR team_size IS NOT ?17)",
  18,
  bind_person,
};

static void
bind_meeting (sqlite3_stmt  *stmt,
              gconstpointer  row,
              gint64         person_id,
              gint64         stamp)
{
  const OooImportMeeting *meeting = row;

  bind_text (stmt, 1, meeting->uuid);
  sqlite3_bind_int64 (stmt, 2, person_id);
  bind_text (stmt, 3, meeting->template_uuid);
  bind_text (stmt, 4, meeting->template_name);
  bind_text (stmt, 5, meeting->status);
  bind_text (stmt, 6, meeting->due_on);
  bind_text (stmt, 7, meeting->rescheduled_to);
  bind_text (stmt, 8, meeting->cancel_reason);
  bind_time (stmt, 9, meeting->started_at);
  bind_time (stmt, 10, meeting->ended_at);
  bind_text (stmt, 11, meeting->private_notes);
  bind_stamp (stmt, 12, meeting->created_at, stamp);
  bind_stamp (stmt, 13, meeting->updated_at, stamp);
}

/* A meeting imported in progress waits, paused, for the manager. Private
 * notes left out of the file stay as the database has them. */
const OooImportKind ooo_import_meeting_kind = {
  OOO_IMPORT_TABLE_MEETING,
  "SELECT id FROM meeting WHERE uuid = ?1",
  "INSERT INTO meeting (uuid, person_id, template_id, template_name, status, due_on,"
  " rescheduled_to, cancel_reason, started_at, ended_at, private_notes, created_at, updated_at,"
  " timer_state) VALUES (?1, ?2, (SELECT id FROM template WHERE uuid = ?3), ?4, ?5, ?6, ?7, ?8,"
  " ?9, ?10, coalesce (?11, ''), ?12, ?13,"
  " CASE ?5 WHEN 'in-progress' THEN 'paused' ELSE 'finished' END)",
  "UPDATE meeting SET template_id = (SELECT id FROM template WHERE uuid = ?3),"
  " template_name = ?4, status = ?5, due_on = ?6, rescheduled_to = ?7, cancel_reason = ?8,"
  " started_at = ?9, ended_at = ?10, private_notes = coalesce (?11, private_notes),"
  " created_at = coalesce (?12, created_at), updated_at = coalesce (?13, updated_at),"
  " timer_state = CASE WHEN ?5 = 'in-progress' AND timer_state = 'finished' THEN 'paused'"
  "   ELSE timer_state END"
  " WHERE id = ?14 AND person_id = ?2"
  " AND (template_id IS NOT (SELECT id FROM template WHERE uuid = ?3)"
  " OR template_name IS NOT ?4 OR status IS NOT ?5 OR due_on IS NOT ?6"
  " OR rescheduled_to IS NOT ?7 OR cancel_reason IS NOT ?8 OR started_at IS NOT ?9"
  " OR ended_at IS NOT ?10 OR private_notes IS NOT coalesce (?11, private_notes)"
  " OR created_at IS NOT coalesce (?12, created_at)"
  " OR updated_at IS NOT coalesce (?13, updated_at))",
  14,
  bind_meeting,
};

static void
bind_action (sqlite3_stmt  *stmt,
             gconstpointer  row,
             gint64         person_id,
             gint64         stamp)
{
  const OooImportAction *action = row;

  bind_text (stmt, 1, action->uuid);
  sqlite3_bind_int64 (stmt, 2, person_id);
  bind_text (stmt, 3, action->meeting);
  bind_text (stmt, 4, action->text);
  bind_text (stmt, 5, action->owner);
  bind_text (stmt, 6, action->due_on);
  bind_time (stmt, 7, action->done_at);
  bind_text (stmt, 8, action->done_meeting);
  bind_stamp (stmt, 9, action->created_at, stamp);
  bind_stamp (stmt, 10, action->updated_at, stamp);
}

const OooImportKind ooo_import_action_kind = {
  OOO_IMPORT_TABLE_ACTION,
  "SELECT id FROM action_item WHERE uuid = ?1",
  "INSERT INTO action_item (uuid, person_id, meeting_id, text, owner, due_on, done_at,"
  " done_meeting_id, created_at, updated_at) VALUES (?1, ?2,"
  " (SELECT id FROM meeting WHERE uuid = ?3), ?4, ?5, ?6, ?7,"
  " (SELECT id FROM meeting WHERE uuid = ?8), ?9, ?10)",
  "UPDATE action_item SET meeting_id = (SELECT id FROM meeting WHERE uuid = ?3), text = ?4,"
  " owner = ?5, due_on = ?6, done_at = ?7,"
  " done_meeting_id = (SELECT id FROM meeting WHERE uuid = ?8),"
  " created_at = coalesce (?9, created_at), updated_at = coalesce (?10, updated_at)"
  " WHERE id = ?11 AND person_id = ?2"
  " AND (meeting_id IS NOT (SELECT id FROM meeting WHERE uuid = ?3) OR text IS NOT ?4"
  " OR owner IS NOT ?5 OR due_on IS NOT ?6 OR done_at IS NOT ?7"
  " OR done_meeting_id IS NOT (SELECT id FROM meeting WHERE uuid = ?8)"
  " OR created_at IS NOT coalesce (?9, created_at)"
  " OR updated_at IS NOT coalesce (?10, updated_at))",
  11,
  bind_action,
};

static void
bind_point (sqlite3_stmt  *stmt,
            gconstpointer  row,
            gint64         person_id,
            gint64         stamp)
{
  const OooImportPoint *point = row;

  bind_text (stmt, 1, point->uuid);
  sqlite3_bind_int64 (stmt, 2, person_id);
  bind_text (stmt, 3, point->text);
  bind_text (stmt, 4, point->raised_by);
  bind_text (stmt, 5, point->discussed_meeting);
  bind_time (stmt, 6, point->discussed_at);
  bind_stamp (stmt, 7, point->created_at, stamp);
  bind_stamp (stmt, 8, point->updated_at, stamp);
}

const OooImportKind ooo_import_point_kind = {
  OOO_IMPORT_TABLE_POINT,
  "SELECT id FROM talking_point WHERE uuid = ?1",
  "INSERT INTO talking_point (uuid, person_id, text, raised_by, discussed_meeting_id,"
  " discussed_at, created_at, updated_at) VALUES (?1, ?2, ?3, ?4,"
  " (SELECT id FROM meeting WHERE uuid = ?5), ?6, ?7, ?8)",
  "UPDATE talking_point SET text = ?3, raised_by = ?4,"
  " discussed_meeting_id = (SELECT id FROM meeting WHERE uuid = ?5), discussed_at = ?6,"
  " created_at = coalesce (?7, created_at), updated_at = coalesce (?8, updated_at)"
  " WHERE id = ?9 AND person_id = ?2 AND (text IS NOT ?3 OR raised_by IS NOT ?4"
  " OR discussed_meeting_id IS NOT (SELECT id FROM meeting WHERE uuid = ?5)"
  " OR discussed_at IS NOT ?6 OR created_at IS NOT coalesce (?7, created_at)"
  " OR updated_at IS NOT coalesce (?8, updated_at))",
  9,
  bind_point,
};

static void
bind_reminder (sqlite3_stmt  *stmt,
               gconstpointer  row,
               gint64         person_id,
               gint64         stamp)
{
  const OooImportReminder *reminder = row;

  bind_text (stmt, 1, reminder->uuid);
  sqlite3_bind_int64 (stmt, 2, person_id);
  bind_text (stmt, 3, reminder->text);
  bind_text (stmt, 4, reminder->remind_on);
  bind_time (stmt, 5, reminder->done_at);
  bind_stamp (stmt, 6, reminder->created_at, stamp);
  bind_stamp (stmt, 7, reminder->updated_at, stamp);
}

const OooImportKind ooo_import_reminder_kind = {
  OOO_IMPORT_TABLE_REMINDER,
  "SELECT id FROM reminder WHERE uuid = ?1",
  "INSERT INTO reminder (uuid, person_id, text, remind_on, done_at, created_at, updated_at)"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
  "UPDATE reminder SET text = ?3, remind_on = ?4, done_at = ?5,"
  " created_at = coalesce (?6, created_at), updated_at = coalesce (?7, updated_at)"
  " WHERE id = ?8 AND person_id = ?2 AND (text IS NOT ?3 OR remind_on IS NOT ?4"
  " OR done_at IS NOT ?5 OR created_at IS NOT coalesce (?6, created_at)"
  " OR updated_at IS NOT coalesce (?7, updated_at))",
  8,
  bind_reminder,
};
