/* ooo-import-kinds.h — how each kind of row of an import is found, added
 * and updated
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ooo-import-private.h"

G_BEGIN_DECLS

typedef enum {
  OOO_IMPORT_TABLE_PERSON,
  OOO_IMPORT_TABLE_MEETING,
  OOO_IMPORT_TABLE_ACTION,
  OOO_IMPORT_TABLE_POINT,
  OOO_IMPORT_TABLE_REMINDER,
  OOO_IMPORT_TABLE_TEMPLATE,
  OOO_IMPORT_N_TABLES
} OooImportTable;

/* Binds @row to parameters 1 to N; @stamp: the import's time for a new row
 * (the created_at and updated_at it takes if the file has none), 0 for an
 * update (which then keeps the row's own). */
typedef void (*OooImportBindRow) (sqlite3_stmt *stmt,
                                  gconstpointer row,
                                  gint64        parent_id,
                                  gint64        stamp);

typedef struct {
  OooImportTable    table;
  const char       *find_sql;      /* ?1 uuid: the row's id */
  const char       *insert_sql;
  const char       *update_sql;
  int               id_parameter;  /* of the UPDATE: the row's id */
  OooImportBindRow  bind;
} OooImportKind;

/* Segments: ?1 uuid, ?2 parent's id, ?3 position, then the values. */
typedef struct {
  const char *list_sql;     /* ?1 parent: the uuids and positions, in order */
  const char *park_sql;     /* ?1 parent: every position out of the way */
  const char *move_sql;     /* ?1 uuid, ?2 position */
  const char *insert_sql;
  const char *update_sql;   /* changes only what differs */
  void      (*bind) (sqlite3_stmt *stmt, const OooImportSegment *segment);
} OooImportSegmentKind;

extern const OooImportKind ooo_import_person_kind;
extern const OooImportKind ooo_import_meeting_kind;
extern const OooImportKind ooo_import_action_kind;
extern const OooImportKind ooo_import_point_kind;
extern const OooImportKind ooo_import_reminder_kind;
extern const OooImportKind ooo_import_template_kind;
extern const OooImportSegmentKind ooo_import_meeting_segments;
extern const OooImportSegmentKind ooo_import_template_segments;

G_END_DECLS
