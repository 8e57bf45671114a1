/* ooo-format.c — times and dates as the manager's desktop shows them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <stdio.h>

#include "ooo-format.h"
#include "ooo-time-zones.h"

/* Follows the desktop's 12/24-hour choice when GNOME's settings are there. */
static gboolean
use_twelve_hour_clock (void)
{
  static int twelve_hour = -1;

  if (twelve_hour < 0) {
    GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
    g_autoptr(GSettingsSchema) schema = NULL;

    twelve_hour = 0;
    if (source != NULL)
      schema = g_settings_schema_source_lookup (source, "org.gnome.desktop.interface", TRUE);
    if (schema != NULL && g_settings_schema_has_key (schema, "clock-format")) {
      g_autoptr(GSettings) settings = g_settings_new ("org.gnome.desktop.interface");
      g_autofree char *format = g_settings_get_string (settings, "clock-format");

      twelve_hour = g_strcmp0 (format, "12h") == 0;
    }
  }

  return twelve_hour;
}

char *
ooo_format_time_of_day (GDateTime *time)
{
  g_autofree char *text = NULL;

  if (use_twelve_hour_clock ())
    /* Translators: a time of day on a 12-hour clock, see g_date_time_format() */
    text = g_date_time_format (time, _("%l:%M %p"));
  else
    /* Translators: a time of day on a 24-hour clock, see g_date_time_format() */
    text = g_date_time_format (time, _("%H:%M"));

  return g_strstrip (g_steal_pointer (&text));
}

/* 'YYYY-MM-DD' as the locale writes a date; NULL for no date. */
char *
ooo_format_date (const char *iso_date)
{
  g_autoptr(GDateTime) date = NULL;
  int year, month, day;

  if (iso_date == NULL || sscanf (iso_date, "%4d-%2d-%2d", &year, &month, &day) != 3)
    return NULL;

  date = g_date_time_new_local (year, month, day, 12, 0, 0);
  if (date == NULL)
    return NULL;

  /* Translators: a calendar date, see g_date_time_format(); %-d has no padding */
  return g_date_time_format (date, _("%-d %B %Y"));
}

/* "14:05 (+1 day)"-style text for the clock where @time_zone is. */
char *
ooo_format_local_time (const char *time_zone,
                       GDateTime  *now)
{
  g_autoptr(GDateTime) there = ooo_time_zones_now_in (time_zone, now);
  g_autoptr(GDateTime) here = g_date_time_to_local (now);
  g_autofree char *clock = NULL;
  int day_shift;

  if (there == NULL)
    return NULL;

  clock = ooo_format_time_of_day (there);
  day_shift = (g_date_time_get_year (there) * 400 + g_date_time_get_day_of_year (there)) -
              (g_date_time_get_year (here) * 400 + g_date_time_get_day_of_year (here));

  if (day_shift > 0)
    /* Translators: their local time when it is already tomorrow for them */
    return g_strdup_printf (_("%s tomorrow"), clock);
  if (day_shift < 0)
    /* Translators: their local time when it is still yesterday for them */
    return g_strdup_printf (_("%s yesterday"), clock);

  return g_steal_pointer (&clock);
}

static char *
format_seconds (gint64 seconds)
{
  if (seconds >= 3600)
    return g_strdup_printf ("%" G_GINT64_FORMAT ":%02d:%02d", seconds / 3600,
                            (int) (seconds / 60 % 60), (int) (seconds % 60));

  return g_strdup_printf ("%" G_GINT64_FORMAT ":%02d", seconds / 60, (int) (seconds % 60));
}

/* A time spent, "m:ss" or "h:mm:ss", in whole seconds down. */
char *
ooo_format_duration (gint64 us)
{
  return format_seconds (MAX (us, 0) / G_USEC_PER_SEC);
}

/* A countdown: whole seconds up while time is left, so it shows 10:00 for
 * the whole first second and 0:00 only at the end; past the end, the time
 * over as "+m:ss". */
char *
ooo_format_remaining (gint64 remaining_us)
{
  g_autofree char *over = NULL;

  if (remaining_us >= 0)
    return format_seconds ((remaining_us + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC);

  over = format_seconds (-remaining_us / G_USEC_PER_SEC);
  return g_strconcat ("+", over, NULL);
}
