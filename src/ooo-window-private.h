/* ooo-window-private.h — what the window's parts share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ooo-alerts.h"
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
  OooPerson            *selected;
  OooMeeting           *ended;          /* whose summary is on screen */
  GSettings            *settings;
  guint                 minute_source;

  GtkWidget            *toast_overlay;
  GtkWidget            *main_stack;
  GtkWidget            *leaflet;
  GtkWidget            *sidebar;
  GtkWidget            *sidebar_list;
  GtkWidget            *content;
  GtkWidget            *content_title;
  GtkWidget            *back_button;
  GtkWidget            *content_stack;
  GtkWidget            *person_page;
  GtkWidget            *meeting_view;
  GtkWidget            *person_menu_button;
  GtkWidget            *error_page;
};

void ooo_window_class_install_actions         (GtkWidgetClass *widget_class);
void ooo_window_class_install_meeting_actions (GtkWidgetClass *widget_class);
void ooo_window_update_actions                (OooWindow      *self);
void ooo_window_show_selected                 (OooWindow      *self);
void ooo_window_watch_meetings                (OooWindow      *self);
void ooo_window_unwatch_meetings              (OooWindow      *self);
void ooo_window_add_space_key                 (OooWindow      *self);
void ooo_window_update_meeting_actions        (OooWindow      *self);

G_END_DECLS
