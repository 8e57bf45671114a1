/* ooo-segment-editor-row.c — one segment of a template in the templates editor
 *
 * An expander row: the segment's title and length as its heading, its fields
 * inside. Each edit goes straight to the segment, a part of the editor's
 * draft, and is announced with "changed".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ooo-segment-editor-row.h"

struct _OooSegmentEditorRow
{
  AdwExpanderRow      parent_instance;

  OooTemplateSegment *segment;
  GtkWidget          *title_row;
  GtkWidget          *minutes_spin;
  GtkWidget          *owner_row;
  GtkWidget          *prompts_view;
  GtkWidget          *up_button;
  GtkWidget          *down_button;
  GtkWidget          *remove_button;
};

G_DEFINE_TYPE (OooSegmentEditorRow, ooo_segment_editor_row, ADW_TYPE_EXPANDER_ROW)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const OooSegmentOwner owners[] = {
  OOO_SEGMENT_OWNER_THEM, OOO_SEGMENT_OWNER_ME, OOO_SEGMENT_OWNER_BOTH,
};

static void
update_header (OooSegmentEditorRow *self)
{
  OooTemplateSegment *segment = self->segment;
  g_autofree char *title = g_strstrip (g_strdup (ooo_template_segment_get_title (segment)));
  g_autofree char *subtitle = NULL;

  /* Translators: under a segment's title: its length and who it belongs to,
   * e.g. "10 min · Them" */
  subtitle = g_strdup_printf (_("%u min · %s"), ooo_template_segment_get_minutes (segment),
                              ooo_segment_owner_to_label (ooo_template_segment_get_owner
                                                            (segment)));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 *title != '\0' ? title : _("Untitled Segment"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);
}

static void
on_title_changed (GtkEditable         *editable,
                  OooSegmentEditorRow *self)
{
  ooo_template_segment_set_title (self->segment, gtk_editable_get_text (editable));
  gtk_widget_remove_css_class (self->title_row, "error");
  update_header (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_minutes_changed (GtkSpinButton       *spin,
                    OooSegmentEditorRow *self)
{
  ooo_template_segment_set_minutes (self->segment, gtk_spin_button_get_value_as_int (spin));
  update_header (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_owner_changed (AdwComboRow         *combo,
                  GParamSpec          *pspec,
                  OooSegmentEditorRow *self)
{
  guint selected = adw_combo_row_get_selected (combo);

  if (selected >= G_N_ELEMENTS (owners))
    return;

  ooo_template_segment_set_owner (self->segment, owners[selected]);
  update_header (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_prompts_changed (GtkTextBuffer       *buffer,
                    OooSegmentEditorRow *self)
{
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  ooo_template_segment_set_prompts (self->segment, text);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* The segment's row buttons name the action rather than bind it: the position
 * they act on is the row's own at the moment of the click. */
static void
on_button_clicked (GtkWidget           *button,
                   OooSegmentEditorRow *self)
{
  const char *action = g_object_get_data (G_OBJECT (button), "segment-action");
  int position = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self));

  if (position >= 0)
    gtk_widget_activate_action (GTK_WIDGET (self), action, "u", (guint32) position);
}

static GtkWidget *
create_button (OooSegmentEditorRow *self,
               const char          *icon_name,
               const char          *tooltip,
               const char          *action)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data (G_OBJECT (button), "segment-action", (gpointer) action);
  g_signal_connect (button, "clicked", G_CALLBACK (on_button_clicked), self);

  return button;
}

static GtkWidget *
create_prompts_row (OooSegmentEditorRow *self,
                    gboolean             editable)
{
  OooTemplateSegment *segment = self->segment;
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

  self->prompts_view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->prompts_view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (self->prompts_view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self->prompts_view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self->prompts_view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self->prompts_view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self->prompts_view), 8);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (self->prompts_view), editable);
  gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (self->prompts_view), editable);
  gtk_widget_set_size_request (self->prompts_view, -1, 72);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->prompts_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Prompts, one per line"),
                                  GTK_ACCESSIBLE_PROPERTY_MULTI_LINE, TRUE,
                                  GTK_ACCESSIBLE_PROPERTY_READ_ONLY, !editable,
                                  -1);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->prompts_view));
  gtk_text_buffer_set_text (buffer, ooo_template_segment_get_prompts (segment), -1);
  g_signal_connect (buffer, "changed", G_CALLBACK (on_prompts_changed), self);

  gtk_frame_set_child (GTK_FRAME (frame), self->prompts_view);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), hint);
  gtk_box_append (GTK_BOX (box), frame);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (list_row), box);

  return list_row;
}

static void
ooo_segment_editor_row_dispose (GObject *object)
{
  OooSegmentEditorRow *self = OOO_SEGMENT_EDITOR_ROW (object);

  g_clear_object (&self->segment);

  G_OBJECT_CLASS (ooo_segment_editor_row_parent_class)->dispose (object);
}

static void
ooo_segment_editor_row_class_init (OooSegmentEditorRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ooo_segment_editor_row_dispose;

  /* After every edit of the segment. */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ooo_segment_editor_row_init (OooSegmentEditorRow *self)
{
}

GtkWidget *
ooo_segment_editor_row_new (OooTemplateSegment *segment,
                            gboolean            editable)
{
  OooSegmentEditorRow *self;
  g_autoptr(GtkStringList) owner_labels = gtk_string_list_new (NULL);
  GtkWidget *minutes_row;
  GtkAdjustment *adjustment;

  g_return_val_if_fail (OOO_IS_TEMPLATE_SEGMENT (segment), NULL);

  self = g_object_new (OOO_TYPE_SEGMENT_EDITOR_ROW, NULL);
  self->segment = g_object_ref (segment);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);

  if (editable) {
    self->remove_button = create_button (self, "user-trash-symbolic", _("Remove Segment"),
                                         "templates.remove-segment");
    self->down_button = create_button (self, "go-down-symbolic", _("Move Down"),
                                       "templates.move-down");
    self->up_button = create_button (self, "go-up-symbolic", _("Move Up"),
                                     "templates.move-up");
    /* Each is put before the last. */
    adw_expander_row_add_action (ADW_EXPANDER_ROW (self), self->remove_button);
    adw_expander_row_add_action (ADW_EXPANDER_ROW (self), self->down_button);
    adw_expander_row_add_action (ADW_EXPANDER_ROW (self), self->up_button);
  }

  self->title_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->title_row), _("Title"));
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), ooo_template_segment_get_title (segment));
  gtk_widget_set_sensitive (self->title_row, editable);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->title_row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Segment title"), -1);
  g_signal_connect (self->title_row, "changed", G_CALLBACK (on_title_changed), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), self->title_row);

  /* AdwSpinRow is newer than libadwaita 1.2. "numeric" refuses any text that
   * is not a number, so nothing but 1–120 reaches the segment. */
  adjustment = gtk_adjustment_new (CLAMP (ooo_template_segment_get_minutes (segment),
                                          OOO_TEMPLATE_SEGMENT_MIN_MINUTES,
                                          OOO_TEMPLATE_SEGMENT_MAX_MINUTES),
                                   OOO_TEMPLATE_SEGMENT_MIN_MINUTES,
                                   OOO_TEMPLATE_SEGMENT_MAX_MINUTES, 1, 5, 0);
  self->minutes_spin = gtk_spin_button_new (adjustment, 1, 0);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (self->minutes_spin), TRUE);
  gtk_spin_button_set_update_policy (GTK_SPIN_BUTTON (self->minutes_spin),
                                     GTK_UPDATE_IF_VALID);
  gtk_widget_set_valign (self->minutes_spin, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (self->minutes_spin, editable);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->minutes_spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Minutes"), -1);
  g_signal_connect (self->minutes_spin, "value-changed",
                    G_CALLBACK (on_minutes_changed), self);
  minutes_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (minutes_row), _("Minutes"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (minutes_row), self->minutes_spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (minutes_row), self->minutes_spin);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), minutes_row);

  for (guint i = 0; i < G_N_ELEMENTS (owners); i++)
    gtk_string_list_append (owner_labels, ooo_segment_owner_to_label (owners[i]));
  self->owner_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->owner_row), _("Whose Time"));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->owner_row), G_LIST_MODEL (owner_labels));
  for (guint i = 0; i < G_N_ELEMENTS (owners); i++) {
    if (owners[i] == ooo_template_segment_get_owner (segment))
      adw_combo_row_set_selected (ADW_COMBO_ROW (self->owner_row), i);
  }
  gtk_widget_set_sensitive (self->owner_row, editable);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->owner_row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Whose time: them, me or both"), -1);
  g_signal_connect (self->owner_row, "notify::selected",
                    G_CALLBACK (on_owner_changed), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), self->owner_row);

  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), create_prompts_row (self, editable));

  update_header (self);

  return GTK_WIDGET (self);
}

/* Names the row buttons by @position, for screen readers, and enables only
 * the moves that can be made. */
void
ooo_segment_editor_row_set_position (OooSegmentEditorRow *self,
                                     guint                position,
                                     guint                n_segments,
                                     gboolean             editable)
{
  g_autofree char *up = NULL;
  g_autofree char *down = NULL;
  g_autofree char *remove = NULL;

  g_return_if_fail (OOO_IS_SEGMENT_EDITOR_ROW (self));

  if (self->up_button == NULL)
    return;

  up = g_strdup_printf (_("Move segment %u up"), position + 1);
  down = g_strdup_printf (_("Move segment %u down"), position + 1);
  remove = g_strdup_printf (_("Remove segment %u"), position + 1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->up_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, up, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->down_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, down, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove, -1);
  gtk_widget_set_sensitive (self->up_button, editable && position > 0);
  gtk_widget_set_sensitive (self->down_button, editable && position + 1 < n_segments);
  gtk_widget_set_sensitive (self->remove_button, editable && n_segments > 1);
}

void
ooo_segment_editor_row_commit_minutes (OooSegmentEditorRow *self)
{
  g_return_if_fail (OOO_IS_SEGMENT_EDITOR_ROW (self));

  /* A number still being typed reaches the adjustment only on update. */
  gtk_spin_button_update (GTK_SPIN_BUTTON (self->minutes_spin));
}

/* Opens the row with the focus in its title, marked as wrong if @invalid. */
void
ooo_segment_editor_row_edit_title (OooSegmentEditorRow *self,
                                   gboolean             invalid)
{
  g_return_if_fail (OOO_IS_SEGMENT_EDITOR_ROW (self));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
  if (invalid)
    gtk_widget_add_css_class (self->title_row, "error");
  gtk_widget_grab_focus (self->title_row);
}

/* Returns: (transfer none) (nullable) one of the row's widgets: "row" (the
 * row itself), "title", "minutes", "owner", "prompts", "up", "down" or
 * "remove"; the buttons are only on an editable row. */
GtkWidget *
ooo_segment_editor_row_get_field (OooSegmentEditorRow *self,
                                  const char          *field)
{
  g_return_val_if_fail (OOO_IS_SEGMENT_EDITOR_ROW (self), NULL);

  if (g_str_equal (field, "row"))
    return GTK_WIDGET (self);
  if (g_str_equal (field, "title"))
    return self->title_row;
  if (g_str_equal (field, "minutes"))
    return self->minutes_spin;
  if (g_str_equal (field, "owner"))
    return self->owner_row;
  if (g_str_equal (field, "prompts"))
    return self->prompts_view;
  if (g_str_equal (field, "up"))
    return self->up_button;
  if (g_str_equal (field, "down"))
    return self->down_button;
  if (g_str_equal (field, "remove"))
    return self->remove_button;

  return NULL;
}
