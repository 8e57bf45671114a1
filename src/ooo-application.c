/* ooo-application.c — the application: one session, one window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ooo-application.h"
#include "ooo-preferences-window.h"
#include "ooo-session.h"
#include "ooo-window.h"

struct _OooApplication
{
  AdwApplication  parent_instance;

  char           *database_path;
  OooStore       *store;
  OooSession     *session;
  char           *open_error;
};

G_DEFINE_TYPE (OooApplication, ooo_application, ADW_TYPE_APPLICATION)

static const struct {
  const char *action;
  const char *accels[2];
} accelerators[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "window.close", { "<Control>w", NULL } },
  { "win.add-person", { "<Control>n", NULL } },
  { "win.edit-person", { "<Control>e", NULL } },
  { "win.delete-person", { "<Control>Delete", NULL } },
  { "win.back", { "<Alt>Left", NULL } },
  { "win.start-meeting", { "<Control>Return", NULL } },
  { "win.toggle-timer", { "<Control>space", NULL } },
  { "win.next-segment", { "<Control>Page_Down", NULL } },
  { "win.previous-segment", { "<Control>Page_Up", NULL } },
  { "win.extend-segment", { "<Control>m", NULL } },
  { "win.end-meeting", { "<Control><Shift>Return", NULL } },
  { "win.add-action-item", { "<Control>t", NULL } },
  { "win.search", { "<Control>f", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
};

static void
open_data (OooApplication *self)
{
  g_autofree char *path = self->database_path != NULL ? g_strdup (self->database_path)
                                                      : ooo_store_default_path ();
  g_autoptr(GError) error = NULL;

  self->store = ooo_store_open (path, &error);
  if (self->store != NULL) {
    self->session = ooo_session_new (self->store, NULL);
    if (!ooo_session_load (self->session, &error))
      g_clear_object (&self->session);
  }

  if (error != NULL) {
    self->open_error = g_strdup (error->message);
    g_message ("%s", error->message);
  }
}

/* Says, once, that a damaged file was set aside and where it is now. */
static void
report_recovery (OooApplication *self,
                 GtkWindow      *window)
{
  const char *moved_to = ooo_store_get_recovered_path (self->store);
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  body = g_strdup_printf (_("One-on-One could not read its database, so it started a new, "
                            "empty one. The old file was not deleted: it is now “%s”."),
                          moved_to);
  dialog = adw_message_dialog_new (window, _("Your Data Could Not Be Read"), body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_OK"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
ooo_application_activate (GApplication *application)
{
  OooApplication *self = OOO_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  gboolean first_window = window == NULL;

  if (first_window) {
    if (self->store == NULL)
      open_data (self);
    window = GTK_WINDOW (ooo_window_new (ADW_APPLICATION (self), self->session));
    if (self->open_error != NULL)
      ooo_window_show_error (OOO_WINDOW (window), self->open_error);
  }

  gtk_window_present (window);

  if (first_window && self->store != NULL && ooo_store_get_recovered_path (self->store) != NULL)
    report_recovery (self, window);
}

static int
ooo_application_handle_local_options (GApplication *application,
                                      GVariantDict *options)
{
  OooApplication *self = OOO_APPLICATION (application);

  /* Another file is another session: it gets its own process rather than
   * being handed to a window that shows the usual file. */
  if (g_variant_dict_lookup (options, "database", "^ay", &self->database_path))
    g_application_set_flags (application,
                             g_application_get_flags (application) | G_APPLICATION_NON_UNIQUE);

  return -1;
}

static void
show_about (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  GtkApplication *application = user_data;

  adw_show_about_window (gtk_application_get_active_window (application),
                         "application-name", _("One-on-One"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("One-on-One developers"),
                         "comments", _("Run your one-on-ones with the people you manage, "
                                       "and keep what was said and promised."),
                         "website", "https://example.com/one-on-one",
                         "copyright", "© 2026 One-on-One developers",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

static void
quit (GSimpleAction *action,
      GVariant      *parameter,
      gpointer       user_data)
{
  GtkApplication *application = user_data;
  GList *windows = gtk_application_get_windows (application);

  /* Closing (not destroying) lets each window save its state first. */
  for (GList *l = windows; l != NULL;) {
    GtkWindow *window = l->data;

    l = l->next;
    gtk_window_close (window);
  }
}

static void
show_preferences (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  GtkApplication *application = user_data;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  OooPreferencesWindow *window = ooo_preferences_window_new (settings);

  gtk_window_set_transient_for (GTK_WINDOW (window),
                                gtk_application_get_active_window (application));
  gtk_window_present (GTK_WINDOW (window));
}

static const GActionEntry app_actions[] = {
  { "about", show_about, NULL, NULL, NULL },
  { "preferences", show_preferences, NULL, NULL, NULL },
  { "quit", quit, NULL, NULL, NULL },
};

static void
ooo_application_startup (GApplication *application)
{
  G_APPLICATION_CLASS (ooo_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);
  for (guint i = 0; i < G_N_ELEMENTS (accelerators); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (application),
                                           accelerators[i].action, accelerators[i].accels);
}

static void
ooo_application_shutdown (GApplication *application)
{
  OooApplication *self = OOO_APPLICATION (application);

  g_clear_object (&self->session);
  g_clear_object (&self->store);

  G_APPLICATION_CLASS (ooo_application_parent_class)->shutdown (application);
}

static void
ooo_application_finalize (GObject *object)
{
  OooApplication *self = OOO_APPLICATION (object);

  g_free (self->database_path);
  g_free (self->open_error);
  g_clear_object (&self->session);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ooo_application_parent_class)->finalize (object);
}

static void
ooo_application_class_init (OooApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = ooo_application_finalize;
  app_class->activate = ooo_application_activate;
  app_class->startup = ooo_application_startup;
  app_class->shutdown = ooo_application_shutdown;
  app_class->handle_local_options = ooo_application_handle_local_options;
}

static const GOptionEntry options[] = {
  { "database", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Use another database file instead of your usual one"), N_("FILE") },
  { NULL }
};

static void
ooo_application_init (OooApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), options);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Run one-on-one meetings with the people you "
                                              "manage, and keep what was said."));
}

OooApplication *
ooo_application_new (void)
{
  return g_object_new (OOO_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/com/example/OneOnOne",
                       NULL);
}
