/* ooo-window-private.h — what the window's parts share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ooo-alerts.h"
#include "ooo-export.h"
#include "ooo-overview.h"
#include "ooo-window.h"

G_BEGIN_DECLS

struct _OooWindow
{
  AdwApplicationWindow  parent_instance;

  OooSession           *session;
  OooPeople            *people;
  OooMeetings          *meetings;
  OooAlerts            *alerts;
  guint                 inhibit_cookie;
  gboolean              close_despite_unsaved;
  GtkFilterListModel   *active_people;
  GtkSortListModel     *sorted_people;  /* what the sidebar shows */
  GtkSliceListModel    *shown_people;   /* its first rows, while the rest are built */
  guint                 grow_sidebar_source;
  GtkSorter            *due_sorter;
  char                 *sort_people;    /* "name" or "due" */
  GListStore           *figures;        /* OooPersonFigures of the active people */
  GHashTable           *figures_by_id;  /* person id → OooPersonFigures */
  guint                 figures_idle;
  gboolean              figures_loading; /* the first load, on a worker thread */
  gboolean              figures_stale;   /* changes came while it ran */
  gboolean              people_changed; /* every row of the overview to build again */
  OooPerson            *selected;
  OooMeeting           *ended;          /* whose summary is on screen */
  GSettings            *settings;
  guint                 minute_source;
  gboolean              importing;      /* the data is being replaced: hands off */
  guint                 exporting;

  GtkWidget            *toast_overlay;
  GtkWidget            *main_stack;
  GtkWidget            *leaflet;
  GtkWidget            *sidebar;
  GtkWidget            *sidebar_list;
  GtkWidget            *import_page;
  GtkWidget            *content;
  GtkWidget            *content_title;
  GtkWidget            *back_button;
  GtkWidget            *content_stack;
  GtkWidget            *person_page;
  GtkWidget            *meeting_view;
  GtkWidget            *person_menu_button;
  GtkWidget            *error_page;
  GtkWidget            *overview_page;
  GtkWidget            *search_bar;
  GtkWidget            *search_entry;
  GtkWidget            *sidebar_stack;
  GtkWidget            *search_results;
  GtkWidget            *storage_banner;
  GtkWidget            *storage_label;
  char                 *storage_problems[OOO_STORAGE_N_KINDS];   /* NULL: stored */
};

void ooo_window_class_install_actions         (GtkWidgetClass *widget_class);
void ooo_window_class_install_meeting_actions (GtkWidgetClass *widget_class);
void ooo_window_update_actions                (OooWindow      *self);
void ooo_window_show_selected                 (OooWindow      *self);
void ooo_window_set_selected                  (OooWindow      *self,
                                               OooPerson      *person);

/* ooo-window-sidebar.c */
void ooo_window_setup_sidebar                 (OooWindow      *self);
/* Once the session is known. */
void ooo_window_bind_sidebar                  (OooWindow      *self);
/* Selects the selected person's row, built now if it was not yet; lets go
 * of someone no longer active. */
void ooo_window_sync_selection                (OooWindow      *self);
/* @person's row, built now if it was not yet; NULL when not active. */
GtkWidget *ooo_window_sidebar_row_of          (OooWindow      *self,
                                               OooPerson      *person);
void ooo_window_watch_meetings                (OooWindow      *self);
void ooo_window_unwatch_meetings              (OooWindow      *self);
void ooo_window_add_space_key                 (OooWindow      *self);
void ooo_window_update_meeting_actions        (OooWindow      *self);
void ooo_window_class_install_data_actions    (GtkWidgetClass *widget_class);
void ooo_window_update_data_actions           (OooWindow      *self);

/* ooo-window-figures.c: what is due, the sidebar's order and the overview */
void ooo_window_class_install_figures_actions (GtkWidgetClass *widget_class);
void ooo_window_watch_figures                 (OooWindow      *self);
void ooo_window_queue_refresh_figures         (OooWindow      *self);
/* Loads every active person's figures at the session clock's "now" and
 * shows them; tests call it after moving the clock. */
void ooo_window_refresh_figures               (OooWindow      *self);
/* Shows @loaded, everyone's figures, in the sidebar and the overview. */
void ooo_window_show_figures                  (OooWindow      *self,
                                               GListModel     *loaded);
/* "Now" on the session's clock, which tests move. */
GDateTime *ooo_window_session_now             (OooWindow      *self);

/* ooo-window-first-figures.c */
void ooo_window_load_first_figures            (OooWindow      *self);
/* The same for one person, after a change of theirs. */
void ooo_window_refresh_person_figures        (OooWindow      *self,
                                               OooPerson      *person);
/* The minute tick: everyone's figures when a day has begun somewhere, else
 * the selected person's (their 1:1 may have been moved or cancelled). */
void ooo_window_tick_figures                  (OooWindow      *self);
void ooo_window_update_due                    (OooWindow      *self);
void ooo_window_set_sort_people               (OooWindow      *self,
                                               const char     *sort);
OooPersonFigures *ooo_window_lookup_figures   (OooWindow      *self,
                                               OooPerson      *person);

/* ooo-window-search.c: Ctrl+F over everything written */
void ooo_window_class_install_search_actions  (GtkWidgetClass *widget_class);
void ooo_window_setup_search                  (OooWindow      *self);

void ooo_window_update_main_page              (OooWindow      *self);
/* While an import runs, every window action is off; each function that
 * enables actions ends with this. */
void ooo_window_disable_while_importing       (OooWindow      *self);

/* What the export, import and recap actions do once a file is chosen, in a
 * thread; tests call them directly, since a file chooser cannot be driven. */
void     ooo_window_export_to_file        (OooWindow            *self,
                                           OooExportScope        scope,
                                           const char           *uuid,
                                           gboolean              include_private,
                                           GFile                *file,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
gboolean ooo_window_export_to_file_finish (OooWindow            *self,
                                           GAsyncResult         *result,
                                           GError              **error);
void     ooo_window_import_file           (OooWindow            *self,
                                           GFile                *file,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
gboolean ooo_window_import_file_finish    (OooWindow            *self,
                                           GAsyncResult         *result,
                                           GError              **error);
char    *ooo_window_dup_recap             (OooWindow            *self);

G_END_DECLS
