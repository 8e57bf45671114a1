/* ooo-template-file.c — a template shared as a JSON file
 *
 * A director hands the same agenda to every manager as a file:
 *
 *   {"format": "one-on-one-template", "version": 1,
 *    "template": {"name": "…", "segments": [{"title": "…", "minutes": 10,
 *                 "owner": "them", "prompts": ["…"]}]}}
 *
 * The file carries no UUIDs and no built-in key: what is imported is always
 * a new template of the manager's own. A file comes from anywhere, so every
 * byte is checked and the first problem is named, with where it is; nothing
 * is returned unless the whole file is right.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "ooo-json-text.h"
#include "ooo-template-file.h"

/* Deeper than any template file; json-glib recurses on nesting, so a hostile
 * file of a million '[' must be stopped before it parses. */
#define MAX_DEPTH 32

static void
add_string_member (JsonBuilder *builder,
                   const char  *name,
                   const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_segment (JsonBuilder        *builder,
             OooTemplateSegment *segment)
{
  g_auto(GStrv) prompts = ooo_template_segment_dup_prompt_lines (segment);

  json_builder_begin_object (builder);
  add_string_member (builder, "title", ooo_template_segment_get_title (segment));
  json_builder_set_member_name (builder, "minutes");
  json_builder_add_int_value (builder, ooo_template_segment_get_minutes (segment));
  add_string_member (builder, "owner",
                     ooo_segment_owner_to_nick (ooo_template_segment_get_owner (segment)));
  json_builder_set_member_name (builder, "prompts");
  json_builder_begin_array (builder);
  for (guint i = 0; prompts[i] != NULL; i++)
    json_builder_add_string_value (builder, prompts[i]);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/* Returns: (transfer full) the file's bytes, UTF-8 with a final newline; the
 * same template always gives the same bytes. */
char *
ooo_template_file_to_data (OooTemplate *template,
                           gsize       *length)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *json = NULL;
  char *data;
  guint n;

  g_return_val_if_fail (OOO_IS_TEMPLATE (template), NULL);

  json_builder_begin_object (builder);
  add_string_member (builder, "format", OOO_TEMPLATE_FILE_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, OOO_TEMPLATE_FILE_VERSION);
  json_builder_set_member_name (builder, "template");
  json_builder_begin_object (builder);
  add_string_member (builder, "name", ooo_template_get_name (template));
  json_builder_set_member_name (builder, "segments");
  json_builder_begin_array (builder);
  n = ooo_template_get_n_segments (template);
  for (guint i = 0; i < n; i++)
    add_segment (builder, ooo_template_get_segment (template, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_indent_char (generator, ' ');
  json = json_generator_to_data (generator, NULL);

  data = g_strconcat (json, "\n", NULL);
  if (length != NULL)
    *length = strlen (data);

  return data;
}

/* Writes the file whole or not at all: GIO writes a temporary file and
 * renames it over @file. An invalid template is refused, since its file could
 * not be imported. */
gboolean
ooo_template_file_save (OooTemplate  *template,
                        GFile        *file,
                        GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (OOO_IS_TEMPLATE (template), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!ooo_template_validate (template, error))
    return FALSE;

  data = ooo_template_file_to_data (template, &length);
  if (!g_file_replace_contents (file, data, length, NULL, FALSE, G_FILE_CREATE_NONE,
                                NULL, NULL, &local_error)) {
    g_set_error (error, OOO_TEMPLATE_ERROR, OOO_TEMPLATE_ERROR_FILE,
                 _("Could not save the template: %s"), local_error->message);
    return FALSE;
  }

  return TRUE;
}

static gboolean
fail (GError     **error,
      const char  *format,
      ...) G_GNUC_PRINTF (2, 3);

/* Every problem with a file's content is a FILE error, whatever found it. */
static gboolean
fail (GError     **error,
      const char  *format,
      ...)
{
  va_list args;

  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (OOO_TEMPLATE_ERROR, OOO_TEMPLATE_ERROR_FILE,
                                                format, args));
  va_end (args);

  return FALSE;
}

static gboolean
fail_with (GError **error,
           GError  *found)
{
  return fail (error, "%s", found->message);
}

/* Walks the text as JSON without building anything: refuses nesting deeper
 * than a template has, the "\u0000" escape (which would cut a text short),
 * and a "\u" escape without four hex digits or half a surrogate pair (which
 * json-glib turns into bytes that are not UTF-8), and finds where the first
 * value ends, so that anything after it is caught. */
static gboolean
scan_text (const char  *data,
           gsize        length,
           gsize       *end,
           GError     **error)
{
  gboolean in_string = FALSE;
  gboolean escaped = FALSE;
  gboolean started = FALSE;
  guint depth = 0;

  *end = 0;

  for (gsize i = 0; i < length; i++) {
    char c = data[i];

    if (in_string) {
      if (escaped) {
        int code = c == 'u' && length - i > 4 ? ooo_json_text_hex4 (data + i + 1) : -1;

        escaped = FALSE;
        /* Fewer than four hex digits: json-glib reads the escape anyway and
         * makes bytes that are not UTF-8 of it. */
        if (c == 'u' && code < 0)
          return fail (error, _("The file is not valid JSON (line %u)."),
                       ooo_json_text_line_at (data, i));
        if (code == 0)
          return fail (error, _("The file contains a null character (line %u)."),
                       ooo_json_text_line_at (data, i));
        if (code >= 0xdc00 && code <= 0xdfff)
          return fail (error, _("The file is not valid JSON (line %u)."),
                       ooo_json_text_line_at (data, i));
        if (code >= 0xd800 && code <= 0xdbff) {
          int low = length - i > 10 && data[i + 5] == '\\' && data[i + 6] == 'u'
                    ? ooo_json_text_hex4 (data + i + 7) : -1;

          if (low < 0xdc00 || low > 0xdfff)
            return fail (error, _("The file is not valid JSON (line %u)."),
                       ooo_json_text_line_at (data, i));
          /* Past the pair's second half, which is not half of another. */
          i += 10;
        }
      } else if (c == '\\') {
        escaped = TRUE;
      } else if (c == '"') {
        in_string = FALSE;
      }
      continue;
    }

    switch (c) {
    case '"':
      in_string = TRUE;
      break;
    case '{':
    case '[':
      started = TRUE;
      if (++depth > MAX_DEPTH)
        return fail (error, _("The file nests data too deeply to be a template (line %u)."),
                     ooo_json_text_line_at (data, i));
      break;
    case '}':
    case ']':
      if (depth > 0 && --depth == 0 && started && *end == 0)
        *end = i + 1;
      break;
    default:
      break;
    }
  }

  return TRUE;
}

static gboolean
check_text (const char  *data,
            gsize        length,
            gsize       *end,
            GError     **error)
{
  const char *invalid = NULL;

  if (length > OOO_TEMPLATE_FILE_MAX_SIZE)
    return fail (error, _("The file is too large to be a template."));
  if (length == 0)
    return fail (error, _("The file is empty."));

  if (!g_utf8_validate_len (data, length, &invalid)) {
    guint line = ooo_json_text_line_at (data, invalid - data);

    if (*invalid == '\0')
      return fail (error, _("The file contains a null character (line %u)."), line);
    return fail (error, _("The file is not UTF-8 text (line %u)."), line);
  }

  return scan_text (data, length, end, error);
}

/* json-glib puts the place first: "<data>:3:5: Parse error: …". */
static gboolean
fail_parse (GError **error,
            GError  *parse_error)
{
  guint line;
  guint column;

  if (sscanf (parse_error->message, "<data>:%u:%u:", &line, &column) == 2)
    return fail (error, _("The file is not valid JSON (line %u)."), line);

  return fail (error, _("The file is not valid JSON."));
}

static gboolean
only_space_after (const char  *data,
                  gsize        length,
                  gsize        end,
                  GError     **error)
{
  for (gsize i = end; i < length; i++) {
    if (!strchr (" \t\r\n", data[i]))
      return fail (error, _("The file is not valid JSON (line %u)."),
                   ooo_json_text_line_at (data, i));
  }

  return TRUE;
}

static gboolean
holds_type (JsonNode *node,
            GType     type)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return holds_type (node, G_TYPE_STRING) ? json_node_get_string (node) : NULL;
}

static gboolean
is_absent (JsonObject *object,
           const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node == NULL || JSON_NODE_HOLDS_NULL (node);
}

static gboolean
read_header (JsonNode  *root,
             GError   **error)
{
  JsonObject *object;
  JsonNode *version;
  gint64 number;

  if (root == NULL)
    return fail (error, _("The file is empty."));

  object = JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  if (object == NULL ||
      g_strcmp0 (member_string (object, "format"), OOO_TEMPLATE_FILE_FORMAT) != 0)
    return fail (error, _("This is not a One-on-One template file."));

  version = json_object_get_member (object, "version");
  if (!holds_type (version, G_TYPE_INT64))
    return fail (error, _("This template file has no valid format version."));

  number = json_node_get_int (version);
  if (number != OOO_TEMPLATE_FILE_VERSION) {
    g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, number);

    if (number > OOO_TEMPLATE_FILE_VERSION)
      return fail (error, _("This template file is from a newer version of One-on-One "
                            "(format version %s)."), text);
    return fail (error, _("This template file has an unknown format version (%s)."), text);
  }

  return TRUE;
}

static gboolean
read_prompts (JsonObject          *object,
              guint                number,
              OooTemplateSegment  *segment,
              GError             **error)
{
  JsonNode *node = json_object_get_member (object, "prompts");
  g_autoptr(GString) prompts = g_string_new (NULL);
  JsonArray *array;
  guint n;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    goto wrong;

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++) {
    JsonNode *element = json_array_get_element (array, i);
    g_autofree char *line = NULL;

    if (!holds_type (element, G_TYPE_STRING))
      goto wrong;

    /* The object keeps one prompt per line: a line break inside one makes two. */
    line = g_strstrip (g_strdup (json_node_get_string (element)));
    if (*line == '\0')
      continue;
    if (prompts->len > 0)
      g_string_append_c (prompts, '\n');
    g_string_append (prompts, line);
  }

  ooo_template_segment_set_prompts (segment, prompts->str);
  return TRUE;

wrong:
  return fail (error, _("Segment %u: “prompts” must be a list of texts."), number);
}

static OooTemplateSegment *
read_segment (JsonNode  *node,
              guint      position,
              GError   **error)
{
  g_autoptr(OooTemplateSegment) segment = ooo_template_segment_new ("", 10,
                                                                   OOO_SEGMENT_OWNER_THEM,
                                                                   "");
  g_autoptr(GError) invalid = NULL;
  guint number = position + 1;
  OooSegmentOwner owner;
  JsonObject *object;
  JsonNode *minutes;
  const char *title;
  gint64 value;

  if (!JSON_NODE_HOLDS_OBJECT (node)) {
    fail (error, _("Segment %u must be an object with “title”, “minutes”, “owner” and "
                   "“prompts”."), number);
    return NULL;
  }
  object = json_node_get_object (node);

  if (is_absent (object, "title")) {
    fail (error, _("Segment %u has no title."), number);
    return NULL;
  }
  title = member_string (object, "title");
  if (title == NULL) {
    fail (error, _("Segment %u: “title” must be a text."), number);
    return NULL;
  }
  ooo_template_segment_set_title (segment, title);
  /* Only the title is set yet, so only its problems can show here. */
  if (!ooo_template_segment_validate (segment, position, &invalid)) {
    fail_with (error, invalid);
    return NULL;
  }

  minutes = json_object_get_member (object, "minutes");
  value = holds_type (minutes, G_TYPE_INT64) ? json_node_get_int (minutes) : 0;
  if (value < OOO_TEMPLATE_SEGMENT_MIN_MINUTES || value > OOO_TEMPLATE_SEGMENT_MAX_MINUTES) {
    fail (error, _("Segment %u: “minutes” must be a whole number from %d to %d."), number,
          OOO_TEMPLATE_SEGMENT_MIN_MINUTES, OOO_TEMPLATE_SEGMENT_MAX_MINUTES);
    return NULL;
  }
  ooo_template_segment_set_minutes (segment, value);

  if (!ooo_segment_owner_from_nick (member_string (object, "owner"), &owner)) {
    fail (error, _("Segment %u: “owner” must be “them”, “me” or “both”."), number);
    return NULL;
  }
  ooo_template_segment_set_owner (segment, owner);

  if (!read_prompts (object, number, segment, error))
    return NULL;

  if (!ooo_template_segment_validate (segment, position, &invalid)) {
    fail_with (error, invalid);
    return NULL;
  }

  return g_steal_pointer (&segment);
}

static OooTemplate *
read_template (JsonObject  *root,
               GError     **error)
{
  g_autoptr(OooTemplate) template = NULL;
  g_autoptr(GError) invalid = NULL;
  JsonNode *node = json_object_get_member (root, "template");
  JsonObject *object;
  const char *name;
  JsonArray *segments;
  guint n;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node)) {
    fail (error, _("The file does not contain a template."));
    return NULL;
  }
  object = json_node_get_object (node);

  name = member_string (object, "name");
  if (name == NULL && !is_absent (object, "name")) {
    fail (error, _("The template’s “name” must be a text."));
    return NULL;
  }
  if (!ooo_template_validate_name (name, &invalid)) {
    fail_with (error, invalid);
    return NULL;
  }
  template = ooo_template_new (name);

  node = json_object_get_member (object, "segments");
  if (node == NULL || JSON_NODE_HOLDS_NULL (node)) {
    fail (error, _("A template needs at least one segment."));
    return NULL;
  }
  if (!JSON_NODE_HOLDS_ARRAY (node)) {
    fail (error, _("The template’s “segments” must be a list."));
    return NULL;
  }
  segments = json_node_get_array (node);
  n = json_array_get_length (segments);
  if (n == 0) {
    fail (error, _("A template needs at least one segment."));
    return NULL;
  }
  if (n > OOO_TEMPLATE_MAX_SEGMENTS) {
    fail (error, _("A template can have at most %d segments."), OOO_TEMPLATE_MAX_SEGMENTS);
    return NULL;
  }

  for (guint i = 0; i < n; i++) {
    g_autoptr(OooTemplateSegment) segment =
      read_segment (json_array_get_element (segments, i), i, error);

    if (segment == NULL)
      return NULL;
    ooo_template_add_segment (template, segment);
  }

  /* Everything was checked on the way; this holds the file to the same rules
   * as the editor, should they grow. */
  if (!ooo_template_validate (template, &invalid)) {
    fail_with (error, invalid);
    return NULL;
  }

  return g_steal_pointer (&template);
}

/* Returns: (transfer full) (nullable) a new template, not stored (id 0, no
 * UUID, no built-in key), or NULL and an OOO_TEMPLATE_ERROR_FILE error. */
OooTemplate *
ooo_template_file_from_data (const char  *data,
                             gsize        length,
                             GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) parse_error = NULL;
  JsonNode *root;
  gsize end = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (!check_text (data, length, &end, error))
    return NULL;

  /* Only the first value goes to json-glib: given several, json-glib 1.6
   * keeps the last one and leaks the others. What follows is checked below. */
  if (!json_parser_load_from_data (parser, data, end > 0 ? end : length, &parse_error)) {
    fail_parse (error, parse_error);
    return NULL;
  }

  root = json_parser_get_root (parser);
  if (root != NULL && (JSON_NODE_HOLDS_OBJECT (root) || JSON_NODE_HOLDS_ARRAY (root)) &&
      !only_space_after (data, length, end, error))
    return NULL;
  if (!read_header (root, error))
    return NULL;

  return read_template (json_node_get_object (root), error);
}

/* Reads at most one byte more than a template file may have, so a huge file
 * is refused without being read whole. */
OooTemplate *
ooo_template_file_load (GFile   *file,
                        GError **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  stream = g_file_read (file, NULL, &local_error);
  data = g_malloc (OOO_TEMPLATE_FILE_MAX_SIZE + 1);
  if (stream == NULL ||
      !g_input_stream_read_all (G_INPUT_STREAM (stream), data, OOO_TEMPLATE_FILE_MAX_SIZE + 1,
                                &length, NULL, &local_error)) {
    g_set_error (error, OOO_TEMPLATE_ERROR, OOO_TEMPLATE_ERROR_FILE,
                 _("Could not read the template file: %s"), local_error->message);
    return NULL;
  }

  return ooo_template_file_from_data (data, length, error);
}
