/* ooo-format.h — times and dates as the manager's desktop shows them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *ooo_format_time_of_day (GDateTime  *time);
char *ooo_format_date        (const char *iso_date);
char *ooo_format_local_time  (const char *time_zone,
                              GDateTime  *now);

char *ooo_format_duration    (gint64      us);
char *ooo_format_remaining   (gint64      remaining_us);

G_END_DECLS
