/* ooo-export-private.h — the pieces of an export: rows read from the
 * database (ooo-export-rows.c) and their text (ooo-export-render.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "ooo-export.h"

G_BEGIN_DECLS

/* What a column becomes in the file. */
typedef enum {
  OOO_EXPORT_TEXT,          /* a string; NULL is "" */
  OOO_EXPORT_OPTIONAL,      /* a string, or null when NULL or empty */
  OOO_EXPORT_TIME,          /* Unix seconds as RFC 3339, or null */
  OOO_EXPORT_INT,
  OOO_EXPORT_INT_OR_NULL,
  OOO_EXPORT_BOOL,
  OOO_EXPORT_PROMPTS,       /* one per line, listed */
  OOO_EXPORT_MS_AS_S,       /* milliseconds as whole seconds, rounded down */
} OooExportKind;

typedef struct {
  const char    *name;
  int            column;
  OooExportKind  kind;
  gboolean       is_private;  /* only with include_private */
} OooExportField;

typedef enum {
  OOO_EXPORT_PERSON,
  OOO_EXPORT_MEETING,
  OOO_EXPORT_SEGMENT,
  OOO_EXPORT_ACTION,
  OOO_EXPORT_POINT,
  OOO_EXPORT_REMINDER,
  OOO_EXPORT_N_ROWS,
} OooExportRow;

/* The members of each kind of row, in the file's order. */
extern const OooExportField * const ooo_export_fields[OOO_EXPORT_N_ROWS];
extern const guint ooo_export_n_fields[OOO_EXPORT_N_ROWS];

/* One column's value as read, before it is JSON. */
typedef struct {
  gint64      number;
  const char *text;         /* the text kinds' */
  gboolean    is_null;
} OooExportCell;

/* A person and everything of theirs, read and waiting for its text: the
 * cells of every row, one after the other in the file's order. */
typedef struct {
  guint         index;
  GStringChunk *strings;
  GArray       *cells;            /* person, meetings, actions, points, reminders */
  GArray       *segment_cells;    /* every meeting's segments, in order */
  GArray       *segment_counts;   /* guint, per meeting */
  guint         n_meetings;
  guint         n_actions;
  guint         n_points;
  guint         n_reminders;
  GString      *text;             /* once rendered */
} OooExportBatch;

typedef struct {
  OooStore    *store;
  JsonBuilder *builder;
  gboolean     include_private;
  gint64       meeting_id;        /* the one meeting of the meeting scope, or 0 */
} OooExportRows;

/* ooo-export-rows.c */
OooExportBatch *ooo_export_read_person    (OooExportRows   *rows,
                                           gint64           person_id,
                                           GError         **error);
void            ooo_export_batch_free     (OooExportBatch  *batch);
/* Adds the member "templates": the manager's own templates, all of them
 * (@person_id 0) or those the person or the meeting refers to. */
gboolean        ooo_export_add_templates  (OooExportRows   *rows,
                                           gint64           person_id,
                                           GError         **error);

/* ooo-export-render.c: turns batches into text, reusing one tree of each
 * shape; one renderer per thread. */
typedef struct _OooExportRenderer OooExportRenderer;

OooExportRenderer *ooo_export_renderer_new  (gboolean            include_private);
void               ooo_export_renderer_free (OooExportRenderer  *renderer);
/* Fills @batch->text with the person as json-glib writes it inside the
 * file's "people", from the indent of its opening brace to its closing one. */
void               ooo_export_render        (OooExportRenderer  *renderer,
                                             OooExportBatch     *batch);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OooExportBatch, ooo_export_batch_free)

G_END_DECLS
