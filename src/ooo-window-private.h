/* ooo-window-private.h — what the window's parts share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ooo-window.h"

G_BEGIN_DECLS

struct _OooWindow
{
  AdwApplicationWindow  parent_instance;

  OooPeople            *people;
  GtkFilterListModel   *active_people;
  OooPerson            *selected;
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
  GtkWidget            *person_menu_button;
  GtkWidget            *error_page;
};

void ooo_window_class_install_actions (GtkWidgetClass *widget_class);
void ooo_window_update_actions        (OooWindow      *self);

G_END_DECLS
