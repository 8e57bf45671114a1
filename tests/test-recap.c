/* test-recap.c — the Markdown recap sent to the report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ooo-recap.h"

static OooMeeting *
make_meeting (void)
{
  g_autoptr(GPtrArray) segments = g_ptr_array_new_with_free_func (
    (GDestroyNotify) ooo_meeting_segment_free);
  OooMeeting *meeting;

  g_ptr_array_add (segments, ooo_meeting_segment_new ("Their time", OOO_SEGMENT_OWNER_THEM,
                                                      "", 600));
  g_ptr_array_add (segments, ooo_meeting_segment_new ("My time", OOO_SEGMENT_OWNER_ME, "", 600));
  g_ptr_array_add (segments, ooo_meeting_segment_new ("The future", OOO_SEGMENT_OWNER_BOTH, "",
                                                      600));
  meeting = ooo_meeting_new (1, "O3", segments);
  /* 16 November 2026, 10:00 UTC */
  ooo_meeting_set_started_at (meeting, 1794823200);
  ooo_meeting_set_segment_notes (meeting, 0, "Shipped the importer.\n# not a heading\n- nor a list");
  ooo_meeting_set_segment_notes (meeting, 2, "  Conference talk in May  ");
  ooo_meeting_set_private_notes (meeting, "Seems tired; talk to HR");

  return meeting;
}

static void
test_recap (void)
{
  g_autoptr(OooMeeting) meeting = make_meeting ();
  g_autoptr(GListStore) actions = g_list_store_new (OOO_TYPE_ACTION_ITEM);
  g_autoptr(OooActionItem) theirs = g_object_new (OOO_TYPE_ACTION_ITEM,
                                                  "text", "Draft the plan",
                                                  "owner", OOO_SIDE_THEM,
                                                  "due-on", "2026-12-04", NULL);
  g_autoptr(OooActionItem) mine = g_object_new (OOO_TYPE_ACTION_ITEM,
                                                "text", "Send the budget",
                                                "owner", OOO_SIDE_ME,
                                                "done-at", (gint64) 1794823900, NULL);
  g_autofree char *recap = NULL;

  g_list_store_append (actions, theirs);
  g_list_store_append (actions, mine);
  recap = ooo_recap_markdown (meeting, "Ana Costa", G_LIST_MODEL (actions));

  g_assert_cmpstr (recap, ==,
                   "# One-on-one with Ana Costa — 16 November 2026\n"
                   "\n## Their time\n\n"
                   "Shipped the importer.  \n\\# not a heading  \n\\- nor a list\n"
                   "\n## The future\n\n"
                   "Conference talk in May\n"
                   "\n## Action items\n\n"
                   "- [ ] Draft the plan — Ana Costa (due 2026-12-04)\n"
                   "- [x] Send the budget — me\n");
  /* Never the private notes. */
  g_assert_null (strstr (recap, "HR"));
}

static void
test_empty_meeting (void)
{
  g_autoptr(GPtrArray) segments = g_ptr_array_new_with_free_func (
    (GDestroyNotify) ooo_meeting_segment_free);
  g_autoptr(OooMeeting) meeting = NULL;
  g_autofree char *recap = NULL;

  g_ptr_array_add (segments, ooo_meeting_segment_new ("Their time", OOO_SEGMENT_OWNER_THEM,
                                                      "", 600));
  meeting = ooo_meeting_new (1, "O3", segments);
  ooo_meeting_set_started_at (meeting, 1794823200);
  recap = ooo_recap_markdown (meeting, "Bea", NULL);
  g_assert_cmpstr (recap, ==, "# One-on-one with Bea — 16 November 2026\n");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/recap/markdown", test_recap);
  g_test_add_func ("/recap/empty-meeting", test_empty_meeting);

  return g_test_run ();
}
