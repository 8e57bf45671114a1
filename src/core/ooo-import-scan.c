/* ooo-import-scan.c — an import's text, checked as strict JSON before
 * json-glib sees it
 *
 * json-glib recurses on nesting and is lenient (it takes comments, single
 * quotes, "01", and wraps numbers too large for 64 bits), so every byte is
 * checked here first against RFC 8259, without building anything: text that
 * passes is JSON that json-glib reads the way the standard says. The scan also
 * finds where each person of the top level's "people" starts and ends, so the
 * people can be parsed one at a time instead of as one huge tree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ooo-import-private.h"

/* More members than any object of the format has (a person has 18). */
#define MAX_MEMBERS 32

typedef enum {
  EXPECT_VALUE,
  EXPECT_VALUE_OR_END,     /* just after '[' */
  EXPECT_KEY,              /* after ',' in an object */
  EXPECT_KEY_OR_END,       /* just after '{' */
  EXPECT_COLON,
  EXPECT_COMMA_OR_END,
  EXPECT_NOTHING,          /* the top value is complete */
} Expect;

typedef struct {
  gsize start;
  gsize length;
} Span;

typedef struct {
  const char      *data;
  gsize            length;
  gsize            pos;
  Expect           expect;
  char             stack[OOO_IMPORT_MAX_DEPTH + 1];
  guint            key_start[OOO_IMPORT_MAX_DEPTH + 1];
  guint            depth;
  GArray          *keys;          /* of Span: the members of the open objects */
  gboolean         key_is_people; /* the last key at the top level was "people" */
  gboolean         in_people;
  gboolean         irregular;     /* "people" holds something other than objects */
  OooImportLayout *layout;
  GError         **error;
} Scan;

static gboolean
fail (Scan       *scan,
      const char *format,
      ...) G_GNUC_PRINTF (2, 3);

/* Every message names a line: "… (line %u)." */
static gboolean
fail (Scan       *scan,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error_literal (scan->error, OOO_IMPORT_ERROR, OOO_IMPORT_ERROR_INVALID, message);
  return FALSE;
}

static guint
line_of (Scan  *scan,
         gsize  offset)
{
  return ooo_json_text_line_at (scan->data, offset);
}

static gboolean
fail_json (Scan  *scan,
           gsize  offset)
{
  return fail (scan, _("The file is not valid JSON (line %u)."), line_of (scan, offset));
}

/* Bytes that end the quick part of a string: the quote, the backslash and
 * the control characters that JSON forbids raw. */
static gboolean special[256];

static void
init_special (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized)) {
    for (guint c = 0; c < 0x20; c++)
      special[c] = TRUE;
    special['"'] = TRUE;
    special['\\'] = TRUE;
    g_once_init_leave (&initialized, 1);
  }
}

/* From the opening quote to one past the closing one. */
static gboolean
scan_string (Scan *scan)
{
  const char *data = scan->data;
  gsize i = scan->pos + 1;

  for (;;) {
    int code;

    while (i < scan->length && !special[(guchar) data[i]])
      i++;
    if (i >= scan->length || (guchar) data[i] < 0x20)
      return fail_json (scan, MIN (i, scan->length));
    if (data[i] == '"')
      break;

    /* A backslash. */
    if (i + 1 >= scan->length)
      return fail_json (scan, i);
    if (strchr ("\"\\/bfnrt", data[i + 1]) != NULL && data[i + 1] != '\0') {
      i += 2;
      continue;
    }
    if (data[i + 1] != 'u' || i + 6 > scan->length ||
        (code = ooo_json_text_hex4 (data + i + 2)) < 0)
      return fail_json (scan, i);
    if (code == 0)
      return fail (scan, _("The file contains a null character (line %u)."), line_of (scan, i));
    if (code >= 0xdc00 && code <= 0xdfff)
      return fail_json (scan, i);
    if (code >= 0xd800 && code <= 0xdbff) {
      int low;

      /* Half of a pair must be followed by the other half. */
      if (i + 12 > scan->length || data[i + 6] != '\\' || data[i + 7] != 'u' ||
          (low = ooo_json_text_hex4 (data + i + 8)) < 0xdc00 || low > 0xdfff)
        return fail_json (scan, i);
      i += 6;
    }
    i += 6;
  }

  scan->pos = i + 1;
  return TRUE;
}

/* Whole numbers must fit in 64 bits: json-glib would wrap them silently. */
static gboolean
fits_in_64_bits (const char *digits,
                 gsize       length,
                 gboolean    negative)
{
  const char *limit = negative ? "9223372036854775808" : "9223372036854775807";

  return length < 19 || (length == 19 && memcmp (digits, limit, 19) <= 0);
}

static gboolean
scan_number (Scan *scan)
{
  const char *data = scan->data;
  gsize i = scan->pos;
  gboolean negative = data[i] == '-';
  gboolean is_double = FALSE;
  gboolean fits;
  gsize digits;

  if (negative)
    i++;

  digits = i;
  while (i < scan->length && g_ascii_isdigit (data[i]))
    i++;
  /* "0", or digits that do not start with 0. */
  if (i == digits || (data[digits] == '0' && i - digits > 1))
    return fail_json (scan, scan->pos);
  fits = fits_in_64_bits (data + digits, i - digits, negative);

  if (i < scan->length && data[i] == '.') {
    gsize start = ++i;

    while (i < scan->length && g_ascii_isdigit (data[i]))
      i++;
    if (i == start)
      return fail_json (scan, scan->pos);
    is_double = TRUE;
  }
  if (i < scan->length && (data[i] == 'e' || data[i] == 'E')) {
    gsize start;

    i++;
    if (i < scan->length && (data[i] == '+' || data[i] == '-'))
      i++;
    start = i;
    while (i < scan->length && g_ascii_isdigit (data[i]))
      i++;
    if (i == start)
      return fail_json (scan, scan->pos);
    is_double = TRUE;
  }

  /* A fraction or an exponent makes it a double, which json-glib reads right. */
  if (!is_double && !fits)
    return fail (scan, _("The file holds a number too large to read (line %u)."),
                 line_of (scan, scan->pos));

  scan->pos = i;
  return TRUE;
}

static gboolean
scan_literal (Scan *scan)
{
  static const char * const literals[] = { "true", "false", "null" };

  for (guint i = 0; i < G_N_ELEMENTS (literals); i++) {
    gsize length = strlen (literals[i]);

    if (scan->length - scan->pos >= length &&
        memcmp (scan->data + scan->pos, literals[i], length) == 0) {
      scan->pos += length;
      return TRUE;
    }
  }

  return fail_json (scan, scan->pos);
}

/* A value is complete: the next thing is a comma, the end of its container,
 * or, at the top, nothing at all. */
static void
value_done (Scan *scan)
{
  scan->expect = scan->depth == 0 ? EXPECT_NOTHING : EXPECT_COMMA_OR_END;
}

/* A member name: checked against the others of its object. */
static gboolean
add_key (Scan  *scan,
         gsize  start)
{
  Span span = { start + 1, scan->pos - start - 2 };
  guint first = scan->key_start[scan->depth];

  if (scan->keys->len - first >= MAX_MEMBERS)
    return fail (scan, _("An object in the file has more members than a One-on-One export "
                         "has (line %u)."), line_of (scan, start));

  for (guint i = first; i < scan->keys->len; i++) {
    Span *other = &g_array_index (scan->keys, Span, i);

    if (other->length == span.length &&
        memcmp (scan->data + other->start, scan->data + span.start, span.length) == 0) {
      g_autofree char *name = g_strndup (scan->data + span.start, MIN (span.length, 40));

      /* Cut inside a character: leave the name out rather than break the text. */
      if (!g_utf8_validate (name, -1, NULL))
        name[0] = '\0';
      return fail (scan, _("The file has \"%s\" twice in the same object (line %u)."), name,
                   line_of (scan, start));
    }
  }
  g_array_append_val (scan->keys, span);

  if (scan->depth == 1)
    scan->key_is_people = span.length == 6 && memcmp (scan->data + span.start, "people", 6) == 0;

  return TRUE;
}

static gboolean
open_container (Scan *scan,
                char  c)
{
  if (scan->depth >= OOO_IMPORT_MAX_DEPTH)
    return fail (scan, _("The file nests data too deeply to be a One-on-One export (line %u)."),
                 line_of (scan, scan->pos));

  if (scan->in_people && scan->depth == 2) {
    if (c == '{') {
      OooImportChunk chunk = { scan->pos, 0 };
      g_array_append_val (scan->layout->people, chunk);
    } else {
      scan->irregular = TRUE;
    }
  }
  if (c == '[' && scan->depth == 1 && scan->stack[1] == '{' && scan->key_is_people &&
      scan->layout->people == NULL) {
    scan->in_people = TRUE;
    scan->layout->people = g_array_new (FALSE, FALSE, sizeof (OooImportChunk));
    scan->layout->people_open = scan->pos;
  }

  scan->depth++;
  scan->stack[scan->depth] = c;
  scan->key_start[scan->depth] = scan->keys->len;
  scan->expect = c == '{' ? EXPECT_KEY_OR_END : EXPECT_VALUE_OR_END;
  scan->pos++;

  return TRUE;
}

static gboolean
close_container (Scan *scan,
                 char  c)
{
  char open = c == '}' ? '{' : '[';

  if (scan->depth == 0 || scan->stack[scan->depth] != open ||
      (scan->expect != EXPECT_COMMA_OR_END &&
       scan->expect != (c == '}' ? EXPECT_KEY_OR_END : EXPECT_VALUE_OR_END)))
    return fail_json (scan, scan->pos);

  g_array_set_size (scan->keys, scan->key_start[scan->depth]);
  scan->depth--;

  if (scan->in_people && scan->depth == 2 && c == '}') {
    OooImportChunk *chunk = &g_array_index (scan->layout->people, OooImportChunk,
                                            scan->layout->people->len - 1);
    chunk->end = scan->pos + 1;
  } else if (scan->in_people && scan->depth == 1) {
    scan->in_people = FALSE;
    scan->layout->people_close = scan->pos;
  }

  scan->pos++;
  value_done (scan);

  return TRUE;
}

static gboolean
scan_value (Scan *scan)
{
  char c = scan->data[scan->pos];

  if (scan->expect != EXPECT_VALUE && scan->expect != EXPECT_VALUE_OR_END)
    return fail_json (scan, scan->pos);

  if (c == '{' || c == '[')
    return open_container (scan, c);

  if (scan->in_people && scan->depth == 2)
    scan->irregular = TRUE;

  if (c == '"') {
    if (!scan_string (scan))
      return FALSE;
  } else if (c == '-' || g_ascii_isdigit (c)) {
    if (!scan_number (scan))
      return FALSE;
  } else if (!scan_literal (scan)) {
    return FALSE;
  }

  value_done (scan);
  return TRUE;
}

static gboolean
scan_all (Scan *scan)
{
  while (scan->pos < scan->length) {
    char c = scan->data[scan->pos];
    gsize start = scan->pos;

    switch (c) {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
      scan->pos++;
      break;

    case '}':
    case ']':
      if (!close_container (scan, c))
        return FALSE;
      break;

    case ',':
      if (scan->expect != EXPECT_COMMA_OR_END)
        return fail_json (scan, scan->pos);
      scan->expect = scan->stack[scan->depth] == '{' ? EXPECT_KEY : EXPECT_VALUE;
      scan->pos++;
      break;

    case ':':
      if (scan->expect != EXPECT_COLON)
        return fail_json (scan, scan->pos);
      scan->expect = EXPECT_VALUE;
      scan->pos++;
      break;

    case '"':
      if (scan->expect == EXPECT_KEY || scan->expect == EXPECT_KEY_OR_END) {
        if (!scan_string (scan) || !add_key (scan, start))
          return FALSE;
        scan->expect = EXPECT_COLON;
        break;
      }
      if (!scan_value (scan))
        return FALSE;
      break;

    default:
      if (!scan_value (scan))
        return FALSE;
      break;
    }
  }

  if (scan->expect != EXPECT_NOTHING) {
    gsize end = scan->length;

    /* Only space: nothing was there at all. */
    if (scan->expect == EXPECT_VALUE && scan->depth == 0) {
      g_set_error_literal (scan->error, OOO_IMPORT_ERROR, OOO_IMPORT_ERROR_INVALID,
                           _("The file is empty."));
      return FALSE;
    }
    return fail_json (scan, end);
  }

  return TRUE;
}

typedef struct {
  const char *data;
  gsize       length;
  const char *invalid;
  gboolean    valid;
} Half;

static gpointer
validate_half (gpointer user_data)
{
  Half *half = user_data;

  half->valid = g_utf8_validate_len (half->data, half->length, &half->invalid);
  return NULL;
}

/* g_utf8_validate_len(), on two processors for a big file: it is a good part
 * of the scan. The halves meet at the start of a character, so each is valid
 * alone exactly when the whole is, and the first problem is the first half's. */
static gboolean
validate_utf8 (const char  *data,
               gsize        length,
               const char **invalid)
{
  Half halves[2] = { { data, length / 2 }, { NULL } };
  GThread *thread;

  while (halves[0].length < length && halves[0].length - length / 2 < 4 &&
         ((guchar) data[halves[0].length] & 0xc0) == 0x80)
    halves[0].length++;
  if (length < 4 * 1024 * 1024 || g_get_num_processors () < 2 ||
      ((guchar) data[halves[0].length] & 0xc0) == 0x80)
    return g_utf8_validate_len (data, length, invalid);

  halves[1].data = data + halves[0].length;
  halves[1].length = length - halves[0].length;
  thread = g_thread_new ("ooo-import-utf8", validate_half, &halves[1]);
  validate_half (&halves[0]);
  g_thread_join (thread);

  for (guint i = 0; i < 2; i++) {
    if (!halves[i].valid) {
      *invalid = halves[i].invalid;
      return FALSE;
    }
  }

  return TRUE;
}

/* Checks @data (UTF-8, strict JSON, at most OOO_IMPORT_MAX_DEPTH deep, no
 * "\u0000", no member twice in an object, no integer beyond 64 bits) and
 * fills @layout. */
gboolean
ooo_import_scan (const char       *data,
                 gsize             length,
                 OooImportLayout  *layout,
                 GError          **error)
{
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (Span));
  Scan scan = { data, length, 0, EXPECT_VALUE, { 0 }, { 0 }, 0, keys, FALSE, FALSE, FALSE,
                layout, error };
  const char *invalid = NULL;

  memset (layout, 0, sizeof *layout);
  init_special ();

  if (!validate_utf8 (data, length, &invalid)) {
    if (*invalid == '\0')
      return fail (&scan, _("The file contains a null character (line %u)."),
                   line_of (&scan, invalid - data));
    return fail (&scan, _("The file is not UTF-8 text (line %u)."),
                 line_of (&scan, invalid - data));
  }

  if (!scan_all (&scan)) {
    ooo_import_layout_clear (layout);
    return FALSE;
  }

  /* Anything but objects in "people" is read the slow way, whole, which
   * names the element that is wrong. */
  if (scan.irregular)
    g_clear_pointer (&layout->people, g_array_unref);

  return TRUE;
}

void
ooo_import_layout_clear (OooImportLayout *layout)
{
  g_clear_pointer (&layout->people, g_array_unref);
}
