/* ooo-person-editor.c — the form that adds a person or edits one
 *
 * The form edits a detached copy; nothing reaches the person or the database
 * until Save, and a failed save keeps the form open with what was typed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ooo-accessible.h"
#include "ooo-date-button.h"
#include "ooo-person-editor.h"
#include "ooo-time-zones.h"
#include "ooo-widget-util.h"

struct _OooPersonEditor
{
  AdwWindow   parent_instance;

  OooSession *session;
  OooPeople  *people;
  OooPerson  *person;          /* NULL when adding */
  char       *reporting_since;
  GStrv       time_zones;

  GtkWidget  *window_title;
  GtkWidget  *save_button;
  GtkWidget  *toast_overlay;
  GtkWidget  *name_row;
  GtkWidget  *role_row;
  GtkWidget  *relationship_row;
  GtkWidget  *kind_row;
  GtkWidget  *employment_row;
  GtkWidget  *cadence_row;
  GtkWidget  *agenda_row;
  GtkWidget  *time_zone_dropdown;
  GtkWidget  *reporting_since_button;
  GtkWidget  *clear_date_button;
  GtkWidget  *calendar;
  GtkWidget  *rollout_group;
  GtkWidget  *rollout_row;
  GtkWidget  *rollout_since_button;
  GtkWidget  *clear_rollout_since_button;
  GtkWidget  *team_size_row;
  GtkWidget  *team_size_spin;
};

G_DEFINE_TYPE (OooPersonEditor, ooo_person_editor, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_PERSON,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const OooCadence cadences[] = {
  OOO_CADENCE_WEEKLY, OOO_CADENCE_EVERY_TWO_WEEKS, OOO_CADENCE_EVERY_FOUR_WEEKS,
};

static gboolean
name_is_blank (OooPersonEditor *self)
{
  g_autofree char *name = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row)));

  return *g_strstrip (name) == '\0';
}

static void
update_save_enabled (OooPersonEditor *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", !name_is_blank (self));
}

static void
on_name_changed (OooPersonEditor *self)
{
  update_save_enabled (self);
  gtk_widget_remove_css_class (self->name_row, "error");
}

static void
show_reporting_since (OooPersonEditor *self)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *label = NULL;
  int year, month, day;

  if (self->reporting_since != NULL &&
      sscanf (self->reporting_since, "%4d-%2d-%2d", &year, &month, &day) == 3)
    date = g_date_time_new_local (year, month, day, 12, 0, 0);

  if (date != NULL)
    /* Translators: a calendar date, see g_date_time_format(); %-d has no padding */
    label = g_date_time_format (date, _("%-d %B %Y"));

  gtk_menu_button_set_label (GTK_MENU_BUTTON (self->reporting_since_button),
                             label != NULL ? label : _("Not set"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.clear-date", date != NULL);
  gtk_widget_set_visible (self->clear_date_button, date != NULL);
}

static void
on_day_selected (OooPersonEditor *self,
                 GtkCalendar     *calendar)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);

  g_free (self->reporting_since);
  self->reporting_since = g_date_time_format (date, "%Y-%m-%d");
  show_reporting_since (self);
}

/* Opens the calendar on the chosen date, or today, without choosing it. */
static void
on_calendar_shown (OooPersonEditor *self)
{
  g_autoptr(GDateTime) date = NULL;
  int year, month, day;

  if (self->reporting_since != NULL &&
      sscanf (self->reporting_since, "%4d-%2d-%2d", &year, &month, &day) == 3)
    date = g_date_time_new_local (year, month, day, 12, 0, 0);
  if (date == NULL)
    date = g_date_time_new_now_local ();

  g_signal_handlers_block_by_func (self->calendar, on_day_selected, self);
  gtk_calendar_select_day (GTK_CALENDAR (self->calendar), date);
  g_signal_handlers_unblock_by_func (self->calendar, on_day_selected, self);
}

static void
clear_date (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  OooPersonEditor *self = OOO_PERSON_EDITOR (widget);

  g_clear_pointer (&self->reporting_since, g_free);
  show_reporting_since (self);
}

/* Only someone who manages others has a team to hold 1:1s with. */
static void
update_rollout_visible (OooPersonEditor *self)
{
  guint kind = adw_combo_row_get_selected (ADW_COMBO_ROW (self->kind_row));

  gtk_widget_set_visible (self->rollout_group, kind == OOO_PERSON_KIND_MANAGER);
}

static void
show_rollout_since (OooPersonEditor *self)
{
  gboolean set = ooo_date_button_get_date (OOO_DATE_BUTTON (self->rollout_since_button)) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.clear-rollout-since", set);
  gtk_widget_set_visible (self->clear_rollout_since_button, set);
}

static void
clear_rollout_since (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OooPersonEditor *self = OOO_PERSON_EDITOR (widget);

  ooo_date_button_set_date (OOO_DATE_BUTTON (self->rollout_since_button), NULL);
}

/* An unknown team size (-1) shows as an empty field. */
static gboolean
on_team_size_output (GtkSpinButton *spin)
{
  if (gtk_spin_button_get_value_as_int (spin) >= 0)
    return FALSE;

  gtk_editable_set_text (GTK_EDITABLE (spin), "");
  return TRUE;
}

static int
on_team_size_input (GtkSpinButton *spin,
                    double        *new_value)
{
  int team_size;

  if (!ooo_people_parse_team_size (gtk_editable_get_text (GTK_EDITABLE (spin)), &team_size,
                                   NULL))
    return GTK_INPUT_ERROR;

  *new_value = team_size;
  return TRUE;
}

static void
on_team_size_changed (OooPersonEditor *self)
{
  gtk_widget_remove_css_class (self->team_size_row, "error");
}

/* Reads the roll-out fields into @person; FALSE, and nothing saved, when
 * the team size is not a number. */
static gboolean
read_rollout (OooPersonEditor  *self,
              OooPerson        *person,
              GError          **error)
{
  int team_size;

  /* Hidden for an individual contributor: what was stored stays. */
  if (adw_combo_row_get_selected (ADW_COMBO_ROW (self->kind_row)) != OOO_PERSON_KIND_MANAGER)
    return TRUE;

  if (!ooo_people_parse_team_size (gtk_editable_get_text (GTK_EDITABLE (self->team_size_spin)),
                                   &team_size, error))
    return FALSE;

  ooo_person_set_rollout_status (person,
                                 adw_combo_row_get_selected (ADW_COMBO_ROW (self->rollout_row)));
  ooo_person_set_rollout_since (person,
                                ooo_date_button_get_date (OOO_DATE_BUTTON
                                                            (self->rollout_since_button)));
  ooo_person_set_team_size (person, team_size);

  return TRUE;
}

static void
fill_rollout (OooPersonEditor *self)
{
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->rollout_row),
                              ooo_person_get_rollout_status (self->person));
  ooo_date_button_set_date (OOO_DATE_BUTTON (self->rollout_since_button),
                            ooo_person_get_rollout_since (self->person));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->team_size_spin),
                             ooo_person_get_team_size (self->person));
}

static guint
time_zone_position (OooPersonEditor *self,
                    const char      *zone)
{
  for (guint i = 0; self->time_zones[i] != NULL; i++)
    if (g_strcmp0 (self->time_zones[i], zone) == 0)
      return i;

  return GTK_INVALID_LIST_POSITION;
}

/* The first choice leaves the agenda to how the person works, so a change
 * of role or contract changes it too; the others name a template. */
static void
fill_agenda_choices (OooPersonEditor *self)
{
  GListModel *templates = G_LIST_MODEL (ooo_session_get_templates (self->session));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  const char *chosen = self->person != NULL ? ooo_person_get_default_template (self->person)
                                            : NULL;
  guint selected = 0;

  gtk_string_list_append (names, _("Fits how they work"));
  for (guint i = 0; i < g_list_model_get_n_items (templates); i++) {
    g_autoptr(OooTemplate) agenda = g_list_model_get_item (templates, i);

    gtk_string_list_append (names, ooo_template_get_name (agenda));
    if (chosen != NULL && g_strcmp0 (ooo_template_get_uuid (agenda), chosen) == 0)
      selected = i + 1;
  }
  adw_combo_row_set_model (ADW_COMBO_ROW (self->agenda_row), G_LIST_MODEL (names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->agenda_row), selected);
}

static const char *
chosen_agenda (OooPersonEditor *self)
{
  GListModel *templates = G_LIST_MODEL (ooo_session_get_templates (self->session));
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->agenda_row));
  g_autoptr(OooTemplate) agenda = NULL;

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return NULL;

  agenda = g_list_model_get_item (templates, selected - 1);
  /* The model still holds it: the UUID outlives this reference. */
  return agenda != NULL ? ooo_template_get_uuid (agenda) : NULL;
}

static void
fill_form (OooPersonEditor *self)
{
  OooPerson *person = self->person;
  g_autofree char *local_zone = ooo_time_zones_local_identifier ();
  const char *zone = person != NULL ? ooo_person_get_time_zone (person) : local_zone;
  guint zone_position = time_zone_position (self, zone);

  if (zone_position == GTK_INVALID_LIST_POSITION)
    zone_position = time_zone_position (self, local_zone);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->time_zone_dropdown), zone_position);

  if (person == NULL) {
    adw_window_title_set_title (ADW_WINDOW_TITLE (self->window_title), _("Add Person"));
    gtk_window_set_title (GTK_WINDOW (self), _("Add Person"));
    gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Add"));
    show_reporting_since (self);
    return;
  }

  adw_window_title_set_title (ADW_WINDOW_TITLE (self->window_title), _("Edit Person"));
  gtk_window_set_title (GTK_WINDOW (self), _("Edit Person"));
  gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Save"));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), ooo_person_get_name (person));
  gtk_editable_set_text (GTK_EDITABLE (self->role_row), ooo_person_get_role (person));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->relationship_row),
                              ooo_person_get_relationship (person));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->kind_row), ooo_person_get_kind (person));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->employment_row),
                              ooo_person_get_employment (person));
  for (guint i = 0; i < G_N_ELEMENTS (cadences); i++)
    if (cadences[i] == ooo_person_get_cadence (person))
      adw_combo_row_set_selected (ADW_COMBO_ROW (self->cadence_row), i);

  self->reporting_since = g_strdup (ooo_person_get_reporting_since (person));
  show_reporting_since (self);
  fill_rollout (self);
}

/* A person holding what the form shows, with the edited person's identity. */
static OooPerson *
read_form (OooPersonEditor *self)
{
  g_autofree char *name = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  g_autofree char *role = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->role_row)));
  guint zone_position = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->time_zone_dropdown));
  guint cadence_position = adw_combo_row_get_selected (ADW_COMBO_ROW (self->cadence_row));
  OooPerson *person = self->person != NULL ? ooo_person_copy (self->person)
                                           : ooo_person_new (NULL);

  g_object_set (person,
                "name", g_strstrip (name),
                "role", g_strstrip (role),
                "relationship", adw_combo_row_get_selected (ADW_COMBO_ROW (self->relationship_row)),
                "kind", adw_combo_row_get_selected (ADW_COMBO_ROW (self->kind_row)),
                "employment", adw_combo_row_get_selected (ADW_COMBO_ROW (self->employment_row)),
                "cadence", cadences[MIN (cadence_position, G_N_ELEMENTS (cadences) - 1)],
                "reporting-since", self->reporting_since,
                NULL);
  if (zone_position != GTK_INVALID_LIST_POSITION)
    ooo_person_set_time_zone (person, self->time_zones[zone_position]);
  ooo_person_set_default_template (person, chosen_agenda (self));

  return person;
}

static void
save (GtkWidget  *widget,
      const char *action_name,
      GVariant   *parameter)
{
  OooPersonEditor *self = OOO_PERSON_EDITOR (widget);
  g_autoptr(OooPerson) changes = NULL;
  g_autoptr(GError) error = NULL;
  gboolean saved;

  if (name_is_blank (self)) {
    gtk_widget_add_css_class (self->name_row, "error");
    gtk_widget_grab_focus (self->name_row);
    return;
  }

  changes = read_form (self);
  if (!read_rollout (self, changes, &error)) {
    AdwToast *toast = ooo_toast_new_plain (error->message);

    gtk_widget_add_css_class (self->team_size_row, "error");
    gtk_widget_grab_focus (self->team_size_spin);
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toast_overlay), toast);
    return;
  }
  if (self->person != NULL)
    saved = ooo_people_update (self->people, self->person, changes, &error);
  else
    saved = ooo_people_add (self->people, changes, &error);

  if (!saved) {
    AdwToast *toast = ooo_toast_new_plain (error->message);

    adw_toast_set_timeout (toast, 0);
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toast_overlay), toast);
    return;
  }

  g_signal_emit (self, signals[SAVED], 0, self->person != NULL ? self->person : changes);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
cancel (GtkWidget  *widget,
        const char *action_name,
        GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
on_name_activated (OooPersonEditor *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
}

static void
ooo_person_editor_constructed (GObject *object)
{
  OooPersonEditor *self = OOO_PERSON_EDITOR (object);

  G_OBJECT_CLASS (ooo_person_editor_parent_class)->constructed (object);

  fill_agenda_choices (self);
  fill_form (self);
  update_rollout_visible (self);
  show_rollout_since (self);
  update_save_enabled (self);
  gtk_window_set_focus (GTK_WINDOW (self), self->name_row);
}

static void
ooo_person_editor_dispose (GObject *object)
{
  OooPersonEditor *self = OOO_PERSON_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OOO_TYPE_PERSON_EDITOR);
  g_clear_object (&self->people);
  g_clear_object (&self->session);
  g_clear_object (&self->person);

  G_OBJECT_CLASS (ooo_person_editor_parent_class)->dispose (object);
}

static void
ooo_person_editor_finalize (GObject *object)
{
  OooPersonEditor *self = OOO_PERSON_EDITOR (object);

  g_free (self->reporting_since);
  g_strfreev (self->time_zones);

  G_OBJECT_CLASS (ooo_person_editor_parent_class)->finalize (object);
}

static void
ooo_person_editor_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OooPersonEditor *self = OOO_PERSON_EDITOR (object);

  switch (prop_id) {
  case PROP_SESSION:
    g_value_set_object (value, self->session);
    break;
  case PROP_PERSON:
    g_value_set_object (value, self->person);
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
ooo_person_editor_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OooPersonEditor *self = OOO_PERSON_EDITOR (object);

  switch (prop_id) {
  case PROP_SESSION:
    self->session = g_value_dup_object (value);
    self->people = self->session != NULL ? g_object_ref (ooo_session_get_people (self->session))
                                         : NULL;
    break;
  case PROP_PERSON:
    self->person = g_value_dup_object (value);
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
ooo_person_editor_class_init (OooPersonEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ooo_person_editor_constructed;
  object_class->dispose = ooo_person_editor_dispose;
  object_class->finalize = ooo_person_editor_finalize;
  object_class->get_property = ooo_person_editor_get_property;
  object_class->set_property = ooo_person_editor_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, OOO_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL, OOO_TYPE_PERSON,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Emitted with the stored person once the form has been saved. */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, OOO_TYPE_PERSON);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/OneOnOne/ooo-person-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, OooPersonEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, OooPersonEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, OooPersonEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OooPersonEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, OooPersonEditor, role_row);
  gtk_widget_class_bind_template_child (widget_class, OooPersonEditor, relationship_row);
  gtk_widget_class_bind_template_child (widget_class, OooPersonEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, OooPersonEditor, employment_row);
  gtk_widget_class_bind_template_child (widget_class, OooPersonEditor, cadence_row);
  gtk_widget_class_bind_template_child (widget_class, OooPersonEditor, agenda_row);
  gtk_widget_class_bind_template_child (widget_class, OooPersonEditor, time_zone_dropdown);
  gtk_widget_class_bind_template_child (widget_class, OooPersonEditor, reporting_since_button);
  gtk_widget_class_bind_template_child (widget_class, OooPersonEditor, clear_date_button);
  gtk_widget_class_bind_template_child (widget_class, OooPersonEditor, calendar);
  gtk_widget_class_bind_template_child (widget_class, OooPersonEditor, rollout_group);
  gtk_widget_class_bind_template_child (widget_class, OooPersonEditor, rollout_row);
  gtk_widget_class_bind_template_child (widget_class, OooPersonEditor, rollout_since_button);
  gtk_widget_class_bind_template_child (widget_class, OooPersonEditor,
                                        clear_rollout_since_button);
  gtk_widget_class_bind_template_child (widget_class, OooPersonEditor, team_size_row);
  gtk_widget_class_bind_template_child (widget_class, OooPersonEditor, team_size_spin);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel);
  gtk_widget_class_install_action (widget_class, "editor.clear-date", NULL, clear_date);
  gtk_widget_class_install_action (widget_class, "editor.clear-rollout-since", NULL,
                                   clear_rollout_since);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
}

static void
ooo_person_editor_init (OooPersonEditor *self)
{
  g_autoptr(GtkStringList) zones = NULL;
  g_autoptr(GtkExpression) expression = NULL;

  g_type_ensure (OOO_TYPE_DATE_BUTTON);
  gtk_widget_init_template (GTK_WIDGET (self));
  ooo_accessible_label_from_tooltips (GTK_WIDGET (self));
  ooo_accessible_set_label (self->time_zone_dropdown, _("Time zone"));

  self->time_zones = ooo_time_zones_list ();
  zones = gtk_string_list_new ((const char * const *) self->time_zones);
  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gtk_drop_down_set_expression (GTK_DROP_DOWN (self->time_zone_dropdown), expression);
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->time_zone_dropdown), G_LIST_MODEL (zones));

  g_signal_connect_swapped (self->name_row, "changed", G_CALLBACK (on_name_changed), self);
  g_signal_connect_swapped (self->name_row, "entry-activated",
                            G_CALLBACK (on_name_activated), self);
  g_signal_connect_swapped (self->calendar, "day-selected", G_CALLBACK (on_day_selected), self);
  g_signal_connect_swapped (self->kind_row, "notify::selected",
                            G_CALLBACK (update_rollout_visible), self);
  g_signal_connect_swapped (self->rollout_since_button, "notify::date",
                            G_CALLBACK (show_rollout_since), self);
  g_signal_connect (self->team_size_spin, "output", G_CALLBACK (on_team_size_output), NULL);
  g_signal_connect (self->team_size_spin, "input", G_CALLBACK (on_team_size_input), NULL);
  g_signal_connect_swapped (self->team_size_spin, "changed", G_CALLBACK (on_team_size_changed),
                            self);
  g_signal_connect_swapped (gtk_menu_button_get_popover
                              (GTK_MENU_BUTTON (self->reporting_since_button)),
                            "show", G_CALLBACK (on_calendar_shown), self);
}

OooPersonEditor *
ooo_person_editor_new (OooSession *session,
                       OooPerson  *person)
{
  return g_object_new (OOO_TYPE_PERSON_EDITOR, "session", session, "person", person, NULL);
}
