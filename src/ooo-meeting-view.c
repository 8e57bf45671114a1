/* ooo-meeting-view.c — the running 1:1: the current segment, its time and
 * prompts, and the whole agenda as a bar
 *
 * The view wakes once per displayed second, when the current segment's time
 * crosses a whole second (the timer says when), and not at all while paused
 * or ended. Every figure is read from the timer at that moment, so nothing
 * drifts however late a wake-up comes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ooo-accessible.h"
#include "ooo-format.h"
#include "ooo-meeting-view.h"
#include "ooo-segment-bar.h"

struct _OooMeetingView
{
  GtkWidget   parent_instance;

  OooMeeting *meeting;
  OooTimer   *timer;
  guint       tick_source;
  guint       prompts_for;     /* the segment whose prompts are shown, or G_MAXUINT */
  GPtrArray  *prompt_rows;
  GPtrArray  *summary_rows;

  GtkWidget  *stack;
  GtkWidget  *progress_label;
  GtkWidget  *segment_label;
  GtkWidget  *time_label;
  GtkWidget  *segment_bar;
  GtkWidget  *schedule_label;
  GtkWidget  *toggle_button;
  GtkWidget  *prompts_group;
  GtkWidget  *summary_label;
  GtkWidget  *summary_group;
  GtkWidget  *leaflet;
  GtkWidget  *timer_column;
  GtkWidget  *notes_column;
  GtkWidget  *notes_pane;
};

G_DEFINE_TYPE (OooMeetingView, ooo_meeting_view, GTK_TYPE_WIDGET)

static void schedule_tick (OooMeetingView *self);

static void
show_prompts (OooMeetingView *self,
              guint           segment)
{
  const OooMeetingSegment *current = ooo_meeting_get_segment (self->meeting, segment);
  g_auto(GStrv) lines = g_strsplit (current->prompts, "\n", -1);

  if (self->prompts_for == segment)
    return;
  self->prompts_for = segment;

  for (guint i = 0; i < self->prompt_rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->prompts_group),
                                  g_ptr_array_index (self->prompt_rows, i));
  g_ptr_array_set_size (self->prompt_rows, 0);

  for (guint i = 0; lines[i] != NULL; i++) {
    g_autofree char *line = g_strstrip (g_strdup (lines[i]));
    GtkWidget *row;

    if (*line == '\0')
      continue;
    row = adw_action_row_new ();
    adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), line);
    adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->prompts_group), row);
    g_ptr_array_add (self->prompt_rows, row);
  }
  gtk_widget_set_visible (self->prompts_group, self->prompt_rows->len > 0);
}

static char *
describe_schedule (OooTimer *timer)
{
  g_autofree char *left = ooo_format_remaining (ooo_timer_get_total_remaining (timer));
  gint64 offset = ooo_timer_get_schedule_offset (timer);
  g_autofree char *amount = ooo_format_duration (ABS (offset));

  /* Within a second either way is on plan: the display shows whole seconds. */
  if (offset >= G_USEC_PER_SEC)
    /* Translators: time left in the whole meeting, then how far behind plan it is */
    return g_strdup_printf (_("%s left in the meeting · %s behind plan"), left, amount);
  if (offset <= -G_USEC_PER_SEC)
    /* Translators: time left in the whole meeting, then how far ahead of plan it is */
    return g_strdup_printf (_("%s left in the meeting · %s ahead of plan"), left, amount);

  /* Translators: time left in the whole meeting */
  return g_strdup_printf (_("%s left in the meeting · on plan"), left);
}

static void
refresh (OooMeetingView *self)
{
  OooTimer *timer = self->timer;
  guint current, n;
  gint64 remaining;
  OooTimerState state;
  const OooMeetingSegment *segment;
  g_autofree char *progress = NULL;
  g_autofree char *time_text = NULL;
  g_autofree char *schedule = NULL;
  g_autofree char *bar_text = NULL;

  if (timer == NULL)
    return;

  current = ooo_timer_get_current (timer);
  n = ooo_timer_get_n_segments (timer);
  state = ooo_timer_get_state (timer);
  segment = ooo_meeting_get_segment (self->meeting, current);
  remaining = ooo_timer_get_remaining (timer, current);

  /* Translators: which part of the agenda is on, then the owner, e.g. "1 of 3 · Them" */
  progress = g_strdup_printf (_("%u of %u · %s"), current + 1, n,
                              ooo_segment_owner_to_label (segment->owner));
  gtk_label_set_label (GTK_LABEL (self->progress_label), progress);
  gtk_label_set_label (GTK_LABEL (self->segment_label), segment->title);

  time_text = ooo_format_remaining (remaining);
  gtk_label_set_label (GTK_LABEL (self->time_label), time_text);
  if (remaining < 0)
    gtk_widget_add_css_class (self->time_label, "overtime");
  else
    gtk_widget_remove_css_class (self->time_label, "overtime");

  schedule = describe_schedule (timer);
  gtk_label_set_label (GTK_LABEL (self->schedule_label), schedule);

  gtk_widget_queue_draw (self->segment_bar);
  /* Translators: what a screen reader says for the agenda bar */
  bar_text = g_strdup_printf (_("Segment %u of %u, %s"), current + 1, n, time_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->segment_bar),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX,
                                  (double) ooo_timer_get_total_planned (timer) / G_USEC_PER_SEC,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW,
                                  (double) ooo_timer_get_total_elapsed (timer) / G_USEC_PER_SEC,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, bar_text,
                                  -1);

  if (state == OOO_TIMER_STATE_RUNNING) {
    gtk_button_set_icon_name (GTK_BUTTON (self->toggle_button), "media-playback-pause-symbolic");
    gtk_widget_set_tooltip_text (self->toggle_button, _("Pause"));
  } else {
    gtk_button_set_icon_name (GTK_BUTTON (self->toggle_button), "media-playback-start-symbolic");
    gtk_widget_set_tooltip_text (self->toggle_button,
                                 state == OOO_TIMER_STATE_READY ? _("Start") : _("Resume"));
  }
  ooo_accessible_set_label (self->toggle_button,
                            gtk_widget_get_tooltip_text (self->toggle_button));

  show_prompts (self, current);
}

static gboolean
on_tick (gpointer user_data)
{
  OooMeetingView *self = user_data;

  self->tick_source = 0;
  /* Alerts first: with auto-advance the segment may change here. */
  ooo_timer_check (self->timer);
  refresh (self);
  schedule_tick (self);

  return G_SOURCE_REMOVE;
}

static void
schedule_tick (OooMeetingView *self)
{
  gint64 delay;

  g_clear_handle_id (&self->tick_source, g_source_remove);
  if (self->timer == NULL)
    return;

  delay = ooo_timer_get_next_tick_delay (self->timer);
  if (delay < 0)
    return;

  /* One millisecond late rather than early, so the second has turned. */
  self->tick_source = g_timeout_add_full (G_PRIORITY_HIGH_IDLE, (guint) (delay / 1000 + 1),
                                          on_tick, self, NULL);
}

static void
on_timer_changed (OooMeetingView *self)
{
  refresh (self);
  schedule_tick (self);
}

static void
clear_summary (OooMeetingView *self)
{
  for (guint i = 0; i < self->summary_rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->summary_group),
                                  g_ptr_array_index (self->summary_rows, i));
  g_ptr_array_set_size (self->summary_rows, 0);
}

/* Shows how the meeting went: its length, each segment against its plan,
 * and how much of it was the report's own time. */
void
ooo_meeting_view_show_summary (OooMeetingView *self)
{
  g_autofree char *total = NULL;
  g_autofree char *summary = NULL;
  guint n;

  g_return_if_fail (OOO_IS_MEETING_VIEW (self));
  g_return_if_fail (self->timer != NULL);

  g_clear_handle_id (&self->tick_source, g_source_remove);
  clear_summary (self);

  n = ooo_timer_get_n_segments (self->timer);
  for (guint i = 0; i < n; i++) {
    const OooMeetingSegment *segment = ooo_meeting_get_segment (self->meeting, i);
    gint64 planned = ooo_timer_get_planned (self->timer, i);
    gint64 elapsed = ooo_timer_get_elapsed (self->timer, i);
    g_autofree char *planned_text = ooo_format_duration (planned);
    g_autofree char *elapsed_text = ooo_format_duration (elapsed);
    /* Translators: under a segment's title in the meeting summary */
    g_autofree char *subtitle = g_strdup_printf (_("%s · planned %s"),
                                                 ooo_segment_owner_to_label (segment->owner),
                                                 planned_text);
    GtkWidget *row = adw_action_row_new ();
    GtkWidget *actual = gtk_label_new (elapsed_text);

    adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), segment->title);
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
    gtk_widget_add_css_class (actual, "numeric");
    if (elapsed > planned + G_USEC_PER_SEC)
      gtk_widget_add_css_class (actual, "warning");
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), actual);
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->summary_group), row);
    g_ptr_array_add (self->summary_rows, row);
  }

  total = ooo_format_duration (ooo_timer_get_total_elapsed (self->timer));
  /* Translators: the meeting's length, then the share of it that was the report's */
  summary = g_strdup_printf (_("%s in all · %d%% of it was their time"), total,
                             (int) (100 * ooo_meeting_get_their_share (self->meeting) + 0.5));
  gtk_label_set_label (GTK_LABEL (self->summary_label), summary);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "summary");
}

OooMeeting *
ooo_meeting_view_get_meeting (OooMeetingView *self)
{
  g_return_val_if_fail (OOO_IS_MEETING_VIEW (self), NULL);
  return self->meeting;
}

void
ooo_meeting_view_set_meeting (OooMeetingView *self,
                              OooMeeting     *meeting)
{
  g_return_if_fail (OOO_IS_MEETING_VIEW (self));

  if (self->meeting == meeting)
    return;

  g_clear_handle_id (&self->tick_source, g_source_remove);
  if (self->timer != NULL)
    g_signal_handlers_disconnect_by_data (self->timer, self);
  g_clear_object (&self->timer);
  g_set_object (&self->meeting, meeting);
  self->prompts_for = G_MAXUINT;
  clear_summary (self);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "timer");

  if (meeting != NULL) {
    self->timer = g_object_ref (ooo_meeting_get_timer (meeting));
    g_signal_connect_object (self->timer, "changed", G_CALLBACK (on_timer_changed), self,
                             G_CONNECT_SWAPPED);
    g_signal_connect_object (self->timer, "notify::state", G_CALLBACK (on_timer_changed),
                             self, G_CONNECT_SWAPPED);
    g_signal_connect_object (self->timer, "notify::current", G_CALLBACK (on_timer_changed),
                             self, G_CONNECT_SWAPPED);
  }
  ooo_segment_bar_set_timer (OOO_SEGMENT_BAR (self->segment_bar), self->timer);
  ooo_notes_pane_set_meeting (OOO_NOTES_PANE (self->notes_pane), meeting);
  adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->timer_column);
  refresh (self);
  schedule_tick (self);
}

/* Whether a wake-up is scheduled; for tests and the benchmark. */
gboolean
ooo_meeting_view_is_ticking (OooMeetingView *self)
{
  g_return_val_if_fail (OOO_IS_MEETING_VIEW (self), FALSE);
  return self->tick_source != 0;
}

/* On a narrow window the notes are a page of their own. */
static void
show_notes (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  OooMeetingView *self = OOO_MEETING_VIEW (widget);

  adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->notes_column);
}

static void
show_timer (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  OooMeetingView *self = OOO_MEETING_VIEW (widget);

  adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->timer_column);
}

void
ooo_meeting_view_set_session (OooMeetingView *self,
                              OooSession     *session)
{
  g_return_if_fail (OOO_IS_MEETING_VIEW (self));
  ooo_notes_pane_set_session (OOO_NOTES_PANE (self->notes_pane), session);
}

/* Brings the "new action item" field to the keyboard, wherever it is. */
void
ooo_meeting_view_focus_new_action (OooMeetingView *self)
{
  g_return_if_fail (OOO_IS_MEETING_VIEW (self));

  adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->notes_column);
  ooo_notes_pane_focus_new_action (OOO_NOTES_PANE (self->notes_pane));
}

OooNotesPane *
ooo_meeting_view_get_notes (OooMeetingView *self)
{
  g_return_val_if_fail (OOO_IS_MEETING_VIEW (self), NULL);
  return OOO_NOTES_PANE (self->notes_pane);
}

static void
ooo_meeting_view_dispose (GObject *object)
{
  OooMeetingView *self = OOO_MEETING_VIEW (object);

  ooo_meeting_view_set_meeting (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), OOO_TYPE_MEETING_VIEW);

  G_OBJECT_CLASS (ooo_meeting_view_parent_class)->dispose (object);
}

static void
ooo_meeting_view_finalize (GObject *object)
{
  OooMeetingView *self = OOO_MEETING_VIEW (object);

  g_ptr_array_unref (self->prompt_rows);
  g_ptr_array_unref (self->summary_rows);

  G_OBJECT_CLASS (ooo_meeting_view_parent_class)->finalize (object);
}

static void
ooo_meeting_view_class_init (OooMeetingViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ooo_meeting_view_dispose;
  object_class->finalize = ooo_meeting_view_finalize;

  g_type_ensure (OOO_TYPE_SEGMENT_BAR);
  g_type_ensure (OOO_TYPE_NOTES_PANE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/OneOnOne/ooo-meeting-view.ui");
  gtk_widget_class_bind_template_child (widget_class, OooMeetingView, stack);
  gtk_widget_class_bind_template_child (widget_class, OooMeetingView, progress_label);
  gtk_widget_class_bind_template_child (widget_class, OooMeetingView, segment_label);
  gtk_widget_class_bind_template_child (widget_class, OooMeetingView, time_label);
  gtk_widget_class_bind_template_child (widget_class, OooMeetingView, segment_bar);
  gtk_widget_class_bind_template_child (widget_class, OooMeetingView, schedule_label);
  gtk_widget_class_bind_template_child (widget_class, OooMeetingView, toggle_button);
  gtk_widget_class_bind_template_child (widget_class, OooMeetingView, prompts_group);
  gtk_widget_class_bind_template_child (widget_class, OooMeetingView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, OooMeetingView, summary_group);
  gtk_widget_class_bind_template_child (widget_class, OooMeetingView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, OooMeetingView, timer_column);
  gtk_widget_class_bind_template_child (widget_class, OooMeetingView, notes_column);
  gtk_widget_class_bind_template_child (widget_class, OooMeetingView, notes_pane);
  gtk_widget_class_install_action (widget_class, "meeting.show-notes", NULL, show_notes);
  gtk_widget_class_install_action (widget_class, "meeting.show-timer", NULL, show_timer);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ooo_meeting_view_init (OooMeetingView *self)
{
  self->prompt_rows = g_ptr_array_new ();
  self->summary_rows = g_ptr_array_new ();
  self->prompts_for = G_MAXUINT;
  gtk_widget_init_template (GTK_WIDGET (self));
  ooo_accessible_label_from_tooltips (GTK_WIDGET (self));
}
