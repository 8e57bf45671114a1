/* ooo-import-fields.c — one member of an imported object, checked
 *
 * Each getter takes the member by name, checks its type and its value, and
 * on a problem says which member of which row, in the words of the format:
 * people[3].meetings[12].segments[0]: "planned_seconds" must be a whole number
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ooo-import-fields.h"
#include "ooo-template-segment.h"

char *
ooo_import_where_to_string (const OooImportWhere *where)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < where->depth; i++)
    g_string_append_printf (text, "%s%s[%u]", i > 0 ? "." : "", where->names[i],
                            where->indexes[i]);

  return g_string_free (text, FALSE);
}

/* "people[0]: " then the message; at the top level the message alone. */
gboolean
ooo_import_fail (GError               **error,
                 const OooImportWhere  *where,
                 const char            *format,
                 ...)
{
  g_autofree char *message = NULL;
  g_autofree char *place = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (where == NULL || where->depth == 0) {
    g_set_error_literal (error, OOO_IMPORT_ERROR, OOO_IMPORT_ERROR_INVALID, message);
    return FALSE;
  }

  place = ooo_import_where_to_string (where);
  g_set_error (error, OOO_IMPORT_ERROR, OOO_IMPORT_ERROR_INVALID, "%s: %s", place, message);
  return FALSE;
}

/* 8-4-4-4-12 hexadecimal digits, in either case. */
gboolean
ooo_import_is_valid_uuid (const char *text)
{
  if (text == NULL || strlen (text) != 36)
    return FALSE;

  for (guint i = 0; i < 36; i++) {
    if (i == 8 || i == 13 || i == 18 || i == 23) {
      if (text[i] != '-')
        return FALSE;
    } else if (!g_ascii_isxdigit (text[i])) {
      return FALSE;
    }
  }

  return TRUE;
}

static int
digits (const char *text,
        guint       count)
{
  int value = 0;

  for (guint i = 0; i < count; i++) {
    if (!g_ascii_isdigit (text[i]))
      return -1;
    value = value * 10 + (text[i] - '0');
  }

  return value;
}

static gboolean
parse_date (const char *text,
            int        *year,
            int        *month,
            int        *day)
{
  *year = digits (text, 4);
  if (*year < 0 || text[4] != '-')
    return FALSE;
  *month = digits (text + 5, 2);
  if (*month < 0 || text[7] != '-')
    return FALSE;
  *day = digits (text + 8, 2);

  return *day >= 0 && g_date_valid_dmy (*day, *month, *year);
}

/* Exactly 'YYYY-MM-DD', and a day that exists. */
gboolean
ooo_import_is_valid_date (const char *text)
{
  int year, month, day;

  return text != NULL && strlen (text) == 10 && parse_date (text, &year, &month, &day);
}

/* Days from 1970-01-01 (H. Hinnant's algorithm). */
static gint64
days_from_civil (gint64 year,
                 int    month,
                 int    day)
{
  gint64 era;
  gint64 yoe;
  gint64 doy;
  gint64 doe;

  year -= month <= 2;
  era = (year >= 0 ? year : year - 399) / 400;
  yoe = year - era * 400;
  doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

  return era * 146097 + doe - 719468;
}

/* RFC 3339: 2026-03-01T09:30:00Z, 2026-03-01T10:30:00.250+01:00. The
 * offset is required; a fraction of a second is dropped. */
gboolean
ooo_import_parse_time (const char *text,
                       gint64     *unix_seconds)
{
  int year, month, day, hour, minute, second;
  gint64 offset = 0;
  const char *p;

  if (text == NULL || strlen (text) < 20 || !parse_date (text, &year, &month, &day) ||
      (text[10] != 'T' && text[10] != 't') || text[13] != ':' || text[16] != ':')
    return FALSE;

  hour = digits (text + 11, 2);
  minute = digits (text + 14, 2);
  second = digits (text + 17, 2);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
    return FALSE;

  p = text + 19;
  if (*p == '.') {
    const char *fraction = ++p;

    while (g_ascii_isdigit (*p))
      p++;
    if (p == fraction)
      return FALSE;
  }

  if ((*p == 'Z' || *p == 'z') && p[1] == '\0') {
    offset = 0;
  } else if ((*p == '+' || *p == '-') && strlen (p) == 6 && p[3] == ':') {
    int offset_hours = digits (p + 1, 2);
    int offset_minutes = digits (p + 4, 2);

    if (offset_hours < 0 || offset_hours > 23 || offset_minutes < 0 || offset_minutes > 59)
      return FALSE;
    offset = (offset_hours * 3600 + offset_minutes * 60) * (*p == '-' ? -1 : 1);
  } else {
    return FALSE;
  }

  *unix_seconds = days_from_civil (year, month, day) * 86400 + hour * 3600 + minute * 60 +
                  second - offset;
  return TRUE;
}

static gboolean
holds (JsonNode *node,
       GType     type)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

static gboolean
is_null (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_NULL (node);
}

static gboolean
fail (OooImportFields *f,
      const char      *format,
      ...) G_GNUC_PRINTF (2, 3);

static gboolean
fail (OooImportFields *f,
      const char      *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  return ooo_import_fail (f->error, f->where, "%s", message);
}

gboolean
ooo_import_check_members (OooImportFields    *f,
                          const char * const *known)
{
  JsonObjectIter iter;
  const char *name;

  json_object_iter_init (&iter, f->object);
  while (json_object_iter_next (&iter, &name, NULL)) {
    if (!g_strv_contains (known, name)) {
      g_autofree char *shown = g_utf8_substring (name, 0, MIN (g_utf8_strlen (name, -1), 40));

      /* Translators: %s is the name of a member of a JSON object */
      return fail (f, _("\"%s\" is not a known field"), shown);
    }
  }

  return TRUE;
}

/* The member, or FALSE when it is required and missing. */
static gboolean
get (OooImportFields  *f,
     const char       *name,
     gboolean          required,
     JsonNode        **node)
{
  *node = json_object_get_member (f->object, name);
  if (*node == NULL && required)
    return fail (f, _("\"%s\" is missing"), name);

  return TRUE;
}

static char *
keep (OooImportFields *f,
      const char      *text)
{
  return g_string_chunk_insert (f->strings, text);
}

gboolean
ooo_import_get_uuid (OooImportFields  *f,
                     const char       *name,
                     gboolean          nullable,
                     char            **out)
{
  JsonNode *node;

  *out = NULL;
  if (!get (f, name, TRUE, &node))
    return FALSE;
  if (nullable && is_null (node))
    return TRUE;
  if (!holds (node, G_TYPE_STRING) || !ooo_import_is_valid_uuid (json_node_get_string (node)))
    return fail (f, _("\"%s\" must be a UUID like 0f8fad5b-d9cb-469f-a165-70867728950e"), name);

  /* The database holds them in lower case: compare and store them so. */
  *out = keep (f, json_node_get_string (node));
  for (char *p = *out; *p != '\0'; p++)
    *p = g_ascii_tolower (*p);

  return TRUE;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p)) {
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  }

  return TRUE;
}

static gboolean
check_text (OooImportFields *f,
            const char      *name,
            const char      *text,
            OooImportText    rule)
{
  gsize max_chars = rule == OOO_IMPORT_TEXT_ITEM ? OOO_IMPORT_TEXT_MAX_CHARS
                                                 : OOO_IMPORT_NAME_MAX_CHARS;

  if ((rule == OOO_IMPORT_TEXT_NAME || rule == OOO_IMPORT_TEXT_ITEM) && is_blank (text))
    return fail (f, _("\"%s\" must not be empty"), name);

  if (rule == OOO_IMPORT_TEXT_NOTES) {
    if (strlen (text) > OOO_IMPORT_NOTES_MAX_BYTES)
      return fail (f, _("\"%s\" is too long: keep it to 1 MiB or less"), name);
    return TRUE;
  }

  /* Counting characters is only done up to the limit, so a huge text costs
   * no more than a short one. */
  if (strlen (text) > max_chars && g_utf8_strlen (text, (max_chars + 1) * 4) > (glong) max_chars) {
    g_autofree char *message = NULL;

    /* Translators: the first %s is the name of a field, %u a number */
    message = g_strdup_printf (_("\"%s\" is too long: keep it to %u characters or fewer"),
                               name, (guint) max_chars);
    return ooo_import_fail (f->error, f->where, "%s", message);
  }

  return TRUE;
}

gboolean
ooo_import_get_text (OooImportFields  *f,
                     const char       *name,
                     OooImportText     rule,
                     char            **out)
{
  JsonNode *node;

  *out = NULL;
  if (!get (f, name, TRUE, &node))
    return FALSE;
  if (!holds (node, G_TYPE_STRING))
    return fail (f, _("\"%s\" must be a text"), name);
  if (!check_text (f, name, json_node_get_string (node), rule))
    return FALSE;

  *out = keep (f, json_node_get_string (node));
  return TRUE;
}

/* Private notes: absent is allowed and means "keep what the database has". */
gboolean
ooo_import_get_optional_notes (OooImportFields  *f,
                               const char       *name,
                               char            **out)
{
  *out = NULL;
  if (json_object_get_member (f->object, name) == NULL)
    return TRUE;

  return ooo_import_get_text (f, name, OOO_IMPORT_TEXT_NOTES, out);
}

gboolean
ooo_import_get_enum (OooImportFields     *f,
                     const char          *name,
                     const char * const  *nicks,
                     const char         **out)
{
  JsonNode *node;
  g_autoptr(GString) list = NULL;

  *out = NULL;
  if (!get (f, name, TRUE, &node))
    return FALSE;

  if (holds (node, G_TYPE_STRING)) {
    const char *value = json_node_get_string (node);

    for (guint i = 0; nicks[i] != NULL; i++) {
      if (strcmp (value, nicks[i]) == 0) {
        *out = nicks[i];
        return TRUE;
      }
    }
  }

  list = g_string_new (NULL);
  for (guint i = 0; nicks[i] != NULL; i++)
    g_string_append_printf (list, "%s\"%s\"", i > 0 ? ", " : "", nicks[i]);

  /* Translators: the first %s is the name of a field, the second a list of
   * its values, like "them", "me" */
  return ooo_import_fail (f->error, f->where, _("\"%s\" must be one of %s"), name, list->str);
}

gboolean
ooo_import_get_date (OooImportFields  *f,
                     const char       *name,
                     gboolean          nullable,
                     char            **out)
{
  JsonNode *node;

  *out = NULL;
  if (!get (f, name, TRUE, &node))
    return FALSE;
  if (nullable && is_null (node))
    return TRUE;
  if (!holds (node, G_TYPE_STRING) || !ooo_import_is_valid_date (json_node_get_string (node)))
    return fail (f, _("\"%s\" must be a date like 2026-03-01"), name);

  *out = keep (f, json_node_get_string (node));
  return TRUE;
}

gboolean
ooo_import_get_time (OooImportFields *f,
                     const char      *name,
                     gboolean         optional,
                     gint64          *out)
{
  JsonNode *node;

  *out = OOO_IMPORT_NO_TIME;
  if (!get (f, name, !optional, &node))
    return FALSE;
  if (node == NULL || is_null (node))
    return TRUE;
  if (!holds (node, G_TYPE_STRING) || !ooo_import_parse_time (json_node_get_string (node), out))
    return fail (f, _("\"%s\" must be a time like 2026-03-01T09:30:00Z"), name);

  return TRUE;
}

gboolean
ooo_import_get_int (OooImportFields *f,
                    const char      *name,
                    gint64           min,
                    gint64           max,
                    gint64          *out)
{
  JsonNode *node;
  gint64 value;

  *out = 0;
  if (!get (f, name, TRUE, &node))
    return FALSE;
  if (!holds (node, G_TYPE_INT64))
    return fail (f, _("\"%s\" must be a whole number"), name);

  value = json_node_get_int (node);
  if (value < 0 && min == 0)
    return fail (f, _("\"%s\" must not be negative"), name);
  if (value < min || value > max) {
    g_autofree char *low = g_strdup_printf ("%" G_GINT64_FORMAT, min);
    g_autofree char *high = g_strdup_printf ("%" G_GINT64_FORMAT, max);

    /* Translators: the first %s is the name of a field, then two numbers */
    return ooo_import_fail (f->error, f->where, _("\"%s\" must be a whole number from %s to %s"),
                            name, low, high);
  }

  *out = value;
  return TRUE;
}

gboolean
ooo_import_get_bool (OooImportFields *f,
                     const char      *name,
                     gboolean        *out)
{
  JsonNode *node;

  *out = FALSE;
  if (!get (f, name, TRUE, &node))
    return FALSE;
  if (!holds (node, G_TYPE_BOOLEAN))
    return fail (f, _("\"%s\" must be true or false"), name);

  *out = json_node_get_boolean (node);
  return TRUE;
}

/* A list of rows: absent is an empty list; null or anything else is wrong. */
gboolean
ooo_import_get_list (OooImportFields  *f,
                     const char       *name,
                     JsonArray       **out)
{
  JsonNode *node;

  *out = NULL;
  if (!get (f, name, FALSE, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (f, _("\"%s\" must be a list"), name);

  *out = json_node_get_array (node);
  return TRUE;
}

/* Prompts are a list of texts in the file and one per line in the database. */
gboolean
ooo_import_get_prompts (OooImportFields  *f,
                        const char       *name,
                        char            **out)
{
  g_autoptr(GString) prompts = g_string_new (NULL);
  JsonArray *array;
  JsonNode *node;
  guint n;

  *out = NULL;
  if (!get (f, name, TRUE, &node))
    return FALSE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (f, _("\"%s\" must be a list of texts"), name);

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++) {
    JsonNode *element = json_array_get_element (array, i);

    if (!holds (element, G_TYPE_STRING))
      return fail (f, _("\"%s\" must be a list of texts"), name);
    if (i > 0)
      g_string_append_c (prompts, '\n');
    g_string_append (prompts, json_node_get_string (element));
    if (prompts->len > OOO_TEMPLATE_SEGMENT_PROMPTS_MAX_CHARS &&
        g_utf8_strlen (prompts->str, -1) > OOO_TEMPLATE_SEGMENT_PROMPTS_MAX_CHARS) {
      g_autofree char *message = NULL;

      message = g_strdup_printf (_("\"%s\" is too long: keep it to %u characters or fewer"),
                                 name, (guint) OOO_TEMPLATE_SEGMENT_PROMPTS_MAX_CHARS);
      return ooo_import_fail (f->error, f->where, "%s", message);
    }
  }

  *out = keep (f, prompts->str);
  return TRUE;
}
