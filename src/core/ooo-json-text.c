/* ooo-json-text.c — small readings of JSON text that the import's and the
 * template file's scanners share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ooo-json-text.h"

guint
ooo_json_text_line_at (const char *data,
                       gsize       offset)
{
  guint line = 1;

  for (const char *p = data; (p = memchr (p, '\n', offset - (p - data))) != NULL; p++)
    line++;

  return line;
}

int
ooo_json_text_hex4 (const char *p)
{
  int value = 0;

  for (guint i = 0; i < 4; i++) {
    int digit = g_ascii_xdigit_value (p[i]);

    if (digit < 0)
      return -1;
    value = value * 16 + digit;
  }

  return value;
}
