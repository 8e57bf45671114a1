/* ooo-clock.h — the clocks a meeting is timed with, replaceable in tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OOO_TYPE_CLOCK (ooo_clock_get_type ())
G_DECLARE_DERIVABLE_TYPE (OooClock, ooo_clock, OOO, CLOCK, GObject)

struct _OooClockClass
{
  GObjectClass parent_class;

  /* Microseconds on a clock that counts suspend and ignores changes of the
   * time of day (CLOCK_BOOTTIME); it restarts from zero at each boot. */
  gint64       (*boot_now)  (OooClock *self);
  /* Microseconds since the Unix epoch. */
  gint64       (*wall_now)  (OooClock *self);
  /* Names the current boot, so a boot-clock instant is only compared with
   * instants of the same boot. */
  const char  *(*boot_id)   (OooClock *self);
};

OooClock   *ooo_clock_new_system (void);
gint64      ooo_clock_boot_now   (OooClock *self);
gint64      ooo_clock_wall_now   (OooClock *self);
const char *ooo_clock_boot_id    (OooClock *self);

G_END_DECLS
