/* ooo-autosave.c — saves what is typed within a moment of each key
 *
 * The first change not yet written starts a short timer, and the changes
 * after it do not push it back; when it fires, or when the caller flushes
 * (switching segment, closing, quitting), the text is written. Typing that
 * goes on for minutes is thus written as it goes, every delay, and a
 * process killed at any moment loses at most the delay's worth of typing.
 * (Restarting the timer at each key would save nothing until the manager
 * paused, however long they typed.)
 * The write itself is one small SQLite transaction, well under a frame, so
 * it runs on the main thread without stalling the typing.
 *
 * A failed write keeps the change pending and emits "failed" with the
 * message, so the next change or flush tries again and nothing is lost
 * silently.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ooo-autosave.h"

struct _OooAutosave
{
  GObject          parent_instance;

  guint            delay_ms;
  OooAutosaveFunc  save;
  gpointer         user_data;
  GDestroyNotify   destroy;
  guint            source;
  gboolean         pending;
  guint            n_saves;
};

G_DEFINE_TYPE (OooAutosave, ooo_autosave, G_TYPE_OBJECT)

enum {
  FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
on_timeout (gpointer data)
{
  OooAutosave *self = data;
  g_autoptr(GError) error = NULL;

  self->source = 0;
  if (!ooo_autosave_flush (self, &error))
    g_signal_emit (self, signals[FAILED], 0, error->message);

  return G_SOURCE_REMOVE;
}

static void
ooo_autosave_dispose (GObject *object)
{
  OooAutosave *self = OOO_AUTOSAVE (object);

  g_clear_handle_id (&self->source, g_source_remove);
  if (self->destroy != NULL && self->user_data != NULL)
    self->destroy (self->user_data);
  self->user_data = NULL;

  G_OBJECT_CLASS (ooo_autosave_parent_class)->dispose (object);
}

static void
ooo_autosave_class_init (OooAutosaveClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ooo_autosave_dispose;

  /* The text could not be written: the argument says why. */
  signals[FAILED] = g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
ooo_autosave_init (OooAutosave *self)
{
}

OooAutosave *
ooo_autosave_new (guint           delay_ms,
                  OooAutosaveFunc save,
                  gpointer        user_data,
                  GDestroyNotify  destroy)
{
  OooAutosave *self = g_object_new (OOO_TYPE_AUTOSAVE, NULL);

  self->delay_ms = delay_ms;
  self->save = save;
  self->user_data = user_data;
  self->destroy = destroy;

  return self;
}

/* Something changed: write it within the delay, with whatever changes
 * come before then. */
void
ooo_autosave_schedule (OooAutosave *self)
{
  g_return_if_fail (OOO_IS_AUTOSAVE (self));

  self->pending = TRUE;
  if (self->source == 0)
    self->source = g_timeout_add_full (G_PRIORITY_DEFAULT, self->delay_ms, on_timeout, self,
                                       NULL);
}

/* Writes now if anything is pending. */
gboolean
ooo_autosave_flush (OooAutosave  *self,
                    GError      **error)
{
  g_return_val_if_fail (OOO_IS_AUTOSAVE (self), FALSE);

  g_clear_handle_id (&self->source, g_source_remove);
  if (!self->pending)
    return TRUE;

  if (!self->save (self->user_data, error))
    return FALSE;

  self->pending = FALSE;
  self->n_saves++;
  return TRUE;
}

gboolean
ooo_autosave_get_pending (OooAutosave *self)
{
  g_return_val_if_fail (OOO_IS_AUTOSAVE (self), FALSE);
  return self->pending;
}

/* How many writes happened; for tests. */
guint
ooo_autosave_get_n_saves (OooAutosave *self)
{
  g_return_val_if_fail (OOO_IS_AUTOSAVE (self), 0);
  return self->n_saves;
}
