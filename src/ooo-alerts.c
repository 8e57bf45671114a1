/* ooo-alerts.c — the sound and the notification that keep a 1:1 on time
 *
 * A heads-up before a segment's time is up, and an alert when it is. Both go
 * through the desktop's notifications, so they reach the manager while the
 * window is in the background or minimized, and with a short chime. The
 * preferences say which of them to use and how early the heads-up comes;
 * they apply to the meetings being timed at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "ooo-alerts.h"

struct _OooAlerts
{
  GObject       parent_instance;

  GSettings    *settings;
  GtkMediaStream *chime;
  GPtrArray    *timers;
  char         *last_message;
};

G_DEFINE_TYPE (OooAlerts, ooo_alerts, G_TYPE_OBJECT)

static void
apply_settings (OooAlerts *self,
                OooTimer  *timer)
{
  gint64 minutes = g_settings_get_int (self->settings, "heads-up-minutes");

  ooo_timer_set_heads_up_us (timer, minutes * 60 * G_USEC_PER_SEC);
  ooo_timer_set_auto_advance (timer, g_settings_get_boolean (self->settings, "auto-advance"));
}

static void
on_settings_changed (OooAlerts *self)
{
  for (guint i = 0; i < self->timers->len; i++)
    apply_settings (self, g_ptr_array_index (self->timers, i));
}

static void
play_chime (OooAlerts *self)
{
  if (!g_settings_get_boolean (self->settings, "alert-sound"))
    return;

  if (self->chime == NULL)
    self->chime = gtk_media_file_new_for_resource ("/com/example/OneOnOne/sounds/"
                                                   "segment-alert.oga");
  /* Without a media backend the stream reports an error; the notification
   * still says it. */
  if (gtk_media_stream_get_error (self->chime) != NULL)
    return;

  gtk_media_stream_seek (self->chime, 0);
  gtk_media_stream_play (self->chime);
}

static void
alert (OooAlerts  *self,
       const char *title,
       const char *body)
{
  GApplication *application = g_application_get_default ();

  g_free (self->last_message);
  self->last_message = g_strdup (title);

  if (application != NULL && g_settings_get_boolean (self->settings, "alert-notification")) {
    g_autoptr(GNotification) notification = g_notification_new (title);

    g_notification_set_body (notification, body);
    g_notification_set_priority (notification, G_NOTIFICATION_PRIORITY_HIGH);
    /* One alert at a time: a new one replaces the last. */
    g_application_send_notification (application, "segment-alert", notification);
  }
  play_chime (self);
}

static char *
describe_next (OooMeeting *meeting,
               guint       segment)
{
  if (segment + 1 < ooo_meeting_get_n_segments (meeting))
    /* Translators: in an alert, the part of the agenda that comes next */
    return g_strdup_printf (_("Next: %s"), ooo_meeting_get_segment (meeting, segment + 1)->title);

  return g_strdup (_("That was the last part of the agenda."));
}

static void
on_heads_up (OooTimer *timer,
             guint     segment,
             gpointer  user_data)
{
  OooAlerts *self = user_data;
  OooMeeting *meeting = g_object_get_data (G_OBJECT (timer), "ooo-alerts-meeting");
  const char *name = g_object_get_data (G_OBJECT (timer), "ooo-alerts-person");
  gint64 minutes = (ooo_timer_get_remaining (timer, segment) + 59 * G_USEC_PER_SEC) /
                   (60 * G_USEC_PER_SEC);
  g_autofree char *title = NULL;
  g_autofree char *next = describe_next (meeting, segment);
  g_autofree char *body = NULL;

  /* Translators: heads-up alert: minutes left, then the segment's title */
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute left: %s",
                                        "%d minutes left: %s", (gulong) minutes),
                           (int) minutes, ooo_meeting_get_segment (meeting, segment)->title);
  /* Translators: the person the 1:1 is with, then what comes next */
  body = g_strdup_printf (_("One-on-one with %s. %s"), name, next);
  alert (self, title, body);
}

static void
on_time_up (OooTimer *timer,
            guint     segment,
            gpointer  user_data)
{
  OooAlerts *self = user_data;
  OooMeeting *meeting = g_object_get_data (G_OBJECT (timer), "ooo-alerts-meeting");
  const char *name = g_object_get_data (G_OBJECT (timer), "ooo-alerts-person");
  g_autofree char *next = describe_next (meeting, segment);
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;

  /* Translators: alert when a segment's time is up, e.g. "Their time is up — Next: My time" */
  title = g_strdup_printf (_("%s is up — %s"), ooo_meeting_get_segment (meeting, segment)->title,
                           next);
  /* Translators: the person the 1:1 is with */
  body = g_strdup_printf (_("One-on-one with %s"), name);
  alert (self, title, body);
}

static void
forget_timer (gpointer  data,
              GObject  *where_the_timer_was)
{
  OooAlerts *self = data;

  g_ptr_array_remove (self->timers, where_the_timer_was);
}

/* Rings for @meeting's segments, with the preferences of the moment. */
void
ooo_alerts_watch (OooAlerts  *self,
                  OooMeeting *meeting,
                  const char *person_name)
{
  OooTimer *timer;

  g_return_if_fail (OOO_IS_ALERTS (self));
  g_return_if_fail (OOO_IS_MEETING (meeting));

  timer = ooo_meeting_get_timer (meeting);
  if (g_ptr_array_find (self->timers, timer, NULL))
    return;

  g_object_set_data (G_OBJECT (timer), "ooo-alerts-meeting", meeting);
  g_object_set_data_full (G_OBJECT (timer), "ooo-alerts-person", g_strdup (person_name),
                          g_free);
  g_signal_connect_object (timer, "heads-up", G_CALLBACK (on_heads_up), self, 0);
  g_signal_connect_object (timer, "time-up", G_CALLBACK (on_time_up), self, 0);
  g_object_weak_ref (G_OBJECT (timer), forget_timer, self);
  g_ptr_array_add (self->timers, timer);
  apply_settings (self, timer);
}

/* The title of the last alert, or NULL; for tests. */
const char *
ooo_alerts_get_last_message (OooAlerts *self)
{
  g_return_val_if_fail (OOO_IS_ALERTS (self), NULL);
  return self->last_message;
}

static void
ooo_alerts_dispose (GObject *object)
{
  OooAlerts *self = OOO_ALERTS (object);

  for (guint i = 0; i < self->timers->len; i++)
    g_object_weak_unref (g_ptr_array_index (self->timers, i), forget_timer, self);
  g_ptr_array_set_size (self->timers, 0);
  g_clear_object (&self->chime);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ooo_alerts_parent_class)->dispose (object);
}

static void
ooo_alerts_finalize (GObject *object)
{
  OooAlerts *self = OOO_ALERTS (object);

  g_ptr_array_unref (self->timers);
  g_free (self->last_message);

  G_OBJECT_CLASS (ooo_alerts_parent_class)->finalize (object);
}

static void
ooo_alerts_class_init (OooAlertsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ooo_alerts_dispose;
  object_class->finalize = ooo_alerts_finalize;
}

static void
ooo_alerts_init (OooAlerts *self)
{
  self->timers = g_ptr_array_new ();
}

OooAlerts *
ooo_alerts_new (GSettings *settings)
{
  OooAlerts *self = g_object_new (OOO_TYPE_ALERTS, NULL);

  self->settings = g_object_ref (settings);
  g_signal_connect_object (settings, "changed::heads-up-minutes",
                           G_CALLBACK (on_settings_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (settings, "changed::auto-advance",
                           G_CALLBACK (on_settings_changed), self, G_CONNECT_SWAPPED);

  return self;
}
