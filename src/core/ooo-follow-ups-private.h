/* ooo-follow-ups-private.h — what the parts of OooFollowUps share: the
 * object, its checks and its ways with rows (ooo-follow-ups.c), for the
 * action items (ooo-follow-ups-actions.c), the talking points
 * (ooo-follow-ups-points.c) and the reminders (ooo-follow-ups-reminders.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ooo-follow-up-private.h"
#include "ooo-follow-ups.h"

G_BEGIN_DECLS

struct _OooFollowUps
{
  GObject   parent_instance;

  OooStore *store;
};

/* Makes one item of a list out of the row @stmt is on. */
typedef gpointer (*OooFollowUpsRowReader) (sqlite3_stmt *stmt);

/* Emits "changed" for the person with this id. */
void          ooo_follow_ups_emit_changed       (OooFollowUps           *self,
                                                 gint64                  person_id);
gint64        ooo_follow_ups_now_seconds        (void);

gboolean      ooo_follow_ups_is_valid_date      (const char             *text);
char         *ooo_follow_ups_check_text         (const char             *text,
                                                 const char             *empty_message,
                                                 GError                **error);
gboolean      ooo_follow_ups_check_date         (const char             *date,
                                                 gboolean                required,
                                                 const char             *missing_message,
                                                 GError                **error);
gboolean      ooo_follow_ups_check_side         (OooSide                 side);

/* A side as stored ("them", "me"), and back. */
const char   *ooo_follow_ups_side_nick          (OooSide                 side);
OooSide       ooo_follow_ups_side_from_nick     (const char             *nick);

void          ooo_follow_ups_bind_int64_or_null (sqlite3_stmt           *stmt,
                                                 int                     index,
                                                 gint64                  value);
const char   *ooo_follow_ups_column_text        (sqlite3_stmt           *stmt,
                                                 int                     column);
gboolean      ooo_follow_ups_update_one         (OooFollowUps           *self,
                                                 sqlite3_stmt           *stmt,
                                                 const char             *gone_message,
                                                 GError                **error);
GListModel   *ooo_follow_ups_collect            (OooFollowUps           *self,
                                                 sqlite3_stmt           *stmt,
                                                 GType                   item_type,
                                                 OooFollowUpsRowReader   read_row);
sqlite3_stmt *ooo_follow_ups_prepare_for_list   (OooFollowUps           *self,
                                                 const char             *sql);

G_END_DECLS
