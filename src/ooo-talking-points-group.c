/* ooo-talking-points-group.c — topics queued for the next 1:1, on the
 * person's page
 *
 * Between meetings the manager queues what to bring up, marked as raised
 * by them (the report) or by the manager; the meeting shows each in the
 * segment of whoever raised it. Each row shows the whole point; its pencil
 * corrects the text or who raised it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ooo-accessible.h"
#include "ooo-item-edit-button.h"
#include "ooo-talking-points-group.h"
#include "ooo-text-row.h"
#include "ooo-widget-util.h"

struct _OooTalkingPointsGroup
{
  AdwPreferencesGroup  parent_instance;

  OooSession          *session;
  OooFollowUps        *follow_ups;
  OooPerson           *person;
  guint                refresh_source;
  gboolean             show_all;    /* past the first few points */

  GtkWidget           *list_box;
  GtkWidget           *show_all_row;
  GtkWidget           *add_row;
  GtkWidget           *them_button;
  GtkWidget           *me_button;
};

G_DEFINE_TYPE (OooTalkingPointsGroup, ooo_talking_points_group, ADW_TYPE_PREFERENCES_GROUP)

/* What an undo brings back. */
typedef struct {
  GWeakRef      group;
  OooFollowUps *follow_ups;
  gint64        person_id;
  char         *text;
  OooSide       raised_by;
} Removed;

static void
removed_free (gpointer data)
{
  Removed *removed = data;

  g_weak_ref_clear (&removed->group);
  g_object_unref (removed->follow_ups);
  g_free (removed->text);
  g_free (removed);
}

static gint64
point_id (gpointer item)
{
  return ooo_talking_point_get_id (item);
}

static const char *
raised_by_label (OooSide side)
{
  /* Translators: who raised a talking point; shown below its text */
  return side == OOO_SIDE_ME ? _("Mine") : _("Theirs");
}

static void
show_error (OooTalkingPointsGroup *self,
            const GError          *error)
{
  ooo_widget_show_toast (GTK_WIDGET (self), error->message);
}

static gboolean
on_point_saved (OooItemEditButton     *button,
                const char            *text,
                OooSide                raised_by,
                OooTalkingPointsGroup *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);
  OooTalkingPoint *point = row != NULL ? ooo_list_rows_get_item (row) : NULL;
  g_autoptr(GError) error = NULL;

  if (point == NULL || self->follow_ups == NULL)
    return FALSE;

  if (!ooo_follow_ups_update_talking_point (self->follow_ups, point, text, raised_by, &error)) {
    show_error (self, error);
    return FALSE;
  }

  return TRUE;
}

static GtkWidget *
create_row (gpointer user_data)
{
  OooTalkingPointsGroup *self = user_data;
  GtkWidget *row = ooo_text_row_new ();
  GtkWidget *edit = ooo_item_edit_button_new (_("Talking point"), _("Raised by them"),
                                              _("Raised by me"));
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");


  g_signal_connect_object (edit, "save", G_CALLBACK (on_point_saved), self, 0);
  ooo_text_row_add_suffix (OOO_TEXT_ROW (row), edit);
  g_object_set_data (G_OBJECT (row), "edit-button", edit);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove"));
  /* The item's id is set with the rest of the row. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "x", (gint64) 0);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "points.remove");
  ooo_text_row_add_suffix (OOO_TEXT_ROW (row), remove);
  g_object_set_data (G_OBJECT (row), "remove-button", remove);

  return row;
}

static void
update_row (GtkWidget *row,
            gpointer   item,
            gpointer   user_data)
{
  OooTalkingPoint *point = item;
  const char *text = ooo_talking_point_get_text (point);
  OooSide raised_by = ooo_talking_point_get_raised_by (point);
  GtkWidget *remove = g_object_get_data (G_OBJECT (row), "remove-button");
  g_autofree char *remove_label = NULL;

  ooo_text_row_set_title (OOO_TEXT_ROW (row), text);
  ooo_text_row_set_subtitle (OOO_TEXT_ROW (row), raised_by_label (raised_by));
  ooo_item_edit_button_set_item (g_object_get_data (G_OBJECT (row), "edit-button"),
                                 point_id (point), text, raised_by);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "x", point_id (point));

  /* Translators: the accessible name of a button; %s is a talking point */
  remove_label = g_strdup_printf (_("Remove “%s”"), text);
  ooo_accessible_set_label (remove, remove_label);
}

static void
refresh (OooTalkingPointsGroup *self)
{
  g_autoptr(GListModel) points = NULL;
  g_autoptr(GListModel) shown = NULL;
  guint n = 0;

  g_clear_handle_id (&self->refresh_source, g_source_remove);

  if (self->follow_ups != NULL && self->person != NULL)
    points = ooo_follow_ups_list_pending_points (self->follow_ups,
                                                 ooo_person_get_id (self->person));
  if (points != NULL) {
    n = g_list_model_get_n_items (points);
    shown = self->show_all ? g_object_ref (points)
                           : ooo_list_model_head (points, OOO_LIST_ROWS_FIRST);
  }
  ooo_list_rows_sync (GTK_LIST_BOX (self->list_box), shown, point_id, create_row, update_row,
                      self);
  ooo_show_all_row_set_total (self->show_all_row,
                              shown != NULL && g_list_model_get_n_items (shown) < n ? n : 0);

  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), n == 0 ?
    _("Nothing queued yet. What either of you wants to bring up comes back in the next "
      "one-on-one, in the time of whoever raised it.") : NULL);
}

static gboolean
refresh_later_cb (gpointer data)
{
  OooTalkingPointsGroup *self = data;

  self->refresh_source = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* Rows are replaced once the handler that changed the store has returned:
 * never under the button that was just pressed. */
static void
on_follow_ups_changed (OooTalkingPointsGroup *self,
                       gint64                 person_id)
{
  if (self->person == NULL || person_id != ooo_person_get_id (self->person) ||
      self->refresh_source != 0)
    return;

  self->refresh_source = g_idle_add (refresh_later_cb, self);
}

static void
update_add_enabled (OooTalkingPointsGroup *self)
{
  g_autofree char *text = ooo_editable_dup_trimmed (GTK_EDITABLE (self->add_row));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "points.add",
                                 text != NULL && self->person != NULL &&
                                 self->follow_ups != NULL);
}

static void
on_add_text_changed (OooTalkingPointsGroup *self)
{
  gtk_widget_remove_css_class (self->add_row, "error");
  update_add_enabled (self);
}

static void
add_point (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  OooTalkingPointsGroup *self = OOO_TALKING_POINTS_GROUP (widget);
  g_autofree char *text = ooo_editable_dup_trimmed (GTK_EDITABLE (self->add_row));
  OooSide side = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->me_button))
                 ? OOO_SIDE_ME : OOO_SIDE_THEM;
  g_autoptr(OooTalkingPoint) point = NULL;
  g_autoptr(GError) error = NULL;

  if (text == NULL || self->person == NULL || self->follow_ups == NULL)
    return;

  point = ooo_follow_ups_add_talking_point (self->follow_ups, ooo_person_get_id (self->person),
                                            text, side, &error);
  if (point == NULL) {
    gtk_widget_add_css_class (self->add_row, "error");
    show_error (self, error);
    return;
  }

  gtk_editable_set_text (GTK_EDITABLE (self->add_row), "");
  refresh (self);
}

static void
on_add_activated (OooTalkingPointsGroup *self)
{
  if (!gtk_widget_activate_action (GTK_WIDGET (self), "points.add", NULL))
    gtk_widget_error_bell (self->add_row);
}

static void
undo_remove (AdwToast *toast,
             Removed  *removed)
{
  g_autoptr(OooTalkingPointsGroup) self = g_weak_ref_get (&removed->group);
  g_autoptr(OooTalkingPoint) point = NULL;
  g_autoptr(GError) error = NULL;

  point = ooo_follow_ups_add_talking_point (removed->follow_ups, removed->person_id,
                                            removed->text, removed->raised_by, &error);
  if (point == NULL && self != NULL)
    show_error (self, error);
}

static void
remove_point (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  OooTalkingPointsGroup *self = OOO_TALKING_POINTS_GROUP (widget);
  GtkWidget *row = ooo_list_rows_find (GTK_LIST_BOX (self->list_box), point_id,
                                       g_variant_get_int64 (parameter));
  g_autoptr(GError) error = NULL;
  OooTalkingPoint *point;
  Removed *removed;

  if (row == NULL || self->follow_ups == NULL)
    return;

  point = ooo_list_rows_get_item (row);
  removed = g_new0 (Removed, 1);
  g_weak_ref_init (&removed->group, self);
  removed->follow_ups = g_object_ref (self->follow_ups);
  removed->person_id = ooo_talking_point_get_person_id (point);
  removed->text = g_strdup (ooo_talking_point_get_text (point));
  removed->raised_by = ooo_talking_point_get_raised_by (point);

  if (!ooo_follow_ups_delete_talking_point (self->follow_ups, point, &error)) {
    removed_free (removed);
    show_error (self, error);
    return;
  }

  ooo_widget_show_undo_toast (GTK_WIDGET (self), _("Talking point removed"),
                              G_CALLBACK (undo_remove), removed, removed_free);
}

static void
on_row_activated (OooTalkingPointsGroup *self,
                  GtkListBoxRow         *row)
{
  int position = gtk_list_box_row_get_index (row);

  if (GTK_WIDGET (row) != self->show_all_row)
    return;

  self->show_all = TRUE;
  refresh (self);
  ooo_list_box_focus_row_at (GTK_LIST_BOX (self->list_box), position);
}

static void
ooo_talking_points_group_dispose (GObject *object)
{
  OooTalkingPointsGroup *self = OOO_TALKING_POINTS_GROUP (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->follow_ups != NULL)
    g_signal_handlers_disconnect_by_data (self->follow_ups, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), OOO_TYPE_TALKING_POINTS_GROUP);
  g_clear_object (&self->person);
  g_clear_object (&self->follow_ups);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (ooo_talking_points_group_parent_class)->dispose (object);
}

static void
ooo_talking_points_group_class_init (OooTalkingPointsGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ooo_talking_points_group_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
    "/com/example/OneOnOne/ooo-talking-points-group.ui");
  gtk_widget_class_bind_template_child (widget_class, OooTalkingPointsGroup, list_box);
  gtk_widget_class_bind_template_child (widget_class, OooTalkingPointsGroup, add_row);
  gtk_widget_class_bind_template_child (widget_class, OooTalkingPointsGroup, them_button);
  gtk_widget_class_bind_template_child (widget_class, OooTalkingPointsGroup, me_button);

  gtk_widget_class_install_action (widget_class, "points.add", NULL, add_point);
  gtk_widget_class_install_action (widget_class, "points.remove", "x", remove_point);
}

static void
ooo_talking_points_group_init (OooTalkingPointsGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Between the points and the row that adds one. */
  self->show_all_row = ooo_show_all_row_new ();
  gtk_list_box_insert (GTK_LIST_BOX (self->list_box), self->show_all_row, 0);
  g_signal_connect_swapped (self->list_box, "row-activated", G_CALLBACK (on_row_activated),
                            self);

  g_signal_connect_swapped (self->add_row, "changed", G_CALLBACK (on_add_text_changed), self);
  g_signal_connect_swapped (self->add_row, "entry-activated", G_CALLBACK (on_add_activated),
                            self);
  update_add_enabled (self);
  refresh (self);
}

void
ooo_talking_points_group_set_session (OooTalkingPointsGroup *self,
                                      OooSession            *session)
{
  g_return_if_fail (OOO_IS_TALKING_POINTS_GROUP (self));

  if (self->session == session)
    return;

  if (self->follow_ups != NULL)
    g_signal_handlers_disconnect_by_data (self->follow_ups, self);
  g_set_object (&self->session, session);
  g_set_object (&self->follow_ups,
                (session != NULL ? ooo_session_get_follow_ups (session) : NULL));
  if (self->follow_ups != NULL)
    g_signal_connect_swapped (self->follow_ups, "changed", G_CALLBACK (on_follow_ups_changed),
                              self);

  update_add_enabled (self);
  refresh (self);
}

void
ooo_talking_points_group_set_person (OooTalkingPointsGroup *self,
                                     OooPerson             *person)
{
  g_return_if_fail (OOO_IS_TALKING_POINTS_GROUP (self));

  if (!g_set_object (&self->person, person))
    return;

  self->show_all = FALSE;
  update_add_enabled (self);
  refresh (self);
}
