/* test-follow-ups.c — action items, talking points and "ask about" reminders:
 * each kept through a reopened store, refused when it makes no sense, and
 * carried from one 1:1 to the next by the documented rules; and the
 * personal card's free notes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ooo-follow-ups.h"
#include "ooo-people.h"

typedef struct {
  char         *dir;
  char         *path;
  OooStore     *store;
  OooPeople    *people;
  OooFollowUps *follow_ups;
  GArray       *changed;     /* gint64 person ids, as "changed" reported them */
  gint64        ana;
  gint64        bea;
} Fixture;

static void
on_changed (OooFollowUps *follow_ups,
            gint64        person_id,
            Fixture      *fixture)
{
  g_array_append_val (fixture->changed, person_id);
}

static void
open_all (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  fixture->store = ooo_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->store);
  fixture->people = ooo_people_new (fixture->store);
  g_assert_true (ooo_people_load (fixture->people, &error));
  g_assert_no_error (error);
  fixture->follow_ups = ooo_follow_ups_new (fixture->store);
  g_signal_connect (fixture->follow_ups, "changed", G_CALLBACK (on_changed), fixture);
}

/* Everything let go, as when the app quits. */
static void
close_all (Fixture *fixture)
{
  g_assert_finalize_object (fixture->follow_ups);
  g_assert_finalize_object (fixture->people);
  g_assert_finalize_object (fixture->store);
  fixture->follow_ups = NULL;
  fixture->people = NULL;
  fixture->store = NULL;
}

static void
reopen (Fixture *fixture)
{
  close_all (fixture);
  open_all (fixture);
}

static gint64
add_person (Fixture    *fixture,
            const char *name)
{
  g_autoptr(OooPerson) person = ooo_person_new (name);
  g_autoptr(GError) error = NULL;

  ooo_person_set_time_zone (person, "UTC");
  g_assert_true (ooo_people_add (fixture->people, person, &error));
  g_assert_no_error (error);

  return ooo_person_get_id (person);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("ooo-follow-ups-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "one-on-one.db", NULL);
  fixture->changed = g_array_new (FALSE, FALSE, sizeof (gint64));
  open_all (fixture);
  fixture->ana = add_person (fixture, "Ana");
  fixture->bea = add_person (fixture, "Bea");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (fixture->store != NULL)
    close_all (fixture);

  dir = g_dir_open (fixture->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL) {
    g_autofree char *file = g_build_filename (fixture->dir, name, NULL);
    g_unlink (file);
  }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_array_unref (fixture->changed);
}

static gint64
query_int (Fixture    *fixture,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (ooo_store_get_db (fixture->store), sql, -1, &stmt,
                                       NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

static void
exec_ok (Fixture    *fixture,
         const char *sql)
{
  g_assert_cmpint (sqlite3_exec (ooo_store_get_db (fixture->store), sql, NULL, NULL, NULL), ==,
                   SQLITE_OK);
}

/* A 1:1 that was held, written as the meetings module would leave it. */
static gint64
insert_meeting (Fixture *fixture,
                gint64   person_id)
{
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *sql = g_strdup_printf ("INSERT INTO meeting (uuid, person_id, status,"
                                          " started_at, ended_at, created_at, updated_at)"
                                          " VALUES ('%s', %" G_GINT64_FORMAT ", 'held',"
                                          " 1794819600, 1794821400, 1794819600, 1794821400)",
                                          uuid, person_id);

  exec_ok (fixture, sql);

  return sqlite3_last_insert_rowid (ooo_store_get_db (fixture->store));
}

static gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* "a, b, c": the texts of a list, in its order; takes the list. */
static char *
texts (GListModel *model)
{
  g_autoptr(GListModel) owned = model;
  g_autoptr(GString) joined = g_string_new (NULL);

  g_assert_nonnull (owned);
  for (guint i = 0; i < g_list_model_get_n_items (owned); i++) {
    g_autoptr(GObject) item = g_list_model_get_item (owned, i);
    g_autofree char *text = NULL;

    g_object_get (item, "text", &text, NULL);
    if (i > 0)
      g_string_append (joined, ", ");
    g_string_append (joined, text);
  }

  return g_string_free (g_steal_pointer (&joined), FALSE);
}

#define assert_texts(model, expected) \
  G_STMT_START { \
    g_autofree char *_seen = texts (model); \
    g_assert_cmpstr (_seen, ==, (expected)); \
  } G_STMT_END

static gpointer
only_item (GListModel *model)
{
  g_autoptr(GListModel) owned = model;

  g_assert_cmpuint (g_list_model_get_n_items (owned), ==, 1);
  return g_list_model_get_item (owned, 0);
}

static gpointer
item_with_text (GListModel *model,
                const char *text)
{
  g_autoptr(GListModel) owned = model;

  for (guint i = 0; i < g_list_model_get_n_items (owned); i++) {
    g_autoptr(GObject) item = g_list_model_get_item (owned, i);
    g_autofree char *item_text = NULL;

    g_object_get (item, "text", &item_text, NULL);
    if (g_strcmp0 (item_text, text) == 0)
      return g_steal_pointer (&item);
  }
  g_assert_not_reached ();
}

static OooActionItem *
add_action (Fixture    *fixture,
            gint64      person_id,
            gint64      meeting_id,
            const char *text,
            OooSide     owner)
{
  g_autoptr(GError) error = NULL;
  OooActionItem *item = ooo_follow_ups_add_action (fixture->follow_ups, person_id, meeting_id,
                                                   text, owner, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (item);

  return item;
}

static OooTalkingPoint *
add_point (Fixture    *fixture,
           gint64      person_id,
           const char *text,
           OooSide     raised_by)
{
  g_autoptr(GError) error = NULL;
  OooTalkingPoint *point = ooo_follow_ups_add_talking_point (fixture->follow_ups, person_id,
                                                             text, raised_by, &error);

  g_assert_no_error (error);
  g_assert_nonnull (point);

  return point;
}

static OooReminder *
add_reminder (Fixture    *fixture,
              gint64      person_id,
              const char *text,
              const char *remind_on)
{
  g_autoptr(GError) error = NULL;
  OooReminder *reminder = ooo_follow_ups_add_reminder (fixture->follow_ups, person_id, text,
                                                       remind_on, &error);

  g_assert_no_error (error);
  g_assert_nonnull (reminder);

  return reminder;
}

static void
assert_changed (Fixture *fixture,
                guint    count,
                gint64   person_id)
{
  g_assert_cmpuint (fixture->changed->len, ==, count);
  for (guint i = 0; i < fixture->changed->len; i++)
    g_assert_cmpint (g_array_index (fixture->changed, gint64, i), ==, person_id);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_action_round_trip (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(OooActionItem) item = NULL;
  g_autoptr(OooActionItem) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;
  gint64 meeting = insert_meeting (fixture, fixture->ana);
  gint64 before = now_seconds ();
  gint64 id;
  guint text_notified = 0;

  item = ooo_follow_ups_add_action (fixture->follow_ups, fixture->ana, 0,
                                    "  Send the promotion case to HR \n", OOO_SIDE_THEM,
                                    "2026-12-01", &error);
  g_assert_no_error (error);
  g_assert_nonnull (item);
  g_assert_cmpint (ooo_action_item_get_id (item), >, 0);
  g_assert_true (g_uuid_string_is_valid (ooo_action_item_get_uuid (item)));
  g_assert_cmpint (ooo_action_item_get_person_id (item), ==, fixture->ana);
  g_assert_cmpint (ooo_action_item_get_meeting_id (item), ==, 0);
  g_assert_cmpstr (ooo_action_item_get_text (item), ==, "Send the promotion case to HR");
  g_assert_cmpint (ooo_action_item_get_owner (item), ==, OOO_SIDE_THEM);
  g_assert_cmpstr (ooo_action_item_get_due_on (item), ==, "2026-12-01");
  g_assert_false (ooo_action_item_is_done (item));
  g_assert_cmpint (ooo_action_item_get_done_at (item), ==, 0);
  assert_changed (fixture, 1, fixture->ana);
  id = ooo_action_item_get_id (item);
  uuid = g_strdup (ooo_action_item_get_uuid (item));

  /* Stored as documented: the owner's nick, times in Unix seconds. */
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM action_item WHERE owner = 'them'"
                                       " AND meeting_id IS NULL AND done_at IS NULL"
                                       " AND created_at = updated_at"), ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT created_at FROM action_item"), >=, before);
  g_assert_cmpint (query_int (fixture, "SELECT created_at FROM action_item"), <=,
                   now_seconds ());

  g_signal_connect (item, "notify::text", G_CALLBACK (count_notify), &text_notified);
  g_assert_true (ooo_follow_ups_update_action (fixture->follow_ups, item, "Send the promo case",
                                               OOO_SIDE_ME, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ooo_action_item_get_text (item), ==, "Send the promo case");
  g_assert_cmpint (ooo_action_item_get_owner (item), ==, OOO_SIDE_ME);
  g_assert_null (ooo_action_item_get_due_on (item));
  g_assert_cmpuint (text_notified, ==, 1);
  assert_changed (fixture, 2, fixture->ana);

  reopen (fixture);
  loaded = only_item (ooo_follow_ups_list_open_actions (fixture->follow_ups, fixture->ana));
  g_assert_cmpint (ooo_action_item_get_id (loaded), ==, id);
  g_assert_cmpstr (ooo_action_item_get_uuid (loaded), ==, uuid);
  g_assert_cmpint (ooo_action_item_get_person_id (loaded), ==, fixture->ana);
  g_assert_cmpstr (ooo_action_item_get_text (loaded), ==, "Send the promo case");
  g_assert_cmpint (ooo_action_item_get_owner (loaded), ==, OOO_SIDE_ME);
  g_assert_null (ooo_action_item_get_due_on (loaded));
  g_clear_object (&loaded);

  /* Ticked off in a meeting: the time and the meeting are kept. */
  before = now_seconds ();
  g_assert_true (ooo_follow_ups_set_action_done (fixture->follow_ups, item, TRUE, meeting,
                                                 &error));
  g_assert_no_error (error);
  g_assert_true (ooo_action_item_is_done (item));
  g_assert_cmpint (ooo_action_item_get_done_at (item), >=, before);
  g_assert_cmpint (ooo_action_item_get_done_meeting_id (item), ==, meeting);

  reopen (fixture);
  assert_texts (ooo_follow_ups_list_open_actions (fixture->follow_ups, fixture->ana), "");
  loaded = only_item (ooo_follow_ups_list_carried_actions (fixture->follow_ups, fixture->ana,
                                                           meeting));
  g_assert_true (ooo_action_item_is_done (loaded));
  g_assert_cmpint (ooo_action_item_get_done_at (loaded), >=, before);
  g_assert_cmpint (ooo_action_item_get_done_meeting_id (loaded), ==, meeting);

  /* Ticked back on: open again, and no longer tied to that meeting. */
  g_assert_true (ooo_follow_ups_set_action_done (fixture->follow_ups, loaded, FALSE, meeting,
                                                 &error));
  g_assert_no_error (error);
  g_assert_false (ooo_action_item_is_done (loaded));
  g_assert_cmpint (ooo_action_item_get_done_meeting_id (loaded), ==, 0);
  g_clear_object (&loaded);
  reopen (fixture);
  loaded = only_item (ooo_follow_ups_list_open_actions (fixture->follow_ups, fixture->ana));
  g_assert_false (ooo_action_item_is_done (loaded));
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM action_item"
                                       " WHERE done_at IS NULL AND done_meeting_id IS NULL"),
                   ==, 1);

  g_assert_true (ooo_follow_ups_delete_action (fixture->follow_ups, loaded, &error));
  g_assert_no_error (error);
  reopen (fixture);
  assert_texts (ooo_follow_ups_list_open_actions (fixture->follow_ups, fixture->ana), "");
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM action_item"), ==, 0);

  /* Add, update, done, undone, delete: each told once, for Ana. */
  assert_changed (fixture, 5, fixture->ana);

  /* A change to an item that is gone says so, and tells no one. */
  g_assert_false (ooo_follow_ups_update_action (fixture->follow_ups, item, "Again", OOO_SIDE_ME,
                                                NULL, &error));
  g_assert_error (error, OOO_STORE_ERROR, OOO_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "This action item is no longer in the database.");
  g_assert_cmpstr (ooo_action_item_get_text (item), ==, "Send the promo case");
  g_clear_error (&error);
  g_assert_false (ooo_follow_ups_set_action_done (fixture->follow_ups, item, FALSE, 0, &error));
  g_assert_error (error, OOO_STORE_ERROR, OOO_STORE_ERROR_NOT_FOUND);
  assert_changed (fixture, 5, fixture->ana);
}

static void
test_talking_point_round_trip (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(OooTalkingPoint) point = NULL;
  g_autoptr(OooTalkingPoint) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;
  gint64 meeting = insert_meeting (fixture, fixture->ana);
  gint64 before = now_seconds ();
  gint64 discussed_at = 0;

  point = ooo_follow_ups_add_talking_point (fixture->follow_ups, fixture->ana,
                                            "\tConference budget ", OOO_SIDE_ME, &error);
  g_assert_no_error (error);
  g_assert_nonnull (point);
  g_assert_cmpint (ooo_talking_point_get_id (point), >, 0);
  g_assert_true (g_uuid_string_is_valid (ooo_talking_point_get_uuid (point)));
  g_assert_cmpint (ooo_talking_point_get_person_id (point), ==, fixture->ana);
  g_assert_cmpstr (ooo_talking_point_get_text (point), ==, "Conference budget");
  g_assert_cmpint (ooo_talking_point_get_raised_by (point), ==, OOO_SIDE_ME);
  g_assert_true (ooo_talking_point_is_pending (point));
  g_assert_cmpint (ooo_talking_point_get_discussed_meeting_id (point), ==, 0);
  uuid = g_strdup (ooo_talking_point_get_uuid (point));
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM talking_point"
                                       " WHERE raised_by = 'me' AND discussed_at IS NULL"),
                   ==, 1);

  g_assert_true (ooo_follow_ups_update_talking_point (fixture->follow_ups, point,
                                                      "Budget for the conference",
                                                      OOO_SIDE_THEM, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ooo_talking_point_get_text (point), ==, "Budget for the conference");
  g_assert_cmpint (ooo_talking_point_get_raised_by (point), ==, OOO_SIDE_THEM);

  reopen (fixture);
  loaded = only_item (ooo_follow_ups_list_pending_points (fixture->follow_ups, fixture->ana));
  g_assert_cmpstr (ooo_talking_point_get_uuid (loaded), ==, uuid);
  g_assert_cmpstr (ooo_talking_point_get_text (loaded), ==, "Budget for the conference");
  g_assert_cmpint (ooo_talking_point_get_raised_by (loaded), ==, OOO_SIDE_THEM);
  g_clear_object (&loaded);

  g_assert_true (ooo_follow_ups_set_discussed (fixture->follow_ups, point, TRUE, meeting,
                                               &error));
  g_assert_no_error (error);
  g_assert_false (ooo_talking_point_is_pending (point));
  g_assert_cmpint (ooo_talking_point_get_discussed_meeting_id (point), ==, meeting);

  reopen (fixture);
  assert_texts (ooo_follow_ups_list_pending_points (fixture->follow_ups, fixture->ana), "");
  loaded = only_item (ooo_follow_ups_list_meeting_points (fixture->follow_ups, fixture->ana,
                                                          meeting, OOO_SIDE_THEM));
  g_assert_false (ooo_talking_point_is_pending (loaded));
  g_assert_cmpint (ooo_talking_point_get_discussed_meeting_id (loaded), ==, meeting);
  g_object_get (loaded, "discussed-at", &discussed_at, NULL);
  g_assert_cmpint (discussed_at, >=, before);

  /* Back in the queue. */
  g_assert_true (ooo_follow_ups_set_discussed (fixture->follow_ups, loaded, FALSE, meeting,
                                               &error));
  g_assert_no_error (error);
  g_assert_true (ooo_talking_point_is_pending (loaded));
  g_clear_object (&loaded);
  reopen (fixture);
  loaded = only_item (ooo_follow_ups_list_pending_points (fixture->follow_ups, fixture->ana));
  g_assert_cmpint (ooo_talking_point_get_discussed_meeting_id (loaded), ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM talking_point WHERE"
                                       " discussed_at IS NULL AND discussed_meeting_id IS NULL"),
                   ==, 1);

  g_assert_true (ooo_follow_ups_delete_talking_point (fixture->follow_ups, loaded, &error));
  g_assert_no_error (error);
  reopen (fixture);
  assert_texts (ooo_follow_ups_list_pending_points (fixture->follow_ups, fixture->ana), "");
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM talking_point"), ==, 0);
  assert_changed (fixture, 5, fixture->ana);

  g_assert_false (ooo_follow_ups_update_talking_point (fixture->follow_ups, point, "Gone",
                                                       OOO_SIDE_ME, &error));
  g_assert_error (error, OOO_STORE_ERROR, OOO_STORE_ERROR_NOT_FOUND);
  assert_changed (fixture, 5, fixture->ana);
}

static void
test_reminder_round_trip (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(OooReminder) reminder = NULL;
  g_autoptr(OooReminder) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;

  reminder = ooo_follow_ups_add_reminder (fixture->follow_ups, fixture->ana,
                                          " Ask how the move went ", "2026-12-10", &error);
  g_assert_no_error (error);
  g_assert_nonnull (reminder);
  g_assert_cmpint (ooo_reminder_get_id (reminder), >, 0);
  g_assert_true (g_uuid_string_is_valid (ooo_reminder_get_uuid (reminder)));
  g_assert_cmpint (ooo_reminder_get_person_id (reminder), ==, fixture->ana);
  g_assert_cmpstr (ooo_reminder_get_text (reminder), ==, "Ask how the move went");
  g_assert_cmpstr (ooo_reminder_get_remind_on (reminder), ==, "2026-12-10");
  g_assert_false (ooo_reminder_is_done (reminder));
  uuid = g_strdup (ooo_reminder_get_uuid (reminder));

  reopen (fixture);
  loaded = only_item (ooo_follow_ups_list_open_reminders (fixture->follow_ups, fixture->ana));
  g_assert_cmpstr (ooo_reminder_get_uuid (loaded), ==, uuid);
  g_assert_cmpstr (ooo_reminder_get_text (loaded), ==, "Ask how the move went");
  g_assert_cmpstr (ooo_reminder_get_remind_on (loaded), ==, "2026-12-10");

  g_assert_true (ooo_follow_ups_set_reminder_done (fixture->follow_ups, loaded, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (ooo_reminder_is_done (loaded));
  g_clear_object (&loaded);
  reopen (fixture);
  assert_texts (ooo_follow_ups_list_open_reminders (fixture->follow_ups, fixture->ana), "");
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM reminder WHERE done_at > 0"), ==, 1);

  g_assert_true (ooo_follow_ups_set_reminder_done (fixture->follow_ups, reminder, FALSE,
                                                   &error));
  g_assert_no_error (error);
  g_assert_false (ooo_reminder_is_done (reminder));
  reopen (fixture);
  loaded = only_item (ooo_follow_ups_list_open_reminders (fixture->follow_ups, fixture->ana));
  g_assert_false (ooo_reminder_is_done (loaded));

  g_assert_true (ooo_follow_ups_delete_reminder (fixture->follow_ups, loaded, &error));
  g_assert_no_error (error);
  reopen (fixture);
  assert_texts (ooo_follow_ups_list_open_reminders (fixture->follow_ups, fixture->ana), "");
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM reminder"), ==, 0);
  assert_changed (fixture, 4, fixture->ana);

  g_assert_false (ooo_follow_ups_set_reminder_done (fixture->follow_ups, reminder, TRUE,
                                                    &error));
  g_assert_error (error, OOO_STORE_ERROR, OOO_STORE_ERROR_NOT_FOUND);
  g_assert_false (ooo_reminder_is_done (reminder));
  assert_changed (fixture, 4, fixture->ana);
}

static void
assert_invalid (GError     *error,
                const char *message_part)
{
  g_assert_error (error, OOO_FOLLOW_UPS_ERROR, OOO_FOLLOW_UPS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, message_part));
}

static void
test_validation (Fixture       *fixture,
                 gconstpointer  data)
{
  static const char * const empty_texts[] = { NULL, "", "   ", " \t\n " };
  static const char * const bad_dates[] = {
    "2026-02-31", "31 February", "2026-1-5", " 2026-01-5", "+026-01-05", "2026-13-01",
    "2026-00-10", "0000-01-01", "2026-12-01 ", "2026/12/01",
  };
  g_autoptr(OooActionItem) item = add_action (fixture, fixture->ana, 0, "Keep me",
                                              OOO_SIDE_THEM);
  g_autoptr(OooTalkingPoint) point = add_point (fixture, fixture->ana, "Keep me too",
                                                OOO_SIDE_ME);
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  guint changes_before;

  g_array_set_size (fixture->changed, 0);

  for (guint i = 0; i < G_N_ELEMENTS (empty_texts); i++) {
    const char *text = empty_texts[i];

    g_assert_null (ooo_follow_ups_add_action (fixture->follow_ups, fixture->ana, 0, text,
                                              OOO_SIDE_THEM, NULL, &error));
    g_assert_error (error, OOO_FOLLOW_UPS_ERROR, OOO_FOLLOW_UPS_ERROR_INVALID);
    g_assert_cmpstr (error->message, ==, "An action item needs some text.");
    g_clear_error (&error);

    g_assert_false (ooo_follow_ups_update_action (fixture->follow_ups, item, text,
                                                  OOO_SIDE_ME, NULL, &error));
    g_assert_cmpstr (error->message, ==, "An action item needs some text.");
    g_clear_error (&error);

    g_assert_null (ooo_follow_ups_add_talking_point (fixture->follow_ups, fixture->ana, text,
                                                     OOO_SIDE_THEM, &error));
    g_assert_error (error, OOO_FOLLOW_UPS_ERROR, OOO_FOLLOW_UPS_ERROR_INVALID);
    g_assert_cmpstr (error->message, ==, "A talking point needs some text.");
    g_clear_error (&error);

    g_assert_false (ooo_follow_ups_update_talking_point (fixture->follow_ups, point, text,
                                                         OOO_SIDE_THEM, &error));
    g_assert_cmpstr (error->message, ==, "A talking point needs some text.");
    g_clear_error (&error);

    g_assert_null (ooo_follow_ups_add_reminder (fixture->follow_ups, fixture->ana, text,
                                                "2026-12-10", &error));
    g_assert_error (error, OOO_FOLLOW_UPS_ERROR, OOO_FOLLOW_UPS_ERROR_INVALID);
    g_assert_cmpstr (error->message, ==, "A reminder needs some text.");
    g_clear_error (&error);
  }

  for (guint i = 0; i < G_N_ELEMENTS (bad_dates); i++) {
    g_autofree char *expected = g_strdup_printf ("“%s” is not a date", bad_dates[i]);

    g_assert_null (ooo_follow_ups_add_action (fixture->follow_ups, fixture->ana, 0, "Call",
                                              OOO_SIDE_THEM, bad_dates[i], &error));
    assert_invalid (error, expected);
    g_clear_error (&error);

    g_assert_false (ooo_follow_ups_update_action (fixture->follow_ups, item, "Call",
                                                  OOO_SIDE_THEM, bad_dates[i], &error));
    assert_invalid (error, expected);
    g_clear_error (&error);

    g_assert_null (ooo_follow_ups_add_reminder (fixture->follow_ups, fixture->ana, "Ask",
                                                bad_dates[i], &error));
    assert_invalid (error, expected);
    g_clear_error (&error);
  }

  /* A reminder needs its day; an action item may have none. */
  g_assert_null (ooo_follow_ups_add_reminder (fixture->follow_ups, fixture->ana, "Ask", NULL,
                                              &error));
  assert_invalid (error, "needs the day");
  g_clear_error (&error);
  g_assert_null (ooo_follow_ups_add_reminder (fixture->follow_ups, fixture->ana, "Ask", "",
                                              &error));
  assert_invalid (error, "needs the day");
  g_clear_error (&error);

  /* At most 2000 characters, counted as characters, after trimming. */
  for (guint i = 0; i < 2001; i++)
    g_string_append_c (long_text, 'x');
  g_assert_null (ooo_follow_ups_add_action (fixture->follow_ups, fixture->ana, 0,
                                            long_text->str, OOO_SIDE_THEM, NULL, &error));
  assert_invalid (error, "too long");
  g_clear_error (&error);
  g_assert_false (ooo_follow_ups_update_talking_point (fixture->follow_ups, point,
                                                       long_text->str, OOO_SIDE_ME, &error));
  assert_invalid (error, "too long");
  g_clear_error (&error);
  g_assert_null (ooo_follow_ups_add_reminder (fixture->follow_ups, fixture->ana,
                                              long_text->str, "2026-12-10", &error));
  assert_invalid (error, "too long");
  g_clear_error (&error);

  /* Invalid UTF-8 never reaches the file. */
  g_assert_null (ooo_follow_ups_add_talking_point (fixture->follow_ups, fixture->ana,
                                                   "caf\xe9", OOO_SIDE_ME, &error));
  assert_invalid (error, "cannot be read");
  g_clear_error (&error);

  /* Nothing refused was written, told, or applied to the objects. */
  assert_changed (fixture, 0, fixture->ana);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM action_item"), ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM talking_point"), ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM reminder"), ==, 0);
  g_assert_cmpstr (ooo_action_item_get_text (item), ==, "Keep me");
  g_assert_cmpint (ooo_action_item_get_owner (item), ==, OOO_SIDE_THEM);
  g_assert_cmpstr (ooo_talking_point_get_text (point), ==, "Keep me too");
  g_assert_cmpint (ooo_talking_point_get_raised_by (point), ==, OOO_SIDE_ME);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM action_item"
                                       " WHERE text = 'Keep me' AND owner = 'them'"), ==, 1);

  /* The limits themselves are fine: 2000 two-byte characters, a space
   * around them, a leap day, an empty due date. */
  changes_before = fixture->changed->len;
  g_string_truncate (long_text, 0);
  g_string_append_c (long_text, ' ');
  for (guint i = 0; i < 2000; i++)
    g_string_append (long_text, "é");
  g_string_append_c (long_text, ' ');
  {
    g_autoptr(OooActionItem) longest = NULL;

    longest = ooo_follow_ups_add_action (fixture->follow_ups, fixture->ana, 0, long_text->str,
                                         OOO_SIDE_THEM, "2028-02-29", &error);
    g_assert_no_error (error);
    g_assert_nonnull (longest);
    g_assert_cmpint (g_utf8_strlen (ooo_action_item_get_text (longest), -1), ==, 2000);
    g_assert_true (ooo_follow_ups_update_action (fixture->follow_ups, longest, "Shorter",
                                                 OOO_SIDE_THEM, "", &error));
    g_assert_no_error (error);
    g_assert_null (ooo_action_item_get_due_on (longest));
  }
  g_assert_cmpuint (fixture->changed->len, ==, changes_before + 2);

  /* Text is bound, never spliced into SQL. */
  {
    const char *hostile = "Robert'); DROP TABLE action_item; --";
    g_autoptr(OooActionItem) bobby = add_action (fixture, fixture->ana, 0, hostile,
                                                 OOO_SIDE_ME);
    g_autoptr(OooActionItem) loaded = NULL;
    gint64 id = ooo_action_item_get_id (bobby);

    reopen (fixture);
    loaded = item_with_text (ooo_follow_ups_list_open_actions (fixture->follow_ups,
                                                               fixture->ana), hostile);
    g_assert_cmpint (ooo_action_item_get_id (loaded), ==, id);
  }
}

/* The carry-over of action items across three meetings. */
static void
test_carried_actions (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(OooActionItem) outside = NULL;
  g_autoptr(OooActionItem) training = NULL;
  g_autoptr(OooActionItem) roadmap = NULL;
  g_autoptr(OooActionItem) hiring = NULL;
  g_autoptr(OooActionItem) beas = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  gint64 m1, m2, m3, bea_meeting;

  /* Noted on the person's page, before any meeting. */
  outside = add_action (fixture, fixture->ana, 0, "Read the design doc", OOO_SIDE_THEM);

  m1 = insert_meeting (fixture, fixture->ana);
  training = add_action (fixture, fixture->ana, m1, "Book the training", OOO_SIDE_THEM);
  roadmap = add_action (fixture, fixture->ana, m1, "Share the roadmap", OOO_SIDE_ME);
  /* Done before the meeting was over: it never comes back. */
  g_assert_true (ooo_follow_ups_set_action_done (fixture->follow_ups, roadmap, TRUE, m1,
                                                 &error));
  g_assert_no_error (error);
  assert_texts (ooo_follow_ups_list_carried_actions (fixture->follow_ups, fixture->ana, m1),
                "Read the design doc");
  assert_texts (ooo_follow_ups_list_meeting_actions (fixture->follow_ups, m1),
                "Book the training, Share the roadmap");

  /* Bea's items are hers alone. */
  bea_meeting = insert_meeting (fixture, fixture->bea);
  beas = add_action (fixture, fixture->bea, bea_meeting, "Bea's own", OOO_SIDE_THEM);

  /* Meeting 2: what is still open from before, and only that. */
  m2 = insert_meeting (fixture, fixture->ana);
  assert_texts (ooo_follow_ups_list_carried_actions (fixture->follow_ups, fixture->ana, m2),
                "Read the design doc, Book the training");
  hiring = add_action (fixture, fixture->ana, m2, "Draft the hiring plan", OOO_SIDE_ME);
  assert_texts (ooo_follow_ups_list_carried_actions (fixture->follow_ups, fixture->ana, m2),
                "Read the design doc, Book the training");
  assert_texts (ooo_follow_ups_list_meeting_actions (fixture->follow_ups, m2),
                "Draft the hiring plan");

  /* Ticked off in meeting 2: it stays there, ticked, so it can be undone. */
  g_assert_true (ooo_follow_ups_set_action_done (fixture->follow_ups, training, TRUE, m2,
                                                 &error));
  g_assert_no_error (error);
  {
    g_autoptr(OooActionItem) ticked =
      item_with_text (ooo_follow_ups_list_carried_actions (fixture->follow_ups, fixture->ana,
                                                           m2), "Book the training");
    g_assert_true (ooo_action_item_is_done (ticked));
  }
  assert_texts (ooo_follow_ups_list_carried_actions (fixture->follow_ups, fixture->ana, m2),
                "Read the design doc, Book the training");
  assert_texts (ooo_follow_ups_list_open_actions (fixture->follow_ups, fixture->ana),
                "Read the design doc, Draft the hiring plan");

  /* Kept through a restart. */
  reopen (fixture);
  assert_texts (ooo_follow_ups_list_carried_actions (fixture->follow_ups, fixture->ana, m2),
                "Read the design doc, Book the training");

  /* Meeting 3: the ticked item is gone, meeting 2's own open item came over. */
  m3 = insert_meeting (fixture, fixture->ana);
  assert_texts (ooo_follow_ups_list_carried_actions (fixture->follow_ups, fixture->ana, m3),
                "Read the design doc, Draft the hiring plan");
  assert_texts (ooo_follow_ups_list_meeting_actions (fixture->follow_ups, m3), "");

  /* Ticked back on, it is open and carried again. */
  g_assert_true (ooo_follow_ups_set_action_done (fixture->follow_ups, training, FALSE, 0,
                                                 &error));
  g_assert_no_error (error);
  assert_texts (ooo_follow_ups_list_carried_actions (fixture->follow_ups, fixture->ana, m3),
                "Read the design doc, Book the training, Draft the hiring plan");
  assert_texts (ooo_follow_ups_list_carried_actions (fixture->follow_ups, fixture->bea, m3),
                "Bea's own");
  assert_texts (ooo_follow_ups_list_carried_actions (fixture->follow_ups, fixture->bea,
                                                     bea_meeting), "");

  /* Oldest first by creation time, whatever the ids say. */
  sql = g_strdup_printf ("UPDATE action_item SET created_at = created_at - 3600"
                         " WHERE id = %" G_GINT64_FORMAT, ooo_action_item_get_id (hiring));
  exec_ok (fixture, sql);
  assert_texts (ooo_follow_ups_list_open_actions (fixture->follow_ups, fixture->ana),
                "Draft the hiring plan, Read the design doc, Book the training");

  /* A meeting that is deleted leaves its items open, now agreed in none. */
  g_free (sql);
  sql = g_strdup_printf ("DELETE FROM meeting WHERE id = %" G_GINT64_FORMAT, m2);
  exec_ok (fixture, sql);
  assert_texts (ooo_follow_ups_list_carried_actions (fixture->follow_ups, fixture->ana, m3),
                "Draft the hiring plan, Read the design doc, Book the training");
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM action_item"
                                       " WHERE text = 'Draft the hiring plan'"
                                       " AND meeting_id IS NULL"), ==, 1);
}

static void
test_talking_points_per_meeting (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(OooTalkingPoint) budget = add_point (fixture, fixture->ana, "Conference budget",
                                                 OOO_SIDE_THEM);
  g_autoptr(OooTalkingPoint) offsite = add_point (fixture, fixture->ana, "Team offsite",
                                                  OOO_SIDE_ME);
  g_autoptr(OooTalkingPoint) career = add_point (fixture, fixture->ana, "Career path",
                                                 OOO_SIDE_THEM);
  g_autoptr(OooTalkingPoint) beas = add_point (fixture, fixture->bea, "Bea's topic",
                                               OOO_SIDE_THEM);
  g_autoptr(GError) error = NULL;
  gint64 m1 = insert_meeting (fixture, fixture->ana);
  gint64 m2;

  /* Each side's points go to that side's segment. */
  assert_texts (ooo_follow_ups_list_meeting_points (fixture->follow_ups, fixture->ana, m1,
                                                    OOO_SIDE_THEM),
                "Conference budget, Career path");
  assert_texts (ooo_follow_ups_list_meeting_points (fixture->follow_ups, fixture->ana, m1,
                                                    OOO_SIDE_ME),
                "Team offsite");

  /* Ticked in meeting 1: still shown there, ticked; no longer pending. */
  g_assert_true (ooo_follow_ups_set_discussed (fixture->follow_ups, budget, TRUE, m1, &error));
  g_assert_no_error (error);
  assert_texts (ooo_follow_ups_list_meeting_points (fixture->follow_ups, fixture->ana, m1,
                                                    OOO_SIDE_THEM),
                "Conference budget, Career path");
  assert_texts (ooo_follow_ups_list_pending_points (fixture->follow_ups, fixture->ana),
                "Team offsite, Career path");

  /* Meeting 2: the rest carried over, the discussed one not. */
  reopen (fixture);
  m2 = insert_meeting (fixture, fixture->ana);
  assert_texts (ooo_follow_ups_list_meeting_points (fixture->follow_ups, fixture->ana, m2,
                                                    OOO_SIDE_THEM),
                "Career path");
  assert_texts (ooo_follow_ups_list_meeting_points (fixture->follow_ups, fixture->ana, m2,
                                                    OOO_SIDE_ME),
                "Team offsite");

  /* Discussed in meeting 2: shown in meeting 2 only. */
  g_assert_true (ooo_follow_ups_set_discussed (fixture->follow_ups, offsite, TRUE, m2, &error));
  g_assert_no_error (error);
  assert_texts (ooo_follow_ups_list_meeting_points (fixture->follow_ups, fixture->ana, m2,
                                                    OOO_SIDE_ME),
                "Team offsite");
  assert_texts (ooo_follow_ups_list_meeting_points (fixture->follow_ups, fixture->ana, m1,
                                                    OOO_SIDE_ME), "");
  assert_texts (ooo_follow_ups_list_meeting_points (fixture->follow_ups, fixture->ana, m1,
                                                    OOO_SIDE_THEM),
                "Conference budget, Career path");
  assert_texts (ooo_follow_ups_list_pending_points (fixture->follow_ups, fixture->ana),
                "Career path");

  /* Put back in the queue: pending again, in its old place. */
  g_assert_true (ooo_follow_ups_set_discussed (fixture->follow_ups, budget, FALSE, 0, &error));
  g_assert_no_error (error);
  assert_texts (ooo_follow_ups_list_pending_points (fixture->follow_ups, fixture->ana),
                "Conference budget, Career path");
  assert_texts (ooo_follow_ups_list_meeting_points (fixture->follow_ups, fixture->ana, m2,
                                                    OOO_SIDE_THEM),
                "Conference budget, Career path");

  /* Bea's queue is hers. */
  assert_texts (ooo_follow_ups_list_pending_points (fixture->follow_ups, fixture->bea),
                "Bea's topic");
  assert_texts (ooo_follow_ups_list_meeting_points (fixture->follow_ups, fixture->bea, m2,
                                                    OOO_SIDE_ME), "");
}

static void
test_reminders_due (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(OooReminder) move = add_reminder (fixture, fixture->ana, "Ask how the move went",
                                              "2026-12-10");
  g_autoptr(OooReminder) birthday = add_reminder (fixture, fixture->ana, "Birthday",
                                                  "2026-11-30");
  g_autoptr(OooReminder) marathon = add_reminder (fixture, fixture->ana, "The marathon",
                                                  "2026-12-10");
  g_autoptr(OooReminder) next_year = add_reminder (fixture, fixture->ana, "Plans for 2027",
                                                   "2027-01-05");
  g_autoptr(OooReminder) beas = add_reminder (fixture, fixture->bea, "Bea's trip",
                                              "2026-11-01");
  g_autoptr(GError) error = NULL;

  /* Soonest first; the same day in the order they were added. */
  assert_texts (ooo_follow_ups_list_open_reminders (fixture->follow_ups, fixture->ana),
                "Birthday, Ask how the move went, The marathon, Plans for 2027");

  /* Before, on and after the day. */
  assert_texts (ooo_follow_ups_list_due_reminders (fixture->follow_ups, fixture->ana,
                                                   "2026-11-29"), "");
  assert_texts (ooo_follow_ups_list_due_reminders (fixture->follow_ups, fixture->ana,
                                                   "2026-11-30"), "Birthday");
  assert_texts (ooo_follow_ups_list_due_reminders (fixture->follow_ups, fixture->ana,
                                                   "2026-12-09"), "Birthday");
  assert_texts (ooo_follow_ups_list_due_reminders (fixture->follow_ups, fixture->ana,
                                                   "2026-12-10"),
                "Birthday, Ask how the move went, The marathon");
  assert_texts (ooo_follow_ups_list_due_reminders (fixture->follow_ups, fixture->ana,
                                                   "2027-06-01"),
                "Birthday, Ask how the move went, The marathon, Plans for 2027");

  /* Ticked off: no longer due, nor open. */
  g_assert_true (ooo_follow_ups_set_reminder_done (fixture->follow_ups, birthday, TRUE,
                                                   &error));
  g_assert_no_error (error);
  reopen (fixture);
  assert_texts (ooo_follow_ups_list_due_reminders (fixture->follow_ups, fixture->ana,
                                                   "2026-12-10"),
                "Ask how the move went, The marathon");
  assert_texts (ooo_follow_ups_list_open_reminders (fixture->follow_ups, fixture->ana),
                "Ask how the move went, The marathon, Plans for 2027");
  assert_texts (ooo_follow_ups_list_due_reminders (fixture->follow_ups, fixture->bea,
                                                   "2026-12-10"), "Bea's trip");
}

static void
test_count_meeting_actions (Fixture       *fixture,
                            gconstpointer  data)
{
  const char *theirs_texts[] = { "Write the RFC", "Fix the build", "Pair with Caio",
                                 "Update the wiki" };
  g_autoptr(OooActionItem) mine = NULL;
  g_autoptr(OooActionItem) later = NULL;
  g_autoptr(GError) error = NULL;
  gint64 m1 = insert_meeting (fixture, fixture->ana);
  gint64 m2 = insert_meeting (fixture, fixture->ana);
  guint theirs = 99, mine_count = 99;

  ooo_follow_ups_count_meeting_actions (fixture->follow_ups, m1, &theirs, &mine_count);
  g_assert_cmpuint (theirs, ==, 0);
  g_assert_cmpuint (mine_count, ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (theirs_texts); i++)
    g_object_unref (add_action (fixture, fixture->ana, m1, theirs_texts[i], OOO_SIDE_THEM));
  mine = add_action (fixture, fixture->ana, m1, "Ask finance", OOO_SIDE_ME);
  later = add_action (fixture, fixture->ana, m2, "Review the RFC", OOO_SIDE_THEM);
  g_object_unref (add_action (fixture, fixture->ana, 0, "Outside a meeting", OOO_SIDE_THEM));

  /* Done ones were still taken in that meeting. */
  g_assert_true (ooo_follow_ups_set_action_done (fixture->follow_ups, mine, TRUE, m2, &error));
  g_assert_no_error (error);

  ooo_follow_ups_count_meeting_actions (fixture->follow_ups, m1, &theirs, &mine_count);
  g_assert_cmpuint (theirs, ==, 4);
  g_assert_cmpuint (mine_count, ==, 1);
  ooo_follow_ups_count_meeting_actions (fixture->follow_ups, m2, &theirs, &mine_count);
  g_assert_cmpuint (theirs, ==, 1);
  g_assert_cmpuint (mine_count, ==, 0);

  /* Either count may be left out. */
  ooo_follow_ups_count_meeting_actions (fixture->follow_ups, m1, NULL, &mine_count);
  g_assert_cmpuint (mine_count, ==, 1);
  ooo_follow_ups_count_meeting_actions (fixture->follow_ups, m1, &theirs, NULL);
  g_assert_cmpuint (theirs, ==, 4);

  /* Moving an item to the other side moves the count. */
  g_assert_true (ooo_follow_ups_update_action (fixture->follow_ups, mine, "Ask finance",
                                               OOO_SIDE_THEM, NULL, &error));
  g_assert_no_error (error);
  ooo_follow_ups_count_meeting_actions (fixture->follow_ups, m1, &theirs, &mine_count);
  g_assert_cmpuint (theirs, ==, 5);
  g_assert_cmpuint (mine_count, ==, 0);

  g_assert_true (ooo_follow_ups_delete_action (fixture->follow_ups, later, &error));
  g_assert_no_error (error);
  ooo_follow_ups_count_meeting_actions (fixture->follow_ups, m2, &theirs, &mine_count);
  g_assert_cmpuint (theirs, ==, 0);
  g_assert_cmpuint (mine_count, ==, 0);
}

/* Every change tells whose it was, once; a refused one tells no one. */
static void
test_changed_signal (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(OooActionItem) item = NULL;
  g_autoptr(OooTalkingPoint) point = NULL;
  g_autoptr(OooReminder) reminder = NULL;
  g_autoptr(GError) error = NULL;
  gint64 meeting = insert_meeting (fixture, fixture->bea);

  item = add_action (fixture, fixture->bea, meeting, "Plan the launch", OOO_SIDE_THEM);
  assert_changed (fixture, 1, fixture->bea);
  g_assert_true (ooo_follow_ups_update_action (fixture->follow_ups, item, "Plan it",
                                               OOO_SIDE_ME, "2026-12-24", &error));
  g_assert_true (ooo_follow_ups_set_action_done (fixture->follow_ups, item, TRUE, meeting,
                                                 &error));
  g_assert_false (ooo_follow_ups_update_action (fixture->follow_ups, item, " ", OOO_SIDE_ME,
                                                NULL, &error));
  g_clear_error (&error);
  g_assert_true (ooo_follow_ups_delete_action (fixture->follow_ups, item, &error));
  assert_changed (fixture, 4, fixture->bea);

  point = add_point (fixture, fixture->bea, "Feedback on the talk", OOO_SIDE_ME);
  g_assert_true (ooo_follow_ups_update_talking_point (fixture->follow_ups, point, "Feedback",
                                                      OOO_SIDE_ME, &error));
  g_assert_true (ooo_follow_ups_set_discussed (fixture->follow_ups, point, TRUE, meeting,
                                               &error));
  g_assert_true (ooo_follow_ups_delete_talking_point (fixture->follow_ups, point, &error));
  assert_changed (fixture, 8, fixture->bea);

  reminder = add_reminder (fixture, fixture->bea, "Ask about the trip", "2026-12-01");
  g_assert_true (ooo_follow_ups_set_reminder_done (fixture->follow_ups, reminder, TRUE,
                                                   &error));
  g_assert_true (ooo_follow_ups_delete_reminder (fixture->follow_ups, reminder, &error));
  g_assert_no_error (error);
  assert_changed (fixture, 11, fixture->bea);

  g_clear_object (&item);
  item = add_action (fixture, fixture->ana, 0, "Ana's", OOO_SIDE_THEM);
  g_assert_cmpuint (fixture->changed->len, ==, 12);
  g_assert_cmpint (g_array_index (fixture->changed, gint64, 11), ==, fixture->ana);
}

/* A person deleted takes every follow-up of theirs along, and no one else's. */
static void
test_delete_person_cascades (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 meeting = insert_meeting (fixture, fixture->ana);
  OooPerson *ana;

  for (guint i = 0; i < 2; i++) {
    gint64 person_id = i == 0 ? fixture->ana : fixture->bea;

    g_object_unref (add_action (fixture, person_id, i == 0 ? meeting : 0, "Action",
                                OOO_SIDE_THEM));
    g_object_unref (add_point (fixture, person_id, "Point", OOO_SIDE_ME));
    g_object_unref (add_reminder (fixture, person_id, "Reminder", "2026-12-01"));
  }
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM action_item"), ==, 2);

  ana = g_list_model_get_item (G_LIST_MODEL (fixture->people), 0);
  g_assert_cmpstr (ooo_person_get_name (ana), ==, "Ana");
  g_assert_true (ooo_people_delete (fixture->people, ana, &error));
  g_assert_no_error (error);
  g_object_unref (ana);

  reopen (fixture);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM action_item"), ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM talking_point"), ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM reminder"), ==, 1);
  assert_texts (ooo_follow_ups_list_open_actions (fixture->follow_ups, fixture->ana), "");
  assert_texts (ooo_follow_ups_list_pending_points (fixture->follow_ups, fixture->ana), "");
  assert_texts (ooo_follow_ups_list_open_reminders (fixture->follow_ups, fixture->ana), "");
  assert_texts (ooo_follow_ups_list_open_actions (fixture->follow_ups, fixture->bea), "Action");
  assert_texts (ooo_follow_ups_list_pending_points (fixture->follow_ups, fixture->bea), "Point");
  assert_texts (ooo_follow_ups_list_open_reminders (fixture->follow_ups, fixture->bea),
                "Reminder");
}

static void
count_items_changed (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     guint      *count)
{
  (*count)++;
}

static OooPerson *
find_person (Fixture    *fixture,
             const char *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (fixture->people)); i++) {
    g_autoptr(OooPerson) person = g_list_model_get_item (G_LIST_MODEL (fixture->people), i);

    if (g_strcmp0 (ooo_person_get_name (person), name) == 0)
      return person;
  }
  g_assert_not_reached ();
}

static void
test_personal_notes (Fixture       *fixture,
                     gconstpointer  data)
{
  const char *notes = "Two kids, Lia and Tom.\nRuns marathons; café ☕ at 10.";
  g_autoptr(OooPerson) stale = NULL;
  g_autoptr(GError) error = NULL;
  OooPerson *ana = find_person (fixture, "Ana");
  guint items_changed = 0;
  guint notified = 0;

  g_assert_cmpstr (ooo_person_get_personal_notes (ana), ==, "");
  /* An editor's copy, made before the notes were typed. */
  stale = ooo_person_copy (ana);

  exec_ok (fixture, "UPDATE person SET updated_at = 1");
  g_signal_connect (fixture->people, "items-changed", G_CALLBACK (count_items_changed),
                    &items_changed);
  g_signal_connect (ana, "notify::personal-notes", G_CALLBACK (count_notify), &notified);

  g_assert_true (ooo_people_save_personal_notes (fixture->people, ana, notes, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ooo_person_get_personal_notes (ana), ==, notes);
  g_assert_cmpuint (notified, ==, 1);
  /* Autosaved as the manager types: no re-sorting, no other column. */
  g_assert_cmpuint (items_changed, ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM person WHERE updated_at = 1"), ==,
                   2);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM person"
                                       " WHERE personal_notes <> ''"), ==, 1);

  /* Saving the editor's changes keeps them, in the row and in the object. */
  ooo_person_set_role (stale, "Designer");
  g_assert_true (ooo_people_update (fixture->people, ana, stale, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ooo_person_get_role (ana), ==, "Designer");
  g_assert_cmpstr (ooo_person_get_personal_notes (ana), ==, notes);
  g_assert_cmpuint (notified, ==, 1);

  reopen (fixture);
  ana = find_person (fixture, "Ana");
  g_assert_cmpstr (ooo_person_get_personal_notes (ana), ==, notes);
  g_assert_cmpstr (ooo_person_get_role (ana), ==, "Designer");
  g_assert_cmpstr (ooo_person_get_personal_notes (find_person (fixture, "Bea")), ==, "");

  /* Archiving goes through the same update, and keeps them too. */
  g_assert_true (ooo_people_set_archived (fixture->people, ana, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ooo_person_get_personal_notes (ana), ==, notes);

  /* Emptied, and the empty text is kept. */
  g_assert_true (ooo_people_save_personal_notes (fixture->people, ana, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ooo_person_get_personal_notes (ana), ==, "");
  reopen (fixture);
  g_assert_cmpstr (ooo_person_get_personal_notes (find_person (fixture, "Ana")), ==, "");

  /* Someone no longer in the file: said plainly, the object left alone. */
  {
    g_autoptr(OooPerson) ghost = ooo_person_copy (find_person (fixture, "Bea"));

    exec_ok (fixture, "DELETE FROM person WHERE name = 'Bea'");
    g_assert_false (ooo_people_save_personal_notes (fixture->people, ghost, "Hello", &error));
    g_assert_error (error, OOO_STORE_ERROR, OOO_STORE_ERROR_NOT_FOUND);
    g_assert_nonnull (strstr (error->message, "Bea"));
    g_assert_cmpstr (ooo_person_get_personal_notes (ghost), ==, "");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/follow-ups/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("action-round-trip", test_action_round_trip);
  ADD ("talking-point-round-trip", test_talking_point_round_trip);
  ADD ("reminder-round-trip", test_reminder_round_trip);
  ADD ("validation", test_validation);
  ADD ("carried-actions", test_carried_actions);
  ADD ("talking-points-per-meeting", test_talking_points_per_meeting);
  ADD ("reminders-due", test_reminders_due);
  ADD ("count-meeting-actions", test_count_meeting_actions);
  ADD ("changed-signal", test_changed_signal);
  ADD ("delete-person-cascades", test_delete_person_cascades);
  ADD ("personal-notes", test_personal_notes);
#undef ADD

  return g_test_run ();
}
