/* ooo-meeting.c — one one-on-one: its agenda, as copied from a template
 * when it started, and the timer that keeps it on track
 *
 * The agenda is a copy so that editing or deleting a template later never
 * rewrites a meeting that was held.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ooo-enums.h"
#include "ooo-meeting.h"

struct _OooMeeting
{
  GObject           parent_instance;

  gint64            id;
  char             *uuid;
  gint64            person_id;
  char             *template_name;
  OooMeetingStatus  status;
  gint64            started_at;
  gint64            ended_at;
  GPtrArray        *segments;   /* OooMeetingSegment */
  OooTimer         *timer;
  char             *private_notes;
};

G_DEFINE_TYPE (OooMeeting, ooo_meeting, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

OooMeetingSegment *
ooo_meeting_segment_new (const char      *title,
                         OooSegmentOwner  owner,
                         const char      *prompts,
                         gint64           planned_seconds)
{
  OooMeetingSegment *segment = g_new0 (OooMeetingSegment, 1);

  segment->title = g_strdup (title);
  segment->owner = owner;
  segment->prompts = g_strdup (prompts != NULL ? prompts : "");
  segment->planned_seconds = planned_seconds;
  segment->notes = g_strdup ("");

  return segment;
}

void
ooo_meeting_segment_free (OooMeetingSegment *segment)
{
  if (segment == NULL)
    return;

  g_free (segment->uuid);
  g_free (segment->title);
  g_free (segment->prompts);
  g_free (segment->notes);
  g_free (segment);
}

static void
ooo_meeting_dispose (GObject *object)
{
  OooMeeting *self = OOO_MEETING (object);

  g_clear_object (&self->timer);

  G_OBJECT_CLASS (ooo_meeting_parent_class)->dispose (object);
}

static void
ooo_meeting_finalize (GObject *object)
{
  OooMeeting *self = OOO_MEETING (object);

  g_free (self->uuid);
  g_free (self->template_name);
  g_free (self->private_notes);
  g_ptr_array_unref (self->segments);

  G_OBJECT_CLASS (ooo_meeting_parent_class)->finalize (object);
}

static void
ooo_meeting_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  OooMeeting *self = OOO_MEETING (object);

  switch (prop_id) {
  case PROP_STATUS:
    g_value_set_enum (value, self->status);
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
ooo_meeting_class_init (OooMeetingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ooo_meeting_dispose;
  object_class->finalize = ooo_meeting_finalize;
  object_class->get_property = ooo_meeting_get_property;

  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, OOO_TYPE_MEETING_STATUS,
                       OOO_MEETING_STATUS_IN_PROGRESS,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ooo_meeting_init (OooMeeting *self)
{
  self->private_notes = g_strdup ("");
  self->segments = g_ptr_array_new_with_free_func ((GDestroyNotify) ooo_meeting_segment_free);
}

/* Takes the segments; the caller still owns @segments itself. */
OooMeeting *
ooo_meeting_new (gint64      person_id,
                 const char *template_name,
                 GPtrArray  *segments)
{
  OooMeeting *self = g_object_new (OOO_TYPE_MEETING, NULL);

  self->person_id = person_id;
  self->template_name = g_strdup (template_name != NULL ? template_name : "");
  for (guint i = 0; i < segments->len; i++)
    g_ptr_array_add (self->segments, g_steal_pointer (&segments->pdata[i]));
  g_ptr_array_set_size (segments, 0);

  return self;
}

gint64
ooo_meeting_get_id (OooMeeting *self)
{
  g_return_val_if_fail (OOO_IS_MEETING (self), 0);
  return self->id;
}

void
ooo_meeting_set_id (OooMeeting *self,
                    gint64      id)
{
  g_return_if_fail (OOO_IS_MEETING (self));
  self->id = id;
}

const char *
ooo_meeting_get_uuid (OooMeeting *self)
{
  g_return_val_if_fail (OOO_IS_MEETING (self), NULL);
  return self->uuid;
}

void
ooo_meeting_set_uuid (OooMeeting *self,
                      const char *uuid)
{
  g_return_if_fail (OOO_IS_MEETING (self));

  g_free (self->uuid);
  self->uuid = g_strdup (uuid);
}

gint64
ooo_meeting_get_person_id (OooMeeting *self)
{
  g_return_val_if_fail (OOO_IS_MEETING (self), 0);
  return self->person_id;
}

const char *
ooo_meeting_get_template_name (OooMeeting *self)
{
  g_return_val_if_fail (OOO_IS_MEETING (self), NULL);
  return self->template_name;
}

OooMeetingStatus
ooo_meeting_get_status (OooMeeting *self)
{
  g_return_val_if_fail (OOO_IS_MEETING (self), OOO_MEETING_STATUS_IN_PROGRESS);
  return self->status;
}

void
ooo_meeting_set_status (OooMeeting       *self,
                        OooMeetingStatus  status)
{
  g_return_if_fail (OOO_IS_MEETING (self));

  if (self->status != status) {
    self->status = status;
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
  }
}

gint64
ooo_meeting_get_started_at (OooMeeting *self)
{
  g_return_val_if_fail (OOO_IS_MEETING (self), 0);
  return self->started_at;
}

void
ooo_meeting_set_started_at (OooMeeting *self,
                            gint64      unix_seconds)
{
  g_return_if_fail (OOO_IS_MEETING (self));
  self->started_at = unix_seconds;
}

gint64
ooo_meeting_get_ended_at (OooMeeting *self)
{
  g_return_val_if_fail (OOO_IS_MEETING (self), 0);
  return self->ended_at;
}

void
ooo_meeting_set_ended_at (OooMeeting *self,
                          gint64      unix_seconds)
{
  g_return_if_fail (OOO_IS_MEETING (self));
  self->ended_at = unix_seconds;
}

guint
ooo_meeting_get_n_segments (OooMeeting *self)
{
  g_return_val_if_fail (OOO_IS_MEETING (self), 0);
  return self->segments->len;
}

const OooMeetingSegment *
ooo_meeting_get_segment (OooMeeting *self,
                         guint       position)
{
  g_return_val_if_fail (OOO_IS_MEETING (self), NULL);
  g_return_val_if_fail (position < self->segments->len, NULL);

  return g_ptr_array_index (self->segments, position);
}

OooTimer *
ooo_meeting_get_timer (OooMeeting *self)
{
  g_return_val_if_fail (OOO_IS_MEETING (self), NULL);
  return self->timer;
}

void
ooo_meeting_set_timer (OooMeeting *self,
                       OooTimer   *timer)
{
  g_return_if_fail (OOO_IS_MEETING (self));
  g_set_object (&self->timer, timer);
}

/* The part of the time spent so far that was the report's own: segments they
 * own count whole, shared ones half. The practice asks that the report drive
 * most of the meeting; this is the figure that shows whether they did. */
double
ooo_meeting_get_their_share (OooMeeting *self)
{
  gint64 total = 0;
  double theirs = 0;

  g_return_val_if_fail (OOO_IS_MEETING (self), 0);

  if (self->timer == NULL)
    return 0;

  for (guint i = 0; i < self->segments->len; i++) {
    const OooMeetingSegment *segment = g_ptr_array_index (self->segments, i);
    gint64 elapsed = ooo_timer_get_elapsed (self->timer, i);

    total += elapsed;
    if (segment->owner == OOO_SEGMENT_OWNER_THEM)
      theirs += elapsed;
    else if (segment->owner == OOO_SEGMENT_OWNER_BOTH)
      theirs += elapsed / 2.0;
  }

  return total > 0 ? theirs / total : 0;
}

/* The manager's own notes on the meeting: never shared, never exported
 * unless the manager asks. */
const char *
ooo_meeting_get_private_notes (OooMeeting *self)
{
  g_return_val_if_fail (OOO_IS_MEETING (self), NULL);
  return self->private_notes;
}

void
ooo_meeting_set_private_notes (OooMeeting *self,
                               const char *notes)
{
  g_return_if_fail (OOO_IS_MEETING (self));

  g_free (self->private_notes);
  self->private_notes = g_strdup (notes != NULL ? notes : "");
}

void
ooo_meeting_set_segment_notes (OooMeeting *self,
                               guint       position,
                               const char *notes)
{
  OooMeetingSegment *segment;

  g_return_if_fail (OOO_IS_MEETING (self));
  g_return_if_fail (position < self->segments->len);

  segment = g_ptr_array_index (self->segments, position);
  g_free (segment->notes);
  segment->notes = g_strdup (notes != NULL ? notes : "");
}
