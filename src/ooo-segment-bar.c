/* ooo-segment-bar.c — the meeting's agenda as one bar, in proportion
 *
 * Each segment is a block as wide as its share of the planned meeting; the
 * time spent fills it, the current one is outlined, and a segment that runs
 * over is filled in the warning colour. The owner of the bar redraws it
 * (ooo_segment_bar_set_timer() and gtk_widget_queue_draw()) when it wakes
 * for the clock; the bar itself never schedules anything.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "ooo-segment-bar.h"

#define GAP 4.0
#define RADIUS 6.0

struct _OooSegmentBar
{
  GtkWidget  parent_instance;

  OooTimer  *timer;
};

G_DEFINE_TYPE (OooSegmentBar, ooo_segment_bar, GTK_TYPE_WIDGET)

double
ooo_segment_bar_get_fill (OooSegmentBar *self,
                          guint          segment)
{
  gint64 planned, elapsed;

  g_return_val_if_fail (OOO_IS_SEGMENT_BAR (self), 0);

  if (self->timer == NULL || segment >= ooo_timer_get_n_segments (self->timer))
    return 0;

  planned = ooo_timer_get_planned (self->timer, segment);
  elapsed = ooo_timer_get_elapsed (self->timer, segment);
  if (planned <= 0)
    return elapsed > 0 ? 1 : 0;

  return CLAMP ((double) elapsed / planned, 0, 1);
}

static void
append_block (GtkSnapshot   *snapshot,
              const GdkRGBA *color,
              float          x,
              float          width,
              float          height)
{
  GskRoundedRect rect;

  gsk_rounded_rect_init_from_rect (&rect, &GRAPHENE_RECT_INIT (x, 0, width, height), RADIUS);
  gtk_snapshot_push_rounded_clip (snapshot, &rect);
  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, 0, width, height));
  gtk_snapshot_pop (snapshot);
}

static void
lookup_color (GtkWidget  *widget,
              const char *name,
              const char *fallback,
              GdkRGBA    *color)
{
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, color))
    gdk_rgba_parse (color, fallback);
}

static void
ooo_segment_bar_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  OooSegmentBar *self = OOO_SEGMENT_BAR (widget);
  float width = gtk_widget_get_width (widget);
  float height = gtk_widget_get_height (widget);
  GdkRGBA track, fill, over, outline;
  gint64 total = 0;
  guint n;
  float x = 0;

  if (self->timer == NULL || (n = ooo_timer_get_n_segments (self->timer)) == 0)
    return;

  lookup_color (widget, "accent_bg_color", "#3584e4", &fill);
  lookup_color (widget, "warning_bg_color", "#e5a50a", &over);
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &track);
  track.alpha = 0.12f;
  outline = track;
  outline.alpha = 0.8f;

  for (guint i = 0; i < n; i++)
    total += MAX (ooo_timer_get_planned (self->timer, i), 1);

  for (guint i = 0; i < n; i++) {
    float block = (width - GAP * (n - 1)) * MAX (ooo_timer_get_planned (self->timer, i), 1) /
                  (float) total;
    double share = ooo_segment_bar_get_fill (self, i);
    gboolean overtime = ooo_timer_get_remaining (self->timer, i) < 0;

    append_block (snapshot, &track, x, block, height);
    if (share > 0)
      append_block (snapshot, overtime ? &over : &fill, x, block * share, height);

    if (i == ooo_timer_get_current (self->timer) &&
        ooo_timer_get_state (self->timer) != OOO_TIMER_STATE_FINISHED) {
      GskRoundedRect rect;
      const float widths[4] = { 2, 2, 2, 2 };
      const GdkRGBA colors[4] = { outline, outline, outline, outline };

      gsk_rounded_rect_init_from_rect (&rect, &GRAPHENE_RECT_INIT (x, 0, block, height),
                                       RADIUS);
      gtk_snapshot_append_border (snapshot, &rect, widths, colors);
    }
    x += block + GAP;
  }
}

static void
ooo_segment_bar_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL) {
    *minimum = 120;
    *natural = 480;
  } else {
    *minimum = *natural = 20;
  }
}

static void
ooo_segment_bar_dispose (GObject *object)
{
  g_clear_object (&OOO_SEGMENT_BAR (object)->timer);

  G_OBJECT_CLASS (ooo_segment_bar_parent_class)->dispose (object);
}

static void
ooo_segment_bar_class_init (OooSegmentBarClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ooo_segment_bar_dispose;
  widget_class->snapshot = ooo_segment_bar_snapshot;
  widget_class->measure = ooo_segment_bar_measure;
  gtk_widget_class_set_css_name (widget_class, "segmentbar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PROGRESS_BAR);
}

static void
ooo_segment_bar_init (OooSegmentBar *self)
{
}

GtkWidget *
ooo_segment_bar_new (void)
{
  return g_object_new (OOO_TYPE_SEGMENT_BAR, NULL);
}

void
ooo_segment_bar_set_timer (OooSegmentBar *self,
                           OooTimer      *timer)
{
  g_return_if_fail (OOO_IS_SEGMENT_BAR (self));

  if (g_set_object (&self->timer, timer))
    gtk_widget_queue_draw (GTK_WIDGET (self));
}
