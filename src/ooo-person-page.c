/* ooo-person-page.c — what the manager knows about one person
 *
 * Trust is built by turning up, so the page opens with when the next 1:1
 * is due and whether the last ones were held; "now" is the session's
 * clock, which tests can fix. Moving or cancelling the due 1:1 starts
 * here; cancelling first offers to move it instead.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ooo-action-items-group.h"
#include "ooo-date-button.h"
#include "ooo-format.h"
#include "ooo-history-group.h"
#include "ooo-overview.h"
#include "ooo-past-meeting-dialog.h"
#include "ooo-person-page.h"
#include "ooo-personal-card.h"
#include "ooo-reschedule-dialog.h"
#include "ooo-talking-points-group.h"
#include "ooo-time-zones.h"
#include "ooo-widget-util.h"

struct _OooPersonPage
{
  GtkWidget  parent_instance;

  OooPerson *person;
  OooSession *session;
  OooPersonFigures *figures;

  GtkWidget *scroller;
  GtkWidget *avatar;
  GtkWidget *name_label;
  GtkWidget *role_label;
  GtkWidget *relationship_label;
  GtkWidget *kind_label;
  GtkWidget *employment_label;
  GtkWidget *time_zone_row;
  GtkWidget *local_time_label;
  GtkWidget *due_label;
  GtkWidget *attendance_label;
  GtkWidget *streak_label;
  GtkWidget *last_label;
  GtkWidget *cadence_label;
  GtkWidget *reporting_since_label;
  GtkWidget *agenda_row;
  GtkWidget *talking_points_group;
  GtkWidget *action_items_group;
  GtkWidget *personal_card;
  GtkWidget *history_group;
};

G_DEFINE_TYPE (OooPersonPage, ooo_person_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PERSON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_clock (OooPersonPage *self,
              GDateTime     *now)
{
  const char *zone = ooo_person_get_time_zone (self->person);
  g_autofree char *local_time = ooo_format_local_time (zone, now);

  gtk_label_set_label (GTK_LABEL (self->local_time_label),
                       local_time != NULL ? local_time : _("Unknown"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->time_zone_row), zone);
}

static void
update (OooPersonPage *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *since = NULL;
  const char *role;

  if (self->person == NULL)
    return;

  now = g_date_time_new_now_utc ();
  role = ooo_person_get_role (self->person);
  since = ooo_format_date (ooo_person_get_reporting_since (self->person));

  adw_avatar_set_text (ADW_AVATAR (self->avatar), ooo_person_get_name (self->person));
  gtk_label_set_label (GTK_LABEL (self->name_label), ooo_person_get_name (self->person));
  gtk_label_set_label (GTK_LABEL (self->role_label), role);
  gtk_widget_set_visible (self->role_label, *role != '\0');
  gtk_label_set_label (GTK_LABEL (self->relationship_label),
                       ooo_relationship_to_label (ooo_person_get_relationship (self->person)));
  gtk_label_set_label (GTK_LABEL (self->kind_label),
                       ooo_person_kind_to_label (ooo_person_get_kind (self->person)));
  gtk_label_set_label (GTK_LABEL (self->employment_label),
                       ooo_employment_to_label (ooo_person_get_employment (self->person)));
  gtk_label_set_label (GTK_LABEL (self->cadence_label),
                       ooo_cadence_to_label (ooo_person_get_cadence (self->person)));
  gtk_label_set_label (GTK_LABEL (self->reporting_since_label),
                       since != NULL ? since : _("Not set"));
  update_clock (self, now);
}

/* "4 December", with the year when it is not this one. */
static char *
format_day (const GDate *date,
            const GDate *today)
{
  g_autofree char *iso = ooo_attendance_format_date (date);
  g_autoptr(GDateTime) local = ooo_date_to_local (iso);

  if (local == NULL)
    return NULL;
  if (g_date_get_year (date) == g_date_get_year (today))
    /* Translators: a day of this year, see g_date_time_format(); %-d has no padding */
    return g_date_time_format (local, _("%-d %B"));

  return ooo_format_date (iso);
}

static char *
due_text (const OooAttendance *attendance)
{
  g_autofree char *day = NULL;

  switch (attendance->due_state) {
  case OOO_DUE_OVERDUE:
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Overdue by %d day",
                                         "Overdue by %d days", attendance->overdue_days),
                            attendance->overdue_days);
  case OOO_DUE_TODAY:
    return g_strdup (_("Due today"));
  case OOO_DUE_UPCOMING:
  default:
    if (attendance->days_until == 1)
      return g_strdup (_("Due tomorrow"));
    day = format_day (&attendance->next_due, &attendance->today);
    if (attendance->next_rescheduled)
      /* Translators: when the next 1:1 is due, after it was moved */
      return g_strdup_printf (_("Moved to %s"), day);
    /* Translators: when the next 1:1 is due */
    return g_strdup_printf (_("Next on %s"), day);
  }
}

static char *
last_text (const OooAttendance *attendance)
{
  if (attendance->days_since < 0)
    return g_strdup (_("Never"));
  if (attendance->days_since == 0)
    return g_strdup (_("Today"));
  if (attendance->days_since == 1)
    return g_strdup (_("Yesterday"));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day ago", "%d days ago",
                                       attendance->days_since),
                          attendance->days_since);
}

static void
show_attendance (OooPersonPage       *self,
                 const OooAttendance *attendance)
{
  g_autofree char *due = due_text (attendance);
  g_autofree char *held = NULL;
  g_autofree char *streak = NULL;
  g_autofree char *last = last_text (attendance);
  /* Colour says it too, but the words carry it. */
  const char *due_style[] = {
    attendance->due_state == OOO_DUE_OVERDUE ? "error" :
    attendance->due_state == OOO_DUE_TODAY ? "accent" : "dim-label", NULL
  };

  held = attendance->n_recent == 0 ? g_strdup (_("None due yet"))
         /* Translators: attendance: "8 of the last 10 held" */
         : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of the last %u held",
                                         "%u of the last %u held", attendance->n_recent),
                            attendance->n_held, attendance->n_recent);
  streak = attendance->streak == 0 ? g_strdup (_("None"))
           : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u held in a row",
                                           "%u held in a row", attendance->streak),
                              attendance->streak);

  gtk_label_set_label (GTK_LABEL (self->due_label), due);
  gtk_widget_set_css_classes (self->due_label, due_style);
  gtk_label_set_label (GTK_LABEL (self->attendance_label), held);
  gtk_label_set_label (GTK_LABEL (self->streak_label), streak);
  gtk_label_set_label (GTK_LABEL (self->last_label), last);
}

static const OooAttendance *
attendance_of (OooPersonPage *self)
{
  return self->figures != NULL ? ooo_person_figures_get_attendance (self->figures) : NULL;
}

static GDateTime *
session_now (OooPersonPage *self)
{
  OooClock *clock = ooo_meetings_get_clock (ooo_session_get_meetings (self->session));

  return g_date_time_new_from_unix_utc (ooo_clock_wall_now (clock) / G_USEC_PER_SEC);
}

static void update_actions (OooPersonPage *self);

/* Due date and attendance, from the meetings stored. */
static void
update_schedule (OooPersonPage *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->figures);
  if (self->session != NULL && self->person != NULL) {
    now = session_now (self);
    self->figures = ooo_overview_load_person (ooo_session_get_people (self->session),
                                              self->person, now, &error);
    if (self->figures != NULL) {
      show_attendance (self, attendance_of (self));
    } else {
      GtkWidget *labels[] = { self->due_label, self->attendance_label, self->streak_label,
                              self->last_label };

      for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
        gtk_label_set_label (GTK_LABEL (labels[i]), _("Unknown"));
      ooo_widget_show_toast (GTK_WIDGET (self), error->message);
    }
  }
  update_actions (self);
}

/* After a 1:1 was held, moved or cancelled. */
static void
refresh_meetings (OooPersonPage *self)
{
  update_schedule (self);
  ooo_history_group_reload (OOO_HISTORY_GROUP (self->history_group));
}

static void
on_meeting_started_or_ended (OooPersonPage *self,
                             OooMeeting    *meeting)
{
  if (self->person != NULL &&
      ooo_meeting_get_person_id (meeting) == ooo_person_get_id (self->person))
    refresh_meetings (self);
}

static void
on_decided (GObject    *owner,
            gboolean    stored,
            const char *message)
{
  OooPersonPage *self = OOO_PERSON_PAGE (owner);

  ooo_widget_show_toast (GTK_WIDGET (self), message);
  if (stored)
    refresh_meetings (self);
}

/* Asks about the 1:1 that is due now. */
static void
decide (GtkWidget  *widget,
        const char *action_name,
        GVariant   *parameter)
{
  OooPersonPage *self = OOO_PERSON_PAGE (widget);
  const OooAttendance *attendance = attendance_of (self);
  GtkRoot *root = gtk_widget_get_root (widget);
  OooRescheduleDialog *dialog;
  g_autofree char *due_on = NULL;
  g_autofree char *today = NULL;

  if (attendance == NULL || !g_date_valid (&attendance->next_due))
    return;

  due_on = ooo_attendance_format_date (&attendance->next_due);
  today = ooo_attendance_format_date (&attendance->today);
  dialog = ooo_reschedule_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                      g_str_equal (action_name, "person.cancel")
                                      ? OOO_RESCHEDULE_DIALOG_CONFIRM_CANCEL
                                      : OOO_RESCHEDULE_DIALOG_MOVE,
                                      self->session, self->person, due_on, today);
  ooo_reschedule_dialog_set_decided_func (dialog, G_OBJECT (self), on_decided);
  gtk_window_present (GTK_WINDOW (dialog));
}

static guint
position_of (GListModel *model,
             gpointer    item)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++) {
    g_autoptr(GObject) candidate = g_list_model_get_item (model, i);

    if (candidate == item)
      return i;
  }

  return GTK_INVALID_LIST_POSITION;
}

/* Each person's next 1:1 starts on their own agenda: the one chosen for
 * them, or the one that fits how they work. */
static void
select_agenda (OooPersonPage *self)
{
  OooTemplate *agenda;
  guint position;

  if (self->session == NULL || self->person == NULL)
    return;

  agenda = ooo_session_agenda_for (self->session, self->person);
  position = position_of (G_LIST_MODEL (ooo_session_get_templates (self->session)), agenda);
  if (position != GTK_INVALID_LIST_POSITION)
    adw_combo_row_set_selected (ADW_COMBO_ROW (self->agenda_row), position);
}

static void
update_actions (OooPersonPage *self)
{
  const OooAttendance *attendance = attendance_of (self);
  gboolean due = attendance != NULL && g_date_valid (&attendance->next_due) &&
                 ooo_meetings_get_in_progress (ooo_session_get_meetings (self->session),
                                               self->person) == NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person.record-past",
                                 self->session != NULL && self->person != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person.reschedule", due);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person.cancel", due);
}

static void
on_past_recorded (OooPersonPage *self,
                  OooMeeting    *meeting)
{
  g_autoptr(GDateTime) held = NULL;
  g_autofree char *day = NULL;
  g_autofree char *date = NULL;
  g_autofree char *message = NULL;

  held = g_date_time_new_from_unix_local (ooo_meeting_get_started_at (meeting));
  day = g_date_time_format (held, "%Y-%m-%d");
  date = ooo_format_date (day);
  /* Translators: %s is the date it was held */
  message = g_strdup_printf (_("One-on-one of %s recorded"), date);
  ooo_widget_show_toast (GTK_WIDGET (self), message);
  refresh_meetings (self);
}

static void
record_past (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OooPersonPage *self = OOO_PERSON_PAGE (widget);
  OooPastMeetingDialog *dialog;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->session == NULL || self->person == NULL)
    return;

  dialog = ooo_past_meeting_dialog_new (self->session, self->person);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  g_signal_connect_object (dialog, "recorded", G_CALLBACK (on_past_recorded), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
ooo_person_page_dispose (GObject *object)
{
  OooPersonPage *self = OOO_PERSON_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OOO_TYPE_PERSON_PAGE);
  g_clear_object (&self->figures);
  g_clear_object (&self->person);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (ooo_person_page_parent_class)->dispose (object);
}

static void
ooo_person_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  OooPersonPage *self = OOO_PERSON_PAGE (object);

  switch (prop_id) {
  case PROP_PERSON:
    g_value_set_object (value, self->person);
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
ooo_person_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  OooPersonPage *self = OOO_PERSON_PAGE (object);

  switch (prop_id) {
  case PROP_PERSON:
    ooo_person_page_set_person (self, g_value_get_object (value));
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
ooo_person_page_class_init (OooPersonPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ooo_person_page_dispose;
  object_class->get_property = ooo_person_page_get_property;
  object_class->set_property = ooo_person_page_set_property;

  g_type_ensure (OOO_TYPE_ACTION_ITEMS_GROUP);
  g_type_ensure (OOO_TYPE_HISTORY_GROUP);
  g_type_ensure (OOO_TYPE_PERSONAL_CARD);
  g_type_ensure (OOO_TYPE_TALKING_POINTS_GROUP);

  properties[PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL, OOO_TYPE_PERSON,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/OneOnOne/ooo-person-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OooPersonPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, OooPersonPage, avatar);
  gtk_widget_class_bind_template_child (widget_class, OooPersonPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, OooPersonPage, role_label);
  gtk_widget_class_bind_template_child (widget_class, OooPersonPage, relationship_label);
  gtk_widget_class_bind_template_child (widget_class, OooPersonPage, kind_label);
  gtk_widget_class_bind_template_child (widget_class, OooPersonPage, employment_label);
  gtk_widget_class_bind_template_child (widget_class, OooPersonPage, time_zone_row);
  gtk_widget_class_bind_template_child (widget_class, OooPersonPage, local_time_label);
  gtk_widget_class_bind_template_child (widget_class, OooPersonPage, due_label);
  gtk_widget_class_bind_template_child (widget_class, OooPersonPage, attendance_label);
  gtk_widget_class_bind_template_child (widget_class, OooPersonPage, streak_label);
  gtk_widget_class_bind_template_child (widget_class, OooPersonPage, last_label);
  gtk_widget_class_bind_template_child (widget_class, OooPersonPage, cadence_label);
  gtk_widget_class_bind_template_child (widget_class, OooPersonPage, reporting_since_label);
  gtk_widget_class_bind_template_child (widget_class, OooPersonPage, agenda_row);
  gtk_widget_class_bind_template_child (widget_class, OooPersonPage, talking_points_group);
  gtk_widget_class_bind_template_child (widget_class, OooPersonPage, action_items_group);
  gtk_widget_class_bind_template_child (widget_class, OooPersonPage, personal_card);
  gtk_widget_class_bind_template_child (widget_class, OooPersonPage, history_group);
  gtk_widget_class_install_action (widget_class, "person.record-past", NULL, record_past);
  gtk_widget_class_install_action (widget_class, "person.reschedule", NULL, decide);
  gtk_widget_class_install_action (widget_class, "person.cancel", NULL, decide);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ooo_person_page_init (OooPersonPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_actions (self);
}

OooPerson *
ooo_person_page_get_person (OooPersonPage *self)
{
  g_return_val_if_fail (OOO_IS_PERSON_PAGE (self), NULL);
  return self->person;
}

void
ooo_person_page_set_person (OooPersonPage *self,
                            OooPerson     *person)
{
  g_return_if_fail (OOO_IS_PERSON_PAGE (self));
  g_return_if_fail (person == NULL || OOO_IS_PERSON (person));

  if (self->person == person)
    return;

  if (self->person != NULL)
    g_signal_handlers_disconnect_by_data (self->person, self);
  g_set_object (&self->person, person);
  if (person != NULL) {
    g_signal_connect_object (person, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
    /* What the due date is counted from. */
    g_signal_connect_object (person, "notify::cadence", G_CALLBACK (update_schedule), self,
                             G_CONNECT_SWAPPED);
    g_signal_connect_object (person, "notify::reporting-since", G_CALLBACK (update_schedule),
                             self, G_CONNECT_SWAPPED);
    g_signal_connect_object (person, "notify::time-zone", G_CALLBACK (update_schedule), self,
                             G_CONNECT_SWAPPED);
  }

  update (self);
  update_schedule (self);
  ooo_history_group_set_person (OOO_HISTORY_GROUP (self->history_group), person);
  select_agenda (self);
  ooo_talking_points_group_set_person (OOO_TALKING_POINTS_GROUP (self->talking_points_group),
                                       person);
  ooo_action_items_group_set_person (OOO_ACTION_ITEMS_GROUP (self->action_items_group), person);
  ooo_personal_card_set_person (OOO_PERSONAL_CARD (self->personal_card), person);
  update_actions (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment
                              (GTK_SCROLLED_WINDOW (self->scroller)), 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON]);
}

void
ooo_person_page_refresh_clock (OooPersonPage *self,
                               GDateTime     *now)
{
  const OooAttendance *attendance;
  g_autoptr(GDateTime) session_time = NULL;
  g_autoptr(GTimeZone) zone = NULL;
  GDate today;

  g_return_if_fail (OOO_IS_PERSON_PAGE (self));

  if (self->person == NULL)
    return;

  update_clock (self, now);

  /* A new day where they are moves "due today" on. */
  attendance = attendance_of (self);
  if (attendance == NULL)
    return;
  session_time = session_now (self);
  zone = ooo_attendance_zone (ooo_person_get_time_zone (self->person));
  ooo_attendance_local_date (g_date_time_to_unix (session_time), zone, &today);
  if (g_date_valid (&today) && g_date_compare (&today, &attendance->today) != 0)
    update_schedule (self);
}

void
ooo_person_page_set_session (OooPersonPage *self,
                             OooSession    *session)
{
  g_autoptr(GtkExpression) name = NULL;

  g_return_if_fail (OOO_IS_PERSON_PAGE (self));

  if (!g_set_object (&self->session, session))
    return;

  ooo_talking_points_group_set_session (OOO_TALKING_POINTS_GROUP (self->talking_points_group),
                                        session);
  ooo_action_items_group_set_session (OOO_ACTION_ITEMS_GROUP (self->action_items_group),
                                      session);
  ooo_personal_card_set_session (OOO_PERSONAL_CARD (self->personal_card), session);
  ooo_history_group_set_session (OOO_HISTORY_GROUP (self->history_group), session);
  update_schedule (self);
  if (session == NULL)
    return;

  g_signal_connect_object (ooo_session_get_meetings (session), "started",
                           G_CALLBACK (on_meeting_started_or_ended), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (ooo_session_get_meetings (session), "ended",
                           G_CALLBACK (on_meeting_started_or_ended), self, G_CONNECT_SWAPPED);

  name = gtk_property_expression_new (OOO_TYPE_TEMPLATE, NULL, "name");
  adw_combo_row_set_expression (ADW_COMBO_ROW (self->agenda_row), name);
  adw_combo_row_set_model (ADW_COMBO_ROW (self->agenda_row),
                           G_LIST_MODEL (ooo_session_get_templates (session)));
  select_agenda (self);
}

/* The agenda chosen for the next 1:1. */
OooTemplate *
ooo_person_page_get_agenda (OooPersonPage *self)
{
  g_return_val_if_fail (OOO_IS_PERSON_PAGE (self), NULL);

  return adw_combo_row_get_selected_item (ADW_COMBO_ROW (self->agenda_row));
}
