/* ooo-history-group.c — a person's past 1:1s, newest first, on their page
 *
 * Each row says when, what became of it (held, moved, cancelled and why),
 * how long it ran, how much of it was the report's time, and the first line
 * of its notes. A held one opens again in its own window.
 *
 * Ten years of weekly 1:1s are 520 rows, and a row takes about half a
 * millisecond to build: selecting a person shows the newest eight, in rows
 * built ahead while idle and reused from one person to the next; a last
 * row shows the rest on request, built a chunk at a time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ooo-format.h"
#include "ooo-history.h"
#include "ooo-history-group.h"
#include "ooo-past-meeting-window.h"
#include "ooo-text-row.h"
#include "ooo-widget-util.h"

struct _OooHistoryGroup
{
  AdwPreferencesGroup  parent_instance;

  OooSession          *session;
  OooPerson           *person;
  GListModel          *history;     /* of OooMeetingSummary */
  guint                limit;       /* how many are shown at most */
  guint                grow_source;
  guint                n_rows;      /* meeting rows built, shown or not */
  guint                prebuild_source;
  GtkWidget           *show_all_row; /* always the last row */

  GtkWidget           *list_box;
};

G_DEFINE_TYPE (OooHistoryGroup, ooo_history_group, ADW_TYPE_PREFERENCES_GROUP)

#define UUID_KEY "ooo-meeting-uuid"
/* Rows built per idle moment after "Show All": about ten milliseconds. */
#define GROW_CHUNK 20

/* "32 min", or "1 h 05 min": a meeting's length at a glance. */
static char *
format_length (gint64 seconds)
{
  gint64 minutes = (seconds + 30) / 60;

  if (minutes >= 60)
    /* Translators: a meeting's length in hours and minutes */
    return g_strdup_printf (_("%d h %02d min"), (int) (minutes / 60), (int) (minutes % 60));

  /* Translators: a meeting's length in minutes */
  return g_strdup_printf (_("%d min"), (int) minutes);
}

/* A row's parts, kept so that a row can show another meeting: switching
 * person updates the rows already built instead of building new ones. */
#define ICON_KEY   "ooo-status-icon"
#define LENGTH_KEY "ooo-length"
#define SHARE_KEY  "ooo-share"

static GtkWidget *
create_row (void)
{
  GtkWidget *row = ooo_text_row_new ();
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *figures = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *length = gtk_label_new (NULL);
  GtkWidget *share = gtk_label_new (NULL);

  ooo_text_row_set_one_line (OOO_TEXT_ROW (row), TRUE);
  ooo_text_row_add_prefix (OOO_TEXT_ROW (row), icon);

  gtk_widget_set_valign (figures, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (length), 1);
  gtk_widget_add_css_class (length, "numeric");
  gtk_label_set_xalign (GTK_LABEL (share), 1);
  gtk_widget_add_css_class (share, "caption");
  gtk_widget_add_css_class (share, "dim-label");
  gtk_widget_add_css_class (share, "numeric");
  gtk_box_append (GTK_BOX (figures), length);
  gtk_box_append (GTK_BOX (figures), share);
  ooo_text_row_add_suffix (OOO_TEXT_ROW (row), figures);

  g_object_set_data (G_OBJECT (row), ICON_KEY, icon);
  g_object_set_data (G_OBJECT (row), LENGTH_KEY, length);
  g_object_set_data (G_OBJECT (row), SHARE_KEY, share);

  return row;
}

static void
set_status (GtkWidget  *row,
            const char *icon_name,
            const char *status,
            const char *style)
{
  GtkWidget *icon = g_object_get_data (G_OBJECT (row), ICON_KEY);
  const char *classes[] = { style, NULL };

  /* A tooltip costs a tenth of a millisecond to set, a row several: set
   * only what changes. */
  if (g_strcmp0 (gtk_image_get_icon_name (GTK_IMAGE (icon)), icon_name) == 0)
    return;

  gtk_image_set_from_icon_name (GTK_IMAGE (icon), icon_name);
  gtk_widget_set_tooltip_text (icon, status);
  /* The status is read out, not only drawn. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, status,
                                  -1);
  gtk_widget_set_css_classes (icon, classes);
}

/* The time figures of a held meeting: its length and the report's share. */
static void
set_figures (GtkWidget         *row,
             OooMeetingSummary *summary)
{
  GtkWidget *length_label = g_object_get_data (G_OBJECT (row), LENGTH_KEY);
  GtkWidget *share_label = g_object_get_data (G_OBJECT (row), SHARE_KEY);
  gboolean held = summary != NULL;
  double share = held ? ooo_meeting_summary_get_their_share (summary) : -1;
  g_autofree char *length = held ? format_length (ooo_meeting_summary_get_length (summary))
                                 : NULL;
  /* Translators: the report's share of a meeting's time, under its length */
  g_autofree char *theirs = share >= 0 ? g_strdup_printf (_("%d%% theirs"),
                                                          (int) (100 * share + 0.5)) : NULL;

  gtk_widget_set_visible (gtk_widget_get_parent (length_label), held);
  gtk_label_set_label (GTK_LABEL (length_label), length);
  gtk_label_set_label (GTK_LABEL (share_label), theirs);
  gtk_widget_set_visible (share_label, theirs != NULL);
}

static void
update_row (GtkWidget         *row,
            OooMeetingSummary *summary)
{
  g_autofree char *date = ooo_format_date (ooo_meeting_summary_get_date (summary));
  g_autofree char *subtitle = NULL;
  gboolean held = FALSE;
  const char *reason;

  switch (ooo_meeting_summary_get_status (summary)) {
  case OOO_MEETING_STATUS_RESCHEDULED: {
    g_autofree char *to = ooo_format_date (ooo_meeting_summary_get_rescheduled_to (summary));

    /* Translators: a 1:1 of the history that was moved; %s is its new date */
    subtitle = g_strdup_printf (_("Rescheduled to %s"), to != NULL ? to : "");
    set_status (row, "mail-forward-symbolic", _("Rescheduled"), NULL);
    break;
  }
  case OOO_MEETING_STATUS_CANCELLED:
    reason = ooo_meeting_summary_get_cancel_reason (summary);
    /* Translators: a cancelled 1:1 of the history, then why */
    subtitle = *reason != '\0' ? g_strdup_printf (_("Cancelled: %s"), reason)
                               : g_strdup (_("Cancelled"));
    set_status (row, "action-unavailable-symbolic", _("Cancelled"), "error");
    break;
  case OOO_MEETING_STATUS_HELD:
  case OOO_MEETING_STATUS_IN_PROGRESS:
  default:
    /* Without its uuid its details could not be read: no figures, nothing
     * to open, rather than "0 min" and "No notes". */
    held = ooo_meeting_summary_get_uuid (summary) != NULL;
    subtitle = g_strdup (!held ? _("Could not be read just now")
                         : *ooo_meeting_summary_get_first_line (summary) != '\0'
                         ? ooo_meeting_summary_get_first_line (summary) : _("No notes"));
    set_status (row, "object-select-symbolic", _("Held"), "success");
    break;
  }

  ooo_text_row_set_title (OOO_TEXT_ROW (row), date != NULL ? date : "");
  ooo_text_row_set_subtitle (OOO_TEXT_ROW (row), subtitle);
  set_figures (row, held ? summary : NULL);
  /* Only a held one has notes to open. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), held);
  g_object_set_data_full (G_OBJECT (row), UUID_KEY,
                          held ? g_strdup (ooo_meeting_summary_get_uuid (summary)) : NULL,
                          g_free);
}

static GtkWidget *
add_row (OooHistoryGroup *self)
{
  GtkWidget *row = create_row ();

  gtk_widget_set_visible (row, FALSE);
  gtk_list_box_insert (GTK_LIST_BOX (self->list_box), row, (int) self->n_rows++);
  return row;
}

/* Building a row takes about half a millisecond: the first rows are
 * built while the app is idle, a few at a time, so that the first person
 * selected does not wait for them. */
static gboolean
prebuild_rows (gpointer user_data)
{
  OooHistoryGroup *self = user_data;

  for (guint i = 0; i < 5 && self->n_rows < OOO_HISTORY_GROUP_FIRST_ROWS; i++)
    add_row (self);
  if (self->n_rows < OOO_HISTORY_GROUP_FIRST_ROWS)
    return G_SOURCE_CONTINUE;

  self->prebuild_source = 0;
  return G_SOURCE_REMOVE;
}

static guint
n_meetings (OooHistoryGroup *self)
{
  return self->history != NULL ? g_list_model_get_n_items (self->history) : 0;
}

/* Shows the meetings from @from up to @to, building rows where needed. */
static void
show_range (OooHistoryGroup *self,
            guint            from,
            guint            to)
{
  GtkListBox *box = GTK_LIST_BOX (self->list_box);

  for (guint i = from; i < to; i++) {
    GtkWidget *row = i < self->n_rows ? GTK_WIDGET (gtk_list_box_get_row_at_index (box, (int) i))
                                      : add_row (self);
    g_autoptr(OooMeetingSummary) summary = g_list_model_get_item (self->history, i);

    update_row (row, summary);
    gtk_widget_set_visible (row, TRUE);
  }
}

/* Rows beyond those needed are hidden, not destroyed: the next person
 * shown reuses them. */
static void
show_rows (OooHistoryGroup *self)
{
  GtkListBox *box = GTK_LIST_BOX (self->list_box);
  guint n = n_meetings (self);
  guint shown = MIN (n, self->limit);

  /* A past meeting window closing as the app quits comes after this. */
  if (self->list_box == NULL)
    return;

  show_range (self, 0, shown);
  for (guint i = shown; i < self->n_rows; i++)
    gtk_widget_set_visible (GTK_WIDGET (gtk_list_box_get_row_at_index (box, (int) i)), FALSE);

  ooo_show_all_row_set_total (self->show_all_row,
                              shown < n && self->grow_source == 0 ? n : 0);
}

/* Ten years are 520 rows, a quarter of a second to build: "Show All"
 * builds them a chunk per idle moment, so the window keeps drawing. */
static gboolean
grow (gpointer user_data)
{
  OooHistoryGroup *self = user_data;
  guint n = n_meetings (self);
  guint from = MIN (self->limit, n);

  self->limit = MIN (self->limit + GROW_CHUNK, n);
  show_range (self, from, self->limit);
  if (self->limit < n)
    return G_SOURCE_CONTINUE;

  self->grow_source = 0;
  return G_SOURCE_REMOVE;
}

static void
stop_growing (OooHistoryGroup *self)
{
  g_clear_handle_id (&self->grow_source, g_source_remove);
  self->limit = OOO_HISTORY_GROUP_FIRST_ROWS;
}

static void
show_all (OooHistoryGroup *self)
{
  gtk_widget_set_visible (self->show_all_row, FALSE);
  grow (self);
  if (self->limit < n_meetings (self))
    self->grow_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 30, grow, self, NULL);

  ooo_list_box_focus_row_at (GTK_LIST_BOX (self->list_box), OOO_HISTORY_GROUP_FIRST_ROWS);
}

static void
open_meeting (OooHistoryGroup *self,
              const char      *uuid)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWindow *window = ooo_past_meeting_window_new (self->session, uuid);

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (window, GTK_WINDOW (root));
  /* Notes edited there change the first line shown here. */
  g_signal_connect_object (window, "destroy", G_CALLBACK (ooo_history_group_reload), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (window);
}

static void
on_row_activated (OooHistoryGroup *self,
                  GtkListBoxRow   *row)
{
  const char *uuid = g_object_get_data (G_OBJECT (row), UUID_KEY);

  if (GTK_WIDGET (row) == self->show_all_row) {
    show_all (self);
    return;
  }

  if (uuid != NULL && self->session != NULL)
    open_meeting (self, uuid);
}

void
ooo_history_group_reload (OooHistoryGroup *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (OOO_IS_HISTORY_GROUP (self));

  g_clear_object (&self->history);
  if (self->session != NULL && self->person != NULL) {
    self->history = ooo_history_list (ooo_session_get_store (self->session), self->person,
                                      &error);
    if (self->history == NULL)
      ooo_widget_show_toast (GTK_WIDGET (self), error->message);
  }
  show_rows (self);
}

void
ooo_history_group_set_session (OooHistoryGroup *self,
                               OooSession      *session)
{
  g_return_if_fail (OOO_IS_HISTORY_GROUP (self));

  if (!g_set_object (&self->session, session))
    return;

  ooo_history_group_reload (self);
  if (self->prebuild_source == 0 && self->n_rows < OOO_HISTORY_GROUP_FIRST_ROWS)
    self->prebuild_source = g_idle_add_full (G_PRIORITY_LOW, prebuild_rows, self, NULL);
}

void
ooo_history_group_set_person (OooHistoryGroup *self,
                              OooPerson       *person)
{
  g_return_if_fail (OOO_IS_HISTORY_GROUP (self));

  if (!g_set_object (&self->person, person))
    return;

  stop_growing (self);
  ooo_history_group_reload (self);
}

GListModel *
ooo_history_group_get_history (OooHistoryGroup *self)
{
  g_return_val_if_fail (OOO_IS_HISTORY_GROUP (self), NULL);
  return self->history;
}

static void
ooo_history_group_dispose (GObject *object)
{
  OooHistoryGroup *self = OOO_HISTORY_GROUP (object);

  g_clear_handle_id (&self->prebuild_source, g_source_remove);
  g_clear_handle_id (&self->grow_source, g_source_remove);
  g_clear_object (&self->session);
  g_clear_object (&self->person);
  g_clear_object (&self->history);
  gtk_widget_dispose_template (GTK_WIDGET (self), OOO_TYPE_HISTORY_GROUP);

  G_OBJECT_CLASS (ooo_history_group_parent_class)->dispose (object);
}

static void
ooo_history_group_class_init (OooHistoryGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ooo_history_group_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/OneOnOne/ooo-history-group.ui");
  gtk_widget_class_bind_template_child (widget_class, OooHistoryGroup, list_box);
}

static void
ooo_history_group_init (OooHistoryGroup *self)
{
  self->limit = OOO_HISTORY_GROUP_FIRST_ROWS;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->show_all_row = ooo_show_all_row_new ();
  gtk_list_box_append (GTK_LIST_BOX (self->list_box), self->show_all_row);
  g_signal_connect_swapped (self->list_box, "row-activated", G_CALLBACK (on_row_activated),
                            self);
}
