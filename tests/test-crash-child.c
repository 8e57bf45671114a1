/* test-crash-child.c — the application the crash test kills: the real
 * OooApplication on the virtual display, typed into by real X key events,
 * writing down every change it sees reach its widgets
 *
 * The keys come from xdotool (XTest), so they take the whole path a
 * manager's keys take: X server, GDK, input method, key bindings, the
 * application's shortcuts. The journal is written from what the widgets
 * show, not from what the script meant to do: a key that went astray is
 * not promised to be saved, and a key that landed is.
 *
 * The journal is written with write() on an O_APPEND descriptor. Once write()
 * returns the bytes belong to the kernel and survive SIGKILL; fdatasync()
 * would only guard against a power cut, which this test does not make, and
 * would stall the very main loop whose timing is under test.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gdk/x11/gdkx.h>
#include <stdlib.h>
#include <unistd.h>

#include "ooo-application.h"
#include "ooo-meeting-view.h"
#include "ooo-notes-pane.h"
#include "ooo-window.h"
#include "test-crash.h"

typedef struct {
  OooWindow   *window;
  OooSession  *session;
  OooMeeting  *meeting;
  OooNotesPane *notes;
  GHashTable  *actions;       /* texts already written down */
  gboolean     typing_action;
  const char  *tag;
  guint        setup_source;
  guint        cursor_source;
  GPtrArray   *texts;
} Child;

static int journal_fd = -1;

static void
journal (const char *kind,
         const char *format,
         ...) G_GNUC_PRINTF (2, 3);

static void
journal (const char *kind,
         const char *format,
         ...)
{
  g_autofree char *args = NULL;
  g_autofree char *line = NULL;
  va_list ap;
  gsize done = 0, length;

  va_start (ap, format);
  args = g_strdup_vprintf (format, ap);
  va_end (ap);
  line = g_strdup_printf ("%" G_GINT64_FORMAT " %s %s\n", g_get_real_time (), kind, args);
  length = strlen (line);

  /* One write() for one line: O_APPEND keeps lines whole. */
  while (done < length) {
    ssize_t n = write (journal_fd, line + done, length - done);

    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0)
      g_error ("cannot write the journal: %s", g_strerror (errno));
    done += n;
  }
}

static void
fail (const char *message)
{
  journal ("error", "%s", message);
  _exit (3);
}

static char *
escaped_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  return g_strescape (text, NULL);
}

static void
on_notes_changed (GtkTextBuffer *buffer,
                  gpointer       segment)
{
  g_autofree char *text = escaped_text (buffer);

  journal ("notes", "%u %s", GPOINTER_TO_UINT (segment), text);
}

static void
on_private_changed (GtkTextBuffer *buffer)
{
  g_autofree char *text = escaped_text (buffer);

  journal ("private", "%s", text);
}

static void
journal_timer (OooTimer *timer)
{
  g_autoptr(GEnumClass) states = g_type_class_ref (g_type_from_name ("OooTimerState"));
  GEnumValue *state = g_enum_get_value (states, ooo_timer_get_state (timer));

  journal ("timer", "%s %u", state->value_nick, ooo_timer_get_current (timer));
}

/* The list shows what the store holds: an item here is committed. */
static void
on_follow_ups_changed (Child *self)
{
  OooFollowUps *follow_ups = ooo_session_get_follow_ups (self->session);
  g_autoptr(GListModel) items =
    ooo_follow_ups_list_meeting_actions (follow_ups, ooo_meeting_get_id (self->meeting));

  for (guint i = 0; i < g_list_model_get_n_items (items); i++) {
    g_autoptr(OooActionItem) item = g_list_model_get_item (items, i);
    const char *text = ooo_action_item_get_text (item);

    if (!g_hash_table_contains (self->actions, text)) {
      g_autofree char *escaped = g_strescape (text, NULL);

      g_hash_table_add (self->actions, g_strdup (text));
      journal ("action", "%s", escaped);
    }
  }
}

static void
on_action_typed (GtkEditable *entry,
                 Child       *self)
{
  if (!self->typing_action && *gtk_editable_get_text (entry) != '\0') {
    self->typing_action = TRUE;
    journal ("typing-action", "%s", "");
  }
}

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;

  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL;
       c = gtk_widget_get_next_sibling (c)) {
    GtkWidget *found = find_named (c, name);

    if (found != NULL)
      return found;
  }

  return NULL;
}

/* The script: one xdotool command per step ("type", "key" or "windowfocus"),
 * or a pause; each step starts when the last one ended. */
typedef struct {
  GPtrArray *steps;     /* GStrv each; a pause is { "sleep", "ms" } */
  guint      next;
} Script;

static void run_step (Script *script);

static gboolean
on_pause_over (gpointer data)
{
  run_step (data);
  return G_SOURCE_REMOVE;
}

static void
on_step_done (GPid     pid,
              int      status,
              gpointer data)
{
  g_spawn_close_pid (pid);
  if (!g_spawn_check_wait_status (status, NULL))
    journal ("done", "%d", status);
  else
    run_step (data);
}

static void
run_step (Script *script)
{
  char **step;
  g_autoptr(GError) error = NULL;
  GPid pid;

  if (script->next == script->steps->len) {
    journal ("done", "%d", 0);
    return;
  }

  step = g_ptr_array_index (script->steps, script->next++);
  journal ("step", "%s", step[1]);
  if (g_str_equal (step[0], "sleep")) {
    g_timeout_add (g_ascii_strtoull (step[1], NULL, 10), on_pause_over, script);
    return;
  }
  if (!g_spawn_async (NULL, step, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD,
                      NULL, NULL, &pid, &error))
    fail (error->message);
  g_child_watch_add (pid, on_step_done, script);
}

static void
add_step (Script     *script,
          const char *first,
          ...) G_GNUC_NULL_TERMINATED;

static void
add_step (Script     *script,
          const char *first,
          ...)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  va_list ap;

  if (!g_str_equal (first, "sleep"))
    g_strv_builder_add (builder, "xdotool");
  g_strv_builder_add (builder, first);
  va_start (ap, first);
  for (const char *arg = va_arg (ap, const char *); arg != NULL; arg = va_arg (ap, const char *))
    g_strv_builder_add (builder, arg);
  va_end (ap);
  g_ptr_array_add (script->steps, g_strv_builder_end (builder));
}

/* " <tag> <words>": each run types its own words. Kept until the end. */
static const char *
text (Child      *self,
      const char *words)
{
  char *typed = g_strdup_printf (" %s %s", self->tag, words);

  g_ptr_array_add (self->texts, typed);
  return typed;
}

/* Page Down or Up, whichever moves; @at follows where it went. */
static const char *
segment_key (guint *at,
             guint  n)
{
  if (*at + 1 < n) {
    (*at)++;
    return "ctrl+Next";
  }

  (*at)--;
  return "ctrl+Prior";
}

/* A manager's minutes at the keyboard, a few times faster: notes, a pause
 * that lets them be written, the timer paused and resumed, on to the next
 * part of the agenda while typing, and an action item. */
static void
start_script (Child *self)
{
  Script *script = g_new0 (Script, 1);
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self->window));
  g_autofree char *xid = g_strdup_printf ("%lu", gdk_x11_surface_get_xid (surface));
  OooTimer *timer = ooo_meeting_get_timer (self->meeting);
  guint at = ooo_timer_get_current (timer);
  guint n = ooo_timer_get_n_segments (timer);

  script->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  /* One xdotool for each stretch of keys, as starting one can take half a
   * second on a busy machine. Its requests reach the X server in order, so
   * the keys follow the focus without waiting for it. */
  add_step (script, "windowfocus", xid, "key", "ctrl+End", "type", "--delay", "12",
            text (self, "wants to lead"), NULL);
  add_step (script, "sleep", "800", NULL);
  add_step (script, "key", "ctrl+space", "type", "--delay", "12",
            text (self, "the migration."), NULL);
  /* Over two seconds without a pause: notes must not wait for the manager
   * to stop typing. The parent knows this as the fourth step. */
  add_step (script, "key", "--delay", "12", "ctrl+space", segment_key (&at, n), "ctrl+End",
            "type", "--delay", "55", text (self, "budget is frozen until march for hires"),
            NULL);
  add_step (script, "key", "--delay", "12", segment_key (&at, n), "ctrl+t",
            "type", "--delay", "12", text (self, "draft the plan"), NULL);
  add_step (script, "key", "Return", "sleep", "1.5", NULL);

  run_step (script);
}

static gboolean
on_no_cursor (gpointer data)
{
  fail ("the cursor did not come to the notes of the meeting");
  return G_SOURCE_REMOVE;
}

/* Where the keys go, for a reader of the journal of a failed run. The
 * script starts once the cursor waits in the notes, as a 1:1 on screen
 * promises: keys typed before would go elsewhere. */
static void
on_focus_changed (GtkWindow *window,
                  GParamSpec *pspec,
                  Child     *self)
{
  GtkWidget *focus = gtk_window_get_focus (window);
  guint shown = ooo_notes_pane_get_shown (self->notes);

  journal ("focus", "%s %s", focus != NULL ? G_OBJECT_TYPE_NAME (focus) : "none",
           focus != NULL ? gtk_widget_get_name (focus) : "");
  if (self->cursor_source != 0 && focus == GTK_WIDGET (ooo_notes_pane_get_view (self->notes,
                                                                                shown))) {
    g_clear_handle_id (&self->cursor_source, g_source_remove);
    journal ("ready", "%s", "");
    start_script (self);
  }
}

static gboolean
set_up (gpointer data)
{
  Child *self = data;
  OooPeople *people;
  OooMeetings *meetings;
  g_autoptr(OooPerson) person = NULL;
  g_autoptr(GError) error = NULL;
  GtkTextBuffer *private_buffer;
  GtkWidget *new_action;
  OooTimer *timer;

  self->setup_source = 0;
  self->session = ooo_window_get_session (self->window);
  if (self->session == NULL)
    fail ("the app opened without its data");
  if (ooo_store_get_recovered_path (ooo_session_get_store (self->session)) != NULL)
    fail ("the app set the database aside as damaged");

  people = ooo_session_get_people (self->session);
  if (g_list_model_get_n_items (G_LIST_MODEL (people)) == 0) {
    g_autoptr(OooPerson) added = ooo_person_new ("Ana Costa");

    ooo_person_set_time_zone (added, "Europe/Lisbon");
    if (!ooo_people_add (people, added, &error))
      fail (error->message);
    journal ("person", "%" G_GINT64_FORMAT, ooo_person_get_id (added));
  }
  person = g_list_model_get_item (G_LIST_MODEL (people), 0);

  meetings = ooo_session_get_meetings (self->session);
  self->meeting = ooo_meetings_get_in_progress (meetings, person);
  if (self->meeting != NULL) {
    journal ("resumed", "%" G_GINT64_FORMAT, ooo_meeting_get_id (self->meeting));
  } else {
    ooo_window_select_person (self->window, person);
    gtk_widget_activate_action (GTK_WIDGET (self->window), "win.start-meeting", NULL);
    self->meeting = ooo_meetings_get_in_progress (meetings, person);
    if (self->meeting == NULL)
      fail ("the meeting did not start");
    journal ("start", "%" G_GINT64_FORMAT, ooo_meeting_get_id (self->meeting));
  }

  self->notes = ooo_meeting_view_get_notes (OOO_MEETING_VIEW (gtk_widget_get_template_child (
    GTK_WIDGET (self->window), OOO_TYPE_WINDOW, "meeting_view")));
  timer = ooo_meeting_get_timer (self->meeting);
  for (guint i = 0; i < ooo_timer_get_n_segments (timer); i++) {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (ooo_notes_pane_get_view (self->notes, i));
    g_autofree char *text = escaped_text (buffer);

    journal ("shown", "%u %s", i, text);
    g_signal_connect (buffer, "changed", G_CALLBACK (on_notes_changed), GUINT_TO_POINTER (i));
  }
  private_buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (gtk_widget_get_template_child (
    GTK_WIDGET (self->notes), OOO_TYPE_NOTES_PANE, "private_view")));
  on_private_changed (private_buffer);
  g_signal_connect (private_buffer, "changed", G_CALLBACK (on_private_changed), NULL);

  journal_timer (timer);
  g_signal_connect (timer, "notify::state", G_CALLBACK (journal_timer), NULL);
  g_signal_connect (timer, "notify::current", G_CALLBACK (journal_timer), NULL);

  on_follow_ups_changed (self);
  g_signal_connect_swapped (ooo_session_get_follow_ups (self->session), "changed",
                            G_CALLBACK (on_follow_ups_changed), self);
  new_action = find_named (GTK_WIDGET (self->notes), "new_action_row");
  if (new_action == NULL)
    fail ("no field for a new action item");
  g_signal_connect (new_action, "changed", G_CALLBACK (on_action_typed), self);

  self->cursor_source = g_timeout_add_seconds (10, on_no_cursor, NULL);
  g_signal_connect (self->window, "notify::focus-widget", G_CALLBACK (on_focus_changed), self);
  on_focus_changed (GTK_WINDOW (self->window), NULL, self);

  return G_SOURCE_REMOVE;
}

static void
on_mapped (GtkWidget *window,
           Child     *self)
{
  /* After the window's own idle work, which puts the cursor in the notes. */
  if (self->setup_source == 0 && self->session == NULL)
    self->setup_source = g_idle_add_full (G_PRIORITY_LOW, set_up, self, NULL);
}

static void
on_window_added (GtkApplication *application,
                 GtkWindow      *window,
                 Child          *self)
{
  if (self->window != NULL || !OOO_IS_WINDOW (window))
    return;

  self->window = OOO_WINDOW (window);
  g_signal_connect (window, "map", G_CALLBACK (on_mapped), self);
}

int
crash_child_main (const char *database)
{
  g_autoptr(OooApplication) application = NULL;
  Child self = { 0 };
  char *argv[] = { (char *) "one-on-one", (char *) "--database", (char *) database, NULL };

  journal_fd = open (g_getenv (CRASH_JOURNAL_ENV), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC,
                     0600);
  if (journal_fd < 0)
    g_error ("cannot open the journal: %s", g_strerror (errno));
  self.tag = g_getenv (CRASH_TAG_ENV);
  self.texts = g_ptr_array_new_with_free_func (g_free);
  self.actions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  application = ooo_application_new ();
  g_signal_connect (application, "window-added", G_CALLBACK (on_window_added), &self);

  return g_application_run (G_APPLICATION (application), G_N_ELEMENTS (argv) - 1, argv);
}
