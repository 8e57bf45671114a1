/* ooo-timer.c — the meeting's segmented timer
 *
 * Elapsed time is always computed from clock readings (accumulated time plus
 * the time since the current run started), never by counting wake-ups, so it
 * cannot drift however late or irregular the UI's wake-ups are.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <time.h>

#include "ooo-enums.h"
#include "ooo-timer.h"

#define DEFAULT_HEADS_UP_US (60 * G_USEC_PER_SEC)

typedef struct
{
  gint64   planned_us;
  gint64   accumulated_us;  /* finished runs only */
  gboolean heads_up_done;
  gboolean time_up_done;
} Segment;

struct _OooTimer
{
  GObject        parent_instance;

  OooTimerClock  clock;
  gpointer       clock_data;
  gint64         last_now;

  Segment       *segments;
  guint          n_segments;
  guint          current;
  OooTimerState  state;
  gint64         run_started_at;  /* meaningful while RUNNING */

  gint64         heads_up_us;
  gboolean       auto_advance;
};

G_DEFINE_TYPE (OooTimer, ooo_timer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATE,
  PROP_CURRENT,
  PROP_HEADS_UP_US,
  PROP_AUTO_ADVANCE,
  N_PROPS
};

enum {
  HEADS_UP,
  TIME_UP,
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

gint64
ooo_timer_boottime_now (gpointer unused)
{
#ifdef CLOCK_BOOTTIME
  struct timespec ts;

  if (clock_gettime (CLOCK_BOOTTIME, &ts) == 0)
    return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
#endif
  /* Without BOOTTIME, the monotonic clock at least ignores wall-clock changes. */
  return g_get_monotonic_time ();
}

/* BOOTTIME never goes backwards, but an injected clock might: clamping to the
 * latest reading keeps every elapsed time from shrinking or going negative. */
static gint64
now_us (OooTimer *self)
{
  gint64 now = self->clock (self->clock_data);

  if (now < self->last_now)
    now = self->last_now;
  self->last_now = now;

  return now;
}

static gint64
elapsed_at (OooTimer *self,
            guint     segment,
            gint64    now)
{
  gint64 elapsed = self->segments[segment].accumulated_us;

  if (self->state == OOO_TIMER_STATE_RUNNING && segment == self->current)
    elapsed += now - self->run_started_at;

  return elapsed;
}

static gint64
remaining_at (OooTimer *self,
              guint     segment,
              gint64    now)
{
  return self->segments[segment].planned_us - elapsed_at (self, segment, now);
}

/* Moves the current run's time into the segment, and starts a new run. */
static void
close_run (OooTimer *self,
           gint64    now)
{
  if (self->state != OOO_TIMER_STATE_RUNNING)
    return;

  self->segments[self->current].accumulated_us += now - self->run_started_at;
  self->run_started_at = now;
}

/* Marks the alerts whose moment has passed as given, without emitting them. */
static void
settle_alerts (OooTimer *self,
               guint     segment,
               gint64    now)
{
  gint64 remaining = remaining_at (self, segment, now);

  if (remaining <= self->heads_up_us)
    self->segments[segment].heads_up_done = TRUE;
  if (remaining <= 0)
    self->segments[segment].time_up_done = TRUE;
}

static void
set_state (OooTimer      *self,
           OooTimerState  state)
{
  if (self->state != state) {
    self->state = state;
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
  }
}

static void
set_current (OooTimer *self,
             guint     current)
{
  if (self->current != current) {
    self->current = current;
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT]);
  }
}

static void
changed (OooTimer *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
  ooo_timer_check (self);
}

static void
ooo_timer_finalize (GObject *object)
{
  OooTimer *self = OOO_TIMER (object);

  g_free (self->segments);

  G_OBJECT_CLASS (ooo_timer_parent_class)->finalize (object);
}

static void
ooo_timer_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  OooTimer *self = OOO_TIMER (object);

  switch (prop_id) {
  case PROP_STATE:
    g_value_set_enum (value, self->state);
    break;
  case PROP_CURRENT:
    g_value_set_uint (value, self->current);
    break;
  case PROP_HEADS_UP_US:
    g_value_set_int64 (value, self->heads_up_us);
    break;
  case PROP_AUTO_ADVANCE:
    g_value_set_boolean (value, self->auto_advance);
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
ooo_timer_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  OooTimer *self = OOO_TIMER (object);

  switch (prop_id) {
  case PROP_HEADS_UP_US:
    ooo_timer_set_heads_up_us (self, g_value_get_int64 (value));
    break;
  case PROP_AUTO_ADVANCE:
    ooo_timer_set_auto_advance (self, g_value_get_boolean (value));
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
ooo_timer_class_init (OooTimerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ooo_timer_finalize;
  object_class->get_property = ooo_timer_get_property;
  object_class->set_property = ooo_timer_set_property;

  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, OOO_TYPE_TIMER_STATE, OOO_TIMER_STATE_READY, ro);
  properties[PROP_CURRENT] =
    g_param_spec_uint ("current", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_HEADS_UP_US] =
    g_param_spec_int64 ("heads-up-us", NULL, NULL, 0, G_MAXINT64, DEFAULT_HEADS_UP_US, rw);
  properties[PROP_AUTO_ADVANCE] =
    g_param_spec_boolean ("auto-advance", NULL, NULL, FALSE, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The current segment's remaining time reached heads-up-us. */
  signals[HEADS_UP] = g_signal_new ("heads-up", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  /* The current segment's remaining time reached zero. */
  signals[TIME_UP] = g_signal_new ("time-up", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  /* Something worth storing changed; time passing alone never emits it. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ooo_timer_init (OooTimer *self)
{
  self->clock = ooo_timer_boottime_now;
  self->last_now = G_MININT64;
  self->state = OOO_TIMER_STATE_READY;
  self->heads_up_us = DEFAULT_HEADS_UP_US;
}

OooTimer *
ooo_timer_new (const gint64  *planned_us,
               guint          n_segments,
               OooTimerClock  clock,
               gpointer       clock_data)
{
  OooTimer *self;

  g_return_val_if_fail (planned_us != NULL, NULL);
  g_return_val_if_fail (n_segments > 0, NULL);

  self = g_object_new (OOO_TYPE_TIMER, NULL);
  if (clock != NULL) {
    self->clock = clock;
    self->clock_data = clock_data;
  }

  self->n_segments = n_segments;
  self->segments = g_new0 (Segment, n_segments);
  for (guint i = 0; i < n_segments; i++)
    self->segments[i].planned_us = MAX (planned_us[i], 0);

  return self;
}

guint
ooo_timer_get_n_segments (OooTimer *self)
{
  g_return_val_if_fail (OOO_IS_TIMER (self), 0);
  return self->n_segments;
}

guint
ooo_timer_get_current (OooTimer *self)
{
  g_return_val_if_fail (OOO_IS_TIMER (self), 0);
  return self->current;
}

OooTimerState
ooo_timer_get_state (OooTimer *self)
{
  g_return_val_if_fail (OOO_IS_TIMER (self), OOO_TIMER_STATE_READY);
  return self->state;
}

gint64
ooo_timer_get_planned (OooTimer *self,
                       guint     segment)
{
  g_return_val_if_fail (OOO_IS_TIMER (self), 0);
  g_return_val_if_fail (segment < self->n_segments, 0);

  return self->segments[segment].planned_us;
}

gint64
ooo_timer_get_elapsed (OooTimer *self,
                       guint     segment)
{
  g_return_val_if_fail (OOO_IS_TIMER (self), 0);
  g_return_val_if_fail (segment < self->n_segments, 0);

  return elapsed_at (self, segment, now_us (self));
}

gint64
ooo_timer_get_remaining (OooTimer *self,
                         guint     segment)
{
  g_return_val_if_fail (OOO_IS_TIMER (self), 0);
  g_return_val_if_fail (segment < self->n_segments, 0);

  return remaining_at (self, segment, now_us (self));
}

gint64
ooo_timer_get_total_planned (OooTimer *self)
{
  gint64 total = 0;

  g_return_val_if_fail (OOO_IS_TIMER (self), 0);

  for (guint i = 0; i < self->n_segments; i++)
    total += self->segments[i].planned_us;

  return total;
}

gint64
ooo_timer_get_total_elapsed (OooTimer *self)
{
  gint64 now, total = 0;

  g_return_val_if_fail (OOO_IS_TIMER (self), 0);

  now = now_us (self);
  for (guint i = 0; i < self->n_segments; i++)
    total += elapsed_at (self, i, now);

  return total;
}

gint64
ooo_timer_get_total_remaining (OooTimer *self)
{
  g_return_val_if_fail (OOO_IS_TIMER (self), 0);

  return ooo_timer_get_total_planned (self) - ooo_timer_get_total_elapsed (self);
}

gint64
ooo_timer_get_schedule_offset (OooTimer *self)
{
  gint64 now, offset = 0;

  g_return_val_if_fail (OOO_IS_TIMER (self), 0);

  if (self->n_segments == 0)
    return 0;

  now = now_us (self);
  for (guint i = 0; i < self->current; i++)
    offset -= remaining_at (self, i, now);

  /* A segment still within its plan may yet use all of it: only its overtime
   * is known to push the rest of the meeting back. */
  offset += MAX (0, -remaining_at (self, self->current, now));

  return offset;
}

void
ooo_timer_start (OooTimer *self)
{
  g_return_if_fail (OOO_IS_TIMER (self));

  if (self->n_segments == 0 ||
      (self->state != OOO_TIMER_STATE_READY && self->state != OOO_TIMER_STATE_PAUSED))
    return;

  self->run_started_at = now_us (self);
  set_state (self, OOO_TIMER_STATE_RUNNING);
  changed (self);
}

void
ooo_timer_pause (OooTimer *self)
{
  g_return_if_fail (OOO_IS_TIMER (self));

  if (self->state != OOO_TIMER_STATE_RUNNING)
    return;

  /* Give the alerts due up to this instant before the clock stops. */
  ooo_timer_check (self);
  if (self->state != OOO_TIMER_STATE_RUNNING)
    return;

  close_run (self, now_us (self));
  set_state (self, OOO_TIMER_STATE_PAUSED);
  changed (self);
}

void
ooo_timer_toggle (OooTimer *self)
{
  g_return_if_fail (OOO_IS_TIMER (self));

  if (self->state == OOO_TIMER_STATE_RUNNING)
    ooo_timer_pause (self);
  else
    ooo_timer_start (self);
}

static void
move_to (OooTimer *self,
         guint     segment)
{
  gint64 now = now_us (self);

  close_run (self, now);
  settle_alerts (self, self->current, now);
  set_current (self, segment);
  changed (self);
}

gboolean
ooo_timer_next (OooTimer *self)
{
  g_return_val_if_fail (OOO_IS_TIMER (self), FALSE);

  if (self->state == OOO_TIMER_STATE_FINISHED || self->current + 1 >= self->n_segments)
    return FALSE;

  move_to (self, self->current + 1);
  return TRUE;
}

gboolean
ooo_timer_previous (OooTimer *self)
{
  g_return_val_if_fail (OOO_IS_TIMER (self), FALSE);

  if (self->state == OOO_TIMER_STATE_FINISHED || self->current == 0)
    return FALSE;

  move_to (self, self->current - 1);
  return TRUE;
}

void
ooo_timer_extend (OooTimer *self,
                  gint64    us)
{
  Segment *segment;
  gint64 remaining;

  g_return_if_fail (OOO_IS_TIMER (self));

  if (self->n_segments == 0 || self->state == OOO_TIMER_STATE_FINISHED || us == 0)
    return;

  segment = &self->segments[self->current];
  segment->planned_us = MAX (0, segment->planned_us + us);

  remaining = remaining_at (self, self->current, now_us (self));
  if (remaining > 0)
    segment->time_up_done = FALSE;
  if (remaining > self->heads_up_us)
    segment->heads_up_done = FALSE;

  changed (self);
}

void
ooo_timer_finish (OooTimer *self)
{
  gint64 now;

  g_return_if_fail (OOO_IS_TIMER (self));

  if (self->n_segments == 0 || self->state == OOO_TIMER_STATE_FINISHED)
    return;

  now = now_us (self);
  close_run (self, now);
  settle_alerts (self, self->current, now);
  set_state (self, OOO_TIMER_STATE_FINISHED);
  changed (self);
}

void
ooo_timer_check (OooTimer *self)
{
  guint current;
  Segment *segment;
  gint64 remaining;

  g_return_if_fail (OOO_IS_TIMER (self));

  if (self->state != OOO_TIMER_STATE_RUNNING)
    return;

  current = self->current;
  segment = &self->segments[current];
  remaining = remaining_at (self, current, now_us (self));

  /* Marked before emitting, so a handler calling back in cannot repeat it. A
   * heads-up found only once the time is up (after a sleep) would be stale;
   * that also leaves none when heads-up-us is 0. */
  if (!segment->heads_up_done && remaining <= self->heads_up_us) {
    segment->heads_up_done = TRUE;
    if (remaining > 0 && segment->planned_us > self->heads_up_us)
      g_signal_emit (self, signals[HEADS_UP], 0, current);

    /* The handler may have paused, moved or extended the timer. */
    if (self->state != OOO_TIMER_STATE_RUNNING || self->current != current)
      return;
    remaining = remaining_at (self, current, now_us (self));
  }

  if (!segment->time_up_done && remaining <= 0) {
    segment->time_up_done = TRUE;
    g_signal_emit (self, signals[TIME_UP], 0, current);

    if (self->auto_advance &&
        self->state == OOO_TIMER_STATE_RUNNING &&
        self->current == current)
      ooo_timer_next (self);
  }
}

gint64
ooo_timer_get_next_tick_delay (OooTimer *self)
{
  gint64 elapsed;

  g_return_val_if_fail (OOO_IS_TIMER (self), -1);

  if (self->state != OOO_TIMER_STATE_RUNNING)
    return -1;

  elapsed = elapsed_at (self, self->current, now_us (self));

  return G_USEC_PER_SEC - elapsed % G_USEC_PER_SEC;
}

gint64
ooo_timer_get_heads_up_us (OooTimer *self)
{
  g_return_val_if_fail (OOO_IS_TIMER (self), 0);
  return self->heads_up_us;
}

void
ooo_timer_set_heads_up_us (OooTimer *self,
                           gint64    heads_up_us)
{
  g_return_if_fail (OOO_IS_TIMER (self));
  g_return_if_fail (heads_up_us >= 0);

  if (self->heads_up_us != heads_up_us) {
    self->heads_up_us = heads_up_us;
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEADS_UP_US]);
  }
}

gboolean
ooo_timer_get_auto_advance (OooTimer *self)
{
  g_return_val_if_fail (OOO_IS_TIMER (self), FALSE);
  return self->auto_advance;
}

void
ooo_timer_set_auto_advance (OooTimer *self,
                            gboolean  auto_advance)
{
  g_return_if_fail (OOO_IS_TIMER (self));

  auto_advance = !!auto_advance;
  if (self->auto_advance != auto_advance) {
    self->auto_advance = auto_advance;
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTO_ADVANCE]);
  }
}

void
ooo_timer_get_accumulated (OooTimer *self,
                           gint64   *out_us)
{
  g_return_if_fail (OOO_IS_TIMER (self));
  g_return_if_fail (out_us != NULL || self->n_segments == 0);

  for (guint i = 0; i < self->n_segments; i++)
    out_us[i] = self->segments[i].accumulated_us;
}

gint64
ooo_timer_get_run_elapsed (OooTimer *self)
{
  g_return_val_if_fail (OOO_IS_TIMER (self), 0);

  if (self->state != OOO_TIMER_STATE_RUNNING)
    return 0;

  return now_us (self) - self->run_started_at;
}

void
ooo_timer_restore (OooTimer      *self,
                   OooTimerState  state,
                   guint          current,
                   const gint64  *accumulated_us,
                   gint64         run_elapsed_us)
{
  gint64 now;

  g_return_if_fail (OOO_IS_TIMER (self));
  g_return_if_fail ((guint) state <= OOO_TIMER_STATE_FINISHED);
  g_return_if_fail (current < self->n_segments);
  g_return_if_fail (accumulated_us != NULL);

  now = now_us (self);
  for (guint i = 0; i < self->n_segments; i++) {
    self->segments[i].accumulated_us = MAX (accumulated_us[i], 0);
    self->segments[i].heads_up_done = FALSE;
    self->segments[i].time_up_done = FALSE;
  }

  if (state == OOO_TIMER_STATE_RUNNING)
    self->run_started_at = now - MAX (run_elapsed_us, 0);

  g_object_freeze_notify (G_OBJECT (self));
  set_current (self, current);
  set_state (self, state);
  g_object_thaw_notify (G_OBJECT (self));

  /* A resumed meeting does not ring for moments that passed while it was
   * closed: the current segment shows its overtime plainly enough. */
  for (guint i = 0; i < self->n_segments; i++)
    settle_alerts (self, i, now);

  changed (self);
}
