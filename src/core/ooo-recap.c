/* ooo-recap.c — a meeting's recap in Markdown, to send to the report
 *
 * The recap is what both sides agreed on: the notes of each part of the
 * agenda and the action items. Private notes are never in it; there is no
 * option to add them, because the recap is made to be sent.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ooo-recap.h"

static char *
format_day (gint64 unix_seconds)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (unix_seconds);

  /* Translators: a calendar date, see g_date_time_format(); %-d has no padding */
  return when != NULL ? g_date_time_format (when, _("%-d %B %Y")) : g_strdup ("");
}

/* Markdown reads notes as markup; a line that starts like a heading, a list
 * or a quote in the manager's text must stay text. */
static void
append_text (GString    *out,
             const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++) {
    const char *line = lines[i];

    if (line[0] == '#' || line[0] == '>' || line[0] == '=' ||
        ((line[0] == '-' || line[0] == '+' || line[0] == '*') && line[1] == ' '))
      g_string_append_c (out, '\\');
    g_string_append (out, line);
    g_string_append (out, lines[i + 1] != NULL ? "  \n" : "\n");
  }
}

char *
ooo_recap_markdown (OooMeeting *meeting,
                    const char *person_name,
                    GListModel *actions)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *day = NULL;
  guint n_actions;

  g_return_val_if_fail (OOO_IS_MEETING (meeting), NULL);

  day = format_day (ooo_meeting_get_started_at (meeting));
  /* Translators: the title of a meeting recap: the person, then the date */
  g_string_append_printf (out, _("# One-on-one with %s — %s\n"), person_name, day);

  for (guint i = 0; i < ooo_meeting_get_n_segments (meeting); i++) {
    const OooMeetingSegment *segment = ooo_meeting_get_segment (meeting, i);
    g_autofree char *notes = g_strstrip (g_strdup (segment->notes));

    if (*notes == '\0')
      continue;
    g_string_append_printf (out, "\n## %s\n\n", segment->title);
    append_text (out, notes);
  }

  n_actions = actions != NULL ? g_list_model_get_n_items (actions) : 0;
  if (n_actions > 0) {
    g_string_append_printf (out, "\n## %s\n\n", _("Action items"));
    for (guint i = 0; i < n_actions; i++) {
      g_autoptr(OooActionItem) item = g_list_model_get_item (actions, i);
      const char *owner = ooo_action_item_get_owner (item) == OOO_SIDE_THEM ? person_name
                                                                              : _("me");

      g_string_append_printf (out, "- [%c] %s — %s", ooo_action_item_is_done (item) ? 'x' : ' ',
                              ooo_action_item_get_text (item), owner);
      if (ooo_action_item_get_due_on (item) != NULL)
        /* Translators: after an action item in a recap; %s is a date */
        g_string_append_printf (out, _(" (due %s)"), ooo_action_item_get_due_on (item));
      g_string_append_c (out, '\n');
    }
  }

  return g_string_free (g_steal_pointer (&out), FALSE);
}
