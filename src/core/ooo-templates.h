/* ooo-templates.h — every agenda template, the app's own and the manager's
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ooo-person.h"
#include "ooo-store.h"
#include "ooo-template.h"

G_BEGIN_DECLS

/* The built-in keys, stored in template.builtin_key: never rename one. */
#define OOO_TEMPLATE_KEY_O3                     "o3"
#define OOO_TEMPLATE_KEY_SPLIT                  "split"
#define OOO_TEMPLATE_KEY_STATUS                 "status"
#define OOO_TEMPLATE_KEY_INDIVIDUAL_CONTRIBUTOR "individual-contributor"
#define OOO_TEMPLATE_KEY_MANAGER_OF_MANAGERS    "manager-of-managers"
#define OOO_TEMPLATE_KEY_SKIP_LEVEL             "skip-level"
#define OOO_TEMPLATE_KEY_FIRST                  "first"

#define OOO_TYPE_TEMPLATES (ooo_templates_get_type ())
G_DECLARE_FINAL_TYPE (OooTemplates, ooo_templates, OOO, TEMPLATES, GObject)

OooTemplates *ooo_templates_new          (OooStore       *store);
gboolean      ooo_templates_load         (OooTemplates   *self,
                                          GError        **error);
OooStore     *ooo_templates_get_store    (OooTemplates   *self);

OooTemplate  *ooo_templates_find_by_uuid (OooTemplates   *self,
                                          const char     *uuid);
OooTemplate  *ooo_templates_find_by_id   (OooTemplates   *self,
                                          gint64          id);
OooTemplate  *ooo_templates_find_builtin (OooTemplates   *self,
                                          const char     *key);
OooTemplate  *ooo_templates_default_for  (OooTemplates   *self,
                                          OooPersonKind   kind,
                                          OooEmployment   employment);

gboolean      ooo_templates_add          (OooTemplates   *self,
                                          OooTemplate    *new_template,
                                          GError        **error);
gboolean      ooo_templates_update       (OooTemplates   *self,
                                          OooTemplate    *template,
                                          OooTemplate    *changes,
                                          GError        **error);
OooTemplate  *ooo_templates_duplicate    (OooTemplates   *self,
                                          OooTemplate    *source,
                                          GError        **error);
gboolean      ooo_templates_delete       (OooTemplates   *self,
                                          OooTemplate    *template,
                                          GError        **error);

G_END_DECLS
