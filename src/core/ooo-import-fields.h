/* ooo-import-fields.h — one member of an imported object, checked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ooo-import-private.h"

G_BEGIN_DECLS

/* The object being read, where it is, and where its texts are kept. */
typedef struct {
  JsonObject           *object;
  const OooImportWhere *where;
  GStringChunk         *strings;
  GError              **error;
} OooImportFields;

typedef enum {
  OOO_IMPORT_TEXT_LABEL,   /* at most 200 characters, may be empty: a role, a title */
  OOO_IMPORT_TEXT_NAME,    /* the same, not blank: a name */
  OOO_IMPORT_TEXT_ITEM,    /* at most 2000 characters, not blank: an action item */
  OOO_IMPORT_TEXT_NOTES,   /* at most 1 MiB: notes */
} OooImportText;

gboolean ooo_import_check_members      (OooImportFields    *f,
                                        const char * const *known);
gboolean ooo_import_get_uuid           (OooImportFields    *f,
                                        const char         *name,
                                        gboolean            nullable,
                                        char              **out);
gboolean ooo_import_get_text           (OooImportFields    *f,
                                        const char         *name,
                                        OooImportText       rule,
                                        char              **out);
gboolean ooo_import_get_optional_notes (OooImportFields    *f,
                                        const char         *name,
                                        char              **out);
gboolean ooo_import_get_enum           (OooImportFields    *f,
                                        const char         *name,
                                        const char * const *nicks,
                                        const char        **out);
gboolean ooo_import_get_date           (OooImportFields    *f,
                                        const char         *name,
                                        gboolean            nullable,
                                        char              **out);
/* @optional: created_at and updated_at may be left out; others must be
 * there, and may be null. Null or absent gives OOO_IMPORT_NO_TIME. */
gboolean ooo_import_get_time           (OooImportFields    *f,
                                        const char         *name,
                                        gboolean            optional,
                                        gint64             *out);
gboolean ooo_import_get_int            (OooImportFields    *f,
                                        const char         *name,
                                        gint64              min,
                                        gint64              max,
                                        gint64             *out);
gboolean ooo_import_get_bool           (OooImportFields    *f,
                                        const char         *name,
                                        gboolean           *out);
gboolean ooo_import_get_list           (OooImportFields    *f,
                                        const char         *name,
                                        JsonArray         **out);
gboolean ooo_import_get_prompts        (OooImportFields    *f,
                                        const char         *name,
                                        char              **out);

G_END_DECLS
