/* ooo-person-row.c — one person in the sidebar
 *
 * Name, role, and their local time when their clock shows another time than
 * the manager's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ooo-format.h"
#include "ooo-person-row.h"
#include "ooo-time-zones.h"

struct _OooPersonRow
{
  GtkListBoxRow  parent_instance;

  OooPerson     *person;
  GtkWidget     *avatar;
  GtkWidget     *name_label;
  GtkWidget     *detail_label;
  GtkWidget     *clock_label;
};

G_DEFINE_TYPE (OooPersonRow, ooo_person_row, GTK_TYPE_LIST_BOX_ROW)

static void
update_detail (OooPersonRow *self,
               GDateTime    *now)
{
  const char *role = ooo_person_get_role (self->person);
  const char *zone = ooo_person_get_time_zone (self->person);
  g_autofree char *local_time = NULL;
  g_autofree char *accessible = NULL;

  if (ooo_time_zones_differs_from (zone, now))
    local_time = ooo_format_local_time (zone, now);

  gtk_label_set_label (GTK_LABEL (self->detail_label), role);
  gtk_widget_set_visible (self->detail_label, *role != '\0');
  gtk_label_set_label (GTK_LABEL (self->clock_label), local_time);
  gtk_widget_set_visible (self->clock_label, local_time != NULL);
  if (local_time != NULL) {
    /* Translators: tooltip on a person's local time in the sidebar; %s is the zone */
    g_autofree char *tooltip = g_strdup_printf (_("Their local time (%s)"), zone);
    gtk_widget_set_tooltip_text (self->clock_label, tooltip);
  }

  if (local_time != NULL && *role != '\0')
    /* Translators: what a screen reader says for a person in the sidebar */
    accessible = g_strdup_printf (_("%s, %s, their local time %s"),
                                  ooo_person_get_name (self->person), role, local_time);
  else if (local_time != NULL)
    accessible = g_strdup_printf (_("%s, their local time %s"),
                                  ooo_person_get_name (self->person), local_time);
  else if (*role != '\0')
    /* Translators: what a screen reader says for a person in the sidebar: name, role */
    accessible = g_strdup_printf (_("%s, %s"), ooo_person_get_name (self->person), role);
  else
    accessible = g_strdup (ooo_person_get_name (self->person));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static void
on_person_changed (OooPersonRow *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  gtk_label_set_label (GTK_LABEL (self->name_label), ooo_person_get_name (self->person));
  adw_avatar_set_text (ADW_AVATAR (self->avatar), ooo_person_get_name (self->person));
  update_detail (self, now);
}

static void
ooo_person_row_dispose (GObject *object)
{
  OooPersonRow *self = OOO_PERSON_ROW (object);

  g_clear_object (&self->person);

  G_OBJECT_CLASS (ooo_person_row_parent_class)->dispose (object);
}

static void
ooo_person_row_class_init (OooPersonRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ooo_person_row_dispose;
}

static void
ooo_person_row_init (OooPersonRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  self->avatar = adw_avatar_new (32, NULL, TRUE);
  self->name_label = g_object_new (GTK_TYPE_LABEL,
                                   "xalign", 0.0f,
                                   "ellipsize", PANGO_ELLIPSIZE_END,
                                   NULL);
  self->detail_label = g_object_new (GTK_TYPE_LABEL,
                                     "xalign", 0.0f,
                                     "ellipsize", PANGO_ELLIPSIZE_END,
                                     NULL);
  gtk_widget_add_css_class (self->detail_label, "caption");
  gtk_widget_add_css_class (self->detail_label, "dim-label");

  gtk_widget_set_valign (labels, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (labels), self->name_label);
  gtk_box_append (GTK_BOX (labels), self->detail_label);
  gtk_box_append (GTK_BOX (box), self->avatar);
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_box_append (GTK_BOX (box), labels);

  self->clock_label = gtk_label_new (NULL);
  gtk_widget_set_valign (self->clock_label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->clock_label, "caption");
  gtk_widget_add_css_class (self->clock_label, "dim-label");
  gtk_widget_add_css_class (self->clock_label, "numeric");
  gtk_box_append (GTK_BOX (box), self->clock_label);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);
}

GtkWidget *
ooo_person_row_new (OooPerson *person)
{
  OooPersonRow *self = g_object_new (OOO_TYPE_PERSON_ROW, NULL);

  self->person = g_object_ref (person);
  g_signal_connect_object (person, "notify", G_CALLBACK (on_person_changed), self,
                           G_CONNECT_SWAPPED);
  on_person_changed (self);

  return GTK_WIDGET (self);
}

OooPerson *
ooo_person_row_get_person (OooPersonRow *self)
{
  g_return_val_if_fail (OOO_IS_PERSON_ROW (self), NULL);
  return self->person;
}

void
ooo_person_row_refresh_clock (OooPersonRow *self,
                              GDateTime    *now)
{
  g_return_if_fail (OOO_IS_PERSON_ROW (self));
  update_detail (self, now);
}
