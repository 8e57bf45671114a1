/* ooo-bench-data.c — a big, realistic database for the benchmarks
 *
 * Rows go in through cached prepared statements in one transaction; UUIDs
 * and texts come from a seeded generator, so every run builds the same file.
 * Each person meets weekly at their own slot from January 2016: most 1:1s
 * are held (O3, or Status for contractors), some cancelled or moved; action
 * items agreed in one are ticked off in the next held one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ooo-bench-data.h"
#include "ooo-builtin-templates.h"
/* For the search index's upkeep: built once at the end, as a big import does. */
#include "ooo-import-private.h"

#define O3_UUID     "d6f8626b-23e0-4611-9b94-07894c54f816"
#define STATUS_UUID "a4b20cc9-1ad7-49f5-ab78-2cb4586b1f24"
#define FIRST_MONDAY G_GINT64_CONSTANT (1451898000)   /* 2016-01-04 09:00 UTC */
#define WEEK (7 * 24 * 3600)

static const char * const first_names[] = {
  "Ana", "Bruno", "Chloé", "Dmitri", "Emeka", "Fatima", "Gustav", "Hana", "Ines", "Jonas",
  "Kofi", "Lena", "Mateo", "Nadia", "Oscar", "Priya", "Quentin", "Rosa", "Sven", "Tomoko",
};
static const char * const last_names[] = {
  "Lima", "Ćosić", "Okafor", "Schmidt", "Tanaka", "Haddad", "Novak", "García", "Berg",
  "Müller",
};
static const char * const roles[] = {
  "Software engineer", "Senior engineer", "Designer", "Product manager", "Data analyst",
  "Engineering manager", "QA engineer", "Technical writer",
};
static const char * const zones[] = {
  "", "Europe/Paris", "America/New_York", "Asia/Kolkata", "Europe/Lisbon", "Asia/Tokyo",
};

/* What 1:1 notes are made of. */
static const char * const sentences[] = {
  "Release went out on Tuesday without a rollback.",
  "Feels stretched between the migration and support duty.",
  "Wants more ownership of the billing service next quarter.",
  "We talked about how code review is taking too long for the team.",
  "Asked for feedback on the design review presentation; it was clear and well paced.",
  "Concerned that the roadmap changes every two weeks.",
  "Shared the news about the reorganisation and what it means for the team.",
  "Hiring: two interviews this week, one strong candidate for the backend role.",
  "On-call was quiet, except for the certificate expiry on Saturday night.",
  "Would like to attend a conference in the spring and give a short talk.",
  "Discussed the promotion criteria and which examples show the next level.",
  "Blocked on the security review; I will ask the other team for a date.",
  "Mentoring the new joiner takes about a day a week, which is fine for now.",
  "Positive feedback from the customer about the reporting feature.",
  "We agreed to move the planning meeting to Thursdays.",
  "Energy is lower than usual; a lot going on at home, nothing work can fix.",
  "Proposed to split the monolith module before adding the new API.",
  "Pairing with the data team worked well and should continue.",
  "Not sure the estimate for the import feature holds; will re-check by Friday.",
  "Career: interested in the staff path rather than management, for now.",
};

static const char * const titles[3] = { "Their time", "My time", "The future" };
static const char * const status_titles[3] = {
  "Progress and plans", "Issues and help needed", "Outcome on track?"
};
static const char * const owners[3] = { "them", "me", "both" };
static const char * const prompts[3] = {
  "What’s on your mind this week?\nWhat’s going well, and what’s getting in your way?",
  "What news from above or around the company do they need to hear?\n"
  "Which projects or actions need a follow-up?\nIs there feedback to give, positive first?",
  "Where do you want to be in a year or two?\nWhich skill would you like to work on next?",
};
static const char * const actions[] = {
  "Send the updated estimate", "Book the conference ticket", "Write the design proposal",
  "Review the on-call runbook", "Ask the security team for a review date",
  "Share the promotion examples", "Pair with the new joiner on the API",
};
static const char * const points[] = {
  "Team offsite dates", "Budget for training", "Feedback on the last retro",
  "Workload during the migration", "Hybrid days in the office",
};

typedef struct {
  OooStore           *store;
  GRand              *rand;
  OooBenchDataCounts *counts;
  GError            **error;
  GString            *text;
  char                uuid[37];
} Gen;

static const char *
next_uuid (Gen *gen)
{
  guint32 a = g_rand_int (gen->rand);
  guint32 b = g_rand_int (gen->rand);
  guint32 c = g_rand_int (gen->rand);
  guint32 d = g_rand_int (gen->rand);

  g_snprintf (gen->uuid, sizeof gen->uuid, "%08x-%04x-4%03x-%x%03x-%04x%08x", a, b >> 16,
              b & 0xfff, 8 + (c >> 30), (c >> 16) & 0xfff, c & 0xffff, d);
  return gen->uuid;
}

static guint
pick (Gen   *gen,
      guint  n)
{
  return g_rand_int_range (gen->rand, 0, n);
}

/* About @words words of notes, in whole sentences. */
static const char *
notes (Gen   *gen,
       guint  words)
{
  guint count = 0;

  g_string_truncate (gen->text, 0);
  while (count < words) {
    const char *sentence = sentences[pick (gen, G_N_ELEMENTS (sentences))];

    if (gen->text->len > 0)
      g_string_append_c (gen->text, pick (gen, 4) == 0 ? '\n' : ' ');
    g_string_append (gen->text, sentence);
    for (const char *p = sentence; *p != '\0'; p++)
      count += *p == ' ';
    count++;
  }
  gen->counts->words += count;

  return gen->text->str;
}

static sqlite3_stmt *
prepare (Gen        *gen,
         const char *sql)
{
  return ooo_store_prepare (gen->store, sql, gen->error);
}

static gboolean
step (Gen          *gen,
      sqlite3_stmt *stmt)
{
  return ooo_store_step_done (gen->store, stmt, gen->error);
}

static gint64
last_id (Gen *gen)
{
  return sqlite3_last_insert_rowid (ooo_store_get_db (gen->store));
}

static char *
date_of (gint64 unix_seconds)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (unix_seconds);

  return g_date_time_format (time, "%Y-%m-%d");
}

/* The items agreed in one meeting wait to be ticked off in the next. */
typedef struct {
  guint  action;
  guint  owner;
  gint64 meeting_id;
  gint64 created_at;
  gint64 due_at;
} Pending;

static gboolean
insert_action (Gen           *gen,
               gint64         person_id,
               const Pending *pending,
               gint64         done_meeting,
               gint64         done_at)
{
  sqlite3_stmt *stmt = prepare (gen,
                                "INSERT INTO action_item (uuid, person_id, meeting_id, text,"
                                " owner, due_on, done_at, done_meeting_id, created_at,"
                                " updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
  g_autofree char *due = date_of (pending->due_at);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, next_uuid (gen), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, person_id);
  sqlite3_bind_int64 (stmt, 3, pending->meeting_id);
  sqlite3_bind_text (stmt, 4, actions[pending->action], -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, pending->owner == 0 ? "me" : "them", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, due, -1, SQLITE_TRANSIENT);
  if (done_meeting != 0) {
    sqlite3_bind_int64 (stmt, 7, done_at);
    sqlite3_bind_int64 (stmt, 8, done_meeting);
  }
  sqlite3_bind_int64 (stmt, 9, pending->created_at);
  sqlite3_bind_int64 (stmt, 10, done_meeting != 0 ? done_at : pending->created_at);
  gen->counts->action_items++;

  return step (gen, stmt);
}

static gboolean
insert_segments (Gen      *gen,
                 gint64    meeting_id,
                 gboolean  held,
                 gboolean  contractor)
{
  guint words = held ? 120 + pick (gen, 161) : 0;   /* 120 to 280 */
  static const guint share[3] = { 45, 35, 20 };

  for (guint i = 0; i < 3; i++) {
    sqlite3_stmt *stmt = prepare (gen,
                                  "INSERT INTO meeting_segment (uuid, meeting_id, position,"
                                  " title, owner, prompts, planned_seconds, elapsed_ms, notes)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, 600, ?7, ?8)");

    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_text (stmt, 1, next_uuid (gen), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64 (stmt, 2, meeting_id);
    sqlite3_bind_int (stmt, 3, i);
    sqlite3_bind_text (stmt, 4, contractor ? status_titles[i] : titles[i], -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 5, owners[i], -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 6, prompts[i], -1, SQLITE_STATIC);
    sqlite3_bind_int64 (stmt, 7, held ? 420000 + pick (gen, 360000) : 0);
    sqlite3_bind_text (stmt, 8, held ? notes (gen, words * share[i] / 100) : "", -1,
                       SQLITE_TRANSIENT);
    if (!step (gen, stmt))
      return FALSE;
    gen->counts->segments++;
  }

  return TRUE;
}

static gboolean
insert_points (Gen    *gen,
               gint64  person_id,
               gint64  meeting_id,
               gint64  started_at)
{
  guint n = pick (gen, 3);

  for (guint i = 0; i < n; i++) {
    sqlite3_stmt *stmt = prepare (gen,
                                  "INSERT INTO talking_point (uuid, person_id, text, raised_by,"
                                  " discussed_meeting_id, discussed_at, created_at, updated_at)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?6)");

    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_text (stmt, 1, next_uuid (gen), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64 (stmt, 2, person_id);
    sqlite3_bind_text (stmt, 3, points[pick (gen, G_N_ELEMENTS (points))], -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 4, pick (gen, 5) < 3 ? "them" : "me", -1, SQLITE_STATIC);
    sqlite3_bind_int64 (stmt, 5, meeting_id);
    sqlite3_bind_int64 (stmt, 6, started_at + 300 * (i + 1));
    sqlite3_bind_int64 (stmt, 7, started_at - 86400 * (1 + pick (gen, 5)));
    if (!step (gen, stmt))
      return FALSE;
    gen->counts->talking_points++;
  }

  return TRUE;
}

static gboolean
insert_meetings (Gen      *gen,
                 gint64    person_id,
                 guint     index,
                 guint     n_meetings,
                 gboolean  contractor)
{
  g_autoptr(GArray) pending = g_array_new (FALSE, FALSE, sizeof (Pending));
  gint64 slot = FIRST_MONDAY + (index % 5) * 86400 + ((index / 5) % 8) * 3600;

  for (guint week = 0; week < n_meetings; week++) {
    gint64 due = slot + (gint64) week * WEEK;
    guint roll = pick (gen, 100);
    const char *status = roll < 92 ? "held" : roll < 96 ? "rescheduled" : "cancelled";
    gboolean held = roll < 92;
    g_autofree char *due_on = date_of (due);
    g_autofree char *moved_to = date_of (due + 86400);
    sqlite3_stmt *stmt;
    gint64 meeting_id;

    stmt = prepare (gen,
                    "INSERT INTO meeting (uuid, person_id, template_id, template_name, status,"
                    " due_on, rescheduled_to, cancel_reason, started_at, ended_at, timer_state,"
                    " private_notes, created_at, updated_at)"
                    " VALUES (?1, ?2, (SELECT id FROM template WHERE uuid = ?3), ?4, ?5, ?6,"
                    " ?7, ?8, ?9, ?10, 'finished', ?11, ?12, ?13)");
    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_text (stmt, 1, next_uuid (gen), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64 (stmt, 2, person_id);
    sqlite3_bind_text (stmt, 3, contractor ? STATUS_UUID : O3_UUID, -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 4, contractor ? "Status (contractor)" : "O3 (Manager Tools)", -1,
                       SQLITE_STATIC);
    sqlite3_bind_text (stmt, 5, status, -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 6, due_on, -1, SQLITE_TRANSIENT);
    if (roll >= 92 && roll < 96)
      sqlite3_bind_text (stmt, 7, moved_to, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text (stmt, 8, roll >= 96 ? "Out sick" : "", -1, SQLITE_STATIC);
    if (held) {
      sqlite3_bind_int64 (stmt, 9, due);
      sqlite3_bind_int64 (stmt, 10, due + 1800 + pick (gen, 600));
    }
    sqlite3_bind_text (stmt, 11, held && pick (gen, 5) == 0 ? notes (gen, 15) : "", -1,
                       SQLITE_TRANSIENT);
    sqlite3_bind_int64 (stmt, 12, due - 3 * 86400);
    sqlite3_bind_int64 (stmt, 13, due + 2400);
    if (!step (gen, stmt))
      return FALSE;
    meeting_id = last_id (gen);
    gen->counts->meetings++;

    if (!insert_segments (gen, meeting_id, held, contractor))
      return FALSE;
    if (!held)
      continue;

    /* Last time's items, ticked off now. */
    for (guint i = 0; i < pending->len; i++) {
      if (!insert_action (gen, person_id, &g_array_index (pending, Pending, i),
                          pick (gen, 7) == 0 ? 0 : meeting_id, due + 600))
        return FALSE;
    }
    g_array_set_size (pending, pick (gen, 4));
    for (guint i = 0; i < pending->len; i++) {
      Pending *item = &g_array_index (pending, Pending, i);

      item->action = pick (gen, G_N_ELEMENTS (actions));
      item->owner = pick (gen, 10) < 7 ? 1 : 0;
      item->meeting_id = meeting_id;
      item->created_at = due + 1200 + i;
      item->due_at = due + WEEK;
    }

    if (!insert_points (gen, person_id, meeting_id, due))
      return FALSE;
  }

  /* Still open at the end. */
  for (guint i = 0; i < pending->len; i++) {
    if (!insert_action (gen, person_id, &g_array_index (pending, Pending, i), 0, 0))
      return FALSE;
  }

  return TRUE;
}

static gboolean
insert_person (Gen   *gen,
               guint  index,
               guint  n_meetings)
{
  gboolean contractor = index % 10 == 9;
  g_autofree char *name = g_strdup_printf ("%s %s", first_names[index % 20],
                                           last_names[(index / 20) % 10]);
  sqlite3_stmt *stmt;
  gint64 person_id;

  stmt = prepare (gen,
                  "INSERT INTO person (uuid, name, role, relationship, kind, employment,"
                  " time_zone, cadence_days, reporting_since, archived, default_template_id,"
                  " personal_notes, created_at, updated_at) VALUES (?1, ?2, ?3, 'direct', ?4,"
                  " ?5, ?6, 7, '2016-01-04', 0, (SELECT id FROM template WHERE uuid = ?7), ?8,"
                  " ?9, ?9)");
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, next_uuid (gen), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, roles[index % G_N_ELEMENTS (roles)], -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, index % 7 == 0 ? "manager" : "individual", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, contractor ? "contractor" : "employee", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, zones[index % G_N_ELEMENTS (zones)], -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, contractor ? STATUS_UUID : O3_UUID, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, notes (gen, 40), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 9, FIRST_MONDAY - 7 * 86400);
  if (!step (gen, stmt))
    return FALSE;
  person_id = last_id (gen);
  gen->counts->people++;

  for (guint i = 0; i < 5; i++) {
    gint64 on = FIRST_MONDAY + (gint64) (pick (gen, MAX (n_meetings, 1))) * WEEK;
    g_autofree char *remind_on = date_of (on);

    stmt = prepare (gen,
                    "INSERT INTO reminder (uuid, person_id, text, remind_on, done_at,"
                    " created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)");
    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_text (stmt, 1, next_uuid (gen), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64 (stmt, 2, person_id);
    sqlite3_bind_text (stmt, 3, "Ask how the move went", -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 4, remind_on, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64 (stmt, 5, on + 3600);
    sqlite3_bind_int64 (stmt, 6, on - 10 * 86400);
    if (!step (gen, stmt))
      return FALSE;
    gen->counts->reminders++;
  }

  return insert_meetings (gen, person_id, index, n_meetings, contractor);
}

gboolean
ooo_bench_data_fill (OooStore                   *store,
                     const OooBenchDataOptions  *options,
                     OooBenchDataCounts         *counts,
                     GError                    **error)
{
  OooImportIndexes deferred = { NULL, NULL };
  OooBenchDataCounts ignored;
  Gen gen = { store, NULL, counts != NULL ? counts : &ignored, error, NULL, { 0 } };
  gboolean ok = TRUE;

  g_return_val_if_fail (OOO_IS_STORE (store), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);

  memset (gen.counts, 0, sizeof *gen.counts);
  if (!ooo_builtin_templates_ensure (store, error))
    return FALSE;
  /* One transaction of hundreds of megabytes: with SQLite's default 2 MiB
   * of cache its pages would be written out again and again, and each
   * statement's journal would go to a file. */
  sqlite3_exec (ooo_store_get_db (store), "PRAGMA cache_size = -262144;"
                " PRAGMA temp_store = MEMORY", NULL, NULL, NULL);
  if (!ooo_store_begin (store, error))
    return FALSE;

  ok = ooo_import_indexes_defer (store, &deferred, error);
  gen.rand = g_rand_new_with_seed (options->seed);
  gen.text = g_string_new (NULL);
  for (guint i = 0; ok && i < options->n_people; i++)
    ok = insert_person (&gen, i, options->n_meetings);
  g_rand_free (gen.rand);
  g_string_free (gen.text, TRUE);

  ok = ok && ooo_import_indexes_restore (store, &deferred, error);
  ooo_import_indexes_clear (&deferred);
  ok = ok && ooo_store_commit (store, error);
  if (!ok)
    ooo_store_rollback (store);
  sqlite3_exec (ooo_store_get_db (store), "PRAGMA cache_size = -2000; PRAGMA temp_store = 0",
                NULL, NULL, NULL);

  return ok;
}
