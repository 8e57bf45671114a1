/* ooo-date-button.c — a button that shows a calendar date and picks it on
 * a calendar, and the date arithmetic around it
 *
 * Dates are calendar days, kept as 'YYYY-MM-DD' like the store keeps them;
 * the calendar is only a way to pick one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "ooo-date-button.h"
#include "ooo-format.h"

struct _OooDateButton
{
  GtkWidget  parent_instance;

  char      *date;
  char      *label;

  GtkWidget *menu_button;
  GtkWidget *calendar;
};

G_DEFINE_TYPE (OooDateButton, ooo_date_button, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATE,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GDateTime *
ooo_date_to_local (const char *iso_date)
{
  int year, month, day;

  if (iso_date == NULL || sscanf (iso_date, "%4d-%2d-%2d", &year, &month, &day) != 3)
    return NULL;

  return g_date_time_new_local (year, month, day, 12, 0, 0);
}

char *
ooo_date_today (OooClock *clock)
{
  g_autoptr(GDateTime) now = NULL;

  now = g_date_time_new_from_unix_local (ooo_clock_wall_now (clock) / G_USEC_PER_SEC);
  return g_date_time_format (now, "%Y-%m-%d");
}

char *
ooo_date_add_days (const char *iso_date,
                   int         days)
{
  g_autoptr(GDateTime) date = ooo_date_to_local (iso_date);
  g_autoptr(GDateTime) moved = NULL;

  if (date == NULL)
    return NULL;

  moved = g_date_time_add_days (date, days);
  return g_date_time_format (moved, "%Y-%m-%d");
}

/* "6 Dec", or "6 Dec 2027" in another year: the button sits in a row beside
 * a text field, which needs the room more on a narrow window. */
static char *
short_label (const char *iso_date)
{
  g_autoptr(GDateTime) date = ooo_date_to_local (iso_date);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  if (date == NULL)
    return NULL;

  if (g_date_time_get_year (date) == g_date_time_get_year (now))
    /* Translators: a short date in this year, see g_date_time_format(); %-d has no padding */
    return g_date_time_format (date, _("%-d %b"));

  /* Translators: a short date, see g_date_time_format() */
  return g_date_time_format (date, _("%-d %b %Y"));
}

static void
update_button (OooDateButton *self)
{
  g_autofree char *shown = ooo_format_date (self->date);
  g_autofree char *label = short_label (self->date);
  g_autofree char *accessible = NULL;

  gtk_menu_button_set_label (GTK_MENU_BUTTON (self->menu_button),
                             label != NULL ? label : _("Choose a Date"));
  if (self->label != NULL && shown != NULL)
    /* Translators: what a date is for, then the date: "Meeting date: 3 March 2026" */
    accessible = g_strdup_printf (_("%s: %s"), self->label, shown);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible != NULL ? accessible :
                                  self->label != NULL ? self->label : _("Date"),
                                  -1);
  gtk_widget_set_tooltip_text (self->menu_button, self->label);
}

static void
on_day_selected (OooDateButton *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (GTK_CALENDAR (self->calendar));
  g_autofree char *iso = g_date_time_format (date, "%Y-%m-%d");

  ooo_date_button_set_date (self, iso);
}

/* Opens the calendar on the date shown, without choosing anything. */
static void
on_popover_shown (OooDateButton *self)
{
  g_autoptr(GDateTime) date = ooo_date_to_local (self->date);

  if (date == NULL)
    return;

  g_signal_handlers_block_by_func (self->calendar, on_day_selected, self);
  gtk_calendar_select_day (GTK_CALENDAR (self->calendar), date);
  g_signal_handlers_unblock_by_func (self->calendar, on_day_selected, self);
}

/* Enter takes the day the arrow keys moved to; Escape closes as usual. */
static gboolean
on_calendar_key (OooDateButton         *self,
                 guint                  keyval,
                 guint                  keycode,
                 GdkModifierType        state,
                 GtkEventControllerKey *controller)
{
  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter)
    return GDK_EVENT_PROPAGATE;

  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->menu_button));
  return GDK_EVENT_STOP;
}

static void
ooo_date_button_dispose (GObject *object)
{
  OooDateButton *self = OOO_DATE_BUTTON (object);

  g_clear_pointer (&self->menu_button, gtk_widget_unparent);

  G_OBJECT_CLASS (ooo_date_button_parent_class)->dispose (object);
}

static void
ooo_date_button_finalize (GObject *object)
{
  OooDateButton *self = OOO_DATE_BUTTON (object);

  g_free (self->date);
  g_free (self->label);

  G_OBJECT_CLASS (ooo_date_button_parent_class)->finalize (object);
}

static void
ooo_date_button_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  OooDateButton *self = OOO_DATE_BUTTON (object);

  switch (prop_id) {
  case PROP_DATE:
    g_value_set_string (value, self->date);
    break;
  case PROP_LABEL:
    g_value_set_string (value, self->label);
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
ooo_date_button_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  OooDateButton *self = OOO_DATE_BUTTON (object);

  switch (prop_id) {
  case PROP_DATE:
    ooo_date_button_set_date (self, g_value_get_string (value));
    break;
  case PROP_LABEL:
    ooo_date_button_set_label (self, g_value_get_string (value));
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
ooo_date_button_class_init (OooDateButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ooo_date_button_dispose;
  object_class->finalize = ooo_date_button_finalize;
  object_class->get_property = ooo_date_button_get_property;
  object_class->set_property = ooo_date_button_set_property;

  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "datebutton");
}

static void
ooo_date_button_init (OooDateButton *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->calendar = gtk_calendar_new ();
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->calendar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Calendar"), -1);
  gtk_popover_set_child (GTK_POPOVER (popover), self->calendar);

  self->menu_button = gtk_menu_button_new ();
  gtk_widget_add_css_class (self->menu_button, "flat");
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->menu_button), popover);
  gtk_widget_set_parent (self->menu_button, GTK_WIDGET (self));

  g_signal_connect_swapped (self->calendar, "day-selected", G_CALLBACK (on_day_selected), self);
  g_signal_connect_swapped (popover, "show", G_CALLBACK (on_popover_shown), self);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_calendar_key), self);
  gtk_widget_add_controller (self->calendar, keys);

  update_button (self);
}

GtkWidget *
ooo_date_button_new (void)
{
  return g_object_new (OOO_TYPE_DATE_BUTTON, NULL);
}

const char *
ooo_date_button_get_date (OooDateButton *self)
{
  g_return_val_if_fail (OOO_IS_DATE_BUTTON (self), NULL);
  return self->date;
}

void
ooo_date_button_set_date (OooDateButton *self,
                          const char    *iso_date)
{
  g_return_if_fail (OOO_IS_DATE_BUTTON (self));

  if (g_strcmp0 (self->date, iso_date) == 0)
    return;

  g_free (self->date);
  self->date = g_strdup (iso_date);
  update_button (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

void
ooo_date_button_set_label (OooDateButton *self,
                           const char    *label)
{
  g_return_if_fail (OOO_IS_DATE_BUTTON (self));

  if (g_strcmp0 (self->label, label) == 0)
    return;

  g_free (self->label);
  self->label = g_strdup (label);
  update_button (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}
