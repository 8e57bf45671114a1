/* ooo-date-button.h — a button that shows a calendar date and picks it on
 * a calendar, and the date arithmetic around it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ooo-clock.h"

G_BEGIN_DECLS

#define OOO_TYPE_DATE_BUTTON (ooo_date_button_get_type ())
G_DECLARE_FINAL_TYPE (OooDateButton, ooo_date_button, OOO, DATE_BUTTON, GtkWidget)

/* Properties: "date" ('YYYY-MM-DD', never NULL once set), "label" (what the
 * date is for, for screen readers: "Meeting date"). */
GtkWidget  *ooo_date_button_new       (void);
const char *ooo_date_button_get_date  (OooDateButton *self);
void        ooo_date_button_set_date  (OooDateButton *self,
                                       const char    *iso_date);
void        ooo_date_button_set_label (OooDateButton *self,
                                       const char    *label);

/* Today where the manager is, on @clock, as 'YYYY-MM-DD'. */
char       *ooo_date_today            (OooClock      *clock);
/* @iso_date moved by @days; NULL when it is not a date. */
char       *ooo_date_add_days         (const char    *iso_date,
                                       int            days);
/* @iso_date as the locale writes a date ("4 December 2026"); NULL for none. */
/* Midday of @iso_date in the local time zone; NULL when it is not a date. */
GDateTime  *ooo_date_to_local         (const char    *iso_date);

G_END_DECLS
