/* test-crash.h — what the two halves of the crash test share
 *
 * The child is the real application on the virtual display; it writes a
 * journal of every change it sees reach its widgets, one line each:
 *
 *   <CLOCK_REALTIME µs> <kind> <arguments>
 *
 *   focus <type> <name>        the widget the keys now go to
 *   ready                      the cursor is in the notes: the script begins
 *   person <id>                the person was added to the store
 *   start <meeting id>         a 1:1 began (its row is committed)
 *   resumed <meeting id>       the 1:1 of the last run came back on screen
 *   shown <segment> <text>     notes of a part as the resumed window shows them
 *   notes <segment> <text>     notes of a part after a keystroke landed
 *   private <text>             private notes, as shown or after a keystroke
 *   timer <state> <segment>    the timer's state and current part, as shown
 *   typing-action              the first key reached the new action field
 *   action <text>              an action item appeared in the meeting's list
 *   step <command>             a step of the typing script begins
 *   done <status>              the typing script ended
 *   error <message>            something the parent must fail on
 *
 * Texts are escaped with g_strescape(), so each entry is one line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

/* Set in the child's environment: the journal to append to. */
#define CRASH_JOURNAL_ENV "OOO_CRASH_JOURNAL"
/* Set in the child's environment: a tag put in every typed text. */
#define CRASH_TAG_ENV "OOO_CRASH_TAG"

/* Every key the script presses, so that a kill between a key's press and
 * its release can be undone before the next run: a key left down on the X
 * server would repeat into the next window. */
#define CRASH_KEYS "Control_L", "Control_R", "Shift_L", "Shift_R", "Return", "Next", \
  "Prior", "End", "space", "period", "minus", "a", "b", "c", "d", "e", "f", "g", "h", "i", \
  "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "0", \
  "1", "2", "3", "4", "5", "6", "7", "8", "9"

/* The product's promise: saved within a second of the last keystroke. */
#define PROMISE_US G_USEC_PER_SEC

typedef struct {
  gint64  t;
  char   *kind;
  char   *args;
} Entry;

/* What the last run left in its database, for the next run to resume. */
typedef struct {
  gboolean   valid;
  gint64     meeting_id;
  char      *timer;       /* "state part" */
  GPtrArray *notes;       /* escaped text per part */
  char      *private_notes;
} Stored;

int          crash_child_main     (const char   *database);

void         crash_entry_free     (gpointer      entry);
Entry       *crash_find_entry     (GPtrArray    *entries,
                                   const char   *kind);
const char  *crash_find_args      (GPtrArray    *entries,
                                   const char   *kind);
void         crash_stored_clear   (Stored       *stored);
void         crash_remove_dir     (const char   *path);

/* Append what is wrong to @failures, one line each. */
void         crash_check_resumed  (GString      *failures,
                                   GPtrArray    *entries,
                                   const Stored *last);
void         crash_check_database (GString      *failures,
                                   const char   *database,
                                   GPtrArray    *entries,
                                   gint64        killed,
                                   Stored       *last,
                                   guint        *n_checked);
