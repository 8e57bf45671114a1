/* ooo-builtin-templates.c — the agenda templates the app comes with
 *
 * The built-ins live in the database too, under fixed UUIDs, so that meetings
 * and exports can refer to them; each load brings their rows back to what the
 * code says, in the manager's language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ooo-builtin-templates.h"
#include "ooo-templates.h"

#define THEM OOO_SEGMENT_OWNER_THEM
#define ME   OOO_SEGMENT_OWNER_ME
#define BOTH OOO_SEGMENT_OWNER_BOTH

typedef struct {
  const char      *title;
  guint            minutes;
  OooSegmentOwner  owner;
  const char      *prompts[4];   /* NULL-terminated */
} BuiltinSegment;

typedef struct {
  const char     *key;
  const char     *uuid;          /* the same on every machine, so exports merge */
  const char     *name;
  BuiltinSegment  segments[4];   /* ends at the first NULL title */
} Builtin;

/* The order is the order of the list. Never change a key or a UUID. */
static const Builtin builtins[] = {
  {
    OOO_TEMPLATE_KEY_O3, "d6f8626b-23e0-4611-9b94-07894c54f816",
    /* Translators: the weekly 10/10/10 one-on-one of the Manager Tools podcast */
    N_("O3 (Manager Tools)"), {
      { N_("Their time"), 10, THEM, {
          N_("What’s on your mind this week?"),
          N_("What’s going well, and what’s getting in your way?"),
        } },
      { N_("My time"), 10, ME, {
          N_("What news from above or around the company do they need to hear?"),
          N_("Which projects or actions need a follow-up?"),
          N_("Is there feedback to give, positive first?"),
        } },
      { N_("The future"), 10, BOTH, {
          N_("Where do you want to be in a year or two?"),
          N_("Which skill would you like to work on next?"),
          N_("What could we do this quarter to help you grow?"),
        } },
    },
  },
  {
    OOO_TEMPLATE_KEY_SPLIT, "6f4bd2e3-9a51-47d3-ab92-01aba960bf2e",
    N_("Split 15/15"), {
      { N_("Their time"), 15, THEM, {
          N_("What’s on your mind this week?"),
          N_("What’s going well, and what’s getting in your way?"),
          N_("Is there anything you need from me?"),
        } },
      { N_("My time"), 15, ME, {
          N_("What news from above or around the company do they need to hear?"),
          N_("Which projects or actions need a follow-up?"),
          N_("Is there feedback to give, positive first?"),
        } },
    },
  },
  {
    OOO_TEMPLATE_KEY_STATUS, "a4b20cc9-1ad7-49f5-ab78-2cb4586b1f24",
    /* Translators: for contractors, with whom coaching and career talk may
     * not be allowed */
    N_("Status (contractor)"), {
      { N_("Progress and plans"), 15, THEM, {
          N_("What have you finished since we last met?"),
          N_("What are you working on next?"),
        } },
      { N_("Issues and help needed"), 10, THEM, {
          N_("What is blocking you or slowing you down?"),
          N_("What do you need from me or from the team?"),
        } },
      { N_("Outcome on track?"), 5, BOTH, {
          N_("Is the work on track for the agreed scope and date?"),
          N_("Does anything in the plan need to change?"),
        } },
    },
  },
  {
    OOO_TEMPLATE_KEY_INDIVIDUAL_CONTRIBUTOR, "780e447f-a8ad-44a3-828a-67680cd05b1e",
    N_("Individual contributor"), {
      { N_("Priorities that move the strategy"), 10, THEM, {
          N_("What are the priorities for this role that move the company strategy "
             "forward?"),
        } },
      { N_("Making the role fit the strategy"), 10, THEM, {
          N_("How can we improve your role to be more aligned with the strategy?"),
        } },
      { N_("How can I help"), 10, THEM, {
          N_("What can I do to help you in terms of support, resources or development?"),
        } },
    },
  },
  {
    OOO_TEMPLATE_KEY_MANAGER_OF_MANAGERS, "4c564d88-6981-4cde-806e-eef82f886703",
    N_("Manager of managers"), {
      { N_("Department delivery of the strategy"), 10, THEM, {
          N_("How does the activity of your department lead to the delivery of the "
             "strategy?"),
        } },
      { N_("What you learned, plans"), 10, THEM, {
          N_("What have you learned and how will it inform your plans going forward?"),
        } },
      { N_("Alignment with other departments"), 10, THEM, {
          N_("How are you aligning with the other departments in this company?"),
        } },
    },
  },
  {
    OOO_TEMPLATE_KEY_SKIP_LEVEL, "8962a463-efe1-4428-a2a9-36f7ee9570e2",
    N_("Skip-level"), {
      { N_("How is it going"), 10, THEM, {
          N_("How is work going for you and your team?"),
          N_("What are you proud of lately?"),
        } },
      { N_("What gets in the way"), 10, THEM, {
          N_("What slows you or the team down?"),
          N_("If you could change one thing here, what would it be?"),
        } },
      { N_("Ideas and questions"), 10, BOTH, {
          N_("What ideas do you have for the team or the company?"),
          N_("What would you like to ask me?"),
        } },
    },
  },
  {
    OOO_TEMPLATE_KEY_FIRST, "04d7df0d-0ee5-457a-91fd-4becbed8a9f4",
    N_("First 1:1"), {
      { N_("Getting to know you"), 15, BOTH, {
          N_("Tell me about your career so far, and what brought you here."),
          N_("What do you enjoy outside of work?"),
          N_("What should I know about how you like to work?"),
        } },
      { N_("How you like feedback and recognition"), 10, THEM, {
          N_("Do you prefer feedback in the moment, or saved for our 1:1?"),
          N_("Do you like to be recognised for good work in public or in private?"),
        } },
      { N_("Goals and how I can support"), 20, BOTH, {
          N_("What do you want to achieve in the next year?"),
          N_("How can I best support you?"),
          N_("We will meet every week for 30 minutes, your agenda first. Does that "
             "work for you?"),
        } },
    },
  },
};

/* Where a template with @key goes in the list: built-ins in the table's order,
 * then a built-in this version does not know (from a newer one), then the
 * manager's (a NULL @key). */
guint
ooo_builtin_templates_rank (const char *key)
{
  if (key == NULL)
    return G_N_ELEMENTS (builtins) + 1;

  for (guint i = 0; i < G_N_ELEMENTS (builtins); i++) {
    if (strcmp (builtins[i].key, key) == 0)
      return i;
  }

  return G_N_ELEMENTS (builtins);
}


static guint
builtin_n_segments (const Builtin *builtin)
{
  guint n = 0;

  while (n < G_N_ELEMENTS (builtin->segments) && builtin->segments[n].title != NULL)
    n++;

  return n;
}

/* The prompts of a built-in segment in the manager's language, one per line. */
static char *
builtin_prompts (const BuiltinSegment *segment)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (segment->prompts) && segment->prompts[i] != NULL; i++) {
    if (i > 0)
      g_string_append_c (text, '\n');
    g_string_append (text, _(segment->prompts[i]));
  }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* A built-in segment's UUID, derived from its template's and its position:
 * stable across machines without a table of its own. Shaped like a name-based
 * (version 5) UUID. */
static char *
builtin_segment_uuid (const char *template_uuid,
                      guint       position)
{
  g_autofree char *name = g_strdup_printf ("%s/segment/%u", template_uuid, position);
  g_autofree char *hex = g_compute_checksum_for_string (G_CHECKSUM_SHA1, name, -1);
  char variant = "89ab"[g_ascii_xdigit_value (hex[16]) & 3];

  return g_strdup_printf ("%.8s-%.4s-5%.3s-%c%.3s-%.12s",
                          hex, hex + 8, hex + 13, variant, hex + 17, hex + 20);
}

static gboolean
step_row (OooStore      *store,
          sqlite3_stmt  *stmt,
          GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_ROW) {
    sqlite3_reset (stmt);
    ooo_store_set_error (store, rc == SQLITE_DONE ? SQLITE_NOTFOUND : rc, error);
    return FALSE;
  }

  return TRUE;
}

/* Writes one built-in and its segments as the code has them. The upserts
 * leave rows that already match untouched, so a normal start writes nothing. */
static gboolean
ensure_builtin (OooStore       *store,
                const Builtin  *builtin,
                gint64          now,
                GError        **error)
{
  guint n = builtin_n_segments (builtin);
  sqlite3_stmt *stmt;
  gint64 template_id;

  /* A row that holds the key under another UUID (never written by this app)
   * becomes the manager's own, so the real built-in can take the key. */
  stmt = ooo_store_prepare (store,
                            "UPDATE template SET builtin_key = NULL"
                            " WHERE builtin_key = ?1 AND uuid <> ?2",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, builtin->key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, builtin->uuid, -1, SQLITE_STATIC);
  if (!ooo_store_step_done (store, stmt, error))
    return FALSE;

  stmt = ooo_store_prepare (store,
                            "INSERT INTO template (uuid, name, builtin_key, created_at,"
                            " updated_at) VALUES (?1, ?2, ?3, ?4, ?4)"
                            " ON CONFLICT (uuid) DO UPDATE SET name = excluded.name,"
                            " builtin_key = excluded.builtin_key,"
                            " updated_at = excluded.updated_at"
                            " WHERE name IS NOT excluded.name"
                            " OR builtin_key IS NOT excluded.builtin_key",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, builtin->uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, _(builtin->name), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, builtin->key, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, now);
  if (!ooo_store_step_done (store, stmt, error))
    return FALSE;

  stmt = ooo_store_prepare (store, "SELECT id FROM template WHERE uuid = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, builtin->uuid, -1, SQLITE_STATIC);
  if (!step_row (store, stmt, error))
    return FALSE;
  template_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  for (guint i = 0; i < n; i++) {
    const BuiltinSegment *segment = &builtin->segments[i];
    g_autofree char *uuid = builtin_segment_uuid (builtin->uuid, i);
    g_autofree char *prompts = builtin_prompts (segment);

    stmt = ooo_store_prepare (store,
                              "INSERT INTO template_segment (uuid, template_id, position,"
                              " title, minutes, owner, prompts)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                              " ON CONFLICT (template_id, position) DO UPDATE SET"
                              " uuid = excluded.uuid, title = excluded.title,"
                              " minutes = excluded.minutes, owner = excluded.owner,"
                              " prompts = excluded.prompts"
                              " WHERE uuid IS NOT excluded.uuid OR title IS NOT excluded.title"
                              " OR minutes IS NOT excluded.minutes"
                              " OR owner IS NOT excluded.owner"
                              " OR prompts IS NOT excluded.prompts",
                              error);
    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64 (stmt, 2, template_id);
    sqlite3_bind_int (stmt, 3, i);
    sqlite3_bind_text (stmt, 4, _(segment->title), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int (stmt, 5, segment->minutes);
    sqlite3_bind_text (stmt, 6, ooo_segment_owner_to_nick (segment->owner), -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 7, prompts, -1, SQLITE_TRANSIENT);
    if (!ooo_store_step_done (store, stmt, error))
      return FALSE;
  }

  /* Segments a former version had and this one dropped. */
  stmt = ooo_store_prepare (store,
                            "DELETE FROM template_segment"
                            " WHERE template_id = ?1 AND position >= ?2",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, template_id);
  sqlite3_bind_int (stmt, 2, n);

  return ooo_store_step_done (store, stmt, error);
}

/* Writes every built-in into @store, in one transaction. */
gboolean
ooo_builtin_templates_ensure (OooStore  *store,
                              GError   **error)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  if (!ooo_store_begin (store, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (builtins); i++) {
    if (!ensure_builtin (store, &builtins[i], now, error)) {
      ooo_store_rollback (store);
      return FALSE;
    }
  }

  return ooo_store_commit (store, error);
}
