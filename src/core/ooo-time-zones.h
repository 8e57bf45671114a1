/* ooo-time-zones.h — IANA time zones, for people who work elsewhere
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

GStrv      ooo_time_zones_list             (void);
char      *ooo_time_zones_local_identifier (void);
gboolean   ooo_time_zones_is_valid         (const char *identifier);
GTimeZone *ooo_time_zones_lookup           (const char *identifier);
GDateTime *ooo_time_zones_now_in           (const char *identifier,
                                            GDateTime  *now);
gboolean   ooo_time_zones_differs_from     (const char *identifier,
                                            GDateTime  *now);

G_END_DECLS
