/* ooo-templates-window-private.h — what the templates window's parts share
 *
 * The window and its list live in ooo-templates-window.c, the editor of the
 * draft in ooo-templates-window-editor.c, and what the manager can do with
 * templates in ooo-templates-window-actions.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ooo-templates-window.h"

G_BEGIN_DECLS

/* What to do once unsaved changes are saved or discarded. */
typedef void (*OooTemplatesWindowThen) (OooTemplatesWindow *self,
                                        OooTemplate        *template);

struct _OooTemplatesWindow
{
  AdwWindow               parent_instance;

  OooTemplates           *templates;
  OooTemplate            *selected;          /* one of templates, or NULL */
  OooTemplate            *draft;             /* what the editor shows, a copy of selected */
  gboolean                dirty;
  gboolean                filling;           /* the editor is being filled from the draft */

  OooTemplatesWindowThen  then;
  OooTemplate            *then_template;
  GtkWidget              *settle_dialog;     /* weak */

  GtkNativeDialog        *chooser;
  AdwToast               *toast;             /* the last one shown */
  gint64                  toast_shown_at;
  guint                   toast_dismiss_id;

  GtkWidget              *toast_overlay;
  GtkWidget              *leaflet;
  GtkWidget              *sidebar;
  GtkWidget              *sidebar_list;
  GtkWidget              *content;
  GtkWidget              *content_title;
  GtkWidget              *back_button;
  GtkWidget              *save_button;
  GtkWidget              *template_menu_button;
  GtkWidget              *content_stack;
  GtkWidget              *readonly_group;
  GtkWidget              *readonly_box;
  GtkWidget              *duplicate_button;
  GtkWidget              *name_row;
  GtkWidget              *segments_group;
  GtkWidget              *add_segment_button;
  GtkWidget              *segments_list;
};

/* ooo-templates-window.c */
gboolean ooo_templates_window_is_editable       (OooTemplatesWindow *self);
void     ooo_templates_window_show_error        (OooTemplatesWindow *self,
                                                 const char         *message);
void     ooo_templates_window_show_message      (OooTemplatesWindow *self,
                                                 const char         *message);
void     ooo_templates_window_dismiss_error     (OooTemplatesWindow *self);
char    *ooo_templates_window_describe_minutes  (gboolean            builtin,
                                                 guint               minutes);
guint    ooo_templates_window_template_position (OooTemplatesWindow *self,
                                                 OooTemplate        *template);
void     ooo_templates_window_sync_selection    (OooTemplatesWindow *self);
void     ooo_templates_window_show_content      (OooTemplatesWindow *self);

/* ooo-templates-window-editor.c */
void     ooo_templates_window_init_editor         (OooTemplatesWindow *self);
void     ooo_templates_window_show_template       (OooTemplatesWindow *self,
                                                   OooTemplate        *template);
void     ooo_templates_window_show_new_template   (OooTemplatesWindow *self,
                                                   OooTemplate        *template);
void     ooo_templates_window_update_segment_rows (OooTemplatesWindow *self);
void     ooo_templates_window_clear_segment_rows  (OooTemplatesWindow *self);
gboolean ooo_templates_window_save_draft          (OooTemplatesWindow *self);
void     ooo_templates_window_class_install_segment_actions (GtkWidgetClass *widget_class);

/* ooo-templates-window-actions.c */
void     ooo_templates_window_settle_then    (OooTemplatesWindow     *self,
                                              OooTemplatesWindowThen  then,
                                              OooTemplate            *template);
void     ooo_templates_window_update_actions (OooTemplatesWindow     *self);
void     ooo_templates_window_clear_chooser  (OooTemplatesWindow     *self);
void     ooo_templates_window_class_install_actions (GtkWidgetClass *widget_class);

/* For tests: a file chooser cannot be driven in a test, so the work done once
 * a file is chosen is callable here, with the file. */
OooTemplate *ooo_templates_window_get_selected      (OooTemplatesWindow *self);
OooTemplate *ooo_templates_window_get_draft         (OooTemplatesWindow *self);
gboolean     ooo_templates_window_import_file       (OooTemplatesWindow *self,
                                                     GFile              *file);
gboolean     ooo_templates_window_export_file       (OooTemplatesWindow *self,
                                                     GFile              *file);
GtkWidget   *ooo_templates_window_get_segment_field (OooTemplatesWindow *self,
                                                     guint               position,
                                                     const char         *field);

G_END_DECLS
