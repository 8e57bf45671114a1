/* ooo-templates-window.c — the manager's agenda templates: browse, edit, share
 *
 * The sidebar lists every template, the app's own first. The editor works on
 * a draft, a copy of the selected template: nothing reaches the template or
 * the database until Save, and leaving unsaved edits, by closing the window or
 * choosing another template, asks first. Built-ins are shown read-only;
 * duplicating one is how a manager makes it their own.
 *
 * The segment rows are built here rather than bound to the draft's list:
 * moving a row keeps it (expanded or not, with the focus where it was), which
 * a rebuilt row would lose.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ooo-template-file.h"
#include "ooo-templates-window.h"
#include "ooo-templates-window-private.h"

/* What to do once unsaved changes are saved or discarded. */
typedef void (*ThenFunc) (OooTemplatesWindow *self,
                          OooTemplate        *template);

struct _OooTemplatesWindow
{
  AdwWindow        parent_instance;

  OooTemplates    *templates;
  OooTemplate     *selected;          /* one of templates, or NULL */
  OooTemplate     *draft;             /* what the editor shows, a copy of selected */
  gboolean         dirty;
  gboolean         filling;           /* the editor is being filled from the draft */

  ThenFunc         then;
  OooTemplate     *then_template;
  GtkWidget       *settle_dialog;     /* weak */

  GtkNativeDialog *chooser;
  AdwToast        *toast;             /* the last one shown */
  gint64           toast_shown_at;
  guint            toast_dismiss_id;

  GtkWidget       *toast_overlay;
  GtkWidget       *leaflet;
  GtkWidget       *sidebar;
  GtkWidget       *sidebar_list;
  GtkWidget       *content;
  GtkWidget       *content_title;
  GtkWidget       *back_button;
  GtkWidget       *save_button;
  GtkWidget       *template_menu_button;
  GtkWidget       *content_stack;
  GtkWidget       *readonly_group;
  GtkWidget       *readonly_box;
  GtkWidget       *duplicate_button;
  GtkWidget       *name_row;
  GtkWidget       *segments_group;
  GtkWidget       *add_segment_button;
  GtkWidget       *segments_list;
};

G_DEFINE_TYPE (OooTemplatesWindow, ooo_templates_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_TEMPLATES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The widgets of one segment, kept on its expander row. */
typedef struct {
  OooTemplatesWindow *window;
  OooTemplateSegment *segment;
  GtkWidget          *row;
  GtkWidget          *title_row;
  GtkWidget          *minutes_spin;
  GtkWidget          *owner_row;
  GtkWidget          *prompts_view;
  GtkWidget          *up_button;
  GtkWidget          *down_button;
  GtkWidget          *remove_button;
} SegmentRow;

static const OooSegmentOwner owners[] = {
  OOO_SEGMENT_OWNER_THEM, OOO_SEGMENT_OWNER_ME, OOO_SEGMENT_OWNER_BOTH,
};

static void update_actions (OooTemplatesWindow *self);
static void show_template  (OooTemplatesWindow *self,
                            OooTemplate        *template);

static void
segment_row_free (gpointer data)
{
  SegmentRow *row = data;

  g_clear_object (&row->segment);
  g_free (row);
}

static SegmentRow *
segment_row_at (OooTemplatesWindow *self,
                guint               position)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->segments_list),
                                                      position);

  return row != NULL ? g_object_get_data (G_OBJECT (row), "ooo-segment-row") : NULL;
}

static gboolean
is_editable (OooTemplatesWindow *self)
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

static void
show_error (OooTemplatesWindow *self,
            const char         *message)
{
  show_toast (self, message, TRUE);
}

static void
show_message (OooTemplatesWindow *self,
              const char         *message)
{
  show_toast (self, message, FALSE);
}

/* An error toast is out of date once the draft is saved or dropped. */
static void
dismiss_error (OooTemplatesWindow *self)
{
  if (self->toast != NULL && adw_toast_get_timeout (self->toast) == 0)
    dismiss_toast (self);
}

/* Sidebar */

static char *
describe_minutes (gboolean builtin,
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
  g_autofree char *minutes = describe_minutes (ooo_template_is_builtin (template),
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

static guint
template_position (OooTemplatesWindow *self,
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
static void
sync_sidebar_selection (OooTemplatesWindow *self)
{
  GtkListBox *list = GTK_LIST_BOX (self->sidebar_list);
  guint position = template_position (self, self->selected);
  GtkListBoxRow *row = position != GTK_INVALID_LIST_POSITION
                       ? gtk_list_box_get_row_at_index (list, position) : NULL;

  g_signal_handlers_block_by_func (list, on_sidebar_row_selected, self);
  if (row != NULL)
    gtk_list_box_select_row (list, row);
  else
    gtk_list_box_unselect_all (list);
  g_signal_handlers_unblock_by_func (list, on_sidebar_row_selected, self);
}

static void
show_content (OooTemplatesWindow *self)
{
  adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->content);
}

/* Editor */

static gboolean
same_segment (OooTemplateSegment *a,
              OooTemplateSegment *b)
{
  return g_strcmp0 (ooo_template_segment_get_uuid (a), ooo_template_segment_get_uuid (b)) == 0 &&
         g_strcmp0 (ooo_template_segment_get_title (a),
                    ooo_template_segment_get_title (b)) == 0 &&
         ooo_template_segment_get_minutes (a) == ooo_template_segment_get_minutes (b) &&
         ooo_template_segment_get_owner (a) == ooo_template_segment_get_owner (b) &&
         g_strcmp0 (ooo_template_segment_get_prompts (a),
                    ooo_template_segment_get_prompts (b)) == 0;
}

static gboolean
same_template (OooTemplate *a,
               OooTemplate *b)
{
  guint n = ooo_template_get_n_segments (a);

  if (g_strcmp0 (ooo_template_get_name (a), ooo_template_get_name (b)) != 0 ||
      n != ooo_template_get_n_segments (b))
    return FALSE;

  for (guint i = 0; i < n; i++) {
    if (!same_segment (ooo_template_get_segment (a, i), ooo_template_get_segment (b, i)))
      return FALSE;
  }

  return TRUE;
}

static void
update_titles (OooTemplatesWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *total = NULL;
  g_autofree char *subtitle = NULL;
  guint minutes;

  if (self->draft == NULL) {
    adw_window_title_set_title (ADW_WINDOW_TITLE (self->content_title), "");
    adw_window_title_set_subtitle (ADW_WINDOW_TITLE (self->content_title), "");
    return;
  }

  name = g_strstrip (g_strdup (ooo_template_get_name (self->draft)));
  minutes = ooo_template_get_total_minutes (self->draft);
  total = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Total: %u minute",
                                        "Total: %u minutes", minutes), minutes);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->segments_group), total);

  if (self->dirty)
    /* Translators: under the template's name while it has unsaved changes */
    subtitle = g_strdup (_("Unsaved changes"));
  else
    subtitle = describe_minutes (ooo_template_is_builtin (self->draft), minutes);

  adw_window_title_set_title (ADW_WINDOW_TITLE (self->content_title),
                              *name != '\0' ? name : _("Untitled Template"));
  adw_window_title_set_subtitle (ADW_WINDOW_TITLE (self->content_title), subtitle);
}

/* Called after every edit of the draft. */
static void
draft_changed (OooTemplatesWindow *self)
{
  if (self->filling || self->draft == NULL)
    return;

  self->dirty = !same_template (self->draft, self->selected);
  update_titles (self);
  update_actions (self);
}

static void
update_segment_header (SegmentRow *row)
{
  OooTemplateSegment *segment = row->segment;
  g_autofree char *title = g_strstrip (g_strdup (ooo_template_segment_get_title (segment)));
  g_autofree char *subtitle = NULL;

  /* Translators: under a segment's title: its length and who it belongs to,
   * e.g. "10 min · Them" */
  subtitle = g_strdup_printf (_("%u min · %s"), ooo_template_segment_get_minutes (segment),
                              ooo_segment_owner_to_label (ooo_template_segment_get_owner
                                                            (segment)));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row),
                                 *title != '\0' ? title : _("Untitled Segment"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row->row), subtitle);
}

static void
on_segment_title_changed (GtkEditable *editable,
                          SegmentRow  *row)
{
  ooo_template_segment_set_title (row->segment, gtk_editable_get_text (editable));
  gtk_widget_remove_css_class (row->title_row, "error");
  update_segment_header (row);
  draft_changed (row->window);
}

static void
on_segment_minutes_changed (GtkSpinButton *spin,
                            SegmentRow    *row)
{
  ooo_template_segment_set_minutes (row->segment, gtk_spin_button_get_value_as_int (spin));
  update_segment_header (row);
  draft_changed (row->window);
}

static void
on_segment_owner_changed (AdwComboRow *combo,
                          GParamSpec  *pspec,
                          SegmentRow  *row)
{
  guint selected = adw_combo_row_get_selected (combo);

  if (selected >= G_N_ELEMENTS (owners))
    return;

  ooo_template_segment_set_owner (row->segment, owners[selected]);
  update_segment_header (row);
  draft_changed (row->window);
}

static void
on_segment_prompts_changed (GtkTextBuffer *buffer,
                            SegmentRow    *row)
{
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  ooo_template_segment_set_prompts (row->segment, text);
  draft_changed (row->window);
}

/* The segment's row buttons name the action rather than bind it: the position
 * they act on is the row's own at the moment of the click. */
static void
on_segment_button_clicked (GtkWidget  *button,
                           SegmentRow *row)
{
  const char *action = g_object_get_data (G_OBJECT (button), "segment-action");
  int position = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row->row));

  if (position >= 0)
    gtk_widget_activate_action (GTK_WIDGET (row->window), action, "u", (guint32) position);
}

static GtkWidget *
create_segment_button (SegmentRow *row,
                       const char *icon_name,
                       const char *tooltip,
                       const char *action)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data (G_OBJECT (button), "segment-action", (gpointer) action);
  g_signal_connect (button, "clicked", G_CALLBACK (on_segment_button_clicked), row);

  return button;
}

static GtkWidget *
create_prompts_row (SegmentRow *row,
                    gboolean    editable)
{
  OooTemplateSegment *segment = row->segment;
  GtkWidget *list_row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (_("Prompts"));
  GtkWidget *hint = gtk_label_new (_("The questions to ask, one per line."));
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkTextBuffer *buffer;

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (list_row), FALSE);
  gtk_widget_set_focusable (list_row, FALSE);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 12);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_widget_add_css_class (hint, "caption");
  gtk_widget_add_css_class (hint, "dim-label");

  row->prompts_view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (row->prompts_view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (row->prompts_view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (row->prompts_view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (row->prompts_view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (row->prompts_view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (row->prompts_view), 8);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (row->prompts_view), editable);
  gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (row->prompts_view), editable);
  gtk_widget_set_size_request (row->prompts_view, -1, 72);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->prompts_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Prompts, one per line"),
                                  GTK_ACCESSIBLE_PROPERTY_MULTI_LINE, TRUE,
                                  GTK_ACCESSIBLE_PROPERTY_READ_ONLY, !editable,
                                  -1);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (row->prompts_view));
  gtk_text_buffer_set_text (buffer, ooo_template_segment_get_prompts (segment), -1);
  g_signal_connect (buffer, "changed", G_CALLBACK (on_segment_prompts_changed), row);

  gtk_frame_set_child (GTK_FRAME (frame), row->prompts_view);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), hint);
  gtk_box_append (GTK_BOX (box), frame);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (list_row), box);

  return list_row;
}

static GtkWidget *
create_segment_row (OooTemplatesWindow *self,
                    OooTemplateSegment *segment,
                    gboolean            editable)
{
  SegmentRow *row = g_new0 (SegmentRow, 1);
  g_autoptr(GtkStringList) owner_labels = gtk_string_list_new (NULL);
  GtkWidget *minutes_row;
  GtkAdjustment *adjustment;

  row->window = self;
  row->segment = g_object_ref (segment);
  row->row = adw_expander_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row->row), FALSE);
  g_object_set_data_full (G_OBJECT (row->row), "ooo-segment-row", row, segment_row_free);

  if (editable) {
    row->remove_button = create_segment_button (row, "user-trash-symbolic",
                                                _("Remove Segment"),
                                                "templates.remove-segment");
    row->down_button = create_segment_button (row, "go-down-symbolic", _("Move Down"),
                                              "templates.move-down");
    row->up_button = create_segment_button (row, "go-up-symbolic", _("Move Up"),
                                            "templates.move-up");
    /* Each is put before the last. */
    adw_expander_row_add_action (ADW_EXPANDER_ROW (row->row), row->remove_button);
    adw_expander_row_add_action (ADW_EXPANDER_ROW (row->row), row->down_button);
    adw_expander_row_add_action (ADW_EXPANDER_ROW (row->row), row->up_button);
  }

  row->title_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->title_row), _("Title"));
  gtk_editable_set_text (GTK_EDITABLE (row->title_row), ooo_template_segment_get_title (segment));
  gtk_widget_set_sensitive (row->title_row, editable);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->title_row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Segment title"), -1);
  g_signal_connect (row->title_row, "changed", G_CALLBACK (on_segment_title_changed), row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row->row), row->title_row);

  /* AdwSpinRow is newer than libadwaita 1.2. "numeric" refuses any text that
   * is not a number, so nothing but 1–120 reaches the segment. */
  adjustment = gtk_adjustment_new (CLAMP (ooo_template_segment_get_minutes (segment),
                                          OOO_TEMPLATE_SEGMENT_MIN_MINUTES,
                                          OOO_TEMPLATE_SEGMENT_MAX_MINUTES),
                                   OOO_TEMPLATE_SEGMENT_MIN_MINUTES,
                                   OOO_TEMPLATE_SEGMENT_MAX_MINUTES, 1, 5, 0);
  row->minutes_spin = gtk_spin_button_new (adjustment, 1, 0);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (row->minutes_spin), TRUE);
  gtk_spin_button_set_update_policy (GTK_SPIN_BUTTON (row->minutes_spin),
                                     GTK_UPDATE_IF_VALID);
  gtk_widget_set_valign (row->minutes_spin, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (row->minutes_spin, editable);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->minutes_spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Minutes"), -1);
  g_signal_connect (row->minutes_spin, "value-changed",
                    G_CALLBACK (on_segment_minutes_changed), row);
  minutes_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (minutes_row), _("Minutes"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (minutes_row), row->minutes_spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (minutes_row), row->minutes_spin);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row->row), minutes_row);

  for (guint i = 0; i < G_N_ELEMENTS (owners); i++)
    gtk_string_list_append (owner_labels, ooo_segment_owner_to_label (owners[i]));
  row->owner_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->owner_row), _("Whose Time"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row->owner_row), G_LIST_MODEL (owner_labels));
  for (guint i = 0; i < G_N_ELEMENTS (owners); i++) {
    if (owners[i] == ooo_template_segment_get_owner (segment))
      adw_combo_row_set_selected (ADW_COMBO_ROW (row->owner_row), i);
  }
  gtk_widget_set_sensitive (row->owner_row, editable);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->owner_row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Whose time: them, me or both"), -1);
  g_signal_connect (row->owner_row, "notify::selected",
                    G_CALLBACK (on_segment_owner_changed), row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row->row), row->owner_row);

  adw_expander_row_add_row (ADW_EXPANDER_ROW (row->row), create_prompts_row (row, editable));

  update_segment_header (row);

  return row->row;
}

/* Names the row buttons by position, for screen readers, and enables only
 * the moves that can be made. */
static void
update_segment_rows (OooTemplatesWindow *self)
{
  gboolean editable = is_editable (self);
  guint n = self->draft != NULL ? ooo_template_get_n_segments (self->draft) : 0;

  for (guint i = 0; i < n; i++) {
    SegmentRow *row = segment_row_at (self, i);
    g_autofree char *up = NULL;
    g_autofree char *down = NULL;
    g_autofree char *remove = NULL;

    if (row == NULL || row->up_button == NULL)
      continue;

    up = g_strdup_printf (_("Move segment %u up"), i + 1);
    down = g_strdup_printf (_("Move segment %u down"), i + 1);
    remove = g_strdup_printf (_("Remove segment %u"), i + 1);
    gtk_accessible_update_property (GTK_ACCESSIBLE (row->up_button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, up, -1);
    gtk_accessible_update_property (GTK_ACCESSIBLE (row->down_button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, down, -1);
    gtk_accessible_update_property (GTK_ACCESSIBLE (row->remove_button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, remove, -1);
    gtk_widget_set_sensitive (row->up_button, editable && i > 0);
    gtk_widget_set_sensitive (row->down_button, editable && i + 1 < n);
    gtk_widget_set_sensitive (row->remove_button, editable && n > 1);
  }
}

/* One place decides what can be done now. */
static void
update_actions (OooTemplatesWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean have_template = self->selected != NULL;
  gboolean editable = is_editable (self);
  guint n = self->draft != NULL ? ooo_template_get_n_segments (self->draft) : 0;

  gtk_widget_action_set_enabled (widget, "templates.new", TRUE);
  gtk_widget_action_set_enabled (widget, "templates.import", TRUE);
  gtk_widget_action_set_enabled (widget, "templates.duplicate", have_template);
  gtk_widget_action_set_enabled (widget, "templates.export", have_template);
  gtk_widget_action_set_enabled (widget, "templates.delete", editable);
  gtk_widget_action_set_enabled (widget, "templates.save", editable && self->dirty);
  gtk_widget_action_set_enabled (widget, "templates.add-segment",
                                 editable && n < OOO_TEMPLATE_MAX_SEGMENTS);
  gtk_widget_action_set_enabled (widget, "templates.remove-segment", editable && n > 1);
  gtk_widget_action_set_enabled (widget, "templates.move-up", editable && n > 1);
  gtk_widget_action_set_enabled (widget, "templates.move-down", editable && n > 1);

  gtk_widget_set_visible (self->save_button, editable);
  gtk_widget_set_visible (self->template_menu_button, have_template);
  gtk_widget_set_visible (self->readonly_group, have_template && !editable);
  gtk_widget_set_visible (self->add_segment_button, editable);
  update_segment_rows (self);
}

static void
clear_segment_rows (OooTemplatesWindow *self)
{
  GtkListBox *list = GTK_LIST_BOX (self->segments_list);
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

/* Shows @template (or nothing) in the editor, with a fresh draft: any
 * unsaved edit is dropped, so ask first (see settle_then()). */
static void
show_template (OooTemplatesWindow *self,
               OooTemplate        *template)
{
  gboolean editable;
  guint n;

  g_set_object (&self->selected, template);
  g_clear_object (&self->draft);
  self->dirty = FALSE;
  dismiss_error (self);

  self->filling = TRUE;
  clear_segment_rows (self);

  if (template != NULL) {
    self->draft = ooo_template_copy (template);
    editable = is_editable (self);

    gtk_editable_set_text (GTK_EDITABLE (self->name_row), ooo_template_get_name (self->draft));
    gtk_widget_remove_css_class (self->name_row, "error");
    gtk_widget_set_sensitive (self->name_row, editable);

    n = ooo_template_get_n_segments (self->draft);
    for (guint i = 0; i < n; i++) {
      GtkWidget *row = create_segment_row (self, ooo_template_get_segment (self->draft, i),
                                           editable);

      gtk_list_box_append (GTK_LIST_BOX (self->segments_list), row);
    }
  } else {
    gtk_editable_set_text (GTK_EDITABLE (self->name_row), "");
  }
  self->filling = FALSE;

  gtk_stack_set_visible_child_name (GTK_STACK (self->content_stack),
                                    template != NULL ? "editor" : "none");
  update_titles (self);
  sync_sidebar_selection (self);
  update_actions (self);
}

/* Shows a template the manager has just made, ready to be named. */
static void
show_new_template (OooTemplatesWindow *self,
                   OooTemplate        *template)
{
  show_template (self, template);
  show_content (self);
  gtk_widget_grab_focus (self->name_row);
  gtk_editable_select_region (GTK_EDITABLE (self->name_row), 0, -1);
}

/* Unsaved changes */

static void
commit_typed_minutes (OooTemplatesWindow *self)
{
  guint n = self->draft != NULL ? ooo_template_get_n_segments (self->draft) : 0;

  /* A number still being typed reaches the adjustment only on update. */
  for (guint i = 0; i < n; i++) {
    SegmentRow *row = segment_row_at (self, i);

    if (row != NULL)
      gtk_spin_button_update (GTK_SPIN_BUTTON (row->minutes_spin));
  }
}

static void
strip_entry (GtkWidget *entry)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));

  if (strcmp (g_strstrip (text), gtk_editable_get_text (GTK_EDITABLE (entry))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

/* Leading and trailing spaces are typing, not content. */
static void
strip_draft (OooTemplatesWindow *self)
{
  guint n = ooo_template_get_n_segments (self->draft);

  strip_entry (self->name_row);
  for (guint i = 0; i < n; i++) {
    SegmentRow *row = segment_row_at (self, i);

    if (row != NULL)
      strip_entry (row->title_row);
  }
}

/* Points at the field an invalid draft is wrong in. */
static void
mark_invalid_field (OooTemplatesWindow *self)
{
  guint n = ooo_template_get_n_segments (self->draft);

  if (!ooo_template_validate_name (ooo_template_get_name (self->draft), NULL)) {
    gtk_widget_add_css_class (self->name_row, "error");
    gtk_widget_grab_focus (self->name_row);
    return;
  }

  for (guint i = 0; i < n; i++) {
    OooTemplateSegment *segment = ooo_template_get_segment (self->draft, i);
    SegmentRow *row = segment_row_at (self, i);

    if (row != NULL && !ooo_template_segment_validate (segment, i, NULL)) {
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row->row), TRUE);
      gtk_widget_add_css_class (row->title_row, "error");
      gtk_widget_grab_focus (row->title_row);
      return;
    }
  }
}

static gboolean
save_draft (OooTemplatesWindow *self)
{
  g_autoptr(OooTemplate) changes = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  if (!is_editable (self) || self->draft == NULL)
    return FALSE;

  commit_typed_minutes (self);
  strip_draft (self);

  changes = ooo_template_copy (self->draft);
  if (!ooo_templates_update (self->templates, self->selected, changes, &error)) {
    if (g_error_matches (error, OOO_TEMPLATE_ERROR, OOO_TEMPLATE_ERROR_INVALID))
      mark_invalid_field (self);
    show_error (self, error->message);
    return FALSE;
  }

  /* New segments now have their stored UUIDs: the draft takes them, so that
   * it matches what was saved. */
  n = ooo_template_get_n_segments (self->draft);
  for (guint i = 0; i < n; i++)
    ooo_template_segment_set_uuid (ooo_template_get_segment (self->draft, i),
                                   ooo_template_segment_get_uuid
                                     (ooo_template_get_segment (self->selected, i)));

  dismiss_error (self);
  draft_changed (self);

  return TRUE;
}

static void
on_settle_response (OooTemplatesWindow *self,
                    const char         *response,
                    AdwMessageDialog   *dialog)
{
  ThenFunc then = g_steal_pointer (&self->then);
  g_autoptr(OooTemplate) template = g_steal_pointer (&self->then_template);

  if (then == NULL)
    return;

  if (g_strcmp0 (response, "save") == 0) {
    if (!save_draft (self)) {
      sync_sidebar_selection (self);
      return;
    }
  } else if (g_strcmp0 (response, "discard") == 0) {
    show_template (self, self->selected);
  } else {
    sync_sidebar_selection (self);
    return;
  }

  then (self, template);
}

/* Runs @then at once when nothing is unsaved; otherwise asks whether to save
 * or discard the changes first, or to do nothing. */
static void
settle_then (OooTemplatesWindow *self,
             ThenFunc            then,
             OooTemplate        *template)
{
  AdwMessageDialog *dialog;

  if (!self->dirty) {
    then (self, template);
    return;
  }

  if (self->settle_dialog != NULL) {
    gtk_window_present (GTK_WINDOW (self->settle_dialog));
    return;
  }

  self->then = then;
  g_set_object (&self->then_template, template);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Save Changes?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  _("“%s” has unsaved changes. Changes which are not "
                                    "saved will be lost."),
                                  ooo_template_get_name (self->selected));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);

  self->settle_dialog = GTK_WIDGET (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->settle_dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_settle_response), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
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
  if (template_position (self, template) == GTK_INVALID_LIST_POSITION) {
    sync_sidebar_selection (self);
    return;
  }

  show_template (self, template);
  show_content (self);
}

static void
on_sidebar_row_selected (OooTemplatesWindow *self,
                         GtkListBoxRow      *row)
{
  g_autoptr(OooTemplate) template = NULL;

  /* The list unselects a row it rebuilds; sync_sidebar_selection() puts the
   * selection back once the list has its rows. */
  if (row == NULL)
    return;

  template = g_list_model_get_item (G_LIST_MODEL (self->templates),
                                    gtk_list_box_row_get_index (row));
  if (template == NULL)
    return;

  if (template == self->selected) {
    show_content (self);
    return;
  }

  settle_then (self, then_select, template);
}

static void
on_sidebar_row_activated (OooTemplatesWindow *self,
                          GtkListBoxRow      *row)
{
  if (row == gtk_list_box_get_selected_row (GTK_LIST_BOX (self->sidebar_list)) &&
      self->selected != NULL)
    show_content (self);
}

/* A rename re-sorts the list by taking the template out and putting it back:
 * being out of the list for a moment is no reason to drop the editor. */
static void
on_templates_changed (OooTemplatesWindow *self)
{
  sync_sidebar_selection (self);
}

static void
on_name_changed (OooTemplatesWindow *self)
{
  if (self->draft == NULL || self->filling)
    return;

  ooo_template_set_name (self->draft, gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  gtk_widget_remove_css_class (self->name_row, "error");
  draft_changed (self);
}

static void
on_name_activated (OooTemplatesWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "templates.save", NULL);
}

/* Actions: templates */

static void
then_new (OooTemplatesWindow *self,
          OooTemplate        *unused)
{
  g_autoptr(OooTemplate) template = ooo_template_new (_("New Agenda"));
  g_autoptr(OooTemplateSegment) segment =
    ooo_template_segment_new (_("Their time"), 10, OOO_SEGMENT_OWNER_THEM, "");
  g_autoptr(GError) error = NULL;

  ooo_template_add_segment (template, segment);
  if (!ooo_templates_add (self->templates, template, &error)) {
    show_error (self, error->message);
    return;
  }

  show_new_template (self, template);
}

static void
new_template (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  settle_then (OOO_TEMPLATES_WINDOW (widget), then_new, NULL);
}

static void
then_duplicate (OooTemplatesWindow *self,
                OooTemplate        *unused)
{
  g_autoptr(OooTemplate) copy = NULL;
  g_autoptr(GError) error = NULL;

  if (self->selected == NULL)
    return;

  copy = ooo_templates_duplicate (self->templates, self->selected, &error);
  if (copy == NULL) {
    show_error (self, error->message);
    return;
  }

  show_new_template (self, copy);
}

static void
duplicate_template (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  settle_then (OOO_TEMPLATES_WINDOW (widget), then_duplicate, NULL);
}

static void
on_delete_response (OooTemplatesWindow *self,
                    const char         *response,
                    AdwMessageDialog   *dialog)
{
  OooTemplate *template = g_object_get_data (G_OBJECT (dialog), "template");
  guint position = template_position (self, template);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autoptr(OooTemplate) next = NULL;
  guint n;

  if (g_strcmp0 (response, "delete") != 0 || position == GTK_INVALID_LIST_POSITION)
    return;

  message = g_strdup_printf (_("“%s” deleted"), ooo_template_get_name (template));
  if (!ooo_templates_delete (self->templates, template, &error)) {
    show_error (self, error->message);
    return;
  }

  /* Its neighbour takes its place, as in a list of files. */
  if (template == self->selected || self->selected == NULL) {
    n = g_list_model_get_n_items (G_LIST_MODEL (self->templates));
    if (n > 0)
      next = g_list_model_get_item (G_LIST_MODEL (self->templates), MIN (position, n - 1));
    show_template (self, next);
  }

  show_message (self, message);
}

static void
delete_template (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  OooTemplatesWindow *self = OOO_TEMPLATES_WINDOW (widget);
  AdwMessageDialog *dialog;

  if (!is_editable (self))
    return;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), NULL, NULL));
  adw_message_dialog_format_heading (dialog, _("Delete “%s”?"),
                                     ooo_template_get_name (self->selected));
  adw_message_dialog_set_body (dialog,
                               _("Past meetings keep their agenda, and people who used it "
                                 "get the standard one. This cannot be undone."));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  g_object_set_data_full (G_OBJECT (dialog), "template", g_object_ref (self->selected),
                          g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save (GtkWidget  *widget,
      const char *action_name,
      GVariant   *parameter)
{
  save_draft (OOO_TEMPLATES_WINDOW (widget));
}

static void
go_back (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  OooTemplatesWindow *self = OOO_TEMPLATES_WINDOW (widget);

  adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->sidebar);
}

/* Actions: import and export */

gboolean
ooo_templates_window_import_file (OooTemplatesWindow *self,
                                  GFile              *file)
{
  g_autoptr(OooTemplate) template = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (OOO_IS_TEMPLATES_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  template = ooo_template_file_load (file, &error);
  if (template == NULL || !ooo_templates_add (self->templates, template, &error)) {
    show_error (self, error->message);
    return FALSE;
  }

  show_template (self, template);
  show_content (self);
  /* Translators: %s is the name of the template just imported */
  message = g_strdup_printf (_("Imported “%s”"), ooo_template_get_name (template));
  show_message (self, message);

  return TRUE;
}

gboolean
ooo_templates_window_export_file (OooTemplatesWindow *self,
                                  GFile              *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (OOO_IS_TEMPLATES_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->selected == NULL)
    return FALSE;

  if (!ooo_template_file_save (self->selected, file, &error)) {
    show_error (self, error->message);
    return FALSE;
  }

  basename = g_file_get_basename (file);
  /* Translators: %s is the name of the file the template was written to */
  message = g_strdup_printf (_("Exported to “%s”"), basename);
  show_message (self, message);

  return TRUE;
}

static void
clear_chooser (OooTemplatesWindow *self)
{
  if (self->chooser != NULL) {
    gtk_native_dialog_destroy (self->chooser);
    g_clear_object (&self->chooser);
  }
}

static void
on_chooser_response (OooTemplatesWindow *self,
                     int                 response,
                     GtkNativeDialog    *chooser)
{
  g_autoptr(GFile) file = NULL;
  gboolean saving = FALSE;

  if (response == GTK_RESPONSE_ACCEPT) {
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
    saving = gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)) ==
             GTK_FILE_CHOOSER_ACTION_SAVE;
  }

  clear_chooser (self);

  if (file == NULL)
    return;

  if (saving)
    ooo_templates_window_export_file (self, file);
  else
    ooo_templates_window_import_file (self, file);
}

static void
open_chooser (OooTemplatesWindow   *self,
              GtkFileChooserAction  action,
              const char           *title,
              const char           *accept_label,
              const char           *current_name)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  clear_chooser (self);

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept_label,
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Agenda template"));
  gtk_file_filter_add_pattern (filter, "*.json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (current_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), current_name);

  self->chooser = GTK_NATIVE_DIALOG (chooser);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_chooser_response), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (self->chooser);
}

static void
then_import (OooTemplatesWindow *self,
             OooTemplate        *unused)
{
  open_chooser (self, GTK_FILE_CHOOSER_ACTION_OPEN, _("Import Template"), _("_Import"), NULL);
}

static void
import_template (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  settle_then (OOO_TEMPLATES_WINDOW (widget), then_import, NULL);
}

/* "Weekly sync.json": the name, without what a file name cannot hold. */
static char *
file_name_for (OooTemplate *template)
{
  g_autofree char *name = g_strstrip (g_strdup (ooo_template_get_name (template)));

  g_strdelimit (name, "/\\:*?\"<>|", '-');
  for (char *p = name; *p; p++) {
    if (g_ascii_iscntrl (*p))
      *p = ' ';
  }

  return g_strdup_printf ("%s.json", *name != '\0' && *name != '.' ? name : _("Agenda"));
}

static void
then_export (OooTemplatesWindow *self,
             OooTemplate        *unused)
{
  g_autofree char *name = NULL;

  if (self->selected == NULL)
    return;

  name = file_name_for (self->selected);
  open_chooser (self, GTK_FILE_CHOOSER_ACTION_SAVE, _("Export Template"), _("_Export"), name);
}

static void
export_template (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  settle_then (OOO_TEMPLATES_WINDOW (widget), then_export, NULL);
}

/* Actions: segments */

static void
add_segment (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OooTemplatesWindow *self = OOO_TEMPLATES_WINDOW (widget);
  g_autoptr(OooTemplateSegment) segment = NULL;
  SegmentRow *row;
  GtkWidget *row_widget;

  if (!is_editable (self) ||
      ooo_template_get_n_segments (self->draft) >= OOO_TEMPLATE_MAX_SEGMENTS)
    return;

  segment = ooo_template_segment_new ("", 10, OOO_SEGMENT_OWNER_THEM, "");
  ooo_template_add_segment (self->draft, segment);
  row_widget = create_segment_row (self, segment, TRUE);
  gtk_list_box_append (GTK_LIST_BOX (self->segments_list), row_widget);

  row = g_object_get_data (G_OBJECT (row_widget), "ooo-segment-row");
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row_widget), TRUE);
  gtk_widget_grab_focus (row->title_row);

  draft_changed (self);
}

static gboolean
segment_position (OooTemplatesWindow *self,
                  GVariant           *parameter,
                  guint              *position)
{
  *position = g_variant_get_uint32 (parameter);

  return is_editable (self) && *position < ooo_template_get_n_segments (self->draft);
}

static void
remove_segment (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  OooTemplatesWindow *self = OOO_TEMPLATES_WINDOW (widget);
  SegmentRow *next;
  guint position;
  guint n;

  if (!segment_position (self, parameter, &position) ||
      ooo_template_get_n_segments (self->draft) <= 1)
    return;

  ooo_template_remove_segment (self->draft, position);
  gtk_list_box_remove (GTK_LIST_BOX (self->segments_list),
                       segment_row_at (self, position)->row);

  /* The focus goes to the row that took its place. */
  n = ooo_template_get_n_segments (self->draft);
  next = segment_row_at (self, MIN (position, n - 1));
  draft_changed (self);
  if (next != NULL)
    gtk_widget_grab_focus (next->row);
}

static void
move_segment (OooTemplatesWindow *self,
              guint               from,
              guint               to)
{
  SegmentRow *row = segment_row_at (self, from);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gboolean had_focus = focus != NULL && gtk_widget_is_ancestor (focus, row->row);
  GtkWidget *focus_button = focus == row->up_button || focus == row->down_button ? focus : NULL;
  g_autoptr(GtkWidget) row_widget = g_object_ref (row->row);

  ooo_template_move_segment (self->draft, from, to);
  gtk_list_box_remove (GTK_LIST_BOX (self->segments_list), row_widget);
  gtk_list_box_insert (GTK_LIST_BOX (self->segments_list), row_widget, to);
  draft_changed (self);

  /* Pressing Move Up again should move the same segment again. */
  if (focus_button != NULL && gtk_widget_get_sensitive (focus_button))
    gtk_widget_grab_focus (focus_button);
  else if (focus_button != NULL)
    gtk_widget_grab_focus (focus_button == row->up_button ? row->down_button : row->up_button);
  else if (had_focus)
    gtk_widget_grab_focus (row->row);
}

static void
move_up (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  OooTemplatesWindow *self = OOO_TEMPLATES_WINDOW (widget);
  guint position;

  if (segment_position (self, parameter, &position) && position > 0)
    move_segment (self, position, position - 1);
}

static void
move_down (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  OooTemplatesWindow *self = OOO_TEMPLATES_WINDOW (widget);
  guint position;

  if (segment_position (self, parameter, &position) &&
      position + 1 < ooo_template_get_n_segments (self->draft))
    move_segment (self, position, position + 1);
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
    settle_then (self, then_close, NULL);
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

  show_template (self, NULL);
  adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->sidebar);
}

static void
ooo_templates_window_dispose (GObject *object)
{
  OooTemplatesWindow *self = OOO_TEMPLATES_WINDOW (object);

  clear_chooser (self);
  if (self->settle_dialog != NULL) {
    g_object_remove_weak_pointer (G_OBJECT (self->settle_dialog),
                                  (gpointer *) &self->settle_dialog);
    self->settle_dialog = NULL;
  }
  g_clear_handle_id (&self->toast_dismiss_id, g_source_remove);
  g_clear_object (&self->toast);

  /* The rows point back at the window: they go first. */
  if (self->segments_list != NULL)
    clear_segment_rows (self);
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

  gtk_widget_class_install_action (widget_class, "templates.new", NULL, new_template);
  gtk_widget_class_install_action (widget_class, "templates.duplicate", NULL,
                                   duplicate_template);
  gtk_widget_class_install_action (widget_class, "templates.delete", NULL, delete_template);
  gtk_widget_class_install_action (widget_class, "templates.save", NULL, save);
  gtk_widget_class_install_action (widget_class, "templates.import", NULL, import_template);
  gtk_widget_class_install_action (widget_class, "templates.export", NULL, export_template);
  gtk_widget_class_install_action (widget_class, "templates.add-segment", NULL, add_segment);
  gtk_widget_class_install_action (widget_class, "templates.remove-segment", "u",
                                   remove_segment);
  gtk_widget_class_install_action (widget_class, "templates.move-up", "u", move_up);
  gtk_widget_class_install_action (widget_class, "templates.move-down", "u", move_down);
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
  g_signal_connect_swapped (self->name_row, "changed", G_CALLBACK (on_name_changed), self);
  g_signal_connect_swapped (self->name_row, "entry-activated",
                            G_CALLBACK (on_name_activated), self);
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

/* Returns: (transfer none) (nullable) one of the widgets of the segment at
 * @position: "row", "title", "minutes", "owner", "prompts", "up", "down" or
 * "remove". */
GtkWidget *
ooo_templates_window_get_segment_field (OooTemplatesWindow *self,
                                        guint               position,
                                        const char         *field)
{
  SegmentRow *row;

  g_return_val_if_fail (OOO_IS_TEMPLATES_WINDOW (self), NULL);

  row = segment_row_at (self, position);
  if (row == NULL)
    return NULL;

  if (g_str_equal (field, "row"))
    return row->row;
  if (g_str_equal (field, "title"))
    return row->title_row;
  if (g_str_equal (field, "minutes"))
    return row->minutes_spin;
  if (g_str_equal (field, "owner"))
    return row->owner_row;
  if (g_str_equal (field, "prompts"))
    return row->prompts_view;
  if (g_str_equal (field, "up"))
    return row->up_button;
  if (g_str_equal (field, "down"))
    return row->down_button;
  if (g_str_equal (field, "remove"))
    return row->remove_button;

  return NULL;
}
