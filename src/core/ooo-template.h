/* ooo-template.h — an agenda: named, timed segments for a 1:1
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ooo-template-segment.h"

G_BEGIN_DECLS

#define OOO_TEMPLATE_ERROR (ooo_template_error_quark ())

typedef enum {
  OOO_TEMPLATE_ERROR_INVALID,    /* the manager can fix it in the editor */
  OOO_TEMPLATE_ERROR_READ_ONLY,  /* a built-in template */
  OOO_TEMPLATE_ERROR_FILE,       /* a template file cannot be read, written or understood */
} OooTemplateError;

#define OOO_TEMPLATE_NAME_MAX_CHARS 100
#define OOO_TEMPLATE_MAX_SEGMENTS   20

#define OOO_TYPE_TEMPLATE (ooo_template_get_type ())
G_DECLARE_FINAL_TYPE (OooTemplate, ooo_template, OOO, TEMPLATE, GObject)

GQuark               ooo_template_error_quark        (void);

OooTemplate         *ooo_template_new                (const char          *name);
OooTemplate         *ooo_template_copy               (OooTemplate         *self);
void                 ooo_template_assign             (OooTemplate         *self,
                                                      OooTemplate         *from);

gint64               ooo_template_get_id             (OooTemplate         *self);
void                 ooo_template_set_id             (OooTemplate         *self,
                                                      gint64               id);
const char          *ooo_template_get_uuid           (OooTemplate         *self);
void                 ooo_template_set_uuid           (OooTemplate         *self,
                                                      const char          *uuid);
const char          *ooo_template_get_name           (OooTemplate         *self);
void                 ooo_template_set_name           (OooTemplate         *self,
                                                      const char          *name);
const char          *ooo_template_get_builtin_key    (OooTemplate         *self);
gboolean             ooo_template_is_builtin         (OooTemplate         *self);

GListModel          *ooo_template_get_segments       (OooTemplate         *self);
guint                ooo_template_get_n_segments     (OooTemplate         *self);
OooTemplateSegment  *ooo_template_get_segment        (OooTemplate         *self,
                                                      guint                position);
guint                ooo_template_get_total_minutes  (OooTemplate         *self);

void                 ooo_template_add_segment        (OooTemplate         *self,
                                                      OooTemplateSegment  *segment);
void                 ooo_template_insert_segment     (OooTemplate         *self,
                                                      guint                position,
                                                      OooTemplateSegment  *segment);
void                 ooo_template_remove_segment     (OooTemplate         *self,
                                                      guint                position);
void                 ooo_template_move_segment       (OooTemplate         *self,
                                                      guint                from,
                                                      guint                to);

gboolean             ooo_template_validate           (OooTemplate         *self,
                                                      GError             **error);
gboolean             ooo_template_validate_name      (const char          *name,
                                                      GError             **error);

G_END_DECLS
