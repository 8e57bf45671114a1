/* ooo-archived-people.c — people the manager no longer meets, restorable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ooo-archived-people.h"
#include "ooo-widget-util.h"

struct _OooArchivedPeople
{
  AdwWindow           parent_instance;

  OooPeople          *people;
  GtkFilterListModel *archived;

  GtkWidget          *toast_overlay;
  GtkWidget          *stack;
  GtkWidget          *list_box;
};

G_DEFINE_TYPE (OooArchivedPeople, ooo_archived_people, ADW_TYPE_WINDOW)

static void
restore (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  OooArchivedPeople *self = OOO_ARCHIVED_PEOPLE (widget);
  const char *uuid = g_variant_get_string (parameter, NULL);
  OooPerson *person = ooo_people_find_by_uuid (self->people, uuid);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (person == NULL)
    return;

  if (!ooo_people_set_archived (self->people, person, FALSE, &error))
    message = g_strdup (error->message);
  else
    /* Translators: shown after a person comes back to the sidebar */
    message = g_strdup_printf (_("%s is back in the sidebar"), ooo_person_get_name (person));

  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toast_overlay),
                               ooo_toast_new_plain (message));
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  OooPerson *person = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Restore"));
  g_autofree char *accessible = g_strdup_printf (_("Restore %s"), ooo_person_get_name (person));

  /* The name is the manager's own text, not markup: say so before setting it. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ooo_person_get_name (person));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), ooo_person_get_role (person));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), adw_avatar_new (32,
                                                                   ooo_person_get_name (person),
                                                                   TRUE));

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "archived.restore");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", ooo_person_get_uuid (person));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static void
update_stack (OooArchivedPeople *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->archived));

  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), n > 0 ? "list" : "empty");
}

static gboolean
is_archived (gpointer item,
             gpointer user_data)
{
  return ooo_person_get_archived (item);
}

static void
ooo_archived_people_dispose (GObject *object)
{
  OooArchivedPeople *self = OOO_ARCHIVED_PEOPLE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OOO_TYPE_ARCHIVED_PEOPLE);
  g_clear_object (&self->archived);
  g_clear_object (&self->people);

  G_OBJECT_CLASS (ooo_archived_people_parent_class)->dispose (object);
}

static void
ooo_archived_people_class_init (OooArchivedPeopleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ooo_archived_people_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/OneOnOne/ooo-archived-people.ui");
  gtk_widget_class_bind_template_child (widget_class, OooArchivedPeople, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OooArchivedPeople, stack);
  gtk_widget_class_bind_template_child (widget_class, OooArchivedPeople, list_box);

  gtk_widget_class_install_action (widget_class, "archived.restore", "s", restore);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ooo_archived_people_init (OooArchivedPeople *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

OooArchivedPeople *
ooo_archived_people_new (OooPeople *people)
{
  OooArchivedPeople *self = g_object_new (OOO_TYPE_ARCHIVED_PEOPLE, NULL);
  GtkCustomFilter *filter = gtk_custom_filter_new (is_archived, NULL, NULL);

  self->people = g_object_ref (people);
  self->archived = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (people)),
                                              GTK_FILTER (filter));
  gtk_list_box_bind_model (GTK_LIST_BOX (self->list_box), G_LIST_MODEL (self->archived),
                           create_row, NULL, NULL);
  g_signal_connect_object (self->archived, "items-changed", G_CALLBACK (update_stack), self,
                           G_CONNECT_SWAPPED);
  update_stack (self);

  return self;
}
