/* ooo-segment-bar.h — the meeting's agenda as one bar, in proportion
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ooo-timer.h"

G_BEGIN_DECLS

#define OOO_TYPE_SEGMENT_BAR (ooo_segment_bar_get_type ())
G_DECLARE_FINAL_TYPE (OooSegmentBar, ooo_segment_bar, OOO, SEGMENT_BAR, GtkWidget)

GtkWidget *ooo_segment_bar_new       (void);
void       ooo_segment_bar_set_timer (OooSegmentBar *self,
                                      OooTimer      *timer);
/* The share of segment @segment that is drawn filled, 0 to 1; for tests. */
double     ooo_segment_bar_get_fill  (OooSegmentBar *self,
                                      guint          segment);

G_END_DECLS
