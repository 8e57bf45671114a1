/* ooo-window-first-figures.c — everyone's figures, the first time, on a
 * worker thread
 *
 * The first load reads every 1:1 ever held, a tenth of a second with ten
 * years of them. It runs on a worker thread with a read-only connection of
 * its own, so that the window shows at once; the sidebar's due lines and
 * the overview fill in when it is done. What it needs of the people is
 * copied on the main thread first (OooOverviewJob). A change meanwhile
 * makes the figures load again, on the main thread, once it is done.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ooo-window-private.h"

/* The window is only weakly held: closing it does not wait for the load. */
typedef struct {
  char           *path;
  OooOverviewJob *job;
  GWeakRef        window;
} FirstLoad;

static void
first_load_free (gpointer data)
{
  FirstLoad *load = data;

  g_free (load->path);
  ooo_overview_job_free (load->job);
  g_weak_ref_clear (&load->window);
  g_free (load);
}

static void
load_in_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  FirstLoad *load = task_data;
  g_autoptr(OooStore) store = NULL;
  GListModel *loaded = NULL;
  GError *error = NULL;

  store = ooo_store_open_reader (load->path, &error);
  if (store != NULL)
    loaded = ooo_overview_job_run (load->job, store, &error);
  if (loaded == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, loaded, g_object_unref);
}

static void
on_first_load_done (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  FirstLoad *load = g_task_get_task_data (G_TASK (result));
  g_autoptr(OooWindow) self = g_weak_ref_get (&load->window);
  g_autoptr(GListModel) loaded = g_task_propagate_pointer (G_TASK (result), NULL);

  /* The people it holds are let go of here, on their own thread: the task
   * itself may end on the worker's. */
  g_clear_pointer (&load->job, ooo_overview_job_free);

  /* A window closed meanwhile has nothing to show it in. */
  if (self == NULL)
    return;
  self->figures_loading = FALSE;
  if (self->figures == NULL)
    return;

  /* Out of date (a change came, or is queued), or not read (the message
   * comes from loading here). */
  if (loaded == NULL || self->figures_stale || self->figures_idle != 0)
    ooo_window_refresh_figures (self);
  else
    ooo_window_show_figures (self, loaded);
  self->figures_stale = FALSE;
}

void
ooo_window_load_first_figures (OooWindow *self)
{
  g_autoptr(GDateTime) now = ooo_window_session_now (self);
  g_autoptr(GTask) task = g_task_new (NULL, NULL, on_first_load_done, NULL);
  FirstLoad *load = g_new0 (FirstLoad, 1);

  g_weak_ref_init (&load->window, self);
  load->path = g_strdup (ooo_store_get_path (ooo_session_get_store (self->session)));
  load->job = ooo_overview_job_new (self->people, now, FALSE);
  g_task_set_task_data (task, load, first_load_free);
  self->figures_loading = TRUE;
  self->figures_stale = FALSE;
  g_task_run_in_thread (task, load_in_thread);
}
