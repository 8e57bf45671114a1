/* ooo-search.c — one search over everything written about the people the
 * manager meets
 *
 * The index is the FTS5 table search_index (migration 5 in ooo-schema.c):
 * it tokenizes with unicode61 and remove_diacritics 2, so "jose" finds
 * "José", and reads its text back from the source tables through the view
 * search_source. User text never reaches FTS5 as syntax: each word becomes
 * a quoted string, so AND, OR, NEAR, quotes, brackets, a leading "-" or a
 * "*" are searched as the words they contain.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ooo-attendance.h"
#include "ooo-search.h"

/* More words than anyone types; keeps a pasted paragraph cheap. */
#define MAX_WORDS 16
#define MAX_LIMIT 1000
/* Ranking reads the hits of every matching text, about 1.5 µs each: a
 * search that matches more texts than this (a common word, a short
 * prefix) lists them newest row first instead, which costs only what it
 * returns. */
#define RANKED_MAX 1000
/* A one-letter prefix would merge every word that starts with it. */
#define PREFIX_MIN_CHARS 2

G_DEFINE_ENUM_TYPE (OooSearchKind, ooo_search_kind,
                    G_DEFINE_ENUM_VALUE (OOO_SEARCH_KIND_NOTES, "notes"),
                    G_DEFINE_ENUM_VALUE (OOO_SEARCH_KIND_PRIVATE_NOTES, "private-notes"),
                    G_DEFINE_ENUM_VALUE (OOO_SEARCH_KIND_ACTION_ITEM, "action-item"),
                    G_DEFINE_ENUM_VALUE (OOO_SEARCH_KIND_TALKING_POINT, "talking-point"),
                    G_DEFINE_ENUM_VALUE (OOO_SEARCH_KIND_PERSONAL_NOTES, "personal-notes"),
                    G_DEFINE_ENUM_VALUE (OOO_SEARCH_KIND_REMINDER, "reminder"))

struct _OooSearchResult
{
  GObject        parent_instance;

  OooSearchKind  kind;
  gint64         source_id;
  char          *person_uuid;
  char          *person_name;
  char          *meeting_uuid;
  char          *date;
  char          *snippet;
};

G_DEFINE_FINAL_TYPE (OooSearchResult, ooo_search_result, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_SOURCE_ID,
  PROP_PERSON_UUID,
  PROP_PERSON_NAME,
  PROP_MEETING_UUID,
  PROP_DATE,
  PROP_SNIPPET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ooo_search_result_finalize (GObject *object)
{
  OooSearchResult *self = OOO_SEARCH_RESULT (object);

  g_free (self->person_uuid);
  g_free (self->person_name);
  g_free (self->meeting_uuid);
  g_free (self->date);
  g_free (self->snippet);

  G_OBJECT_CLASS (ooo_search_result_parent_class)->finalize (object);
}

static void
ooo_search_result_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OooSearchResult *self = OOO_SEARCH_RESULT (object);

  switch (prop_id) {
  case PROP_KIND:
    g_value_set_enum (value, self->kind);
    break;
  case PROP_SOURCE_ID:
    g_value_set_int64 (value, self->source_id);
    break;
  case PROP_PERSON_UUID:
    g_value_set_string (value, self->person_uuid);
    break;
  case PROP_PERSON_NAME:
    g_value_set_string (value, self->person_name);
    break;
  case PROP_MEETING_UUID:
    g_value_set_string (value, self->meeting_uuid);
    break;
  case PROP_DATE:
    g_value_set_string (value, self->date);
    break;
  case PROP_SNIPPET:
    g_value_set_string (value, self->snippet);
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
ooo_search_result_class_init (OooSearchResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ooo_search_result_finalize;
  object_class->get_property = ooo_search_result_get_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, OOO_TYPE_SEARCH_KIND, OOO_SEARCH_KIND_NOTES, flags);
  properties[PROP_SOURCE_ID] =
    g_param_spec_int64 ("source-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PERSON_UUID] = g_param_spec_string ("person-uuid", NULL, NULL, NULL, flags);
  properties[PROP_PERSON_NAME] = g_param_spec_string ("person-name", NULL, NULL, NULL, flags);
  properties[PROP_MEETING_UUID] =
    g_param_spec_string ("meeting-uuid", NULL, NULL, NULL, flags);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, flags);
  properties[PROP_SNIPPET] = g_param_spec_string ("snippet", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ooo_search_result_init (OooSearchResult *self)
{
}

OooSearchKind
ooo_search_result_get_kind (OooSearchResult *self)
{
  g_return_val_if_fail (OOO_IS_SEARCH_RESULT (self), OOO_SEARCH_KIND_NOTES);
  return self->kind;
}

gint64
ooo_search_result_get_source_id (OooSearchResult *self)
{
  g_return_val_if_fail (OOO_IS_SEARCH_RESULT (self), 0);
  return self->source_id;
}

const char *
ooo_search_result_get_person_uuid (OooSearchResult *self)
{
  g_return_val_if_fail (OOO_IS_SEARCH_RESULT (self), NULL);
  return self->person_uuid;
}

const char *
ooo_search_result_get_person_name (OooSearchResult *self)
{
  g_return_val_if_fail (OOO_IS_SEARCH_RESULT (self), NULL);
  return self->person_name;
}

const char *
ooo_search_result_get_meeting_uuid (OooSearchResult *self)
{
  g_return_val_if_fail (OOO_IS_SEARCH_RESULT (self), NULL);
  return self->meeting_uuid;
}

const char *
ooo_search_result_get_date (OooSearchResult *self)
{
  g_return_val_if_fail (OOO_IS_SEARCH_RESULT (self), NULL);
  return self->date;
}

const char *
ooo_search_result_get_snippet (OooSearchResult *self)
{
  g_return_val_if_fail (OOO_IS_SEARCH_RESULT (self), NULL);
  return self->snippet;
}

/* The characters of @word the tokenizer keeps: unicode61 keeps letters,
 * numbers and private-use characters, and splits on the rest. */
static guint
count_word_characters (const char *word)
{
  guint n = 0;

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p)) {
    gunichar c = g_utf8_get_char (p);

    if (g_unichar_isalnum (c) || g_unichar_type (c) == G_UNICODE_PRIVATE_USE)
      n++;
  }

  return n;
}

char *
ooo_search_build_query (const char *text)
{
  g_autofree char *valid = NULL;
  g_autoptr(GString) query = g_string_new (NULL);
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  guint last_length = 0;
  gboolean typing;
  const char *p;

  if (text == NULL)
    return NULL;

  valid = g_utf8_make_valid (text, -1);
  for (p = valid; *p != '\0' && words->len < MAX_WORDS;) {
    const char *start;

    while (*p != '\0' && g_unichar_isspace (g_utf8_get_char (p)))
      p = g_utf8_next_char (p);
    start = p;
    while (*p != '\0' && !g_unichar_isspace (g_utf8_get_char (p)))
      p = g_utf8_next_char (p);
    if (p > start) {
      g_autofree char *word = g_strndup (start, p - start);

      last_length = count_word_characters (word);
      if (last_length > 0)
        g_ptr_array_add (words, g_steal_pointer (&word));
    }
  }
  if (words->len == 0)
    return NULL;

  /* A space after the last word says it is whole; a last "word" that was
   * only punctuation leaves the one before it whole too. */
  typing = last_length >= PREFIX_MIN_CHARS &&
           !g_unichar_isspace (g_utf8_get_char (g_utf8_find_prev_char (valid,
                                                                        valid + strlen (valid))));

  for (guint i = 0; i < words->len; i++) {
    const char *word = words->pdata[i];

    if (i > 0)
      g_string_append_c (query, ' ');
    /* A string in double quotes, its own quotes doubled: never syntax. */
    g_string_append_c (query, '"');
    for (const char *c = word; *c != '\0'; c++) {
      if (*c == '"')
        g_string_append_c (query, '"');
      g_string_append_c (query, *c);
    }
    g_string_append_c (query, '"');
    if (typing && i + 1 == words->len)
      g_string_append (query, " *");
  }

  return g_string_free (g_steal_pointer (&query), FALSE);
}

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

static OooSearchResult *
result_from_row (sqlite3_stmt *stmt)
{
  OooSearchResult *self = g_object_new (OOO_TYPE_SEARCH_RESULT, NULL);

  self->kind = ooo_store_enum_from_nick (OOO_TYPE_SEARCH_KIND,
                                         (const char *) sqlite3_column_text (stmt, 0),
                                         OOO_SEARCH_KIND_NOTES);
  self->source_id = sqlite3_column_int64 (stmt, 1) >> 3;
  self->snippet = dup_column (stmt, 2);
  self->person_uuid = dup_column (stmt, 3);
  self->person_name = dup_column (stmt, 4);
  self->meeting_uuid = dup_column (stmt, 6);

  if (sqlite3_column_type (stmt, 7) != SQLITE_NULL) {
    g_autoptr(GTimeZone) zone =
      ooo_attendance_zone ((const char *) sqlite3_column_text (stmt, 5));
    GDate day;

    ooo_attendance_local_date (sqlite3_column_int64 (stmt, 7), zone, &day);
    self->date = ooo_attendance_format_date (&day);
  } else if (sqlite3_column_type (stmt, 8) != SQLITE_NULL) {
    self->date = dup_column (stmt, 8);
  }

  return self;
}

/* The same query, ordered by @order inside, which FTS5 does itself, so
 * that the LIMIT stops it early; @position keeps that order once joined. */
#define RESULTS_SQL(position, order) \
  "SELECT h.kind, h.doc, h.snip, p.uuid, p.name, p.time_zone, m.uuid," \
  " m.started_at, coalesce (m.due_on, r.remind_on)" \
  " FROM (SELECT rowid AS doc, kind, person_id, meeting_id, " position " AS position," \
  "   snippet(search_index, 0, char(2), char(3), '…', 12) AS snip" \
  "   FROM search_index WHERE search_index MATCH ?1" \
  "   ORDER BY " order " LIMIT ?2) h" \
  " JOIN person p ON p.id = h.person_id" \
  " LEFT JOIN meeting m ON m.id = h.meeting_id" \
  " LEFT JOIN reminder r ON h.kind = 'reminder' AND r.id = h.doc >> 3" \
  " ORDER BY h.position, h.doc"

/* How many texts match, counting no further than @cap. */
static gint64
count_matches (OooStore    *store,
               const char  *query,
               gint64       cap,
               GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 n = -1;
  int rc;

  stmt = ooo_store_prepare (store,
                            "SELECT count(*) FROM (SELECT 1 FROM search_index"
                            " WHERE search_index MATCH ?1 LIMIT ?2)",
                            error);
  if (stmt == NULL)
    return -1;

  sqlite3_bind_text (stmt, 1, query, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, cap);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  else
    ooo_store_set_error (store, rc, error);
  sqlite3_reset (stmt);

  return n;
}

GListModel *
ooo_search_run (OooStore    *store,
                const char  *text,
                guint        limit,
                GError     **error)
{
  g_autofree char *query = NULL;
  g_autoptr(GListStore) results = g_list_store_new (OOO_TYPE_SEARCH_RESULT);
  sqlite3_stmt *stmt;
  gint64 matches;
  int rc;

  g_return_val_if_fail (OOO_IS_STORE (store), NULL);

  query = ooo_search_build_query (text);
  if (query == NULL)
    return G_LIST_MODEL (g_steal_pointer (&results));

  /* A prefix makes FTS5 merge the hits of every word it starts, which
   * costs what they add up to; the whole words alone are cheap to count,
   * and when they already match too many, so does the prefix. */
  if (g_str_has_suffix (query, " *")) {
    g_autofree char *whole = g_strndup (query, strlen (query) - 2);

    matches = count_matches (store, whole, RANKED_MAX + 1, error);
    if (matches >= 0 && matches <= RANKED_MAX)
      matches = count_matches (store, query, RANKED_MAX + 1, error);
  } else {
    matches = count_matches (store, query, RANKED_MAX + 1, error);
  }
  if (matches < 0)
    return NULL;
  if (matches == 0)
    return G_LIST_MODEL (g_steal_pointer (&results));

  /* FTS5 orders by rank or rowid itself, so the inner LIMIT stops it early
   * and only the rows returned read their text back for the snippet. */
  if (matches <= RANKED_MAX)
    stmt = ooo_store_prepare (store, RESULTS_SQL ("rank", "rank"), error);
  else
    stmt = ooo_store_prepare (store, RESULTS_SQL ("-rowid", "rowid DESC"), error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, query, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, limit == 0 ? OOO_SEARCH_DEFAULT_LIMIT : MIN (limit, MAX_LIMIT));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW) {
    g_autoptr(OooSearchResult) result = result_from_row (stmt);

    g_list_store_append (results, result);
  }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE) {
    ooo_store_set_error (store, rc, error);
    return NULL;
  }

  return G_LIST_MODEL (g_steal_pointer (&results));
}

char *
ooo_search_snippet_to_markup (const char *snippet)
{
  g_autoptr(GString) markup = g_string_new (NULL);
  gboolean inside = FALSE;
  const char *p = snippet != NULL ? snippet : "";

  while (*p != '\0') {
    gsize run = strcspn (p, OOO_SEARCH_MATCH_START OOO_SEARCH_MATCH_END);
    g_autofree char *escaped = g_markup_escape_text (p, run);

    g_string_append (markup, escaped);
    p += run;
    if (*p == '\0')
      break;
    /* Only well-paired markers become tags; a stray one is dropped. */
    if (*p == OOO_SEARCH_MATCH_START[0] && !inside) {
      g_string_append (markup, "<b>");
      inside = TRUE;
    } else if (*p == OOO_SEARCH_MATCH_END[0] && inside) {
      g_string_append (markup, "</b>");
      inside = FALSE;
    }
    p++;
  }
  if (inside)
    g_string_append (markup, "</b>");

  return g_string_free (g_steal_pointer (&markup), FALSE);
}

const char *
ooo_search_kind_to_label (OooSearchKind kind)
{
  switch (kind) {
  case OOO_SEARCH_KIND_PRIVATE_NOTES:
    return _("Private notes");
  case OOO_SEARCH_KIND_ACTION_ITEM:
    return _("Action item");
  case OOO_SEARCH_KIND_TALKING_POINT:
    return _("Talking point");
  case OOO_SEARCH_KIND_PERSONAL_NOTES:
    return _("Personal card");
  case OOO_SEARCH_KIND_REMINDER:
    return _("Reminder");
  case OOO_SEARCH_KIND_NOTES:
  default:
    return _("Notes");
  }
}
