/* ooo-preferences-window.c — how the meeting timer alerts the manager
 *
 * Every row is bound to its setting: a change applies at once, also to the
 * meeting being timed, and there is nothing to save.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ooo-preferences-window.h"

struct _OooPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GtkWidget            *sound_switch;
  GtkWidget            *notification_switch;
  GtkWidget            *heads_up_spin;
  GtkWidget            *auto_advance_switch;
};

G_DEFINE_TYPE (OooPreferencesWindow, ooo_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
ooo_preferences_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), OOO_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (ooo_preferences_window_parent_class)->dispose (object);
}

static void
ooo_preferences_window_class_init (OooPreferencesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ooo_preferences_window_dispose;
  gtk_widget_class_set_template_from_resource (
    widget_class, "/com/example/OneOnOne/ooo-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OooPreferencesWindow, sound_switch);
  gtk_widget_class_bind_template_child (widget_class, OooPreferencesWindow,
                                        notification_switch);
  gtk_widget_class_bind_template_child (widget_class, OooPreferencesWindow, heads_up_spin);
  gtk_widget_class_bind_template_child (widget_class, OooPreferencesWindow,
                                        auto_advance_switch);
}

static void
ooo_preferences_window_init (OooPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

OooPreferencesWindow *
ooo_preferences_window_new (GSettings *settings)
{
  OooPreferencesWindow *self = g_object_new (OOO_TYPE_PREFERENCES_WINDOW, NULL);

  g_settings_bind (settings, "alert-sound", self->sound_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "alert-notification", self->notification_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "heads-up-minutes",
                   gtk_spin_button_get_adjustment (GTK_SPIN_BUTTON (self->heads_up_spin)),
                   "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "auto-advance", self->auto_advance_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);

  return self;
}
