/* ooo-window-figures.c — what is due with whom: the sidebar's due texts,
 * its order (by name or by what is due), and the overview of everyone
 *
 * One load of the core's figures (ooo_overview_load(): four queries for
 * everyone, the rules in memory) serves the sidebar and the overview, kept
 * in one list. Everyone's are loaded again when the people change and when
 * a day begins in someone's zone (checked at the minute tick); one
 * person's when their meeting starts or ends, their action items change,
 * or the manager leaves their page. Only the rows whose figures changed are
 * updated. "now" is the session clock's, so tests can move it.
 *
 * The first load runs on a worker thread: see ooo-window-first-figures.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ooo-overview-page.h"
#include "ooo-person-row.h"
#include "ooo-window-private.h"

static gint64
person_key (OooPerson *person)
{
  return ooo_person_get_id (person);
}

OooPersonFigures *
ooo_window_lookup_figures (OooWindow *self,
                           OooPerson *person)
{
  gint64 id;

  if (self->figures_by_id == NULL || person == NULL)
    return NULL;

  id = person_key (person);
  return g_hash_table_lookup (self->figures_by_id, &id);
}

static int
due_order (OooWindow *self,
           OooPerson *person)
{
  OooPersonFigures *figures = ooo_window_lookup_figures (self, person);

  /* Not known yet: after everyone known. */
  return figures != NULL ? ooo_person_figures_get_due_order (figures) : G_MAXINT;
}

/* Most overdue first, then due today, then the soonest; the sort is stable,
 * so people due on the same day keep their order by name. */
static int
compare_due (gconstpointer a,
             gconstpointer b,
             gpointer      user_data)
{
  OooWindow *self = user_data;
  int order_a = due_order (self, OOO_PERSON ((gpointer) a));
  int order_b = due_order (self, OOO_PERSON ((gpointer) b));

  return order_a < order_b ? -1 : order_a > order_b;
}

GDateTime *
ooo_window_session_now (OooWindow *self)
{
  OooClock *clock = ooo_meetings_get_clock (self->meetings);

  return g_date_time_new_from_unix_utc (ooo_clock_wall_now (clock) / G_USEC_PER_SEC);
}

/* Shows what is due on @row, as the last load of figures says. */
static void
update_row (OooWindow *self,
            GtkWidget *row)
{
  OooPerson *person = ooo_person_row_get_person (OOO_PERSON_ROW (row));
  gboolean in_meeting = self->meetings != NULL &&
                        ooo_meetings_get_in_progress (self->meetings, person) != NULL;

  ooo_person_row_set_due (OOO_PERSON_ROW (row), ooo_window_lookup_figures (self, person),
                          in_meeting);
}

void
ooo_window_update_due (OooWindow *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (self->sidebar_list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (OOO_IS_PERSON_ROW (row))
      update_row (self, row);
}

static GtkWidget *
row_of (OooWindow *self,
        OooPerson *person)
{
  for (GtkWidget *row = gtk_widget_get_first_child (self->sidebar_list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (OOO_IS_PERSON_ROW (row) && ooo_person_row_get_person (OOO_PERSON_ROW (row)) == person)
      return row;

  return NULL;
}

/* Whether the people's order by what is due differs between two loads. */
static gboolean
orders_differ (GHashTable *before,
               GHashTable *after)
{
  GHashTableIter iter;
  gpointer key, value;

  if (g_hash_table_size (before) != g_hash_table_size (after))
    return TRUE;

  g_hash_table_iter_init (&iter, after);
  while (g_hash_table_iter_next (&iter, &key, &value)) {
    OooPersonFigures *old = g_hash_table_lookup (before, key);

    if (old == NULL ||
        ooo_person_figures_get_due_order (old) != ooo_person_figures_get_due_order (value))
      return TRUE;
  }

  return FALSE;
}

/* Re-sorts the sidebar; the row under the keyboard focus is rebuilt by the
 * list, so the focus goes back to the same person. */
static void
resort (OooWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  g_autoptr(OooPerson) focused = NULL;

  if (focus != NULL && gtk_widget_is_ancestor (focus, self->sidebar_list)) {
    while (focus != NULL && !OOO_IS_PERSON_ROW (focus))
      focus = gtk_widget_get_parent (focus);
    if (focus != NULL)
      focused = g_object_ref (ooo_person_row_get_person (OOO_PERSON_ROW (focus)));
  }

  gtk_sorter_changed (self->due_sorter, GTK_SORTER_CHANGE_DIFFERENT);

  /* Their row may be one not built yet in the new order. */
  if (focused != NULL && (focus = ooo_window_sidebar_row_of (self, focused)) != NULL)
    gtk_widget_grab_focus (focus);
}

/* Whether the overview would show @a and @b alike. */
static gboolean
same_figures (OooPersonFigures *a,
              OooPersonFigures *b)
{
  const OooAttendance *x = ooo_person_figures_get_attendance (a);
  const OooAttendance *y = ooo_person_figures_get_attendance (b);

  return ooo_person_figures_get_person (a) == ooo_person_figures_get_person (b) &&
         x->days_since == y->days_since && x->n_held == y->n_held &&
         x->n_recent == y->n_recent && x->due_state == y->due_state &&
         x->overdue_days == y->overdue_days && x->days_until == y->days_until &&
         g_date_valid (&x->next_due) == g_date_valid (&y->next_due) &&
         (!g_date_valid (&x->next_due) || g_date_compare (&x->next_due, &y->next_due) == 0) &&
         ooo_person_figures_get_average_share (a) == ooo_person_figures_get_average_share (b) &&
         ooo_person_figures_get_open_theirs (a) == ooo_person_figures_get_open_theirs (b) &&
         ooo_person_figures_get_open_mine (a) == ooo_person_figures_get_open_mine (b);
}

static void
index_figures (OooWindow *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->figures));

  g_hash_table_remove_all (self->figures_by_id);
  for (guint i = 0; i < n; i++) {
    OooPersonFigures *item = g_list_model_get_item (G_LIST_MODEL (self->figures), i);
    gint64 *key = g_new (gint64, 1);

    *key = person_key (ooo_person_figures_get_person (item));
    g_hash_table_insert (self->figures_by_id, key, item);
  }
}

/* Puts @loaded in the list, replacing only the figures that changed, so
 * only their rows of the overview are built again; all of them when
 * @everything (a person's name or kind may have changed). */
static void
store_figures (OooWindow  *self,
               GListModel *loaded,
               gboolean    everything)
{
  g_autoptr(GPtrArray) changed = g_ptr_array_new ();
  guint n = g_list_model_get_n_items (loaded);

  if (everything || n != g_list_model_get_n_items (G_LIST_MODEL (self->figures))) {
    g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

    for (guint i = 0; i < n; i++)
      g_ptr_array_add (items, g_list_model_get_item (loaded, i));
    g_list_store_splice (self->figures, 0,
                         g_list_model_get_n_items (G_LIST_MODEL (self->figures)),
                         items->pdata, items->len);
    return;
  }

  for (guint i = 0; i < n; i++) {
    g_autoptr(OooPersonFigures) old = g_list_model_get_item (G_LIST_MODEL (self->figures), i);
    g_autoptr(OooPersonFigures) now = g_list_model_get_item (loaded, i);

    if (!same_figures (old, now))
      g_ptr_array_add (changed, GUINT_TO_POINTER (i));
  }

  /* Many at once (a new day): one change, which a hidden overview can
   * leave for when it is shown. */
  if (changed->len > 16) {
    store_figures (self, loaded, TRUE);
    return;
  }
  for (guint i = 0; i < changed->len; i++) {
    guint position = GPOINTER_TO_UINT (g_ptr_array_index (changed, i));
    g_autoptr(OooPersonFigures) now = g_list_model_get_item (loaded, position);

    g_list_store_splice (self->figures, position, 1, (gpointer *) &now, 1);
  }
}

static gboolean
sorted_by_due (OooWindow *self)
{
  return g_strcmp0 (self->sort_people, "due") == 0;
}

void
ooo_window_show_figures (OooWindow  *self,
                         GListModel *loaded)
{
  g_autoptr(GHashTable) before = NULL;

  /* The last figures, to tell whether the order by what is due changed. */
  before = g_steal_pointer (&self->figures_by_id);
  self->figures_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                               g_object_unref);
  store_figures (self, loaded, self->people_changed);
  self->people_changed = FALSE;
  index_figures (self);

  if (sorted_by_due (self) && orders_differ (before, self->figures_by_id))
    resort (self);
  ooo_window_update_due (self);
}

void
ooo_window_refresh_figures (OooWindow *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GListModel) loaded = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->figures_idle, g_source_remove);
  if (self->figures == NULL)
    return;
  if (self->figures_loading) {
    self->figures_stale = TRUE;
    return;
  }

  now = ooo_window_session_now (self);
  loaded = ooo_overview_load (self->people, now, FALSE, &error);
  if (loaded == NULL) {
    ooo_window_show_toast (self, error->message);
    return;
  }
  ooo_window_show_figures (self, loaded);
}

static gboolean
find_figures (OooWindow *self,
              OooPerson *person,
              guint     *position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->figures));

  for (guint i = 0; i < n; i++) {
    g_autoptr(OooPersonFigures) item = g_list_model_get_item (G_LIST_MODEL (self->figures), i);

    if (ooo_person_figures_get_person (item) == person) {
      *position = i;
      return TRUE;
    }
  }

  return FALSE;
}

void
ooo_window_refresh_person_figures (OooWindow *self,
                                   OooPerson *person)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(OooPersonFigures) figures = NULL;
  g_autoptr(OooPersonFigures) old = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *row;
  gint64 *key;
  guint position;

  if (self->figures == NULL || person == NULL)
    return;
  /* Everyone's are on their way; they are loaded again once here. */
  if (self->figures_loading) {
    self->figures_stale = TRUE;
    return;
  }
  if (!find_figures (self, person, &position))
    return;

  now = ooo_window_session_now (self);
  figures = ooo_overview_load_person (self->people, person, now, &error);
  if (figures == NULL) {
    ooo_window_show_toast (self, error->message);
    return;
  }

  /* Held: the list and the index let go of it below. */
  if (ooo_window_lookup_figures (self, person) != NULL)
    old = g_object_ref (ooo_window_lookup_figures (self, person));
  if (old != NULL && same_figures (old, figures)) {
    /* Only whether a 1:1 is in progress may have changed. */
    row = row_of (self, person);
    if (row != NULL)
      update_row (self, row);
    return;
  }

  g_list_store_splice (self->figures, position, 1, (gpointer *) &figures, 1);
  key = g_new (gint64, 1);
  *key = person_key (person);
  g_hash_table_replace (self->figures_by_id, key, g_object_ref (figures));

  if (sorted_by_due (self) &&
      (old == NULL || ooo_person_figures_get_due_order (old) !=
                      ooo_person_figures_get_due_order (figures)))
    resort (self);
  row = row_of (self, person);
  if (row != NULL)
    update_row (self, row);
}

/* Whether "today" is another day, in someone's zone, than when their
 * figures were loaded. */
static gboolean
day_changed (OooWindow *self)
{
  g_autoptr(GDateTime) now = ooo_window_session_now (self);
  gint64 unix_now = g_date_time_to_unix (now);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->figures));

  for (guint i = 0; i < n; i++) {
    g_autoptr(OooPersonFigures) item = g_list_model_get_item (G_LIST_MODEL (self->figures), i);
    const OooAttendance *attendance = ooo_person_figures_get_attendance (item);
    g_autoptr(GTimeZone) zone =
      ooo_attendance_zone (ooo_person_get_time_zone (ooo_person_figures_get_person (item)));
    GDate today;

    ooo_attendance_local_date (unix_now, zone, &today);
    if (!g_date_valid (&attendance->today) || g_date_compare (&today, &attendance->today) != 0)
      return TRUE;
  }

  return FALSE;
}

void
ooo_window_tick_figures (OooWindow *self)
{
  if (self->figures == NULL)
    return;

  if (day_changed (self))
    ooo_window_refresh_figures (self);
  else
    ooo_window_refresh_person_figures (self, self->selected);
}

static gboolean
refresh_in_idle (gpointer user_data)
{
  OooWindow *self = user_data;

  self->figures_idle = 0;
  ooo_window_refresh_figures (self);

  return G_SOURCE_REMOVE;
}

/* Several changes of the people in a row (an import) make one refresh. */
void
ooo_window_queue_refresh_figures (OooWindow *self)
{
  if (self->figures == NULL)
    return;

  if (self->figures_idle == 0)
    self->figures_idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_in_idle, self, NULL);
}

static void
on_people_changed (OooWindow *self)
{
  self->people_changed = TRUE;
  ooo_window_queue_refresh_figures (self);
}

static OooPerson *
person_with_id (OooWindow *self,
                gint64     id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->people));

  for (guint i = 0; i < n; i++) {
    g_autoptr(OooPerson) person = g_list_model_get_item (G_LIST_MODEL (self->people), i);

    if (ooo_person_get_id (person) == id)
      return person;   /* the list keeps it */
  }

  return NULL;
}

static void
on_meeting_changed (OooWindow   *self,
                    OooMeeting  *meeting,
                    OooMeetings *meetings)
{
  ooo_window_refresh_person_figures (self,
                                     person_with_id (self, ooo_meeting_get_person_id (meeting)));
}

static void
on_follow_ups_changed (OooWindow    *self,
                       gint64        person_id,
                       OooFollowUps *follow_ups)
{
  ooo_window_refresh_person_figures (self, person_with_id (self, person_id));
}

static void
on_person_activated (OooWindow *self,
                     OooPerson *person)
{
  ooo_window_select_person (self, person);
}

/* Sorts the sidebar by "name" or by what is "due"; anything else is by
 * name. The choice is the window's "sort-people" property, which the
 * win.sort-people action and the sidebar-sort setting follow. */
void
ooo_window_set_sort_people (OooWindow  *self,
                            const char *sort)
{
  const char *value = g_strcmp0 (sort, "due") == 0 ? "due" : "name";

  if (g_strcmp0 (self->sort_people, value) == 0)
    return;

  g_free (self->sort_people);
  self->sort_people = g_strdup (value);
  if (self->sorted_people != NULL)
    gtk_sort_list_model_set_sorter (self->sorted_people,
                                    g_str_equal (value, "due") ? self->due_sorter : NULL);
  g_object_notify (G_OBJECT (self), "sort-people");
}

void
ooo_window_watch_figures (OooWindow *self)
{
  self->figures = g_list_store_new (OOO_TYPE_PERSON_FIGURES);
  self->figures_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                               g_object_unref);
  if (self->due_sorter == NULL)
    self->due_sorter = GTK_SORTER (gtk_custom_sorter_new (compare_due, self, NULL));
  if (sorted_by_due (self))
    gtk_sort_list_model_set_sorter (self->sorted_people, self->due_sorter);

  g_signal_connect_object (self->people, "items-changed", G_CALLBACK (on_people_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->meetings, "started", G_CALLBACK (on_meeting_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->meetings, "ended", G_CALLBACK (on_meeting_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->meetings, "recorded", G_CALLBACK (on_meeting_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (ooo_session_get_follow_ups (self->session), "changed",
                           G_CALLBACK (on_follow_ups_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->overview_page, "person-activated",
                           G_CALLBACK (on_person_activated), self, G_CONNECT_SWAPPED);
  ooo_overview_page_set_figures (OOO_OVERVIEW_PAGE (self->overview_page),
                                 G_LIST_MODEL (self->figures));
  ooo_window_load_first_figures (self);
}

/* The overview: no one selected, and the content side on screen. */
static void
show_overview (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OooWindow *self = OOO_WINDOW (widget);

  ooo_window_select_person (self, NULL);
  adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->content);
}

void
ooo_window_class_install_figures_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-overview", NULL, show_overview);
  gtk_widget_class_install_property_action (widget_class, "win.sort-people", "sort-people");
}
