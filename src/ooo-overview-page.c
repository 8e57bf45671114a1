/* ooo-overview-page.c — everyone at a glance: how the 1:1s go with each
 * person, and whether the managers among them hold their own
 *
 * The page only shows the figures the window loads (ooo_overview_load(),
 * one pass for everyone) and keeps in a list: the window replaces the
 * figures that changed, and only their rows are built again. A change of
 * many while the page is hidden (a new day) waits until it is shown, and
 * the rows are built a screenful first, the rest once that is drawn: with
 * 200 people, building them all would delay the window's first frame.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ooo-format.h"
#include "ooo-overview-page.h"
#include "ooo-person-row.h"

struct _OooOverviewPage
{
  AdwBin      parent_instance;

  GListModel *figures;
  GListModel *managers;      /* the figures of those who manage others */
  OooPerson  *focused;       /* whose row had the focus before a change */
  gboolean    unbound;       /* hidden during a large change: rows built when shown */
  GtkSliceListModel *shown;  /* the first of the figures, as many as built so far */
  guint       grow_source;

  GtkWidget  *people_group;
  GtkWidget  *people_list;
  GtkWidget  *rollout_group;
  GtkWidget  *rollout_list;
};

G_DEFINE_FINAL_TYPE (OooOverviewPage, ooo_overview_page, ADW_TYPE_BIN)

enum {
  PERSON_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* One figure: its value large, what it means small beneath. @name lets
 * tests and themes find the value. */
static GtkWidget *
figure_new (const char *name,
            const char *value,
            const char *caption)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *value_label = g_object_new (GTK_TYPE_LABEL, "label", value, "xalign", 0.0f,
                                         "name", name, NULL);
  /* Narrow captions, so five figures share a line in a wide window. */
  GtkWidget *caption_label = g_object_new (GTK_TYPE_LABEL, "label", caption, "xalign", 0.0f,
                                           "wrap", TRUE, "max-width-chars", 12, NULL);

  gtk_widget_add_css_class (value_label, "heading");
  gtk_widget_add_css_class (value_label, "numeric");
  gtk_widget_add_css_class (caption_label, "caption");
  gtk_widget_add_css_class (caption_label, "dim-label");
  gtk_box_append (GTK_BOX (box), value_label);
  gtk_box_append (GTK_BOX (box), caption_label);
  gtk_widget_set_size_request (box, 76, -1);

  return box;
}

static void
add_figure (GtkWidget  *flow,
            const char *name,
            const char *value,
            const char *caption)
{
  GtkWidget *figure = figure_new (name, value, caption);

  gtk_flow_box_insert (GTK_FLOW_BOX (flow), figure, -1);
  /* The row is what the keyboard reaches, not each figure. */
  gtk_widget_set_focusable (gtk_widget_get_parent (figure), FALSE);
}

static char *
days_since_text (int days)
{
  if (days < 0)
    /* Translators: days since the last 1:1, when there was none */
    return g_strdup (_("Never"));
  if (days == 0)
    /* Translators: the last 1:1 was today */
    return g_strdup (_("Today"));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day", "%d days", days), days);
}

static GtkWidget *
person_row_new (gpointer item,
                gpointer user_data)
{
  OooPersonFigures *figures = item;
  OooPerson *person = ooo_person_figures_get_person (figures);
  const OooAttendance *attendance = ooo_person_figures_get_attendance (figures);
  double share = ooo_person_figures_get_average_share (figures);
  guint theirs = ooo_person_figures_get_open_theirs (figures);
  guint mine = ooo_person_figures_get_open_mine (figures);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *name = g_object_new (GTK_TYPE_LABEL, "label", ooo_person_get_name (person),
                                  "xalign", 0.0f, "hexpand", TRUE,
                                  "ellipsize", PANGO_ELLIPSIZE_END, NULL);
  GtkWidget *due = g_object_new (GTK_TYPE_LABEL, "xalign", 1.0f, "name", "due", NULL);
  GtkWidget *flow = g_object_new (GTK_TYPE_FLOW_BOX, "selection-mode", GTK_SELECTION_NONE,
                                  "homogeneous", TRUE, "min-children-per-line", 3,
                                  "max-children-per-line", 5,
                                  "column-spacing", 12, "row-spacing", 6,
                                  "can-target", FALSE, "focusable", FALSE, NULL);
  g_autofree char *since = days_since_text (attendance->days_since);
  g_autofree char *held = NULL;
  g_autofree char *share_text = NULL;
  g_autofree char *theirs_text = g_strdup_printf ("%u", theirs);
  g_autofree char *mine_text = g_strdup_printf ("%u", mine);
  g_autofree char *due_text = NULL;
  g_autofree char *accessible = NULL;
  gboolean overdue = FALSE;

  if (attendance->n_recent > 0)
    /* Translators: attendance, "8 of 10" 1:1s held */
    held = g_strdup_printf (_("%u of %u"), attendance->n_held, attendance->n_recent);
  else
    held = g_strdup ("—");
  if (share >= 0)
    /* Translators: the report's share of the meeting time; %d is a percentage */
    share_text = g_strdup_printf (_("%d%%"), (int) (share * 100 + 0.5));
  else
    share_text = g_strdup ("—");

  due_text = ooo_person_row_format_due (figures, &overdue);
  gtk_label_set_label (GTK_LABEL (due), due_text);
  gtk_widget_add_css_class (due, "caption");
  if (overdue)
    gtk_widget_add_css_class (due, "warning");
  else if (attendance->due_state != OOO_DUE_TODAY)
    gtk_widget_add_css_class (due, "dim-label");

  gtk_box_append (GTK_BOX (top), adw_avatar_new (32, ooo_person_get_name (person), TRUE));
  gtk_box_append (GTK_BOX (top), name);
  gtk_box_append (GTK_BOX (top), due);
  gtk_widget_add_css_class (name, "heading");

  add_figure (flow, "days-since", since,
              attendance->days_since < 0 ? _("no one-on-one yet")
                                              : _("since the last one-on-one"));
  add_figure (flow, "attendance", held, _("held"));
  add_figure (flow, "share", share_text, _("their share of the time"));
  add_figure (flow, "open-theirs", theirs_text, _("open actions, theirs"));
  add_figure (flow, "open-mine", mine_text, _("open actions, yours"));

  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), flow);
  g_object_set (box, "margin-top", 10, "margin-bottom", 12, "margin-start", 12,
                "margin-end", 12, NULL);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  /* The figures as a sentence, for a screen reader. */
  accessible = g_strdup_printf (_("%s: %s. Last one-on-one: %s. Held: %s of the last ten. "
                                  "Their share of the time: %s. Open actions: %u theirs, "
                                  "%u yours."),
                                ooo_person_get_name (person), due_text != NULL ? due_text : "",
                                since, held, share_text, theirs, mine);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  g_object_set_data_full (G_OBJECT (row), "ooo-person", g_object_ref (person),
                          g_object_unref);

  return row;
}

/* "Since 4 March 2025 · manages 6 people"; the badge beside says what. */
static char *
rollout_subtitle (OooPerson *person)
{
  g_autofree char *since = ooo_format_date (ooo_person_get_rollout_since (person));
  int team = ooo_person_get_team_size (person);
  g_autofree char *manages = NULL;

  if (team >= 0)
    manages = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Manages %d person",
                                            "Manages %d people", team), team);
  else
    manages = g_strdup (_("Team size not set"));

  if (since == NULL || ooo_person_get_rollout_status (person) == OOO_ROLLOUT_NOT_YET)
    return g_steal_pointer (&manages);

  /* Translators: since when a manager holds (or started) 1:1s with their
   * team, then how many people they manage: "Since 4 March 2025 · Manages 6 people" */
  return g_strdup_printf (_("Since %s · %s"), since, manages);
}

static GtkWidget *
rollout_row_new (gpointer item,
                 gpointer user_data)
{
  OooPerson *person = ooo_person_figures_get_person (item);
  OooRollout status = ooo_person_get_rollout_status (person);
  g_autofree char *subtitle = rollout_subtitle (person);
  g_autofree char *accessible = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *badge = g_object_new (GTK_TYPE_LABEL, "label", ooo_rollout_to_label (status),
                                   "valign", GTK_ALIGN_CENTER, "name", "rollout", NULL);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ooo_person_get_name (person));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_add_css_class (badge, "caption-heading");
  gtk_widget_add_css_class (badge, status == OOO_ROLLOUT_YES ? "success"
                                   : status == OOO_ROLLOUT_STARTING ? "accent" : "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);

  /* Translators: a screen reader's line for a manager in the roll-out list:
   * name, "Yes" / "Starting" / "Not yet", then the since date and team size */
  accessible = g_strdup_printf (_("%s, one-on-ones with their team: %s. %s"),
                                ooo_person_get_name (person), ooo_rollout_to_label (status),
                                subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  g_object_set_data_full (G_OBJECT (row), "ooo-person", g_object_ref (person),
                          g_object_unref);

  return row;
}

/* The person whose row in @list has the keyboard focus, if one has. */
static OooPerson *
focused_person (GtkWidget *list)
{
  GtkRoot *root = gtk_widget_get_root (list);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  for (; focus != NULL && focus != list; focus = gtk_widget_get_parent (focus))
    if (GTK_IS_LIST_BOX_ROW (focus) && gtk_widget_get_parent (focus) == list)
      return ooo_overview_page_row_person (focus);

  return NULL;
}

/* A screenful, then more at each pass of an idle main loop. */
#define FIRST_ROWS 12
#define MORE_ROWS  32

static gboolean
grow (gpointer user_data)
{
  OooOverviewPage *self = user_data;
  guint size = gtk_slice_list_model_get_size (self->shown);

  if (size >= g_list_model_get_n_items (self->figures)) {
    /* All built: from now on a new person shows at once. */
    gtk_slice_list_model_set_size (self->shown, G_MAXUINT);
    self->grow_source = 0;
    return G_SOURCE_REMOVE;
  }

  gtk_slice_list_model_set_size (self->shown, size + MORE_ROWS);
  return G_SOURCE_CONTINUE;
}

static void
bind_lists (OooOverviewPage *self,
            gboolean         bound)
{
  g_clear_handle_id (&self->grow_source, g_source_remove);
  if (bound && self->shown != NULL) {
    gtk_slice_list_model_set_size (self->shown, FIRST_ROWS);
    self->grow_source = g_idle_add_full (G_PRIORITY_LOW, grow, self, NULL);
  }
  gtk_list_box_bind_model (GTK_LIST_BOX (self->people_list),
                           bound ? G_LIST_MODEL (self->shown) : NULL,
                           person_row_new, NULL, NULL);
  gtk_list_box_bind_model (GTK_LIST_BOX (self->rollout_list), bound ? self->managers : NULL,
                           rollout_row_new, NULL, NULL);
  self->unbound = !bound;
}

/* A row rebuilt under the keyboard focus gives it back to the same person. */
static void
before_change (OooOverviewPage *self,
               guint            position,
               guint            removed,
               guint            added)
{
  OooPerson *person;

  /* Letting go of the rows costs less than building them all again. */
  if (!self->unbound && !gtk_widget_get_mapped (GTK_WIDGET (self)) && removed + added > 16)
    bind_lists (self, FALSE);
  if (self->unbound)
    return;

  person = focused_person (self->people_list);

  if (person == NULL)
    person = focused_person (self->rollout_list);
  g_set_object (&self->focused, person);
}

static void
refocus (GtkWidget *list,
         OooPerson *person)
{
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (ooo_overview_page_row_person (row) == person) {
      gtk_widget_grab_focus (row);
      return;
    }
}

static void
after_change (OooOverviewPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  gtk_widget_set_visible (self->rollout_group,
                          self->managers != NULL && g_list_model_get_n_items (self->managers) > 0);
  if (self->focused != NULL && root != NULL && gtk_root_get_focus (root) == NULL) {
    refocus (self->people_list, self->focused);
    refocus (self->rollout_list, self->focused);
  }
  g_clear_object (&self->focused);
}

static gboolean
manages_others (gpointer item,
                gpointer user_data)
{
  return ooo_person_get_kind (ooo_person_figures_get_person (item)) == OOO_PERSON_KIND_MANAGER;
}

static void
on_row_activated (OooOverviewPage *self,
                  GtkListBoxRow   *row)
{
  OooPerson *person = ooo_overview_page_row_person (GTK_WIDGET (row));

  if (person != NULL)
    g_signal_emit (self, signals[PERSON_ACTIVATED], 0, person);
}

static void
ooo_overview_page_map (GtkWidget *widget)
{
  OooOverviewPage *self = OOO_OVERVIEW_PAGE (widget);

  if (self->unbound) {
    bind_lists (self, TRUE);
    after_change (self);
  }

  GTK_WIDGET_CLASS (ooo_overview_page_parent_class)->map (widget);
}

static void
ooo_overview_page_dispose (GObject *object)
{
  OooOverviewPage *self = OOO_OVERVIEW_PAGE (object);

  if (self->figures != NULL)
    g_signal_handlers_disconnect_by_data (self->figures, self);
  if (self->people_list != NULL) {
    gtk_list_box_bind_model (GTK_LIST_BOX (self->people_list), NULL, NULL, NULL, NULL);
    gtk_list_box_bind_model (GTK_LIST_BOX (self->rollout_list), NULL, NULL, NULL, NULL);
  }
  g_clear_handle_id (&self->grow_source, g_source_remove);
  g_clear_object (&self->shown);
  g_clear_object (&self->managers);
  g_clear_object (&self->figures);
  g_clear_object (&self->focused);
  gtk_widget_dispose_template (GTK_WIDGET (self), OOO_TYPE_OVERVIEW_PAGE);

  G_OBJECT_CLASS (ooo_overview_page_parent_class)->dispose (object);
}

static void
ooo_overview_page_class_init (OooOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ooo_overview_page_dispose;
  widget_class->map = ooo_overview_page_map;

  signals[PERSON_ACTIVATED] =
    g_signal_new ("person-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, OOO_TYPE_PERSON);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/OneOnOne/ooo-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OooOverviewPage, people_group);
  gtk_widget_class_bind_template_child (widget_class, OooOverviewPage, people_list);
  gtk_widget_class_bind_template_child (widget_class, OooOverviewPage, rollout_group);
  gtk_widget_class_bind_template_child (widget_class, OooOverviewPage, rollout_list);
}

static void
ooo_overview_page_init (OooOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_visible (self->rollout_group, FALSE);
  g_signal_connect_swapped (self->people_list, "row-activated",
                            G_CALLBACK (on_row_activated), self);
  g_signal_connect_swapped (self->rollout_list, "row-activated",
                            G_CALLBACK (on_row_activated), self);
}

GtkWidget *
ooo_overview_page_new (void)
{
  return g_object_new (OOO_TYPE_OVERVIEW_PAGE, NULL);
}

/* Shows @figures, a model of OooPersonFigures that the caller keeps up to
 * date (NULL for none). */
void
ooo_overview_page_set_figures (OooOverviewPage *self,
                               GListModel      *figures)
{
  GtkCustomFilter *filter;

  g_return_if_fail (OOO_IS_OVERVIEW_PAGE (self));
  g_return_if_fail (figures == NULL || G_IS_LIST_MODEL (figures));

  if (self->figures != NULL)
    g_signal_handlers_disconnect_by_data (self->figures, self);
  g_set_object (&self->figures, figures);
  g_clear_object (&self->managers);
  g_clear_object (&self->shown);

  /* Connected before the lists are bound, so it runs before they rebuild;
   * the one after runs once they have. */
  if (figures != NULL) {
    g_signal_connect_swapped (figures, "items-changed", G_CALLBACK (before_change), self);
    filter = gtk_custom_filter_new (manages_others, NULL, NULL);
    self->managers = G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (figures),
                                                              GTK_FILTER (filter)));
    self->shown = gtk_slice_list_model_new (g_object_ref (figures), 0, FIRST_ROWS);
  }
  bind_lists (self, TRUE);
  if (figures != NULL)
    g_signal_connect_object (figures, "items-changed", G_CALLBACK (after_change), self,
                             G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  after_change (self);
}

OooPerson *
ooo_overview_page_row_person (GtkWidget *row)
{
  g_return_val_if_fail (GTK_IS_WIDGET (row), NULL);
  return g_object_get_data (G_OBJECT (row), "ooo-person");
}
