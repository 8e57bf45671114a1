/* ooo-time-zones.c — IANA time zones, for people who work elsewhere
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ooo-time-zones.h"

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static const char *
zoneinfo_dir (void)
{
  const char *dir = g_getenv ("TZDIR");
  return dir != NULL && *dir ? dir : "/usr/share/zoneinfo";
}

/* Every zone the system's tz database lists by country (zone.tab), plus UTC
 * and the local zone, sorted by name. */
GStrv
ooo_time_zones_list (void)
{
  g_autoptr(GPtrArray) zones = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *tab_path = g_build_filename (zoneinfo_dir (), "zone.tab", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *local = ooo_time_zones_local_identifier ();
  g_auto(GStrv) lines = NULL;
  gboolean have_local = FALSE;
  gboolean have_utc = FALSE;

  if (g_file_get_contents (tab_path, &contents, NULL, NULL)) {
    lines = g_strsplit (contents, "\n", -1);
    for (guint i = 0; lines[i] != NULL; i++) {
      g_auto(GStrv) fields = NULL;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      fields = g_strsplit (lines[i], "\t", 4);
      if (g_strv_length (fields) >= 3)
        g_ptr_array_add (zones, g_strdup (fields[2]));
    }
  }

  for (guint i = 0; i < zones->len; i++) {
    have_local |= g_strcmp0 (zones->pdata[i], local) == 0;
    have_utc |= g_strcmp0 (zones->pdata[i], "UTC") == 0;
  }
  if (!have_utc)
    g_ptr_array_add (zones, g_strdup ("UTC"));
  if (!have_local && g_strcmp0 (local, "UTC") != 0)
    g_ptr_array_add (zones, g_steal_pointer (&local));

  g_ptr_array_sort (zones, compare_strings);
  g_ptr_array_add (zones, NULL);

  return (GStrv) g_ptr_array_free (g_steal_pointer (&zones), FALSE);
}

/* The manager's own zone as an IANA name; "UTC" when the system names none. */
char *
ooo_time_zones_local_identifier (void)
{
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  const char *identifier = g_time_zone_get_identifier (local);

  if (identifier == NULL || identifier[0] == '/' || identifier[0] == ':' ||
      !ooo_time_zones_is_valid (identifier))
    return g_strdup ("UTC");

  return g_strdup (identifier);
}

/* GLib shares a zone only while someone holds it and reads its file again
 * after: keep each zone once, so that a sidebar of 200 people parses each
 * file once, not at every minute. Zones never change; there are few. */
G_LOCK_DEFINE_STATIC (zones);
static GHashTable *zones;   /* identifier -> GTimeZone */

/* The zone named @identifier (a new reference), or NULL for an unknown one. */
GTimeZone *
ooo_time_zones_lookup (const char *identifier)
{
  GTimeZone *zone;

  if (identifier == NULL || *identifier == '\0' || identifier[0] == '/' ||
      strstr (identifier, "..") != NULL)
    return NULL;

  G_LOCK (zones);
  if (zones == NULL)
    zones = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                   (GDestroyNotify) g_time_zone_unref);
  zone = g_hash_table_lookup (zones, identifier);
  if (zone == NULL) {
    zone = g_time_zone_new_identifier (identifier);
    if (zone != NULL)
      g_hash_table_insert (zones, g_strdup (identifier), zone);
  }
  if (zone != NULL)
    g_time_zone_ref (zone);
  G_UNLOCK (zones);

  return zone;
}

gboolean
ooo_time_zones_is_valid (const char *identifier)
{
  g_autoptr(GTimeZone) zone = ooo_time_zones_lookup (identifier);

  return zone != NULL;
}

/* @now in the zone @identifier; NULL for an unknown zone. */
GDateTime *
ooo_time_zones_now_in (const char *identifier,
                       GDateTime  *now)
{
  g_autoptr(GTimeZone) zone = ooo_time_zones_lookup (identifier);

  if (zone == NULL)
    return NULL;

  return g_date_time_to_timezone (now, zone);
}

/* Whether a clock in @identifier shows another time than the manager's now:
 * Paris and Berlin do not differ, London does in winter and summer alike. */
gboolean
ooo_time_zones_differs_from (const char *identifier,
                             GDateTime  *now)
{
  g_autoptr(GDateTime) there = ooo_time_zones_now_in (identifier, now);
  g_autoptr(GDateTime) here = g_date_time_to_local (now);

  if (there == NULL)
    return FALSE;

  return g_date_time_get_utc_offset (there) != g_date_time_get_utc_offset (here);
}
