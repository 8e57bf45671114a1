/* ooo-search-results.c — what a search found, in the sidebar: who, when,
 * and the words around the match
 *
 * The search itself is the core's (SQLite FTS5, ooo_search_run()): every
 * word typed is taken literally, so no input is a syntax error. This widget
 * shows the results and says which one the manager chose.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ooo-search-results.h"

struct _OooSearchResults
{
  AdwBin      parent_instance;

  OooStore   *store;
  GListModel *results;

  GtkWidget  *stack;
  GtkWidget  *list;
  GtkWidget  *status_page;
};

G_DEFINE_FINAL_TYPE (OooSearchResults, ooo_search_results, ADW_TYPE_BIN)

enum {
  RESULT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* 'YYYY-MM-DD' as "4 Dec 2026"; NULL for no date. */
static char *
short_date (const char *iso_date)
{
  g_autoptr(GDateTime) day = NULL;
  int year, month, date;

  if (iso_date == NULL || sscanf (iso_date, "%4d-%2d-%2d", &year, &month, &date) != 3)
    return NULL;

  day = g_date_time_new_utc (year, month, date, 12, 0, 0);
  if (day == NULL)
    return NULL;

  /* Translators: a short date with its year, see g_date_time_format() */
  return g_date_time_format (day, _("%-d %b %Y"));
}

/* The snippet without its match marks, for a screen reader. */
static char *
plain_snippet (const char *snippet)
{
  GString *plain = g_string_new (NULL);

  for (const char *p = snippet; p != NULL && *p != '\0'; p++)
    if (*p != OOO_SEARCH_MATCH_START[0] && *p != OOO_SEARCH_MATCH_END[0])
      g_string_append_c (plain, *p);

  return g_string_free (plain, FALSE);
}

static GtkWidget *
label_new (const char *style,
           gboolean    dim)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL, "xalign", 0.0f,
                                   "ellipsize", PANGO_ELLIPSIZE_END, NULL);

  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  if (dim)
    gtk_widget_add_css_class (label, "dim-label");

  return label;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  OooSearchResult *result = item;
  const char *kind = ooo_search_kind_to_label (ooo_search_result_get_kind (result));
  g_autofree char *date = short_date (ooo_search_result_get_date (result));
  g_autofree char *markup = ooo_search_snippet_to_markup (ooo_search_result_get_snippet (result));
  g_autofree char *plain = plain_snippet (ooo_search_result_get_snippet (result));
  g_autofree char *accessible = NULL;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *name = label_new ("heading", FALSE);
  GtkWidget *when = label_new ("caption", TRUE);
  GtkWidget *snippet = label_new (NULL, FALSE);
  GtkWidget *kind_label = label_new ("caption", TRUE);

  gtk_label_set_label (GTK_LABEL (name), ooo_search_result_get_person_name (result));
  gtk_widget_set_hexpand (name, TRUE);
  gtk_label_set_label (GTK_LABEL (when), date);
  gtk_widget_set_visible (when, date != NULL);
  gtk_widget_add_css_class (when, "numeric");
  gtk_label_set_markup (GTK_LABEL (snippet), markup);
  gtk_label_set_wrap (GTK_LABEL (snippet), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (snippet), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (snippet), 3);
  gtk_label_set_max_width_chars (GTK_LABEL (snippet), 30);
  gtk_widget_set_name (snippet, "snippet");
  gtk_label_set_label (GTK_LABEL (kind_label), kind);

  gtk_box_append (GTK_BOX (top), name);
  gtk_box_append (GTK_BOX (top), when);
  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), snippet);
  gtk_box_append (GTK_BOX (box), kind_label);
  g_object_set (box, "margin-top", 6, "margin-bottom", 6, NULL);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  /* Translators: a screen reader's line for a search result: what it is
   * (notes, action item…), whose, when, and the words found */
  accessible = g_strdup_printf (_("%s, %s, %s: %s"), kind,
                                ooo_search_result_get_person_name (result),
                                date != NULL ? date : "", plain);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);

  return row;
}

static void
on_row_activated (OooSearchResults *self,
                  GtkListBoxRow    *row)
{
  g_autoptr(OooSearchResult) result = NULL;

  if (self->results == NULL)
    return;

  result = g_list_model_get_item (self->results, gtk_list_box_row_get_index (row));
  if (result != NULL)
    g_signal_emit (self, signals[RESULT_ACTIVATED], 0, result);
}

static void
show (OooSearchResults *self,
      GListModel       *results)
{
  g_set_object (&self->results, results);
  gtk_list_box_bind_model (GTK_LIST_BOX (self->list), results, create_row, NULL, NULL);
}

static void
ooo_search_results_dispose (GObject *object)
{
  OooSearchResults *self = OOO_SEARCH_RESULTS (object);

  if (self->list != NULL)
    gtk_list_box_bind_model (GTK_LIST_BOX (self->list), NULL, NULL, NULL, NULL);
  g_clear_object (&self->results);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ooo_search_results_parent_class)->dispose (object);
}

static void
ooo_search_results_class_init (OooSearchResultsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ooo_search_results_dispose;

  signals[RESULT_ACTIVATED] =
    g_signal_new ("result-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, OOO_TYPE_SEARCH_RESULT);
}

static void
ooo_search_results_init (OooSearchResults *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();

  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list, "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search Results"), -1);
  g_signal_connect_swapped (self->list, "row-activated", G_CALLBACK (on_row_activated), self);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->list);

  self->status_page = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->status_page), "system-search-symbolic");
  gtk_widget_add_css_class (self->status_page, "compact");

  self->stack = gtk_stack_new ();
  gtk_stack_add_named (GTK_STACK (self->stack), scroller, "results");
  gtk_stack_add_named (GTK_STACK (self->stack), self->status_page, "empty");
  gtk_widget_set_vexpand (self->stack, TRUE);
  adw_bin_set_child (ADW_BIN (self), self->stack);
}

GtkWidget *
ooo_search_results_new (void)
{
  return g_object_new (OOO_TYPE_SEARCH_RESULTS, NULL);
}

void
ooo_search_results_set_store (OooSearchResults *self,
                              OooStore         *store)
{
  g_return_if_fail (OOO_IS_SEARCH_RESULTS (self));
  g_return_if_fail (store == NULL || OOO_IS_STORE (store));

  g_set_object (&self->store, store);
}

void
ooo_search_results_search (OooSearchResults *self,
                           const char       *text)
{
  g_autoptr(GListModel) results = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (OOO_IS_SEARCH_RESULTS (self));

  if (self->store != NULL)
    results = ooo_search_run (self->store, text, 0, &error);

  if (results == NULL) {
    /* The reason, in the manager's words, where they are looking. */
    adw_status_page_set_title (ADW_STATUS_PAGE (self->status_page), _("Search Failed"));
    adw_status_page_set_description (ADW_STATUS_PAGE (self->status_page),
                                     error != NULL ? error->message : NULL);
    show (self, NULL);
    gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "empty");
    return;
  }

  show (self, results);
  if (g_list_model_get_n_items (results) == 0) {
    adw_status_page_set_title (ADW_STATUS_PAGE (self->status_page), _("No Results"));
    /* Short: a long line would widen the sidebar. */
    adw_status_page_set_description (ADW_STATUS_PAGE (self->status_page),
                                     _("Try other words"));
    gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "empty");
  } else {
    gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "results");
  }
}

guint
ooo_search_results_get_n_results (OooSearchResults *self)
{
  g_return_val_if_fail (OOO_IS_SEARCH_RESULTS (self), 0);
  return self->results != NULL ? g_list_model_get_n_items (self->results) : 0;
}

OooSearchResult *
ooo_search_results_get_result (OooSearchResults *self,
                               guint             index)
{
  g_autoptr(OooSearchResult) result = NULL;

  g_return_val_if_fail (OOO_IS_SEARCH_RESULTS (self), NULL);

  if (self->results == NULL)
    return NULL;

  /* The model holds its own reference. */
  result = g_list_model_get_item (self->results, index);
  return result;
}

GtkWidget *
ooo_search_results_get_row (OooSearchResults *self,
                            guint             index)
{
  g_return_val_if_fail (OOO_IS_SEARCH_RESULTS (self), NULL);
  return GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->list), index));
}

const char *
ooo_search_results_get_status (OooSearchResults *self)
{
  g_return_val_if_fail (OOO_IS_SEARCH_RESULTS (self), NULL);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (self->stack)), "empty") != 0)
    return NULL;

  return adw_status_page_get_title (ADW_STATUS_PAGE (self->status_page));
}

gboolean
ooo_search_results_activate_first (OooSearchResults *self)
{
  GtkWidget *row;

  g_return_val_if_fail (OOO_IS_SEARCH_RESULTS (self), FALSE);

  row = ooo_search_results_get_row (self, 0);
  if (row == NULL)
    return FALSE;

  on_row_activated (self, GTK_LIST_BOX_ROW (row));
  return TRUE;
}

gboolean
ooo_search_results_focus_first (OooSearchResults *self)
{
  GtkWidget *row;

  g_return_val_if_fail (OOO_IS_SEARCH_RESULTS (self), FALSE);

  row = ooo_search_results_get_row (self, 0);
  return row != NULL && gtk_widget_grab_focus (row);
}
