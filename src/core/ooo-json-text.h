/* ooo-json-text.h — small readings of JSON text that the import's and the
 * template file's scanners share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The line (from 1) that the byte at @offset of @data is on. */
guint ooo_json_text_line_at (const char *data,
                             gsize       offset);
/* The value of the four hex digits of a "\uXXXX" escape at @p, or -1. */
int   ooo_json_text_hex4    (const char *p);

G_END_DECLS
