/* ooo-fake-clock.h — a clock the tests move by hand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ooo-clock.h"

#define OOO_TYPE_FAKE_CLOCK (ooo_fake_clock_get_type ())
G_DECLARE_FINAL_TYPE (OooFakeClock, ooo_fake_clock, OOO, FAKE_CLOCK, OooClock)

struct _OooFakeClock
{
  OooClock  parent_instance;

  gint64    boot_us;
  gint64    wall_us;
  char     *boot_id;
};

G_DEFINE_FINAL_TYPE (OooFakeClock, ooo_fake_clock, OOO_TYPE_CLOCK)

static gint64
ooo_fake_clock_boot_now (OooClock *clock)
{
  return OOO_FAKE_CLOCK (clock)->boot_us;
}

static gint64
ooo_fake_clock_wall_now (OooClock *clock)
{
  return OOO_FAKE_CLOCK (clock)->wall_us;
}

static const char *
ooo_fake_clock_boot_id (OooClock *clock)
{
  return OOO_FAKE_CLOCK (clock)->boot_id;
}

static void
ooo_fake_clock_finalize (GObject *object)
{
  g_free (OOO_FAKE_CLOCK (object)->boot_id);
  G_OBJECT_CLASS (ooo_fake_clock_parent_class)->finalize (object);
}

static void
ooo_fake_clock_class_init (OooFakeClockClass *klass)
{
  OooClockClass *clock_class = OOO_CLOCK_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = ooo_fake_clock_finalize;
  clock_class->boot_now = ooo_fake_clock_boot_now;
  clock_class->wall_now = ooo_fake_clock_wall_now;
  clock_class->boot_id = ooo_fake_clock_boot_id;
}

static void
ooo_fake_clock_init (OooFakeClock *self)
{
  self->boot_us = 1000 * G_USEC_PER_SEC;
  /* 2026-11-16 09:00:00 UTC, a Monday. */
  self->wall_us = G_GINT64_CONSTANT (1794819600) * G_USEC_PER_SEC;
  self->boot_id = g_strdup ("first-boot");
}

/* Both clocks move on, as in a running machine. */
static inline void
ooo_fake_clock_advance (OooFakeClock *self,
                        gint64        us)
{
  self->boot_us += us;
  self->wall_us += us;
}

/* A reboot: a new boot id, the boot clock starts again, the wall goes on. */
static inline void
ooo_fake_clock_reboot (OooFakeClock *self,
                       gint64        downtime_us)
{
  g_free (self->boot_id);
  self->boot_id = g_strdup_printf ("boot-after-%" G_GINT64_FORMAT, self->wall_us);
  self->boot_us = 5 * G_USEC_PER_SEC;
  self->wall_us += downtime_us;
}
