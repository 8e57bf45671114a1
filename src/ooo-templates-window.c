/* ooo-templates-window.c — the manager's agenda templates: browse, edit, share
 *
 * The sidebar lists every template, the app's own first. The editor works on
 * a draft, a copy of the selected template: nothing reaches the template or
 * the database until Save, and leaving unsaved edits, by closing the window or
 * choosing another template, asks first. Built-ins are shown read-only;
 * duplicating one is how a manager makes it their own.
 *
 * This file holds the window, its sidebar list and the selection; the editor
 * and the actions are in their own files (see ooo-templates-window-private.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ooo-templates-window.h"
#include "ooo-templates-window-private.h"

G_DEFINE_TYPE (OooTemplatesWindow, ooo_templates_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_TEMPLATES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

gboolean
ooo_templates_window_is_editable (OooTemplatesWindow *self)
{
  return self->selected != NULL && !ooo_template_is_builtin (self->selected);
}

/* Toasts
 *
 * A new toast replaces the previous one rather than waiting behind it: what
 * the manager just did matters more than what they did before. Errors stay
 * until dismissed, so the manager can read what to fix while fixing it.
 *
 * libadwaita 1.2 crashes when a toast is freed while its show animation still
 * runs (up to half a second after it appears), so a toast is never dismissed
 * that young: a newer message takes its words, and a dismissal waits. */

#define TOAST_SETTLE_MSEC 1000

static void
on_toast_dismissed (OooTemplatesWindow *self,
                    AdwToast           *toast)
{
  if (self->toast == toast) {
    g_clear_object (&self->toast);
    g_clear_handle_id (&self->toast_dismiss_id, g_source_remove);
  }
}

static guint
toast_age_msec (OooTemplatesWindow *self)
{
  return (g_get_monotonic_time () - self->toast_shown_at) / 1000;
}

static gboolean
dismiss_toast_later (gpointer data)
{
  OooTemplatesWindow *self = data;
  g_autoptr(AdwToast) toast = g_steal_pointer (&self->toast);

  self->toast_dismiss_id = 0;
  if (toast != NULL)
    adw_toast_dismiss (toast);

  return G_SOURCE_REMOVE;
}

static void
dismiss_toast (OooTemplatesWindow *self)
{
  guint age = toast_age_msec (self);

  if (self->toast == NULL || self->toast_dismiss_id != 0)
    return;

  if (age < TOAST_SETTLE_MSEC)
    self->toast_dismiss_id = g_timeout_add (TOAST_SETTLE_MSEC - age, dismiss_toast_later, self);
  else
    dismiss_toast_later (self);
}

static void
show_toast (OooTemplatesWindow *self,
            const char         *message,
            gboolean            error)
{
  /* Toast titles are markup in libadwaita 1.2; messages can hold a name. */
  g_autofree char *escaped = g_markup_escape_text (message, -1);
  guint timeout = error ? 0 : 5;
  AdwToast *toast;

  if (self->toast != NULL && toast_age_msec (self) < TOAST_SETTLE_MSEC) {
    g_clear_handle_id (&self->toast_dismiss_id, g_source_remove);
    adw_toast_set_title (self->toast, escaped);
    adw_toast_set_timeout (self->toast, timeout);
    return;
  }

  g_clear_handle_id (&self->toast_dismiss_id, g_source_remove);
  dismiss_toast (self);

  toast = adw_toast_new (escaped);
  adw_toast_set_timeout (toast, timeout);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  self->toast = g_object_ref (toast);
  self->toast_shown_at = g_get_monotonic_time ();
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_toast_dismissed), self,
                           G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toast_overlay), toast);
}

void
ooo_templates_window_show_error (OooTemplatesWindow *self,
                                 const char         *message)
{
  show_toast (self, message, TRUE);
}

void
ooo_templates_window_show_message (OooTemplatesWindow *self,
                                   const char         *message)
{
  show_toast (self, message, FALSE);
}

/* An error toast is out of date once the draft is saved or dropped. */
void
ooo_templates_window_dismiss_error (OooTemplatesWindow *self)
{
  if (self->toast != NULL && adw_toast_get_timeout (self->toast) == 0)
    dismiss_toast (self);
}

/* Sidebar */

char *
ooo_templates_window_describe_minutes (gboolean builtin,
                                       guint    minutes)
{
  if (builtin)
    /* Translators: under a built-in template's name; %u is its length in minutes */
    return g_strdup_printf (_("Built-in · %u min"), minutes);

  /* Translators: under a template's name; %u is its length in minutes */
  return g_strdup_printf (_("%u min"), minutes);
}

static void
update_sidebar_row (GtkWidget   *row,
                    GParamSpec  *pspec,
                    OooTemplate *template)
{
  GtkWidget *title = g_object_get_data (G_OBJECT (row), "title-label");
  GtkWidget *subtitle = g_object_get_data (G_OBJECT (row), "subtitle-label");
  g_autofree char *minutes =
    ooo_templates_window_describe_minutes (ooo_template_is_builtin (template),
                                           ooo_template_get_total_minutes (template));
  g_autofree char *accessible = g_strdup_printf ("%s, %s", ooo_template_get_name (template),
                                                 minutes);

  gtk_label_set_label (GTK_LABEL (title), ooo_template_get_name (template));
  gtk_label_set_label (GTK_LABEL (subtitle), minutes);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static GtkWidget *
create_sidebar_row (gpointer item,
                    gpointer user_data)
{
  OooTemplate *template = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_object_set_data (G_OBJECT (row), "title-label", title);
  g_object_set_data (G_OBJECT (row), "subtitle-label", subtitle);
  update_sidebar_row (row, NULL, template);
  g_signal_connect_object (template, "notify::name", G_CALLBACK (update_sidebar_row), row,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (template, "notify::total-minutes",
                           G_CALLBACK (update_sidebar_row), row, G_CONNECT_SWAPPED);

  return row;
}

guint
ooo_templates_window_template_position (OooTemplatesWindow *self,
                                        OooTemplate        *template)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->templates));

  for (guint i = 0; i < n && template != NULL; i++) {
    g_autoptr(OooTemplate) item = g_list_model_get_item (G_LIST_MODEL (self->templates), i);

    if (item == template)
      return i;
  }

  return GTK_INVALID_LIST_POSITION;
}

static void on_sidebar_row_selected (OooTemplatesWindow *self,
                                     GtkListBoxRow      *row);

/* Shows the selected template as selected, without asking anything. */
void
ooo_templates_window_sync_selection (OooTemplatesWindow *self)
{
  GtkListBox *list = GTK_LIST_BOX (self->sidebar_list);
  guint position = ooo_templates_window_template_position (self, self->selected);
  GtkListBoxRow *row = position != GTK_INVALID_LIST_POSITION
                       ? gtk_list_box_get_row_at_index (list, position) : NULL;

  g_signal_handlers_block_by_func (list, on_sidebar_row_selected, self);
  if (row != NULL)
    gtk_list_box_select_row (list, row);
  else
    gtk_list_box_unselect_all (list);
  g_signal_handlers_unblock_by_func (list, on_sidebar_row_selected, self);
}

void
ooo_templates_window_show_content (OooTemplatesWindow *self)
{
  adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->content);
}

static void
then_close (OooTemplatesWindow *self,
            OooTemplate        *template)
{
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
then_select (OooTemplatesWindow *self,
             OooTemplate        *template)
{
  /* It may have gone while the question was asked. */
  if (ooo_templates_window_template_position (self, template) == GTK_INVALID_LIST_POSITION) {
    ooo_templates_window_sync_selection (self);
    return;
  }

  ooo_templates_window_show_template (self, template);
  ooo_templates_window_show_content (self);
}

static void
on_sidebar_row_selected (OooTemplatesWindow *self,
                         GtkListBoxRow      *row)
{
  g_autoptr(OooTemplate) template = NULL;

  /* The list unselects a row it rebuilds; ooo_templates_window_sync_selection()
   * puts the selection back once the list has its rows. */
  if (row == NULL)
    return;

  template = g_list_model_get_item (G_LIST_MODEL (self->templates),
                                    gtk_list_box_row_get_index (row));
  if (template == NULL)
    return;

  if (template == self->selected) {
    ooo_templates_window_show_content (self);
    return;
  }

  ooo_templates_window_settle_then (self, then_select, template);
}

static void
on_sidebar_row_activated (OooTemplatesWindow *self,
                          GtkListBoxRow      *row)
{
  if (row == gtk_list_box_get_selected_row (GTK_LIST_BOX (self->sidebar_list)) &&
      self->selected != NULL)
    ooo_templates_window_show_content (self);
}

/* A rename re-sorts the list by taking the template out and putting it back:
 * being out of the list for a moment is no reason to drop the editor. */
static void
on_templates_changed (OooTemplatesWindow *self)
{
  ooo_templates_window_sync_selection (self);
}

static void
go_back (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  OooTemplatesWindow *self = OOO_TEMPLATES_WINDOW (widget);

  adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->sidebar);
}

/* Window */

/* On a narrow window the built-in notice puts its button under the words,
 * which would otherwise be squeezed to a word a line. */
static void
on_folded_changed (OooTemplatesWindow *self)
{
  gboolean folded = adw_leaflet_get_folded (ADW_LEAFLET (self->leaflet));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->readonly_box),
                                  folded ? GTK_ORIENTATION_VERTICAL
                                         : GTK_ORIENTATION_HORIZONTAL);
  gtk_widget_set_halign (self->duplicate_button, folded ? GTK_ALIGN_END : GTK_ALIGN_FILL);
  gtk_widget_set_margin_top (self->duplicate_button, folded ? 0 : 12);
}

static gboolean
ooo_templates_window_close_request (GtkWindow *window)
{
  OooTemplatesWindow *self = OOO_TEMPLATES_WINDOW (window);

  if (self->dirty) {
    ooo_templates_window_settle_then (self, then_close, NULL);
    return TRUE;
  }

  if (GTK_WINDOW_CLASS (ooo_templates_window_parent_class)->close_request == NULL)
    return FALSE;

  return GTK_WINDOW_CLASS (ooo_templates_window_parent_class)->close_request (window);
}

static void
ooo_templates_window_constructed (GObject *object)
{
  OooTemplatesWindow *self = OOO_TEMPLATES_WINDOW (object);

  G_OBJECT_CLASS (ooo_templates_window_parent_class)->constructed (object);

  gtk_list_box_bind_model (GTK_LIST_BOX (self->sidebar_list), G_LIST_MODEL (self->templates),
                           create_sidebar_row, NULL, NULL);
  /* Connected after the list's own handler, so the rows exist. */
  g_signal_connect_object (self->templates, "items-changed",
                           G_CALLBACK (on_templates_changed), self, G_CONNECT_SWAPPED);

  ooo_templates_window_show_template (self, NULL);
  adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->sidebar);
}

static void
ooo_templates_window_dispose (GObject *object)
{
  OooTemplatesWindow *self = OOO_TEMPLATES_WINDOW (object);

  ooo_templates_window_clear_chooser (self);
  if (self->settle_dialog != NULL) {
    g_object_remove_weak_pointer (G_OBJECT (self->settle_dialog),
                                  (gpointer *) &self->settle_dialog);
    self->settle_dialog = NULL;
  }
  g_clear_handle_id (&self->toast_dismiss_id, g_source_remove);
  g_clear_object (&self->toast);

  /* The segment rows' handlers point back at the window: they go first. */
  if (self->segments_list != NULL)
    ooo_templates_window_clear_segment_rows (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), OOO_TYPE_TEMPLATES_WINDOW);

  g_clear_object (&self->then_template);
  g_clear_object (&self->draft);
  g_clear_object (&self->selected);
  g_clear_object (&self->templates);

  G_OBJECT_CLASS (ooo_templates_window_parent_class)->dispose (object);
}

static void
ooo_templates_window_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  OooTemplatesWindow *self = OOO_TEMPLATES_WINDOW (object);

  switch (prop_id) {
  case PROP_TEMPLATES:
    g_value_set_object (value, self->templates);
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
ooo_templates_window_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  OooTemplatesWindow *self = OOO_TEMPLATES_WINDOW (object);

  switch (prop_id) {
  case PROP_TEMPLATES:
    self->templates = g_value_dup_object (value);
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
ooo_templates_window_class_init (OooTemplatesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = ooo_templates_window_constructed;
  object_class->dispose = ooo_templates_window_dispose;
  object_class->get_property = ooo_templates_window_get_property;
  object_class->set_property = ooo_templates_window_set_property;
  window_class->close_request = ooo_templates_window_close_request;

  properties[PROP_TEMPLATES] =
    g_param_spec_object ("templates", NULL, NULL, OOO_TYPE_TEMPLATES,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/OneOnOne/ooo-templates-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OooTemplatesWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OooTemplatesWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, OooTemplatesWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, OooTemplatesWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, OooTemplatesWindow, content);
  gtk_widget_class_bind_template_child (widget_class, OooTemplatesWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, OooTemplatesWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, OooTemplatesWindow, save_button);
  gtk_widget_class_bind_template_child (widget_class, OooTemplatesWindow,
                                        template_menu_button);
  gtk_widget_class_bind_template_child (widget_class, OooTemplatesWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, OooTemplatesWindow, readonly_group);
  gtk_widget_class_bind_template_child (widget_class, OooTemplatesWindow, readonly_box);
  gtk_widget_class_bind_template_child (widget_class, OooTemplatesWindow, duplicate_button);
  gtk_widget_class_bind_template_child (widget_class, OooTemplatesWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, OooTemplatesWindow, segments_group);
  gtk_widget_class_bind_template_child (widget_class, OooTemplatesWindow, add_segment_button);
  gtk_widget_class_bind_template_child (widget_class, OooTemplatesWindow, segments_list);

  ooo_templates_window_class_install_actions (widget_class);
  ooo_templates_window_class_install_segment_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "templates.back", NULL, go_back);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "templates.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "templates.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "templates.import", NULL);
}

static void
ooo_templates_window_init (OooTemplatesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_swapped (self->sidebar_list, "row-selected",
                            G_CALLBACK (on_sidebar_row_selected), self);
  g_signal_connect_swapped (self->sidebar_list, "row-activated",
                            G_CALLBACK (on_sidebar_row_activated), self);
  g_signal_connect_swapped (self->leaflet, "notify::folded",
                            G_CALLBACK (on_folded_changed), self);
  on_folded_changed (self);
  ooo_templates_window_init_editor (self);
}

OooTemplatesWindow *
ooo_templates_window_new (OooTemplates *templates)
{
  g_return_val_if_fail (OOO_IS_TEMPLATES (templates), NULL);

  return g_object_new (OOO_TYPE_TEMPLATES_WINDOW, "templates", templates, NULL);
}

/* Returns: (transfer none) (nullable) the template the editor shows. */
OooTemplate *
ooo_templates_window_get_selected (OooTemplatesWindow *self)
{
  g_return_val_if_fail (OOO_IS_TEMPLATES_WINDOW (self), NULL);
  return self->selected;
}

/* Returns: (transfer none) (nullable) the edited copy of the selected template. */
OooTemplate *
ooo_templates_window_get_draft (OooTemplatesWindow *self)
{
  g_return_val_if_fail (OOO_IS_TEMPLATES_WINDOW (self), NULL);
  return self->draft;
}
