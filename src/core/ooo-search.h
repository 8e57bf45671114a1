/* ooo-search.h — one search over everything written about the people the
 * manager meets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ooo-store.h"

G_BEGIN_DECLS

/* What a result was found in. Private notes are searched too (the file is
 * the manager's own), and say so. Nicks are stable. */
typedef enum {
  OOO_SEARCH_KIND_NOTES,           /* a segment's notes */
  OOO_SEARCH_KIND_PRIVATE_NOTES,   /* a meeting's private notes */
  OOO_SEARCH_KIND_ACTION_ITEM,
  OOO_SEARCH_KIND_TALKING_POINT,
  OOO_SEARCH_KIND_PERSONAL_NOTES,  /* the personal card */
  OOO_SEARCH_KIND_REMINDER,
} OooSearchKind;

/* A snippet marks each match with these two control characters, which
 * typed text does not contain: escape the snippet's text, then turn them
 * into markup (ooo_search_snippet_to_markup() does both). */
#define OOO_SEARCH_MATCH_START "\002"
#define OOO_SEARCH_MATCH_END   "\003"

/* ooo_search_run() with a limit of 0 returns at most this many. */
#define OOO_SEARCH_DEFAULT_LIMIT 50

#define OOO_TYPE_SEARCH_KIND (ooo_search_kind_get_type ())
GType ooo_search_kind_get_type (void) G_GNUC_CONST;

#define OOO_TYPE_SEARCH_RESULT (ooo_search_result_get_type ())
G_DECLARE_FINAL_TYPE (OooSearchResult, ooo_search_result, OOO, SEARCH_RESULT, GObject)

/* Read-only properties:
 *   "kind" OooSearchKind; "source-id" gint64: the row in its own table;
 *   "person-uuid", "person-name" string;
 *   "meeting-uuid" string or NULL: the meeting to open (the one the notes
 *     or the action item belong to, where a talking point was discussed);
 *   "date" string 'YYYY-MM-DD' or NULL: that meeting's day in the person's
 *     zone, or a reminder's day;
 *   "snippet" string: the text around the matches, each between
 *     OOO_SEARCH_MATCH_START and OOO_SEARCH_MATCH_END, "…" where cut. */
OooSearchKind  ooo_search_result_get_kind         (OooSearchResult *self);
gint64         ooo_search_result_get_source_id    (OooSearchResult *self);
const char    *ooo_search_result_get_person_uuid  (OooSearchResult *self);
const char    *ooo_search_result_get_person_name  (OooSearchResult *self);
const char    *ooo_search_result_get_meeting_uuid (OooSearchResult *self);
const char    *ooo_search_result_get_date         (OooSearchResult *self);
const char    *ooo_search_result_get_snippet      (OooSearchResult *self);

/* Searches for every word of @text, in any order, accents and case
 * ignored; the last word, while it is being typed (no space after it, two
 * letters or more), also as the start of a longer word. Words are always
 * taken literally: no input is an FTS syntax error. Best matches first
 * (bm25); a search that matches more than 1000 texts lists the newest rows
 * first instead, so that it stays fast. At most @limit results (0: the
 * default). A new model of OooSearchResult; empty for blank text. */
GListModel    *ooo_search_run                     (OooStore        *store,
                                                   const char      *text,
                                                   guint            limit,
                                                   GError         **error);

/* The FTS5 query ooo_search_run() sends for @text; NULL when @text has no
 * word to search. */
char          *ooo_search_build_query             (const char      *text);
/* @snippet as Pango markup: its text escaped, matches in <b></b>. */
char          *ooo_search_snippet_to_markup       (const char      *snippet);
const char    *ooo_search_kind_to_label           (OooSearchKind    kind);

G_END_DECLS
