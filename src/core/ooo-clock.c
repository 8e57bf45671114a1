/* ooo-clock.c — the clocks a meeting is timed with, replaceable in tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <time.h>

#include "ooo-clock.h"

typedef struct
{
  char *boot_id;
} OooClockPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (OooClock, ooo_clock, G_TYPE_OBJECT)

static gint64
system_boot_now (OooClock *self)
{
  struct timespec now;

  if (clock_gettime (CLOCK_BOOTTIME, &now) != 0)
    return g_get_monotonic_time ();

  return (gint64) now.tv_sec * G_USEC_PER_SEC + now.tv_nsec / 1000;
}

static gint64
system_wall_now (OooClock *self)
{
  return g_get_real_time ();
}

/* The kernel's random id for this boot; without it (another kernel), every
 * start is taken as a new boot and the wall clock is used to resume. */
static const char *
system_boot_id (OooClock *self)
{
  OooClockPrivate *priv = ooo_clock_get_instance_private (self);

  if (priv->boot_id == NULL) {
    g_autofree char *contents = NULL;

    if (g_file_get_contents ("/proc/sys/kernel/random/boot_id", &contents, NULL, NULL))
      priv->boot_id = g_strstrip (g_steal_pointer (&contents));
    else
      priv->boot_id = g_uuid_string_random ();
  }

  return priv->boot_id;
}

static void
ooo_clock_finalize (GObject *object)
{
  OooClockPrivate *priv = ooo_clock_get_instance_private (OOO_CLOCK (object));

  g_free (priv->boot_id);

  G_OBJECT_CLASS (ooo_clock_parent_class)->finalize (object);
}

static void
ooo_clock_class_init (OooClockClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ooo_clock_finalize;
  klass->boot_now = system_boot_now;
  klass->wall_now = system_wall_now;
  klass->boot_id = system_boot_id;
}

static void
ooo_clock_init (OooClock *self)
{
}

OooClock *
ooo_clock_new_system (void)
{
  return g_object_new (OOO_TYPE_CLOCK, NULL);
}

gint64
ooo_clock_boot_now (OooClock *self)
{
  g_return_val_if_fail (OOO_IS_CLOCK (self), 0);
  return OOO_CLOCK_GET_CLASS (self)->boot_now (self);
}

gint64
ooo_clock_wall_now (OooClock *self)
{
  g_return_val_if_fail (OOO_IS_CLOCK (self), 0);
  return OOO_CLOCK_GET_CLASS (self)->wall_now (self);
}

const char *
ooo_clock_boot_id (OooClock *self)
{
  g_return_val_if_fail (OOO_IS_CLOCK (self), NULL);
  return OOO_CLOCK_GET_CLASS (self)->boot_id (self);
}
