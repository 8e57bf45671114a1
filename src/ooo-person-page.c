/* ooo-person-page.c — what the manager knows about one person
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ooo-action-items-group.h"
#include "ooo-date-button.h"
#include "ooo-format.h"
#include "ooo-past-meeting-dialog.h"
#include "ooo-person-page.h"
#include "ooo-personal-card.h"
#include "ooo-talking-points-group.h"
#include "ooo-time-zones.h"
#include "ooo-widget-util.h"

struct _OooPersonPage
{
  GtkWidget  parent_instance;

  OooPerson *person;
  OooSession *session;

  GtkWidget *scroller;
  GtkWidget *avatar;
  GtkWidget *name_label;
  GtkWidget *role_label;
  GtkWidget *relationship_label;
  GtkWidget *kind_label;
  GtkWidget *employment_label;
  GtkWidget *time_zone_row;
  GtkWidget *local_time_label;
  GtkWidget *cadence_label;
  GtkWidget *reporting_since_label;
  GtkWidget *agenda_row;
  GtkWidget *talking_points_group;
  GtkWidget *action_items_group;
  GtkWidget *personal_card;
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
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person.record-past",
                                 self->session != NULL && self->person != NULL);
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
  gtk_widget_class_bind_template_child (widget_class, OooPersonPage, cadence_label);
  gtk_widget_class_bind_template_child (widget_class, OooPersonPage, reporting_since_label);
  gtk_widget_class_bind_template_child (widget_class, OooPersonPage, agenda_row);
  gtk_widget_class_bind_template_child (widget_class, OooPersonPage, talking_points_group);
  gtk_widget_class_bind_template_child (widget_class, OooPersonPage, action_items_group);
  gtk_widget_class_bind_template_child (widget_class, OooPersonPage, personal_card);
  gtk_widget_class_install_action (widget_class, "person.record-past", NULL, record_past);
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
  if (person != NULL)
    g_signal_connect_object (person, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);

  update (self);
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
  g_return_if_fail (OOO_IS_PERSON_PAGE (self));

  if (self->person != NULL)
    update_clock (self, now);
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
  update_actions (self);
  if (session == NULL)
    return;

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
