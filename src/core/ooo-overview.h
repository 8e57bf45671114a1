/* ooo-overview.h — the figures of every person at a glance: attendance,
 * days since the last 1:1, who talks, what is still open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ooo-attendance.h"
#include "ooo-people.h"

G_BEGIN_DECLS

#define OOO_TYPE_PERSON_FIGURES (ooo_person_figures_get_type ())
G_DECLARE_FINAL_TYPE (OooPersonFigures, ooo_person_figures, OOO, PERSON_FIGURES, GObject)

/* Read-only properties (a snapshot: load again after a change):
 *   "person" OooPerson: the object from OooPeople, so its name and roll-out
 *     fields ("rollout-status", "rollout-since", "team-size") bind live;
 *   "attendance" OooAttendance (boxed): every attendance figure;
 *   "days-since" int: since the last 1:1 held, -1 never;
 *   "n-held" guint, "n-counted" guint: "n-held of the last n-counted" (≤ 10);
 *   "streak" guint;
 *   "next-due" string 'YYYY-MM-DD'; "due-state" OooDueState;
 *   "overdue-days" int (> 0 when overdue);
 *   "due-order" int: sorts by what is due, most overdue first: minus the
 *     days overdue, else the days until the next 1:1 (0: today);
 *   "average-share" double 0–1: the report's average part of the time over
 *     their last ten held 1:1s that recorded time; -1 when none did;
 *   "open-theirs" guint, "open-mine" guint: open action items by owner. */
OooPerson           *ooo_person_figures_get_person        (OooPersonFigures *self);
const OooAttendance *ooo_person_figures_get_attendance    (OooPersonFigures *self);
int                  ooo_person_figures_get_due_order     (OooPersonFigures *self);
double               ooo_person_figures_get_average_share (OooPersonFigures *self);
guint                ooo_person_figures_get_open_theirs   (OooPersonFigures *self);
guint                ooo_person_figures_get_open_mine     (OooPersonFigures *self);

/* The figures of every person of @people that is not archived (all of them
 * with @include_archived), in @people's order, as a new model of
 * OooPersonFigures. @now is the instant "today" is taken from, in each
 * person's zone. Four queries whatever the number of people. */
GListModel          *ooo_overview_load                    (OooPeople        *people,
                                                           GDateTime        *now,
                                                           gboolean          include_archived,
                                                           GError          **error);
/* The same load in two steps, for a worker thread: ooo_overview_job_new()
 * reads what it needs of @people on the thread that owns them (the main
 * one); ooo_overview_job_run() then reads @store, a connection of the
 * worker's own, and works the figures out there. The figures' "person" is
 * @people's object: read its properties on the main thread only. */
typedef struct _OooOverviewJob OooOverviewJob;

OooOverviewJob      *ooo_overview_job_new                 (OooPeople        *people,
                                                           GDateTime        *now,
                                                           gboolean          include_archived);
GListModel          *ooo_overview_job_run                 (OooOverviewJob   *job,
                                                           OooStore         *store,
                                                           GError          **error);
void                 ooo_overview_job_free                (OooOverviewJob   *job);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OooOverviewJob, ooo_overview_job_free)

/* One person's figures, after a change to their meetings or items. */
OooPersonFigures    *ooo_overview_load_person             (OooPeople        *people,
                                                           OooPerson        *person,
                                                           GDateTime        *now,
                                                           GError          **error);

G_END_DECLS
