/* ooo-personal-card.c — what the manager remembers about a person: free
 * notes, and what to ask them about
 *
 * The notes have no Save button: OooAutosave writes them within a moment
 * of each key, and at once when another person is shown or the page goes.
 * Notes that could not be written are kept in memory (and shown again with
 * that person) until a later write succeeds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ooo-autosave.h"
#include "ooo-personal-card.h"
#include "ooo-reminders-group.h"
#include "ooo-widget-util.h"

#define AUTOSAVE_DELAY_MS 1000

struct _OooPersonalCard
{
  GtkWidget    parent_instance;

  OooSession  *session;
  OooPerson   *person;
  OooAutosave *autosave;
  GHashTable  *unsaved;          /* person id → notes not yet written */
  gboolean     loading;

  GtkWidget   *box;
  GtkWidget   *notes_view;
  GtkWidget   *reminders_group;
};

G_DEFINE_TYPE (OooPersonalCard, ooo_personal_card, GTK_TYPE_WIDGET)

/* Notes */

static char *
buffer_text (OooPersonalCard *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->notes_view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static gboolean
save_notes (gpointer   data,
            GError   **error)
{
  OooPersonalCard *self = data;
  g_autofree char *text = NULL;
  gint64 id;

  if (self->person == NULL || self->session == NULL)
    return TRUE;

  text = buffer_text (self);
  id = ooo_person_get_id (self->person);
  if (!ooo_people_save_personal_notes (ooo_session_get_people (self->session), self->person,
                                       text, error)) {
    g_hash_table_insert (self->unsaved, g_memdup2 (&id, sizeof id), g_steal_pointer (&text));
    return FALSE;
  }

  g_hash_table_remove (self->unsaved, &id);
  return TRUE;
}

static void
on_autosave_failed (OooPersonalCard *self,
                    const char      *message)
{
  g_autofree char *text = NULL;

  /* Translators: %s says why, as the database put it */
  text = g_strdup_printf (_("The notes about them could not be saved: %s"), message);
  ooo_widget_show_toast (GTK_WIDGET (self), text);
}

static void
on_notes_changed (OooPersonalCard *self)
{
  if (!self->loading && self->person != NULL)
    ooo_autosave_schedule (self->autosave);
}

static void
show_notes (OooPersonalCard *self,
            const char      *notes)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->notes_view));

  /* Another person's notes are not something to undo into. */
  self->loading = TRUE;
  gtk_text_buffer_begin_irreversible_action (buffer);
  gtk_text_buffer_set_text (buffer, notes != NULL ? notes : "", -1);
  gtk_text_buffer_end_irreversible_action (buffer);
  self->loading = FALSE;
}

static void
load_notes (OooPersonalCard *self)
{
  const char *unsaved = NULL;
  gint64 id;

  gtk_widget_set_sensitive (self->notes_view, self->person != NULL);
  if (self->person == NULL) {
    show_notes (self, "");
    return;
  }

  id = ooo_person_get_id (self->person);
  unsaved = g_hash_table_lookup (self->unsaved, &id);
  show_notes (self, unsaved != NULL ? unsaved : ooo_person_get_personal_notes (self->person));
  if (unsaved != NULL)
    ooo_autosave_schedule (self->autosave);
}

/* Changed elsewhere (an import): show it, unless typing is still unsaved. */
static void
on_person_notes_notify (OooPersonalCard *self)
{
  const char *notes = ooo_person_get_personal_notes (self->person);
  g_autofree char *shown = NULL;

  if (ooo_autosave_get_pending (self->autosave))
    return;

  shown = buffer_text (self);
  if (g_strcmp0 (notes, shown) != 0)
    show_notes (self, notes);
}

/* The widget */

static void
ooo_personal_card_dispose (GObject *object)
{
  OooPersonalCard *self = OOO_PERSONAL_CARD (object);
  g_autoptr(GError) error = NULL;

  /* Nowhere left to show a toast: the log is the last resort. */
  if (self->autosave != NULL && !ooo_autosave_flush (self->autosave, &error))
    g_warning ("The notes about them could not be saved: %s", error->message);
  g_clear_object (&self->autosave);

  if (self->person != NULL)
    g_signal_handlers_disconnect_by_data (self->person, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), OOO_TYPE_PERSONAL_CARD);
  g_clear_object (&self->person);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (ooo_personal_card_parent_class)->dispose (object);
}

static void
ooo_personal_card_finalize (GObject *object)
{
  g_hash_table_unref (OOO_PERSONAL_CARD (object)->unsaved);

  G_OBJECT_CLASS (ooo_personal_card_parent_class)->finalize (object);
}

static void
ooo_personal_card_class_init (OooPersonalCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ooo_personal_card_dispose;
  object_class->finalize = ooo_personal_card_finalize;

  g_type_ensure (OOO_TYPE_REMINDERS_GROUP);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/OneOnOne/ooo-personal-card.ui");
  gtk_widget_class_bind_template_child (widget_class, OooPersonalCard, box);
  gtk_widget_class_bind_template_child (widget_class, OooPersonalCard, notes_view);
  gtk_widget_class_bind_template_child (widget_class, OooPersonalCard, reminders_group);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ooo_personal_card_init (OooPersonalCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->unsaved = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->autosave = ooo_autosave_new (AUTOSAVE_DELAY_MS, save_notes, self, NULL);
  g_signal_connect_object (self->autosave, "failed", G_CALLBACK (on_autosave_failed), self,
                           G_CONNECT_SWAPPED);

  /* The card behind it is the background, not the view's own. */
  gtk_widget_remove_css_class (self->notes_view, "view");
  g_signal_connect_swapped (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->notes_view)),
                            "changed", G_CALLBACK (on_notes_changed), self);

  load_notes (self);
}

void
ooo_personal_card_set_session (OooPersonalCard *self,
                               OooSession      *session)
{
  g_return_if_fail (OOO_IS_PERSONAL_CARD (self));

  g_set_object (&self->session, session);
  ooo_reminders_group_set_session (OOO_REMINDERS_GROUP (self->reminders_group), session);
}

void
ooo_personal_card_set_person (OooPersonalCard *self,
                              OooPerson       *person)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (OOO_IS_PERSONAL_CARD (self));

  if (self->person == person)
    return;

  /* What was typed about the previous person goes to them, now. */
  if (!ooo_autosave_flush (self->autosave, &error))
    on_autosave_failed (self, error->message);

  if (self->person != NULL)
    g_signal_handlers_disconnect_by_data (self->person, self);
  g_set_object (&self->person, person);
  if (person != NULL)
    g_signal_connect_swapped (person, "notify::personal-notes",
                              G_CALLBACK (on_person_notes_notify), self);

  load_notes (self);
  ooo_reminders_group_set_person (OOO_REMINDERS_GROUP (self->reminders_group), person);
}

gboolean
ooo_personal_card_flush (OooPersonalCard  *self,
                         GError          **error)
{
  g_return_val_if_fail (OOO_IS_PERSONAL_CARD (self), FALSE);

  return ooo_autosave_flush (self->autosave, error);
}
