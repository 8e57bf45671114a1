/* ooo-meeting-follow-ups.c — in a running 1:1: what is still open from
 * before, and the action items, talking points and reminders of now
 *
 * The lists are rebuilt from the store whenever the person's follow-ups
 * change, so a tick here and a tick on the person's page always agree.
 *
 * Talking points show in the part of the agenda owned by the side that
 * raised them (the first such part, or the first part when there is none);
 * due "ask about" reminders show in the first part.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ooo-accessible.h"
#include "ooo-format.h"
#include "ooo-meeting-follow-ups.h"
#include "ooo-widget-util.h"

/* More actions than this for the report from one meeting, and the app
 * says so: the report should pick their own actions. */
#define MANY_ACTIONS_FOR_THEM 3

struct _OooMeetingFollowUps
{
  GtkWidget         parent_instance;

  OooSession       *session;
  OooFollowUps     *follow_ups;
  OooFollowUpsView  view;
  OooMeeting       *meeting;
  guint             segment;
  gulong            changed_id;
  guint             rebuild_source;

  GtkWidget        *box;
  GtkWidget        *carried_group;
  GtkWidget        *points_group;
  GtkWidget        *reminders_group;
  GtkWidget        *actions_group;
  GtkWidget        *new_action_row;
  GtkWidget        *owner_dropdown;
  GtkWidget        *due_button;
  GtkWidget        *due_calendar;
  char             *due_on;        /* for the next action added, or NULL */
  GtkWidget        *counts_label;
  GtkWidget        *warning_label;
  GPtrArray        *rows;       /* rows added to the groups, removed on rebuild */
};

G_DEFINE_TYPE (OooMeetingFollowUps, ooo_meeting_follow_ups, GTK_TYPE_WIDGET)

static void rebuild (OooMeetingFollowUps *self);

static void
show_error (OooMeetingFollowUps *self,
            const GError        *error)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), ooo_toast_new_plain (error->message));
  else
    g_message ("%s", error->message);
}

static gint64
person_id (OooMeetingFollowUps *self)
{
  return self->meeting != NULL ? ooo_meeting_get_person_id (self->meeting) : 0;
}

static GtkWidget *
check_row (const char *title,
           const char *subtitle,
           gboolean    checked,
           GCallback   on_toggled,
           gpointer    item,
           gpointer    user_data)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), checked);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_object_set_data_full (G_OBJECT (check), "ooo-item", g_object_ref (item), g_object_unref);
  g_signal_connect (check, "toggled", on_toggled, user_data);

  return row;
}

static void
add_row (OooMeetingFollowUps *self,
         GtkWidget           *group,
         GtkWidget           *row)
{
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  g_ptr_array_add (self->rows, row);
  g_object_set_data (G_OBJECT (row), "ooo-group", group);
}

static char *
describe_action (OooActionItem *item)
{
  g_autofree char *due = ooo_format_date (ooo_action_item_get_due_on (item));
  const char *owner = ooo_side_to_label (ooo_action_item_get_owner (item));

  if (due != NULL)
    /* Translators: an action item's owner, then its due date */
    return g_strdup_printf (_("%s · due %s"), owner, due);

  return g_strdup (owner);
}

static void
on_action_toggled (GtkCheckButton      *check,
                   OooMeetingFollowUps *self)
{
  OooActionItem *item = g_object_get_data (G_OBJECT (check), "ooo-item");
  g_autoptr(GError) error = NULL;

  if (!ooo_follow_ups_set_action_done (self->follow_ups, item,
                                       gtk_check_button_get_active (check),
                                       ooo_meeting_get_id (self->meeting), &error))
    show_error (self, error);
}

static void
on_point_toggled (GtkCheckButton      *check,
                  OooMeetingFollowUps *self)
{
  OooTalkingPoint *point = g_object_get_data (G_OBJECT (check), "ooo-item");
  g_autoptr(GError) error = NULL;

  if (!ooo_follow_ups_set_discussed (self->follow_ups, point,
                                     gtk_check_button_get_active (check),
                                     ooo_meeting_get_id (self->meeting), &error))
    show_error (self, error);
}

static void
on_reminder_toggled (GtkCheckButton      *check,
                     OooMeetingFollowUps *self)
{
  OooReminder *reminder = g_object_get_data (G_OBJECT (check), "ooo-item");
  g_autoptr(GError) error = NULL;

  if (!ooo_follow_ups_set_reminder_done (self->follow_ups, reminder,
                                         gtk_check_button_get_active (check), &error))
    show_error (self, error);
}

static void
fill_carried (OooMeetingFollowUps *self)
{
  g_autoptr(GListModel) items = ooo_follow_ups_list_carried_actions (
    self->follow_ups, person_id (self), ooo_meeting_get_id (self->meeting));
  guint n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++) {
    g_autoptr(OooActionItem) item = g_list_model_get_item (items, i);
    g_autofree char *subtitle = describe_action (item);

    add_row (self, self->carried_group,
             check_row (ooo_action_item_get_text (item), subtitle,
                        ooo_action_item_is_done (item), G_CALLBACK (on_action_toggled), item,
                        self));
  }
  gtk_widget_set_visible (self->carried_group, n > 0);
}

/* The first part of the agenda owned by @side, or the first part. */
static guint
segment_for_side (OooMeeting *meeting,
                  OooSide     side)
{
  OooSegmentOwner owner = side == OOO_SIDE_THEM ? OOO_SEGMENT_OWNER_THEM : OOO_SEGMENT_OWNER_ME;

  for (guint i = 0; i < ooo_meeting_get_n_segments (meeting); i++)
    if (ooo_meeting_get_segment (meeting, i)->owner == owner)
      return i;

  return 0;
}

static void
fill_points (OooMeetingFollowUps *self)
{
  const OooSide sides[] = { OOO_SIDE_THEM, OOO_SIDE_ME };
  guint shown = 0;

  for (guint s = 0; s < G_N_ELEMENTS (sides); s++) {
    g_autoptr(GListModel) points = NULL;

    if (segment_for_side (self->meeting, sides[s]) != self->segment)
      continue;

    points = ooo_follow_ups_list_meeting_points (self->follow_ups, person_id (self),
                                                 ooo_meeting_get_id (self->meeting), sides[s]);
    for (guint i = 0; i < g_list_model_get_n_items (points); i++) {
      g_autoptr(OooTalkingPoint) point = g_list_model_get_item (points, i);
      const char *subtitle = sides[s] == OOO_SIDE_THEM ? _("They raised it")
                                                       : _("You raised it");

      add_row (self, self->points_group,
               check_row (ooo_talking_point_get_text (point), subtitle,
                          !ooo_talking_point_is_pending (point),
                          G_CALLBACK (on_point_toggled), point, self));
      shown++;
    }
  }
  gtk_widget_set_visible (self->points_group, shown > 0);
}

static void
fill_reminders (OooMeetingFollowUps *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(GListModel) reminders = NULL;
  guint n = 0;

  if (self->segment == 0) {
    reminders = ooo_follow_ups_list_due_reminders (self->follow_ups, person_id (self), today);
    n = g_list_model_get_n_items (reminders);
  }

  for (guint i = 0; i < n; i++) {
    g_autoptr(OooReminder) reminder = g_list_model_get_item (reminders, i);
    g_autofree char *date = ooo_format_date (ooo_reminder_get_remind_on (reminder));

    add_row (self, self->reminders_group,
             check_row (ooo_reminder_get_text (reminder), date, FALSE,
                        G_CALLBACK (on_reminder_toggled), reminder, self));
  }
  gtk_widget_set_visible (self->reminders_group, n > 0);
}

static void
on_delete_action (GtkButton           *button,
                  OooMeetingFollowUps *self)
{
  OooActionItem *item = g_object_get_data (G_OBJECT (button), "ooo-item");
  g_autoptr(GError) error = NULL;

  if (!ooo_follow_ups_delete_action (self->follow_ups, item, &error))
    show_error (self, error);
}

static void
fill_actions (OooMeetingFollowUps *self)
{
  g_autoptr(GListModel) items = ooo_follow_ups_list_meeting_actions (
    self->follow_ups, ooo_meeting_get_id (self->meeting));
  g_autofree char *counts = NULL;
  guint theirs = 0, mine = 0;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++) {
    g_autoptr(OooActionItem) item = g_list_model_get_item (items, i);
    g_autofree char *subtitle = describe_action (item);
    g_autofree char *remove_label = g_strdup_printf (_("Remove “%s”"),
                                                     ooo_action_item_get_text (item));
    GtkWidget *row = check_row (ooo_action_item_get_text (item), subtitle,
                                ooo_action_item_is_done (item),
                                G_CALLBACK (on_action_toggled), item, self);
    GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

    gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
    gtk_widget_add_css_class (remove, "flat");
    gtk_widget_set_tooltip_text (remove, remove_label);
    ooo_accessible_set_label (remove, remove_label);
    g_object_set_data_full (G_OBJECT (remove), "ooo-item", g_object_ref (item),
                            g_object_unref);
    g_signal_connect (remove, "clicked", G_CALLBACK (on_delete_action), self);
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
    add_row (self, self->actions_group, row);
  }

  ooo_follow_ups_count_meeting_actions (self->follow_ups, ooo_meeting_get_id (self->meeting),
                                        &theirs, &mine);
  /* Translators: how many action items each side took in this meeting */
  counts = g_strdup_printf (_("Theirs %u · Yours %u"), theirs, mine);
  gtk_label_set_label (GTK_LABEL (self->counts_label), counts);
  gtk_widget_set_visible (self->warning_label, theirs > MANY_ACTIONS_FOR_THEM);
}

static void
rebuild (OooMeetingFollowUps *self)
{
  for (guint i = 0; i < self->rows->len; i++) {
    GtkWidget *row = g_ptr_array_index (self->rows, i);

    adw_preferences_group_remove (g_object_get_data (G_OBJECT (row), "ooo-group"), row);
  }
  g_ptr_array_set_size (self->rows, 0);

  if (self->meeting == NULL || self->follow_ups == NULL)
    return;

  if (self->view == OOO_FOLLOW_UPS_VIEW_CARRIED) {
    fill_carried (self);
  } else {
    fill_points (self);
    fill_reminders (self);
    fill_actions (self);
  }
}

static gboolean
rebuild_later (gpointer data)
{
  OooMeetingFollowUps *self = data;

  self->rebuild_source = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

/* Rebuilt from the main loop: the change may come from a check button in
 * one of these rows, which must outlive its own signal. */
static void
on_follow_ups_changed (OooMeetingFollowUps *self,
                       gint64               changed_person)
{
  if (changed_person == person_id (self) && self->rebuild_source == 0)
    self->rebuild_source = g_idle_add (rebuild_later, self);
}

/* The due date is optional: the button says "No due date" until one is
 * picked on its calendar, and the popover can take it off again. */
static void
set_due (OooMeetingFollowUps *self,
         const char          *iso_date)
{
  g_autofree char *shown = ooo_format_date (iso_date);
  g_autofree char *accessible = NULL;

  g_free (self->due_on);
  self->due_on = g_strdup (iso_date);
  gtk_menu_button_set_label (GTK_MENU_BUTTON (self->due_button),
                             shown != NULL ? shown : _("No due date"));
  /* Translators: the due date button of a new action item, for screen readers */
  accessible = g_strdup_printf (_("Due date: %s"), shown != NULL ? shown : _("none"));
  ooo_accessible_set_label (self->due_button, accessible);
}

static void
on_due_picked (OooMeetingFollowUps *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (GTK_CALENDAR (self->due_calendar));
  g_autofree char *iso = g_date_time_format (date, "%Y-%m-%d");

  set_due (self, iso);
}

static void
on_no_due_date (OooMeetingFollowUps *self)
{
  set_due (self, NULL);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->due_button));
}

static GtkWidget *
due_button_new (OooMeetingFollowUps *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *clear = gtk_button_new_with_mnemonic (_("_No Due Date"));

  self->due_calendar = gtk_calendar_new ();
  gtk_widget_set_name (self->due_calendar, "due_calendar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->due_calendar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Due date"), -1);
  g_signal_connect_swapped (self->due_calendar, "day-selected", G_CALLBACK (on_due_picked),
                            self);
  g_signal_connect_swapped (clear, "clicked", G_CALLBACK (on_no_due_date), self);
  gtk_widget_add_css_class (clear, "flat");
  gtk_box_append (GTK_BOX (box), self->due_calendar);
  gtk_box_append (GTK_BOX (box), clear);
  gtk_popover_set_child (GTK_POPOVER (popover), box);

  self->due_button = gtk_menu_button_new ();
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->due_button), popover);
  gtk_widget_set_valign (self->due_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->due_button, "flat");
  gtk_widget_set_tooltip_text (self->due_button, _("When it is due"));
  gtk_widget_set_name (self->due_button, "due_button");

  return self->due_button;
}

static void
add_action (OooMeetingFollowUps *self)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->new_action_row)));
  OooSide owner = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->owner_dropdown)) == 1
                  ? OOO_SIDE_ME : OOO_SIDE_THEM;
  g_autoptr(GError) error = NULL;
  g_autoptr(OooActionItem) item = NULL;

  if (self->meeting == NULL)
    return;

  item = ooo_follow_ups_add_action (self->follow_ups, person_id (self),
                                    ooo_meeting_get_id (self->meeting), text, owner, self->due_on,
                                    &error);
  if (item == NULL) {
    /* What was typed stays in the field. */
    show_error (self, error);
    return;
  }
  gtk_editable_set_text (GTK_EDITABLE (self->new_action_row), "");
  set_due (self, NULL);
}

static GtkWidget *
group_new (const char *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  return group;
}

static void
build_agenda_view (OooMeetingFollowUps *self)
{
  const char *owners[] = { _("Them"), _("Me"), NULL };
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *add_button = gtk_button_new_from_icon_name ("list-add-symbolic");

  self->points_group = group_new (_("Talking Points"));
  self->reminders_group = group_new (_("Ask About"));
  self->actions_group = group_new (_("Action Items"));
  /* Names for CSS and for tests, which find the parts by them. */
  gtk_widget_set_name (self->points_group, "points_group");
  gtk_widget_set_name (self->reminders_group, "reminders_group");
  gtk_widget_set_name (self->actions_group, "actions_group");

  self->counts_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->counts_label, "dim-label");
  gtk_widget_add_css_class (self->counts_label, "numeric");
  gtk_widget_set_name (self->counts_label, "counts_label");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->actions_group),
                                           self->counts_label);

  self->warning_label = gtk_label_new (_("That is a lot of actions for them from one meeting. "
                                         "People follow through on the actions they choose "
                                         "themselves: ask what they will take on."));
  gtk_label_set_wrap (GTK_LABEL (self->warning_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->warning_label), 0);
  gtk_widget_add_css_class (self->warning_label, "warning");
  gtk_widget_add_css_class (self->warning_label, "caption");
  gtk_widget_set_visible (self->warning_label, FALSE);
  gtk_widget_set_name (self->warning_label, "warning_label");
  gtk_box_append (GTK_BOX (header), self->warning_label);

  self->new_action_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->new_action_row),
                                 _("New action item"));
  gtk_widget_set_name (self->new_action_row, "new_action_row");
  self->owner_dropdown = gtk_drop_down_new_from_strings (owners);
  gtk_widget_set_name (self->owner_dropdown, "owner_dropdown");
  gtk_widget_set_valign (self->owner_dropdown, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->owner_dropdown, "flat");
  gtk_widget_set_tooltip_text (self->owner_dropdown, _("Who owns it"));
  ooo_accessible_set_label (self->owner_dropdown, _("Who owns it"));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self->new_action_row), self->owner_dropdown);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self->new_action_row), due_button_new (self));
  set_due (self, NULL);
  gtk_widget_set_valign (add_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (add_button, "flat");
  gtk_widget_set_tooltip_text (add_button, _("Add Action Item"));
  ooo_accessible_set_label (add_button, _("Add Action Item"));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self->new_action_row), add_button);
  g_signal_connect_swapped (self->new_action_row, "entry-activated", G_CALLBACK (add_action),
                            self);
  g_signal_connect_swapped (add_button, "clicked", G_CALLBACK (add_action), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->actions_group),
                             self->new_action_row);

  gtk_box_append (GTK_BOX (self->box), self->points_group);
  gtk_box_append (GTK_BOX (self->box), self->reminders_group);
  gtk_box_append (GTK_BOX (self->box), self->actions_group);
  gtk_box_append (GTK_BOX (self->box), header);
}

/* Must be called once, before a meeting is set. */
void
ooo_meeting_follow_ups_setup (OooMeetingFollowUps *self,
                              OooSession          *session,
                              OooFollowUpsView     view)
{
  g_return_if_fail (OOO_IS_MEETING_FOLLOW_UPS (self));
  g_return_if_fail (self->session == NULL);

  self->session = g_object_ref (session);
  self->follow_ups = g_object_ref (ooo_session_get_follow_ups (session));
  self->view = view;
  self->changed_id = g_signal_connect_object (self->follow_ups, "changed",
                                              G_CALLBACK (on_follow_ups_changed), self,
                                              G_CONNECT_SWAPPED);

  if (view == OOO_FOLLOW_UPS_VIEW_CARRIED) {
    self->carried_group = group_new (_("Open from Last Time"));
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->carried_group),
                                           _("Tick what is done"));
    gtk_box_append (GTK_BOX (self->box), self->carried_group);
  } else {
    build_agenda_view (self);
  }
}

void
ooo_meeting_follow_ups_set_meeting (OooMeetingFollowUps *self,
                                    OooMeeting          *meeting,
                                    guint                segment)
{
  g_return_if_fail (OOO_IS_MEETING_FOLLOW_UPS (self));

  g_set_object (&self->meeting, meeting);
  self->segment = segment;
  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  rebuild (self);
}

void
ooo_meeting_follow_ups_focus_new_action (OooMeetingFollowUps *self)
{
  g_return_if_fail (OOO_IS_MEETING_FOLLOW_UPS (self));

  if (self->new_action_row != NULL)
    gtk_widget_grab_focus (self->new_action_row);
}

static void
ooo_meeting_follow_ups_dispose (GObject *object)
{
  OooMeetingFollowUps *self = OOO_MEETING_FOLLOW_UPS (object);

  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->meeting);
  g_clear_object (&self->follow_ups);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (ooo_meeting_follow_ups_parent_class)->dispose (object);
}

static void
ooo_meeting_follow_ups_finalize (GObject *object)
{
  g_ptr_array_unref (OOO_MEETING_FOLLOW_UPS (object)->rows);
  g_free (OOO_MEETING_FOLLOW_UPS (object)->due_on);

  G_OBJECT_CLASS (ooo_meeting_follow_ups_parent_class)->finalize (object);
}

static void
ooo_meeting_follow_ups_class_init (OooMeetingFollowUpsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ooo_meeting_follow_ups_dispose;
  object_class->finalize = ooo_meeting_follow_ups_finalize;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
ooo_meeting_follow_ups_init (OooMeetingFollowUps *self)
{
  self->rows = g_ptr_array_new ();
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
}
