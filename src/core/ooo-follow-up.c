/* ooo-follow-up.c — what carries over from one 1:1 to the next: action
 * items, talking points queued for next time, and "ask about" reminders;
 * here, what the three share: whose side one is, and how their setters
 * change a field and notify
 *
 * Plain value objects: they know nothing of the database. OooFollowUps
 * writes a change to the store first and only then to the object, through
 * the setters in ooo-follow-up-private.h. Each has a file of its own:
 * ooo-action-item.c, ooo-talking-point.c and ooo-reminder.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ooo-enums.h"
#include "ooo-follow-up-private.h"

const char *
ooo_side_to_label (OooSide side)
{
  return side == OOO_SIDE_ME ? _("Me") : _("Them");
}

void
ooo_follow_up_set_string (GObject     *object,
                          char       **field,
                          const char  *value,
                          GParamSpec  *pspec)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (object, pspec);
}

void
ooo_follow_up_set_int64 (GObject    *object,
                         gint64     *field,
                         gint64      value,
                         GParamSpec *pspec)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (object, pspec);
}
