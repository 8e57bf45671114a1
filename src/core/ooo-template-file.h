/* ooo-template-file.h — a template shared as a JSON file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ooo-template.h"

G_BEGIN_DECLS

#define OOO_TEMPLATE_FILE_FORMAT    "one-on-one-template"
#define OOO_TEMPLATE_FILE_VERSION   1
#define OOO_TEMPLATE_FILE_MAX_SIZE  (1024 * 1024)

char        *ooo_template_file_to_data   (OooTemplate  *template,
                                          gsize        *length);
gboolean     ooo_template_file_save      (OooTemplate  *template,
                                          GFile        *file,
                                          GError      **error);
OooTemplate *ooo_template_file_from_data (const char   *data,
                                          gsize         length,
                                          GError      **error);
OooTemplate *ooo_template_file_load      (GFile        *file,
                                          GError      **error);

G_END_DECLS
