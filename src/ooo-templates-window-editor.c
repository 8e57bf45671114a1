/* ooo-templates-window-editor.c — the templates window's editor of the draft
 *
 * The editor shows the draft: its name, and a row for each segment
 * (OooSegmentEditorRow). Every edit goes to the draft, and is compared with
 * the selected template to know whether anything is unsaved.
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

#include "ooo-segment-editor-row.h"
#include "ooo-templates-window-private.h"

static OooSegmentEditorRow *
segment_row_at (OooTemplatesWindow *self,
                guint               position)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->segments_list),
                                                      position);

  return row != NULL ? OOO_SEGMENT_EDITOR_ROW (row) : NULL;
}

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
    subtitle = ooo_templates_window_describe_minutes (ooo_template_is_builtin (self->draft),
                                                      minutes);

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
  ooo_templates_window_update_actions (self);
}

static void
on_segment_changed (OooTemplatesWindow  *self,
                    OooSegmentEditorRow *row)
{
  draft_changed (self);
}

static OooSegmentEditorRow *
append_segment_row (OooTemplatesWindow *self,
                    OooTemplateSegment *segment,
                    gboolean            editable)
{
  GtkWidget *row = ooo_segment_editor_row_new (segment, editable);

  g_signal_connect_swapped (row, "changed", G_CALLBACK (on_segment_changed), self);
  gtk_list_box_append (GTK_LIST_BOX (self->segments_list), row);

  return OOO_SEGMENT_EDITOR_ROW (row);
}

void
ooo_templates_window_update_segment_rows (OooTemplatesWindow *self)
{
  gboolean editable = ooo_templates_window_is_editable (self);
  guint n = self->draft != NULL ? ooo_template_get_n_segments (self->draft) : 0;

  for (guint i = 0; i < n; i++) {
    OooSegmentEditorRow *row = segment_row_at (self, i);

    if (row != NULL)
      ooo_segment_editor_row_set_position (row, i, n, editable);
  }
}

void
ooo_templates_window_clear_segment_rows (OooTemplatesWindow *self)
{
  GtkListBox *list = GTK_LIST_BOX (self->segments_list);
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

/* Shows @template (or nothing) in the editor, with a fresh draft: any
 * unsaved edit is dropped, so ask first (see
 * ooo_templates_window_settle_then()). */
void
ooo_templates_window_show_template (OooTemplatesWindow *self,
                                    OooTemplate        *template)
{
  gboolean editable;
  guint n;

  g_set_object (&self->selected, template);
  g_clear_object (&self->draft);
  self->dirty = FALSE;
  ooo_templates_window_dismiss_error (self);

  self->filling = TRUE;
  ooo_templates_window_clear_segment_rows (self);

  if (template != NULL) {
    self->draft = ooo_template_copy (template);
    editable = ooo_templates_window_is_editable (self);

    gtk_editable_set_text (GTK_EDITABLE (self->name_row), ooo_template_get_name (self->draft));
    gtk_widget_remove_css_class (self->name_row, "error");
    gtk_widget_set_sensitive (self->name_row, editable);

    n = ooo_template_get_n_segments (self->draft);
    for (guint i = 0; i < n; i++)
      append_segment_row (self, ooo_template_get_segment (self->draft, i), editable);
  } else {
    gtk_editable_set_text (GTK_EDITABLE (self->name_row), "");
  }
  self->filling = FALSE;

  gtk_stack_set_visible_child_name (GTK_STACK (self->content_stack),
                                    template != NULL ? "editor" : "none");
  update_titles (self);
  ooo_templates_window_sync_selection (self);
  ooo_templates_window_update_actions (self);
}

/* Shows a template the manager has just made, ready to be named. */
void
ooo_templates_window_show_new_template (OooTemplatesWindow *self,
                                        OooTemplate        *template)
{
  ooo_templates_window_show_template (self, template);
  ooo_templates_window_show_content (self);
  gtk_widget_grab_focus (self->name_row);
  gtk_editable_select_region (GTK_EDITABLE (self->name_row), 0, -1);
}

/* Saving */

static void
commit_typed_minutes (OooTemplatesWindow *self)
{
  guint n = self->draft != NULL ? ooo_template_get_n_segments (self->draft) : 0;

  for (guint i = 0; i < n; i++) {
    OooSegmentEditorRow *row = segment_row_at (self, i);

    if (row != NULL)
      ooo_segment_editor_row_commit_minutes (row);
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
    OooSegmentEditorRow *row = segment_row_at (self, i);

    if (row != NULL)
      strip_entry (ooo_segment_editor_row_get_field (row, "title"));
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
    OooSegmentEditorRow *row = segment_row_at (self, i);

    if (row != NULL && !ooo_template_segment_validate (segment, i, NULL)) {
      ooo_segment_editor_row_edit_title (row, TRUE);
      return;
    }
  }
}

gboolean
ooo_templates_window_save_draft (OooTemplatesWindow *self)
{
  g_autoptr(OooTemplate) changes = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  if (!ooo_templates_window_is_editable (self) || self->draft == NULL)
    return FALSE;

  commit_typed_minutes (self);
  strip_draft (self);

  changes = ooo_template_copy (self->draft);
  if (!ooo_templates_update (self->templates, self->selected, changes, &error)) {
    if (g_error_matches (error, OOO_TEMPLATE_ERROR, OOO_TEMPLATE_ERROR_INVALID))
      mark_invalid_field (self);
    ooo_templates_window_show_error (self, error->message);
    return FALSE;
  }

  /* New segments now have their stored UUIDs: the draft takes them, so that
   * it matches what was saved. */
  n = ooo_template_get_n_segments (self->draft);
  for (guint i = 0; i < n; i++)
    ooo_template_segment_set_uuid (ooo_template_get_segment (self->draft, i),
                                   ooo_template_segment_get_uuid
                                     (ooo_template_get_segment (self->selected, i)));

  ooo_templates_window_dismiss_error (self);
  draft_changed (self);

  return TRUE;
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

void
ooo_templates_window_init_editor (OooTemplatesWindow *self)
{
  g_signal_connect_swapped (self->name_row, "changed", G_CALLBACK (on_name_changed), self);
  g_signal_connect_swapped (self->name_row, "entry-activated",
                            G_CALLBACK (on_name_activated), self);
}

/* Actions: segments */

static void
add_segment (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OooTemplatesWindow *self = OOO_TEMPLATES_WINDOW (widget);
  g_autoptr(OooTemplateSegment) segment = NULL;

  if (!ooo_templates_window_is_editable (self) ||
      ooo_template_get_n_segments (self->draft) >= OOO_TEMPLATE_MAX_SEGMENTS)
    return;

  segment = ooo_template_segment_new ("", 10, OOO_SEGMENT_OWNER_THEM, "");
  ooo_template_add_segment (self->draft, segment);
  ooo_segment_editor_row_edit_title (append_segment_row (self, segment, TRUE), FALSE);

  draft_changed (self);
}

static gboolean
segment_position (OooTemplatesWindow *self,
                  GVariant           *parameter,
                  guint              *position)
{
  *position = g_variant_get_uint32 (parameter);

  return ooo_templates_window_is_editable (self) &&
         *position < ooo_template_get_n_segments (self->draft);
}

static void
remove_segment (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  OooTemplatesWindow *self = OOO_TEMPLATES_WINDOW (widget);
  OooSegmentEditorRow *next;
  guint position;
  guint n;

  if (!segment_position (self, parameter, &position) ||
      ooo_template_get_n_segments (self->draft) <= 1)
    return;

  ooo_template_remove_segment (self->draft, position);
  gtk_list_box_remove (GTK_LIST_BOX (self->segments_list),
                       GTK_WIDGET (segment_row_at (self, position)));

  /* The focus goes to the row that took its place. */
  n = ooo_template_get_n_segments (self->draft);
  next = segment_row_at (self, MIN (position, n - 1));
  draft_changed (self);
  if (next != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (next));
}

static void
move_segment (OooTemplatesWindow *self,
              guint               from,
              guint               to)
{
  OooSegmentEditorRow *row = segment_row_at (self, from);
  GtkWidget *up = ooo_segment_editor_row_get_field (row, "up");
  GtkWidget *down = ooo_segment_editor_row_get_field (row, "down");
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gboolean had_focus = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (row));
  GtkWidget *focus_button = focus == up || focus == down ? focus : NULL;
  g_autoptr(GtkWidget) row_widget = g_object_ref (GTK_WIDGET (row));

  ooo_template_move_segment (self->draft, from, to);
  gtk_list_box_remove (GTK_LIST_BOX (self->segments_list), row_widget);
  gtk_list_box_insert (GTK_LIST_BOX (self->segments_list), row_widget, to);
  draft_changed (self);

  /* Pressing Move Up again should move the same segment again. */
  if (focus_button != NULL && gtk_widget_get_sensitive (focus_button))
    gtk_widget_grab_focus (focus_button);
  else if (focus_button != NULL)
    gtk_widget_grab_focus (focus_button == up ? down : up);
  else if (had_focus)
    gtk_widget_grab_focus (row_widget);
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

void
ooo_templates_window_class_install_segment_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "templates.add-segment", NULL, add_segment);
  gtk_widget_class_install_action (widget_class, "templates.remove-segment", "u",
                                   remove_segment);
  gtk_widget_class_install_action (widget_class, "templates.move-up", "u", move_up);
  gtk_widget_class_install_action (widget_class, "templates.move-down", "u", move_down);
}

/* Returns: (transfer none) (nullable) one of the widgets of the segment at
 * @position: "row", "title", "minutes", "owner", "prompts", "up", "down" or
 * "remove". */
GtkWidget *
ooo_templates_window_get_segment_field (OooTemplatesWindow *self,
                                        guint               position,
                                        const char         *field)
{
  OooSegmentEditorRow *row;

  g_return_val_if_fail (OOO_IS_TEMPLATES_WINDOW (self), NULL);

  row = segment_row_at (self, position);
  if (row == NULL)
    return NULL;

  return ooo_segment_editor_row_get_field (row, field);
}
