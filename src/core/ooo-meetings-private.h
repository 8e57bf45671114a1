/* ooo-meetings-private.h — what the parts of OooMeetings share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ooo-meetings.h"

G_BEGIN_DECLS

OooStore   *ooo_meetings_get_store      (OooMeetings   *self);
OooMeeting *ooo_meetings_load_row       (OooMeetings   *self,
                                         sqlite3_stmt  *row,
                                         GError       **error);
OooTimer   *ooo_meetings_attach_timer   (OooMeetings   *self,
                                         OooMeeting    *meeting);
gboolean    ooo_meetings_insert_meeting (OooMeetings   *self,
                                         OooMeeting    *meeting,
                                         OooTemplate   *agenda,
                                         gint64         started_at,
                                         gint64         ended_at,
                                         GError       **error);
/* Emits "recorded" for a 1:1 that entered the history without running. */
void        ooo_meetings_emit_recorded  (OooMeetings   *self,
                                         OooMeeting    *meeting);
void        ooo_meetings_emit_save_failed    (OooMeetings  *self,
                                              const GError *error);
void        ooo_meetings_emit_save_recovered (OooMeetings  *self);

/* ooo-meetings-timer.c: the timer of a meeting in progress, kept stored. */
void        ooo_meetings_watch_timer   (OooMeetings  *self,
                                        OooMeeting   *meeting);
void        ooo_meetings_unwatch_timer (OooMeetings  *self,
                                        OooMeeting   *meeting);
gboolean    ooo_meetings_write_timer   (OooMeetings  *self,
                                        OooMeeting   *meeting,
                                        GError      **error);
/* A timer as it was before ooo_meetings_finish_timer(). */
typedef struct {
  OooTimerState  state;
  guint          current;
  gint64        *accumulated;
  gint64         run_elapsed;
} OooTimerUndo;

void        ooo_meetings_finish_timer   (OooMeetings  *self,
                                         OooMeeting   *meeting,
                                         OooTimerUndo *undo);
void        ooo_meetings_unfinish_timer (OooMeetings  *self,
                                         OooMeeting   *meeting,
                                         OooTimerUndo *undo);
void        ooo_timer_undo_clear        (OooTimerUndo *undo);

G_END_DECLS
