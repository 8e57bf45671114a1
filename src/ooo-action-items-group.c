/* ooo-action-items-group.c — every open action item of a person, on their
 * page
 *
 * What was promised in any 1:1 stays here until it is done: ticking one
 * off records it done outside a meeting (Undo in the toast takes it back);
 * the pencil corrects its text or whose it is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ooo-accessible.h"
#include "ooo-action-items-group.h"
#include "ooo-date-button.h"
#include "ooo-format.h"
#include "ooo-item-edit-button.h"
#include "ooo-text-row.h"
#include "ooo-widget-util.h"

struct _OooActionItemsGroup
{
  AdwPreferencesGroup  parent_instance;

  OooSession          *session;
  OooFollowUps        *follow_ups;
  OooPerson           *person;
  char                *today;
  guint                refresh_source;
  gboolean             show_all;    /* past the first few items */

  GtkWidget           *list_box;
  GtkWidget           *show_all_row;
};

G_DEFINE_TYPE (OooActionItemsGroup, ooo_action_items_group, ADW_TYPE_PREFERENCES_GROUP)

typedef struct {
  GWeakRef       group;
  OooFollowUps  *follow_ups;
  OooActionItem *item;
} Ticked;

static void
ticked_free (gpointer data)
{
  Ticked *ticked = data;

  g_weak_ref_clear (&ticked->group);
  g_object_unref (ticked->follow_ups);
  g_object_unref (ticked->item);
  g_free (ticked);
}

static gint64
item_id (gpointer item)
{
  return ooo_action_item_get_id (item);
}

static void
show_error (OooActionItemsGroup *self,
            const GError        *error)
{
  ooo_widget_show_toast (GTK_WIDGET (self), error->message);
}

static gboolean
is_overdue (OooActionItemsGroup *self,
            OooActionItem       *item)
{
  const char *due = ooo_action_item_get_due_on (item);

  return due != NULL && self->today != NULL && strcmp (due, self->today) < 0;
}

/* "Their action · due 3 March 2026": whose it is, and by when. */
static char *
describe (OooActionItemsGroup *self,
          OooActionItem       *item)
{
  gboolean mine = ooo_action_item_get_owner (item) == OOO_SIDE_ME;
  g_autofree char *due = ooo_format_date (ooo_action_item_get_due_on (item));

  if (due == NULL)
    return g_strdup (mine ? _("My action") : _("Their action"));

  if (is_overdue (self, item))
    /* Translators: %s is the date an action item was due */
    return g_strdup_printf (mine ? _("My action · was due %s") : _("Their action · was due %s"),
                            due);

  /* Translators: %s is the date an action item is due */
  return g_strdup_printf (mine ? _("My action · due %s") : _("Their action · due %s"), due);
}

static void
undo_done (AdwToast *toast,
           Ticked   *ticked)
{
  g_autoptr(OooActionItemsGroup) self = g_weak_ref_get (&ticked->group);
  g_autoptr(GError) error = NULL;

  if (!ooo_follow_ups_set_action_done (ticked->follow_ups, ticked->item, FALSE, 0, &error) &&
      self != NULL)
    show_error (self, error);
}

static void
on_done_toggled (GtkCheckButton      *check,
                 OooActionItemsGroup *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (check), GTK_TYPE_LIST_BOX_ROW);
  OooActionItem *item = row != NULL ? ooo_list_rows_get_item (row) : NULL;
  gboolean done = gtk_check_button_get_active (check);
  g_autoptr(GError) error = NULL;
  Ticked *ticked;

  if (item == NULL || self->follow_ups == NULL)
    return;

  /* Ticked on the page: done outside any meeting. */
  if (!ooo_follow_ups_set_action_done (self->follow_ups, item, done, 0, &error)) {
    g_signal_handlers_block_by_func (check, on_done_toggled, self);
    gtk_check_button_set_active (check, !done);
    g_signal_handlers_unblock_by_func (check, on_done_toggled, self);
    show_error (self, error);
    return;
  }

  if (!done)
    return;

  ticked = g_new0 (Ticked, 1);
  g_weak_ref_init (&ticked->group, self);
  ticked->follow_ups = g_object_ref (self->follow_ups);
  ticked->item = g_object_ref (item);
  ooo_widget_show_undo_toast (GTK_WIDGET (self), _("Action item done"),
                              G_CALLBACK (undo_done), ticked, ticked_free);
}

static gboolean
on_item_saved (OooItemEditButton   *button,
               const char          *text,
               OooSide              owner,
               OooActionItemsGroup *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);
  OooActionItem *item = row != NULL ? ooo_list_rows_get_item (row) : NULL;
  g_autoptr(GError) error = NULL;

  if (item == NULL || self->follow_ups == NULL)
    return FALSE;

  if (!ooo_follow_ups_update_action (self->follow_ups, item, text, owner,
                                     ooo_action_item_get_due_on (item), &error)) {
    show_error (self, error);
    return FALSE;
  }

  return TRUE;
}

static GtkWidget *
create_row (gpointer user_data)
{
  OooActionItemsGroup *self = user_data;
  GtkWidget *row = ooo_text_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *overdue = gtk_label_new (_("Overdue"));
  GtkWidget *edit = ooo_item_edit_button_new (_("Action item"), _("Theirs to do"),
                                              _("Mine to do"));


  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (check, _("Mark as done"));
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_done_toggled), self, 0);
  ooo_text_row_add_prefix (OOO_TEXT_ROW (row), check);
  g_object_set_data (G_OBJECT (row), "check-button", check);

  gtk_widget_add_css_class (overdue, "caption-heading");
  gtk_widget_add_css_class (overdue, "warning");
  gtk_widget_set_valign (overdue, GTK_ALIGN_CENTER);
  ooo_text_row_add_suffix (OOO_TEXT_ROW (row), overdue);
  g_object_set_data (G_OBJECT (row), "overdue-label", overdue);

  g_signal_connect_object (edit, "save", G_CALLBACK (on_item_saved), self, 0);
  ooo_text_row_add_suffix (OOO_TEXT_ROW (row), edit);
  g_object_set_data (G_OBJECT (row), "edit-button", edit);

  return row;
}

static void
update_row (GtkWidget *row,
            gpointer   item,
            gpointer   user_data)
{
  OooActionItemsGroup *self = user_data;
  const char *text = ooo_action_item_get_text (item);
  GtkWidget *check = g_object_get_data (G_OBJECT (row), "check-button");
  GtkWidget *overdue = g_object_get_data (G_OBJECT (row), "overdue-label");
  g_autofree char *subtitle = describe (self, item);
  g_autofree char *check_label = NULL;

  ooo_text_row_set_title (OOO_TEXT_ROW (row), text);
  ooo_text_row_set_subtitle (OOO_TEXT_ROW (row), subtitle);
  gtk_widget_set_visible (overdue, is_overdue (self, item));
  ooo_item_edit_button_set_item (g_object_get_data (G_OBJECT (row), "edit-button"),
                                 item_id (item), text, ooo_action_item_get_owner (item));

  g_signal_handlers_block_by_func (check, on_done_toggled, self);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), ooo_action_item_is_done (item));
  g_signal_handlers_unblock_by_func (check, on_done_toggled, self);
  /* Translators: the accessible name of a check box; %s is an action item */
  check_label = g_strdup_printf (_("Done: %s"), text);
  ooo_accessible_set_label (check, check_label);
}

static void
refresh (OooActionItemsGroup *self)
{
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GListModel) shown = NULL;
  guint n = 0;
  gboolean empty;

  g_clear_handle_id (&self->refresh_source, g_source_remove);

  g_clear_pointer (&self->today, g_free);
  if (self->session != NULL)
    self->today = ooo_date_today (ooo_meetings_get_clock (ooo_session_get_meetings
                                                            (self->session)));
  if (self->follow_ups != NULL && self->person != NULL)
    items = ooo_follow_ups_list_open_actions (self->follow_ups, ooo_person_get_id (self->person));
  if (items != NULL) {
    n = g_list_model_get_n_items (items);
    shown = self->show_all ? g_object_ref (items)
                           : ooo_list_model_head (items, OOO_LIST_ROWS_FIRST);
  }
  ooo_list_rows_sync (GTK_LIST_BOX (self->list_box), shown, item_id, create_row, update_row,
                      self);
  ooo_show_all_row_set_total (self->show_all_row,
                              shown != NULL && g_list_model_get_n_items (shown) < n ? n : 0);

  empty = n == 0;
  gtk_widget_set_visible (self->list_box, !empty);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), empty ?
    _("Nothing open. What either of you takes on in a one-on-one stays here until it "
      "is done.") : NULL);
}

static gboolean
refresh_later_cb (gpointer data)
{
  OooActionItemsGroup *self = data;

  self->refresh_source = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* Never rebuild under the check box that was just ticked: wait until its
 * handler has returned. */
static void
on_follow_ups_changed (OooActionItemsGroup *self,
                       gint64               person_id)
{
  if (self->person == NULL || person_id != ooo_person_get_id (self->person) ||
      self->refresh_source != 0)
    return;

  self->refresh_source = g_idle_add (refresh_later_cb, self);
}

static void
on_row_activated (OooActionItemsGroup *self,
                  GtkListBoxRow       *row)
{
  int position = gtk_list_box_row_get_index (row);

  if (GTK_WIDGET (row) != self->show_all_row)
    return;

  self->show_all = TRUE;
  refresh (self);
  ooo_list_box_focus_row_at (GTK_LIST_BOX (self->list_box), position);
}

static void
ooo_action_items_group_dispose (GObject *object)
{
  OooActionItemsGroup *self = OOO_ACTION_ITEMS_GROUP (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->follow_ups != NULL)
    g_signal_handlers_disconnect_by_data (self->follow_ups, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), OOO_TYPE_ACTION_ITEMS_GROUP);
  g_clear_object (&self->person);
  g_clear_object (&self->follow_ups);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (ooo_action_items_group_parent_class)->dispose (object);
}

static void
ooo_action_items_group_finalize (GObject *object)
{
  g_free (OOO_ACTION_ITEMS_GROUP (object)->today);

  G_OBJECT_CLASS (ooo_action_items_group_parent_class)->finalize (object);
}

static void
ooo_action_items_group_class_init (OooActionItemsGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ooo_action_items_group_dispose;
  object_class->finalize = ooo_action_items_group_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
    "/com/example/OneOnOne/ooo-action-items-group.ui");
  gtk_widget_class_bind_template_child (widget_class, OooActionItemsGroup, list_box);
}

static void
ooo_action_items_group_init (OooActionItemsGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->show_all_row = ooo_show_all_row_new ();
  gtk_list_box_append (GTK_LIST_BOX (self->list_box), self->show_all_row);
  g_signal_connect_swapped (self->list_box, "row-activated", G_CALLBACK (on_row_activated),
                            self);
  refresh (self);
}

void
ooo_action_items_group_set_session (OooActionItemsGroup *self,
                                    OooSession          *session)
{
  g_return_if_fail (OOO_IS_ACTION_ITEMS_GROUP (self));

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
  refresh (self);
}

void
ooo_action_items_group_set_person (OooActionItemsGroup *self,
                                   OooPerson           *person)
{
  g_return_if_fail (OOO_IS_ACTION_ITEMS_GROUP (self));

  if (!g_set_object (&self->person, person))
    return;

  self->show_all = FALSE;
  refresh (self);
}
