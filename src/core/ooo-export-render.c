/* ooo-export-render.c — a person's rows turned into the file's text by
 * json-glib
 *
 * Building a JsonNode for each of the millions of values of a big export,
 * and freeing it again, cost more than generating the text. So each kind of
 * row has one tree, built once, whose value nodes are set again for each row
 * and handed to a JsonGenerator. Each tree sits as deep as its rows sit in
 * the file ({"people": [{"rows": [row]}]} for a meeting), so json-glib
 * indents it exactly as it would the whole file; the text between the
 * wrapper's head and tail is the row's. A person is generated with empty
 * lists, which are then filled with their rows' text the way json-glib
 * writes a list: "[", a line break, the elements separated by ",\n", a line
 * break, the indent and "]". tests/test-export.c checks the result against
 * json-glib's text for the whole tree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ooo-export-private.h"

#define PERSON_HEAD "{\n  \"people\" : [\n"
#define PERSON_TAIL "\n  ]\n}"
#define ROW_HEAD    "{\n  \"people\" : [\n    {\n      \"rows\" : [\n"
#define ROW_TAIL    "\n      ]\n    }\n  ]\n}"
/* The indent of a person's members, where their lists close. */
#define LIST_INDENT "\n      "

/* The person's lists, in the file's order. */
static const char * const list_names[] = {
  "meetings", "action_items", "talking_points", "reminders"
};

/* One row's object: its value nodes, in member order. */
typedef struct {
  JsonNode  *node;
  JsonNode **values;
  guint      n_values;
  JsonNode  *segments;           /* a meeting's list of segments */
} Shape;

/* A shape inside its wrapper, with the generator that writes it. */
typedef struct {
  Shape          shape;
  JsonGenerator *generator;
  const char    *head;
  const char    *tail;
} Tree;

struct _OooExportRenderer {
  gboolean   include_private;
  Tree       trees[OOO_EXPORT_N_ROWS];    /* but OOO_EXPORT_SEGMENT */
  GPtrArray *segments;                    /* of Shape *, reused from meeting to meeting */
  GString   *scratch;
};

static void
shape_init (Shape        *shape,
            OooExportRow  row,
            gboolean      include_private)
{
  const OooExportField *fields = ooo_export_fields[row];
  JsonObject *object = json_object_new ();

  shape->values = g_new0 (JsonNode *, ooo_export_n_fields[row]);
  for (guint i = 0; i < ooo_export_n_fields[row]; i++) {
    JsonNode *value;

    if (fields[i].is_private && !include_private)
      continue;
    if (fields[i].kind == OOO_EXPORT_PROMPTS) {
      value = json_node_new (JSON_NODE_ARRAY);
      json_node_take_array (value, json_array_new ());
    } else {
      value = json_node_new (JSON_NODE_NULL);
    }
    json_object_set_member (object, fields[i].name, value);
    shape->values[shape->n_values++] = value;
  }

  if (row == OOO_EXPORT_MEETING) {
    shape->segments = json_node_new (JSON_NODE_ARRAY);
    json_node_take_array (shape->segments, json_array_new ());
    json_object_set_member (object, "segments", shape->segments);
  } else if (row == OOO_EXPORT_PERSON) {
    for (guint i = 0; i < G_N_ELEMENTS (list_names); i++)
      json_object_set_array_member (object, list_names[i], json_array_new ());
  }

  shape->node = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (shape->node, object);
}

static void
shape_clear (Shape *shape)
{
  g_clear_pointer (&shape->node, json_node_unref);
  g_clear_pointer (&shape->values, g_free);
}

static Shape *
shape_new (OooExportRow row,
           gboolean     include_private)
{
  Shape *shape = g_new0 (Shape, 1);

  shape_init (shape, row, include_private);
  return shape;
}

static void
shape_free (gpointer data)
{
  shape_clear (data);
  g_free (data);
}

/* Wraps @shape as {"people": [shape]}, or one level deeper for a person's rows. */
static void
tree_init (Tree         *tree,
           OooExportRow  row,
           gboolean      include_private)
{
  g_autoptr(JsonArray) people = json_array_new ();
  g_autoptr(JsonObject) root = json_object_new ();
  g_autoptr(JsonNode) root_node = json_node_new (JSON_NODE_OBJECT);

  shape_init (&tree->shape, row, include_private);
  if (row == OOO_EXPORT_PERSON) {
    json_array_add_element (people, json_node_ref (tree->shape.node));
    tree->head = PERSON_HEAD;
    tree->tail = PERSON_TAIL;
  } else {
    JsonObject *holder = json_object_new ();
    JsonArray *rows = json_array_new ();

    json_array_add_element (rows, json_node_ref (tree->shape.node));
    json_object_set_array_member (holder, "rows", rows);
    json_array_add_object_element (people, holder);
    tree->head = ROW_HEAD;
    tree->tail = ROW_TAIL;
  }
  json_object_set_array_member (root, "people", g_steal_pointer (&people));
  json_node_set_object (root_node, root);

  /* Shares the tree: what is set in it later is what gets written. */
  tree->generator = json_generator_new ();
  json_generator_set_pretty (tree->generator, TRUE);
  json_generator_set_indent (tree->generator, 2);
  json_generator_set_indent_char (tree->generator, ' ');
  json_generator_set_root (tree->generator, root_node);
}

static void
tree_clear (Tree *tree)
{
  shape_clear (&tree->shape);
  g_clear_object (&tree->generator);
}

OooExportRenderer *
ooo_export_renderer_new (gboolean include_private)
{
  OooExportRenderer *renderer = g_new0 (OooExportRenderer, 1);

  renderer->include_private = include_private;
  for (guint row = 0; row < OOO_EXPORT_N_ROWS; row++) {
    if (row != OOO_EXPORT_SEGMENT)
      tree_init (&renderer->trees[row], row, include_private);
  }
  renderer->segments = g_ptr_array_new_with_free_func (shape_free);
  renderer->scratch = g_string_sized_new (64 * 1024);

  return renderer;
}

void
ooo_export_renderer_free (OooExportRenderer *renderer)
{
  for (guint row = 0; row < OOO_EXPORT_N_ROWS; row++) {
    if (row != OOO_EXPORT_SEGMENT)
      tree_clear (&renderer->trees[row]);
  }
  g_ptr_array_unref (renderer->segments);
  g_string_free (renderer->scratch, TRUE);
  g_free (renderer);
}

/* json-glib 1.6 cannot turn a node into another type (json_node_init()
 * leaves the old value dangling): a value that changes type gets a new node. */
static JsonNode *
replace (Shape      *shape,
         guint       value,
         const char *name,
         JsonNode   *node)
{
  json_object_set_member (json_node_get_object (shape->node), name, node);
  shape->values[value] = node;

  return node;
}

static gboolean
holds (JsonNode *node,
       GType     type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

/* Setting a node to what it already holds keeps its value: no allocation
 * but the text's copy. */
static void
set_string (Shape      *shape,
            guint       value,
            const char *name,
            const char *text)
{
  if (holds (shape->values[value], G_TYPE_STRING))
    json_node_set_string (shape->values[value], text);
  else
    replace (shape, value, name, json_node_init_string (json_node_alloc (), text));
}

static void
set_int (Shape      *shape,
         guint       value,
         const char *name,
         gint64      number)
{
  if (holds (shape->values[value], G_TYPE_INT64))
    json_node_set_int (shape->values[value], number);
  else
    replace (shape, value, name, json_node_init_int (json_node_alloc (), number));
}

static void
set_prompts (JsonNode   *node,
             const char *prompts)
{
  JsonArray *lines = json_array_new ();
  const char *line = prompts;
  const char *end;

  /* As g_strsplit (prompts, "\n", -1): "" is none at all. */
  while (*prompts != '\0' && (end = strchr (line, '\n')) != NULL) {
    g_autofree char *text = g_strndup (line, end - line);

    json_array_add_string_element (lines, text);
    line = end + 1;
  }
  if (*prompts != '\0')
    json_array_add_string_element (lines, line);
  json_node_take_array (node, lines);
}

/* Sets @shape's values from @n_values cells, from *@cell on. */
static void
fill (Shape               *shape,
      OooExportRow         row,
      const OooExportCell **cell,
      gboolean             include_private)
{
  const OooExportField *fields = ooo_export_fields[row];
  guint value = 0;

  for (guint i = 0; i < ooo_export_n_fields[row]; i++) {
    const OooExportCell *c;
    JsonNode *node;

    if (fields[i].is_private && !include_private)
      continue;
    c = (*cell)++;
    node = shape->values[value];

    if (c->is_null) {
      if (!JSON_NODE_HOLDS_NULL (node))
        replace (shape, value, fields[i].name, json_node_new (JSON_NODE_NULL));
      value++;
      continue;
    }

    switch (fields[i].kind) {
    case OOO_EXPORT_TEXT:
    case OOO_EXPORT_OPTIONAL:
      set_string (shape, value, fields[i].name, c->text);
      break;
    case OOO_EXPORT_TIME:
      {
        char text[21];

        ooo_export_format_time (c->number, text);
        set_string (shape, value, fields[i].name, text);
      }
      break;
    case OOO_EXPORT_INT:
    case OOO_EXPORT_INT_OR_NULL:
    case OOO_EXPORT_MS_AS_S:
      set_int (shape, value, fields[i].name, c->number);
      break;
    case OOO_EXPORT_BOOL:
      if (holds (node, G_TYPE_BOOLEAN))
        json_node_set_boolean (node, c->number != 0);
      else
        replace (shape, value, fields[i].name,
                 json_node_init_boolean (json_node_alloc (), c->number != 0));
      break;
    case OOO_EXPORT_PROMPTS:
      set_prompts (node, c->text);
      break;
    default:
      g_assert_not_reached ();
    }
    value++;
  }
}

/* Appends the text of @tree's row, as set, to @out. */
static void
generate (OooExportRenderer *renderer,
          Tree              *tree,
          GString           *out)
{
  GString *scratch = renderer->scratch;
  gsize head = strlen (tree->head);
  gsize tail = strlen (tree->tail);

  g_string_truncate (scratch, 0);
  json_generator_to_gstring (tree->generator, scratch);
  g_assert (scratch->len > head + tail && memcmp (scratch->str, tree->head, head) == 0 &&
            memcmp (scratch->str + scratch->len - tail, tree->tail, tail) == 0);
  g_string_append_len (out, scratch->str + head, scratch->len - head - tail);
}

static void
render_meeting (OooExportRenderer    *renderer,
                const OooExportCell **cell,
                const OooExportCell **segment_cell,
                guint                 n_segments,
                GString              *out)
{
  Tree *tree = &renderer->trees[OOO_EXPORT_MEETING];
  JsonArray *segments = json_array_sized_new (n_segments);

  fill (&tree->shape, OOO_EXPORT_MEETING, cell, renderer->include_private);
  for (guint i = 0; i < n_segments; i++) {
    Shape *segment;

    if (i >= renderer->segments->len)
      g_ptr_array_add (renderer->segments, shape_new (OOO_EXPORT_SEGMENT, FALSE));
    segment = g_ptr_array_index (renderer->segments, i);
    fill (segment, OOO_EXPORT_SEGMENT, segment_cell, FALSE);
    json_array_add_element (segments, json_node_ref (segment->node));
  }
  json_node_take_array (tree->shape.segments, segments);

  generate (renderer, tree, out);
}

void
ooo_export_render (OooExportRenderer *renderer,
                   OooExportBatch    *batch)
{
  const OooExportCell *cell = (const OooExportCell *) (gpointer) batch->cells->data;
  const OooExportCell *segment_cell = (const OooExportCell *) (gpointer)
                                      batch->segment_cells->data;
  const OooExportRow rows[] = {
    OOO_EXPORT_MEETING, OOO_EXPORT_ACTION, OOO_EXPORT_POINT, OOO_EXPORT_REMINDER
  };
  const guint counts[] = {
    batch->n_meetings, batch->n_actions, batch->n_points, batch->n_reminders
  };
  Tree *person = &renderer->trees[OOO_EXPORT_PERSON];
  g_autoptr(GString) skeleton = g_string_new (NULL);
  GString *out = g_string_sized_new (4096);
  const char *rest;

  fill (&person->shape, OOO_EXPORT_PERSON, &cell, renderer->include_private);
  generate (renderer, person, skeleton);

  /* No text in the file holds a raw line break, so "\n" and the indent
   * before a member's name can only be the member itself. */
  rest = skeleton->str;
  for (guint list = 0; list < G_N_ELEMENTS (list_names); list++) {
    g_autofree char *empty = g_strdup_printf (LIST_INDENT "\"%s\" : []", list_names[list]);
    const char *at = strstr (rest, empty);

    g_assert (at != NULL);
    /* Up to and with the "[". */
    g_string_append_len (out, rest, at + strlen (empty) - 1 - rest);
    rest = at + strlen (empty) - 1;
    if (counts[list] == 0)
      continue;

    for (guint i = 0; i < counts[list]; i++) {
      g_string_append (out, i == 0 ? "\n" : ",\n");
      if (rows[list] == OOO_EXPORT_MEETING) {
        guint n_segments = g_array_index (batch->segment_counts, guint, i);

        render_meeting (renderer, &cell, &segment_cell, n_segments, out);
      } else {
        fill (&renderer->trees[rows[list]].shape, rows[list], &cell, renderer->include_private);
        generate (renderer, &renderer->trees[rows[list]], out);
      }
    }
    g_string_append (out, LIST_INDENT);
  }
  g_string_append (out, rest);

  batch->text = out;
}
