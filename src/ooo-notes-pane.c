/* ooo-notes-pane.c — what the manager writes during a 1:1: notes for each
 * part of the agenda, private notes, and what carries over
 *
 * There is no Save button. What is typed is written within 750 ms, also
 * while the typing goes on, so a killed process loses at most that; moving
 * to another part of the agenda, another meeting, closing or quitting
 * writes at once.
 *
 * When the file cannot be written (a full disk, another program holding it,
 * a read-only folder) the text stays: in its field, or, for a meeting no
 * longer shown, held here until it is written or the meeting is shown again.
 * The autosave keeps trying; "save-failed" says why in the manager's words,
 * once per cause, and "save-recovered" when everything is written.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ooo-accessible.h"
#include "ooo-store.h"
#include "ooo-autosave.h"
#include "ooo-meeting-follow-ups.h"
#include "ooo-notes-pane.h"

#define AUTOSAVE_DELAY_MS 750

struct _OooNotesPane
{
  GtkWidget    parent_instance;

  OooSession  *session;
  OooMeeting  *meeting;
  OooTimer    *timer;
  OooAutosave *autosave;
  GPtrArray   *views;          /* GtkTextView per segment */
  GArray      *dirty;          /* gboolean per segment */
  GPtrArray   *stranded;       /* Stranded: unsaved text of meetings not shown */
  char        *failure;        /* what the manager was last told, while writes fail */
  gboolean     private_dirty;
  gboolean     loading;
  gboolean     focus_on_map;
  guint        focus_source;
  guint        shown;

  GtkWidget   *scroller;
  GtkWidget   *carried;
  GtkWidget   *segment_dropdown;
  GtkWidget   *notes_stack;
  GtkWidget   *follow_ups;
  GtkWidget   *private_view;
};

G_DEFINE_TYPE (OooNotesPane, ooo_notes_pane, GTK_TYPE_WIDGET)

static gboolean focus_shown_view (gpointer data);

enum {
  SAVE_FAILED,
  SAVE_RECOVERED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define PRIVATE_NOTES G_MAXUINT

typedef struct {
  OooMeeting *meeting;
  guint       segment;         /* or PRIVATE_NOTES */
  char       *text;
} Stranded;

static void
stranded_free (gpointer data)
{
  Stranded *stranded = data;

  g_object_unref (stranded->meeting);
  g_free (stranded->text);
  g_free (stranded);
}

static gboolean
save_text (OooMeetings  *meetings,
           OooMeeting   *meeting,
           guint         segment,
           const char   *text,
           GError      **error)
{
  if (segment == PRIVATE_NOTES)
    return ooo_meetings_save_private_notes (meetings, meeting, text, error);

  return ooo_meetings_save_notes (meetings, meeting, segment, text, error);
}

static char *
buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Writes every part whose text changed since the last write. */
static gboolean
save_notes (gpointer   user_data,
            GError   **error)
{
  OooNotesPane *self = user_data;
  OooMeetings *meetings;

  if (self->session == NULL)
    return TRUE;

  meetings = ooo_session_get_meetings (self->session);
  while (self->stranded->len > 0) {
    Stranded *stranded = g_ptr_array_index (self->stranded, 0);

    if (!save_text (meetings, stranded->meeting, stranded->segment, stranded->text, error))
      return FALSE;
    g_ptr_array_remove_index (self->stranded, 0);
  }

  if (self->meeting == NULL)
    return TRUE;

  for (guint i = 0; i < self->views->len; i++) {
    g_autofree char *text = NULL;

    if (!g_array_index (self->dirty, gboolean, i))
      continue;
    text = buffer_text (g_ptr_array_index (self->views, i));
    if (!ooo_meetings_save_notes (meetings, self->meeting, i, text, error))
      return FALSE;
    g_array_index (self->dirty, gboolean, i) = FALSE;
  }

  if (self->private_dirty) {
    g_autofree char *text = buffer_text (GTK_TEXT_VIEW (self->private_view));

    if (!ooo_meetings_save_private_notes (meetings, self->meeting, text, error))
      return FALSE;
    self->private_dirty = FALSE;
  }

  return TRUE;
}

static void
on_notes_changed (GtkTextBuffer *buffer,
                  OooNotesPane  *self)
{
  guint segment = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (buffer), "ooo-segment"));

  if (self->loading)
    return;

  if (segment == PRIVATE_NOTES)
    self->private_dirty = TRUE;
  else
    g_array_index (self->dirty, gboolean, segment) = TRUE;
  ooo_autosave_schedule (self->autosave);
}

/* In the manager's words: what happened, that nothing is lost, and when it
 * will be written. */
static char *
describe_failure (const GError *error)
{
  if (g_error_matches (error, OOO_STORE_ERROR, OOO_STORE_ERROR_FULL))
    return g_strdup (_("Notes cannot be saved: the disk is full. They are kept here and saved "
                       "when space is free."));
  if (g_error_matches (error, OOO_STORE_ERROR, OOO_STORE_ERROR_READ_ONLY))
    return g_strdup (_("Notes cannot be saved: the folder of your data cannot be written to. "
                       "They are kept here and saved when it can be written again."));
  if (g_error_matches (error, OOO_STORE_ERROR, OOO_STORE_ERROR_BUSY))
    return g_strdup (_("Notes cannot be saved: another program is using your data. They are "
                       "kept here and saved when it lets go."));

  /* Translators: the reason is a whole sentence */
  return g_strdup_printf (_("Notes cannot be saved: %s They are kept here and saved as soon as "
                            "that is possible."), error->message);
}

/* Says so once per cause: the autosave keeps trying every few seconds. */
static void
on_autosave_failed (OooNotesPane *self,
                    const GError *error)
{
  g_autofree char *message = describe_failure (error);

  if (g_strcmp0 (message, self->failure) == 0)
    return;
  g_free (self->failure);
  self->failure = g_steal_pointer (&message);
  g_signal_emit (self, signals[SAVE_FAILED], 0, self->failure);
}

static void
on_autosave_recovered (OooNotesPane *self)
{
  g_clear_pointer (&self->failure, g_free);
  g_signal_emit (self, signals[SAVE_RECOVERED], 0);
}

/* Writes what is pending now; on failure the text stays in the fields and
 * pending, "save-failed" says why, and the autosave tries again by itself. */
gboolean
ooo_notes_pane_flush (OooNotesPane  *self,
                      GError       **error)
{
  g_return_val_if_fail (OOO_IS_NOTES_PANE (self), FALSE);
  return ooo_autosave_flush (self->autosave, error);
}

/* A failure was emitted as "save-failed", and the autosave tries again. */
static gboolean
flush_quietly (OooNotesPane *self)
{
  return ooo_autosave_flush (self->autosave, NULL);
}

static void
strand (OooNotesPane *self,
        guint         segment,
        GtkTextView  *view)
{
  Stranded *stranded = g_new0 (Stranded, 1);

  stranded->meeting = g_object_ref (self->meeting);
  stranded->segment = segment;
  stranded->text = buffer_text (view);
  g_ptr_array_add (self->stranded, stranded);
}

/* The meeting leaves the pane with text not yet written: it is held, and
 * written by the autosave's next try. */
static void
strand_unsaved (OooNotesPane *self)
{
  for (guint i = 0; i < self->views->len; i++)
    if (g_array_index (self->dirty, gboolean, i))
      strand (self, i, g_ptr_array_index (self->views, i));
  if (self->private_dirty)
    strand (self, PRIVATE_NOTES, GTK_TEXT_VIEW (self->private_view));
}

/* Loads @text without it counting as a change or as something to undo. */
static void
load_text (GtkTextView *view,
           const char  *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);

  gtk_text_buffer_begin_irreversible_action (buffer);
  gtk_text_buffer_set_text (buffer, text != NULL ? text : "", -1);
  gtk_text_buffer_end_irreversible_action (buffer);
}

static void
show_segment (OooNotesPane *self,
              guint         segment)
{
  if (self->meeting == NULL || segment >= self->views->len)
    return;

  if (segment != self->shown)
    flush_quietly (self);
  self->shown = segment;
  gtk_stack_set_visible_child (GTK_STACK (self->notes_stack),
                               g_ptr_array_index (self->views, segment));
  if (gtk_drop_down_get_selected (GTK_DROP_DOWN (self->segment_dropdown)) != segment)
    gtk_drop_down_set_selected (GTK_DROP_DOWN (self->segment_dropdown), segment);
  ooo_meeting_follow_ups_set_meeting (OOO_MEETING_FOLLOW_UPS (self->follow_ups), self->meeting,
                                      segment);
}

static void
on_segment_chosen (OooNotesPane *self)
{
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->segment_dropdown));

  if (selected != GTK_INVALID_LIST_POSITION && selected != self->shown)
    show_segment (self, selected);
}

/* The current part's notes come to the front as the meeting moves on, and
 * so does the cursor when it was in the notes left behind: a hidden text
 * view keeps the focus, and what the manager types next would go, unseen,
 * into the part just left. */
static void
on_current_changed (OooNotesPane *self)
{
  guint left = self->shown;
  gboolean typing = left < self->views->len &&
                    gtk_widget_is_focus (g_ptr_array_index (self->views, left));

  show_segment (self, ooo_timer_get_current (self->timer));
  if (typing && self->shown != left)
    gtk_widget_grab_focus (g_ptr_array_index (self->views, self->shown));
}

static GtkWidget *
create_view (OooNotesPane *self,
             guint         segment)
{
  const OooMeetingSegment *part = ooo_meeting_get_segment (self->meeting, segment);
  g_autofree char *label = g_strdup_printf (_("Notes for %s"), part->title);
  GtkWidget *view = gtk_text_view_new ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

  g_object_set (view,
                "wrap-mode", GTK_WRAP_WORD_CHAR,
                "height-request", 200,
                "top-margin", 12, "bottom-margin", 12, "left-margin", 12, "right-margin", 12,
                NULL);
  gtk_widget_add_css_class (view, "card");
  gtk_widget_add_css_class (view, "meeting-notes");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  load_text (GTK_TEXT_VIEW (view), part->notes);
  g_object_set_data (G_OBJECT (buffer), "ooo-segment", GUINT_TO_POINTER (segment));
  g_signal_connect (buffer, "changed", G_CALLBACK (on_notes_changed), self);

  return view;
}

static void
clear (OooNotesPane *self)
{
  if (!flush_quietly (self) && self->meeting != NULL)
    strand_unsaved (self);

  for (guint i = 0; i < self->views->len; i++)
    gtk_stack_remove (GTK_STACK (self->notes_stack), g_ptr_array_index (self->views, i));
  g_ptr_array_set_size (self->views, 0);
  g_array_set_size (self->dirty, 0);
  self->private_dirty = FALSE;

  if (self->timer != NULL)
    g_signal_handlers_disconnect_by_data (self->timer, self);
  g_clear_object (&self->timer);
  g_clear_object (&self->meeting);
}

/* Text held for this meeting goes back into its fields, still to be written,
 * so what is shown is what will be saved. */
static void
take_back_stranded (OooNotesPane *self)
{
  for (guint i = 0; i < self->stranded->len;) {
    Stranded *stranded = g_ptr_array_index (self->stranded, i);
    GtkTextView *view;

    if (stranded->meeting != self->meeting) {
      i++;
      continue;
    }
    view = stranded->segment == PRIVATE_NOTES ? GTK_TEXT_VIEW (self->private_view)
                                              : g_ptr_array_index (self->views, stranded->segment);
    self->loading = TRUE;
    load_text (view, stranded->text);
    self->loading = FALSE;
    if (stranded->segment == PRIVATE_NOTES)
      self->private_dirty = TRUE;
    else
      g_array_index (self->dirty, gboolean, stranded->segment) = TRUE;
    g_ptr_array_remove_index (self->stranded, i);
  }
}

void
ooo_notes_pane_set_meeting (OooNotesPane *self,
                            OooMeeting   *meeting)
{
  g_autoptr(GtkStringList) titles = NULL;

  g_return_if_fail (OOO_IS_NOTES_PANE (self));

  if (self->meeting == meeting)
    return;

  clear (self);
  if (meeting == NULL) {
    ooo_meeting_follow_ups_set_meeting (OOO_MEETING_FOLLOW_UPS (self->carried), NULL, 0);
    ooo_meeting_follow_ups_set_meeting (OOO_MEETING_FOLLOW_UPS (self->follow_ups), NULL, 0);
    return;
  }

  self->meeting = g_object_ref (meeting);
  self->timer = g_object_ref (ooo_meeting_get_timer (meeting));
  titles = gtk_string_list_new (NULL);

  self->loading = TRUE;
  for (guint i = 0; i < ooo_meeting_get_n_segments (meeting); i++) {
    GtkWidget *view = create_view (self, i);
    gboolean clean = FALSE;

    g_ptr_array_add (self->views, view);
    g_array_append_val (self->dirty, clean);
    gtk_stack_add_child (GTK_STACK (self->notes_stack), view);
    gtk_string_list_append (titles, ooo_meeting_get_segment (meeting, i)->title);
  }
  load_text (GTK_TEXT_VIEW (self->private_view), ooo_meeting_get_private_notes (meeting));
  self->loading = FALSE;
  take_back_stranded (self);

  gtk_drop_down_set_model (GTK_DROP_DOWN (self->segment_dropdown), G_LIST_MODEL (titles));
  ooo_meeting_follow_ups_set_meeting (OOO_MEETING_FOLLOW_UPS (self->carried), meeting, 0);
  g_signal_connect_object (self->timer, "notify::current", G_CALLBACK (on_current_changed),
                           self, G_CONNECT_SWAPPED);
  self->shown = G_MAXUINT;
  show_segment (self, ooo_timer_get_current (self->timer));
}

void
ooo_notes_pane_set_session (OooNotesPane *self,
                            OooSession   *session)
{
  g_return_if_fail (OOO_IS_NOTES_PANE (self));
  g_return_if_fail (self->session == NULL);

  self->session = g_object_ref (session);
  ooo_meeting_follow_ups_setup (OOO_MEETING_FOLLOW_UPS (self->carried), session,
                                OOO_FOLLOW_UPS_VIEW_CARRIED);
  ooo_meeting_follow_ups_setup (OOO_MEETING_FOLLOW_UPS (self->follow_ups), session,
                                OOO_FOLLOW_UPS_VIEW_AGENDA);
}

/* The part of the agenda whose notes are in front. */
guint
ooo_notes_pane_get_shown (OooNotesPane *self)
{
  g_return_val_if_fail (OOO_IS_NOTES_PANE (self), 0);
  return self->shown;
}

GtkTextView *
ooo_notes_pane_get_view (OooNotesPane *self,
                         guint         segment)
{
  g_return_val_if_fail (OOO_IS_NOTES_PANE (self), NULL);
  g_return_val_if_fail (segment < self->views->len, NULL);

  return g_ptr_array_index (self->views, segment);
}

static void
ooo_notes_pane_map (GtkWidget *widget)
{
  OooNotesPane *self = OOO_NOTES_PANE (widget);

  GTK_WIDGET_CLASS (ooo_notes_pane_parent_class)->map (widget);

  if (self->focus_on_map && self->focus_source == 0) {
    self->focus_on_map = FALSE;
    self->focus_source = g_idle_add (focus_shown_view, self);
  }
}

static void
ooo_notes_pane_dispose (GObject *object)
{
  OooNotesPane *self = OOO_NOTES_PANE (object);

  g_clear_handle_id (&self->focus_source, g_source_remove);
  if (self->autosave != NULL)
    clear (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), OOO_TYPE_NOTES_PANE);
  g_clear_object (&self->autosave);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (ooo_notes_pane_parent_class)->dispose (object);
}

static void
ooo_notes_pane_finalize (GObject *object)
{
  OooNotesPane *self = OOO_NOTES_PANE (object);

  g_ptr_array_unref (self->views);
  g_array_unref (self->dirty);
  g_ptr_array_unref (self->stranded);
  g_free (self->failure);

  G_OBJECT_CLASS (ooo_notes_pane_parent_class)->finalize (object);
}

static void
ooo_notes_pane_class_init (OooNotesPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ooo_notes_pane_dispose;
  object_class->finalize = ooo_notes_pane_finalize;
  widget_class->map = ooo_notes_pane_map;

  /* Notes could not be written; the argument says why, for the manager.
   * They stay pending and are tried again. */
  signals[SAVE_FAILED] = g_signal_new ("save-failed", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                       G_TYPE_NONE, 1, G_TYPE_STRING);
  /* After "save-failed", everything was written. */
  signals[SAVE_RECOVERED] = g_signal_new ("save-recovered", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 0);

  g_type_ensure (OOO_TYPE_MEETING_FOLLOW_UPS);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/OneOnOne/ooo-notes-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, OooNotesPane, scroller);
  gtk_widget_class_bind_template_child (widget_class, OooNotesPane, carried);
  gtk_widget_class_bind_template_child (widget_class, OooNotesPane, segment_dropdown);
  gtk_widget_class_bind_template_child (widget_class, OooNotesPane, notes_stack);
  gtk_widget_class_bind_template_child (widget_class, OooNotesPane, follow_ups);
  gtk_widget_class_bind_template_child (widget_class, OooNotesPane, private_view);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

/* Long titles are shortened in the drop-down, so the pane fits beside the
 * timer; the whole title is in the tooltip and what a screen reader says. */
static void
setup_title_item (GtkSignalListItemFactory *factory,
                  GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  gtk_label_set_width_chars (GTK_LABEL (label), 8);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
bind_title_item (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  GtkStringObject *title = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_label (GTK_LABEL (label), gtk_string_object_get_string (title));
  gtk_widget_set_tooltip_text (label, gtk_string_object_get_string (title));
}

static void
ooo_notes_pane_init (OooNotesPane *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkTextBuffer *private_buffer;

  self->views = g_ptr_array_new ();
  self->dirty = g_array_new (FALSE, TRUE, sizeof (gboolean));
  self->stranded = g_ptr_array_new_with_free_func (stranded_free);
  self->shown = G_MAXUINT;
  gtk_widget_init_template (GTK_WIDGET (self));
  ooo_accessible_set_label (self->segment_dropdown, _("Notes for"));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_title_item), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_title_item), NULL);
  gtk_drop_down_set_factory (GTK_DROP_DOWN (self->segment_dropdown), factory);

  self->autosave = ooo_autosave_new (AUTOSAVE_DELAY_MS, save_notes, self, NULL);
  g_signal_connect_object (self->autosave, "failed", G_CALLBACK (on_autosave_failed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->autosave, "recovered", G_CALLBACK (on_autosave_recovered),
                           self, G_CONNECT_SWAPPED);

  private_buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->private_view));
  g_object_set_data (G_OBJECT (private_buffer), "ooo-segment",
                     GUINT_TO_POINTER (PRIVATE_NOTES));
  g_signal_connect (private_buffer, "changed", G_CALLBACK (on_notes_changed), self);
  g_signal_connect_swapped (self->segment_dropdown, "notify::selected",
                            G_CALLBACK (on_segment_chosen), self);
}

void
ooo_notes_pane_focus_new_action (OooNotesPane *self)
{
  g_return_if_fail (OOO_IS_NOTES_PANE (self));
  ooo_meeting_follow_ups_focus_new_action (OOO_MEETING_FOLLOW_UPS (self->follow_ups));
}

static gboolean
focus_shown_view (gpointer data)
{
  OooNotesPane *self = data;

  self->focus_source = 0;
  if (self->shown < self->views->len)
    gtk_widget_grab_focus (g_ptr_array_index (self->views, self->shown));

  return G_SOURCE_REMOVE;
}

/* Puts the cursor in the notes of the part of the agenda in front, once the
 * window is on screen (a window being built cannot take focus yet). */
void
ooo_notes_pane_focus_notes (OooNotesPane *self)
{
  g_return_if_fail (OOO_IS_NOTES_PANE (self));

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    focus_shown_view (self);
  else
    self->focus_on_map = TRUE;
}
