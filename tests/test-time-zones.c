/* test-time-zones.c — time zones and the local times shown for people
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ooo-time-zones.h"

static void
test_list (void)
{
  g_auto(GStrv) zones = ooo_time_zones_list ();
  g_autofree char *local = ooo_time_zones_local_identifier ();

  g_assert_cmpuint (g_strv_length (zones), >, 300);
  g_assert_true (g_strv_contains ((const char * const *) zones, "Europe/Paris"));
  g_assert_true (g_strv_contains ((const char * const *) zones, "Asia/Kolkata"));
  g_assert_true (g_strv_contains ((const char * const *) zones, "UTC"));
  g_assert_true (g_strv_contains ((const char * const *) zones, local));

  for (guint i = 1; zones[i] != NULL; i++)
    g_assert_cmpint (g_strcmp0 (zones[i - 1], zones[i]), <, 0);
}

static void
test_validity (void)
{
  g_assert_true (ooo_time_zones_is_valid ("America/New_York"));
  g_assert_true (ooo_time_zones_is_valid ("UTC"));
  g_assert_false (ooo_time_zones_is_valid (""));
  g_assert_false (ooo_time_zones_is_valid (NULL));
  g_assert_false (ooo_time_zones_is_valid ("Nowhere/Atlantis"));
  g_assert_false (ooo_time_zones_is_valid ("/etc/localtime"));
  g_assert_false (ooo_time_zones_is_valid ("../zoneinfo/UTC"));
}

static void
test_differs (void)
{
  /* main() runs the test in UTC. */
  g_autoptr(GDateTime) winter = g_date_time_new_utc (2026, 1, 15, 12, 0, 0);
  g_autoptr(GDateTime) summer = g_date_time_new_utc (2026, 7, 15, 12, 0, 0);
  g_autoptr(GDateTime) there = ooo_time_zones_now_in ("Asia/Kolkata", winter);

  g_assert_false (ooo_time_zones_differs_from ("UTC", winter));
  g_assert_false (ooo_time_zones_differs_from ("Etc/UTC", winter));
  /* London is on UTC in winter only. */
  g_assert_false (ooo_time_zones_differs_from ("Europe/London", winter));
  g_assert_true (ooo_time_zones_differs_from ("Europe/London", summer));
  g_assert_true (ooo_time_zones_differs_from ("Asia/Kolkata", winter));
  g_assert_false (ooo_time_zones_differs_from ("Not/AZone", winter));

  g_assert_cmpint (g_date_time_get_hour (there), ==, 17);
  g_assert_cmpint (g_date_time_get_minute (there), ==, 30);
  g_assert_null (ooo_time_zones_now_in ("Not/AZone", winter));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/time-zones/list", test_list);
  g_test_add_func ("/time-zones/validity", test_validity);
  g_test_add_func ("/time-zones/differs", test_differs);

  return g_test_run ();
}
