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
 * A failed write (a full disk, a file another program holds, a folder made
 * read-only) keeps the change pending, emits "failed" with the error and
 * tries again by itself, waiting longer each time up to a few seconds, so the
 * text is written as soon as the cause goes away; "recovered" says it was.
 * A new change or a flush tries at once as well.
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
  guint            retry_ms;    /* the wait before the next try; 0 while writes work */
};

#define FIRST_RETRY_MS 1000
#define MAX_RETRY_MS   8000

G_DEFINE_TYPE (OooAutosave, ooo_autosave, G_TYPE_OBJECT)

enum {
  FAILED,
  RECOVERED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
on_timeout (gpointer data)
{
  OooAutosave *self = data;

  self->source = 0;
  ooo_autosave_flush (self, NULL);

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

  /* The text could not be written (the GError says why); it stays pending
   * and another try is on its way. */
  signals[FAILED] = g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
  /* After failures, everything pending was written. */
  signals[RECOVERED] = g_signal_new ("recovered", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 0);
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

/* Writes now if anything is pending. A failure is also emitted as "failed"
 * and tried again later, so a caller may ignore @error. */
gboolean
ooo_autosave_flush (OooAutosave  *self,
                    GError      **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (OOO_IS_AUTOSAVE (self), FALSE);

  g_clear_handle_id (&self->source, g_source_remove);
  if (!self->pending)
    return TRUE;

  if (!self->save (self->user_data, &local_error)) {
    self->retry_ms = self->retry_ms == 0 ? FIRST_RETRY_MS
                                         : MIN (self->retry_ms * 2, MAX_RETRY_MS);
    self->source = g_timeout_add_full (G_PRIORITY_DEFAULT, self->retry_ms, on_timeout, self,
                                       NULL);
    g_signal_emit (self, signals[FAILED], 0, local_error);
    g_propagate_error (error, g_steal_pointer (&local_error));
    return FALSE;
  }

  self->pending = FALSE;
  self->n_saves++;
  if (self->retry_ms != 0) {
    self->retry_ms = 0;
    g_signal_emit (self, signals[RECOVERED], 0);
  }
  return TRUE;
}

/* Whether the last write failed and the text waits for another try. */
gboolean
ooo_autosave_get_failing (OooAutosave *self)
{
  g_return_val_if_fail (OOO_IS_AUTOSAVE (self), FALSE);
  return self->retry_ms != 0;
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
