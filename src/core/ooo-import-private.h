/* ooo-import-private.h — the pieces of an import: the text scanner, the
 * reader that turns JSON into checked rows, the checks across the file and
 * the database, and the writer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "ooo-import.h"
#include "ooo-json-text.h"

G_BEGIN_DECLS

/* A time that is null, or not in the file. */
#define OOO_IMPORT_NO_TIME G_MININT64

/* Limits, past which a file is refused rather than stored. */
#define OOO_IMPORT_NAME_MAX_CHARS   200          /* names, roles, titles, time zones */
#define OOO_IMPORT_TEXT_MAX_CHARS   2000         /* action items, talking points, reminders */
#define OOO_IMPORT_NOTES_MAX_BYTES  (1024 * 1024)
#define OOO_IMPORT_MAX_SECONDS      G_GINT64_CONSTANT (1000000000)
/* Deeper than the format goes (people[].meetings[].segments[].prompts[] is
 * five levels); json-glib recurses on nesting, so deeper text never reaches it. */
#define OOO_IMPORT_MAX_DEPTH        16

/* Where a problem is: "people[3].meetings[12].segments[0]". */
typedef struct {
  const char *names[4];
  guint       indexes[4];
  guint       depth;
} OooImportWhere;

typedef struct {
  char       *uuid;
  char       *title;
  const char *owner;            /* a nick: "them", "me", "both" */
  char       *prompts;          /* one per line */
  gint64      minutes;          /* templates */
  gint64      planned_seconds;  /* meetings */
  gint64      actual_seconds;
  char       *notes;
} OooImportSegment;

typedef struct {
  char       *uuid;
  char       *template_uuid;
  char       *template_name;
  const char *status;
  char       *due_on;
  char       *rescheduled_to;
  char       *cancel_reason;
  gint64      started_at;
  gint64      ended_at;
  char       *private_notes;    /* NULL: not in the file, so kept as it is */
  gint64      created_at;
  gint64      updated_at;
  GArray     *segments;         /* of OooImportSegment */
} OooImportMeeting;

typedef struct {
  char       *uuid;
  char       *meeting;
  char       *text;
  const char *owner;
  char       *due_on;
  gint64      done_at;
  char       *done_meeting;
  gint64      created_at;
  gint64      updated_at;
} OooImportAction;

typedef struct {
  char       *uuid;
  char       *text;
  const char *raised_by;
  char       *discussed_meeting;
  gint64      discussed_at;
  gint64      created_at;
  gint64      updated_at;
} OooImportPoint;

typedef struct {
  char       *uuid;
  char       *text;
  char       *remind_on;
  gint64      done_at;
  gint64      created_at;
  gint64      updated_at;
} OooImportReminder;

typedef struct {
  GStringChunk *strings;        /* every text of this person and their rows */
  char         *uuid;
  char         *name;
  char         *role;
  const char   *relationship;
  const char   *kind;
  const char   *employment;
  char         *time_zone;
  gint64        cadence_days;
  char         *reporting_since;
  gboolean      archived;
  char         *default_template;
  char         *personal_notes;
  const char   *rollout_status;
  char         *rollout_since;
  gint64        team_size;      /* -1: not known */
  gint64        created_at;
  gint64        updated_at;
  GArray       *meetings;       /* of OooImportMeeting */
  GArray       *actions;        /* of OooImportAction */
  GArray       *points;         /* of OooImportPoint */
  GArray       *reminders;      /* of OooImportReminder */
} OooImportPerson;

typedef struct {
  char         *uuid;
  char         *name;
  gint64        created_at;
  gint64        updated_at;
  GArray       *segments;       /* of OooImportSegment */
} OooImportTemplate;

typedef struct {
  GStringChunk *strings;        /* the templates' texts */
  GPtrArray    *people;         /* of OooImportPerson */
  GArray       *templates;      /* of OooImportTemplate */
} OooImportData;

/* ooo-import-scan.c: the text, checked as strict JSON without building
 * anything. Finds where each element of the top level's "people" starts and
 * ends, so they can be parsed one at a time. */
typedef struct {
  gsize start;
  gsize end;                    /* one past the closing brace */
} OooImportChunk;

typedef struct {
  GArray *people;               /* of OooImportChunk; NULL: parse the text whole */
  gsize   people_open;          /* the '[' of "people" */
  gsize   people_close;         /* its ']' */
} OooImportLayout;

gboolean ooo_import_scan            (const char        *data,
                                     gsize              length,
                                     OooImportLayout   *layout,
                                     GError           **error);
void     ooo_import_layout_clear    (OooImportLayout   *layout);

/* ooo-import-read.c: JSON to checked rows; the first problem is named with
 * where it is, and nothing is returned with it. */
gboolean ooo_import_read_header     (JsonNode          *root,
                                     GError           **error);
OooImportPerson *ooo_import_read_person (JsonNode      *node,
                                         guint          index,
                                         GError       **error);
gboolean ooo_import_read_templates  (JsonObject        *root,
                                     OooImportData     *data,
                                     GError           **error);
void     ooo_import_person_free     (OooImportPerson   *person);
void     ooo_import_data_free       (OooImportData     *data);

/* ooo-import-fields.c: one member of an object, checked. */
gboolean ooo_import_fail            (GError           **error,
                                     const OooImportWhere *where,
                                     const char        *format,
                                     ...) G_GNUC_PRINTF (3, 4);
char    *ooo_import_where_to_string (const OooImportWhere *where);
gboolean ooo_import_is_valid_uuid   (const char        *text);
gboolean ooo_import_is_valid_date   (const char        *text);
gboolean ooo_import_parse_time      (const char        *text,
                                     gint64            *unix_seconds);

/* ooo-import-check.c: across the file and against the database. */
gboolean ooo_import_check           (OooStore          *store,
                                     OooImportData     *data,
                                     GError           **error);

/* ooo-import-index.c: the search index, built once at the end of a big
 * import instead of row by row. */
typedef struct {
  GPtrArray *tables;            /* the FTS5 tables */
  GPtrArray *triggers;          /* the CREATE TRIGGER statements set aside */
} OooImportIndexes;

gboolean ooo_import_count_rows      (OooStore          *store,
                                     gint64            *rows,
                                     GError           **error);
gboolean ooo_import_indexes_defer   (OooStore          *store,
                                     OooImportIndexes  *deferred,
                                     GError           **error);
gboolean ooo_import_indexes_restore (OooStore          *store,
                                     OooImportIndexes  *deferred,
                                     GError           **error);
void     ooo_import_indexes_clear   (OooImportIndexes  *deferred);

/* Whom an import tells how far it is; @func may be NULL. */
typedef struct {
  OooImportProgressFunc  func;
  gpointer               user_data;
} OooImportProgress;

static inline void
ooo_import_progress_report (const OooImportProgress *progress,
                            OooImportStage           stage,
                            guint                    done,
                            guint                    total)
{
  if (progress->func != NULL)
    progress->func (stage, done, total, progress->user_data);
}

/* ooo-import-write.c: everything, in one transaction. */
gboolean ooo_import_write           (OooStore                *store,
                                     OooImportData           *data,
                                     const OooImportProgress *progress,
                                     OooImportSummary        *summary,
                                     GError                 **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OooImportPerson, ooo_import_person_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OooImportData, ooo_import_data_free)

G_END_DECLS
