/* ooo-person-row.c — one person in the sidebar
 *
 * Name, role, when the next 1:1 is due, and their local time when their
 * clock shows another time than the manager's.
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
  GtkWidget     *due_label;
  GtkWidget     *clock_label;
  char          *due_text;     /* NULL until the figures are known */
  char          *due_style;    /* the due label's colour class, or NULL */
  char          *local_time;   /* NULL when their clock shows the manager's time */
};

/* A longer role gives its line to what is due; it stays in the tooltip. */
#define ROLE_MAX_CHARS 32

G_DEFINE_TYPE (OooPersonRow, ooo_person_row, GTK_TYPE_LIST_BOX_ROW)

/* Shows the role, what is due and their local time as last worked out. */
static void
show_detail (OooPersonRow *self)
{
  const char *name = ooo_person_get_name (self->person);
  const char *role = ooo_person_get_role (self->person);
  gboolean role_fits = g_utf8_strlen (role, -1) <= ROLE_MAX_CHARS || self->due_text == NULL;
  g_autoptr(GString) accessible = g_string_new (name);

  gtk_label_set_label (GTK_LABEL (self->detail_label), role);
  gtk_widget_set_visible (self->detail_label, *role != '\0' && role_fits);
  if (g_strcmp0 (gtk_widget_get_tooltip_text (GTK_WIDGET (self)), role_fits ? NULL : role) != 0)
    gtk_widget_set_tooltip_text (GTK_WIDGET (self), role_fits ? NULL : role);
  gtk_label_set_label (GTK_LABEL (self->due_label), self->due_text);
  gtk_widget_set_visible (self->due_label, self->due_text != NULL);
  gtk_label_set_label (GTK_LABEL (self->clock_label), self->local_time);
  gtk_widget_set_visible (self->clock_label, self->local_time != NULL);

  /* What a screen reader says: name, role, what is due, their local time. */
  if (*role != '\0')
    /* Translators: joins the parts a screen reader says for a person in the sidebar */
    g_string_append_printf (accessible, _(", %s"), role);
  if (self->due_text != NULL)
    g_string_append_printf (accessible, _(", %s"), self->due_text);
  if (self->local_time != NULL)
    /* Translators: what a screen reader says after a person's name in the sidebar */
    g_string_append_printf (accessible, _(", their local time %s"), self->local_time);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible->str, -1);
}

static void
update_detail (OooPersonRow *self,
               GDateTime    *now)
{
  const char *zone = ooo_person_get_time_zone (self->person);

  g_clear_pointer (&self->local_time, g_free);
  if (ooo_time_zones_differs_from (zone, now)) {
    /* Translators: tooltip on a person's local time in the sidebar; %s is the zone */
    g_autofree char *tooltip = g_strdup_printf (_("Their local time (%s)"), zone);

    self->local_time = ooo_format_local_time (zone, now);
    gtk_widget_set_tooltip_text (self->clock_label, tooltip);
  }
  show_detail (self);
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
  g_clear_pointer (&self->due_text, g_free);
  g_clear_pointer (&self->due_style, g_free);
  g_clear_pointer (&self->local_time, g_free);

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
  self->due_label = g_object_new (GTK_TYPE_LABEL,
                                  "xalign", 0.0f,
                                  "ellipsize", PANGO_ELLIPSIZE_END,
                                  "visible", FALSE,
                                  NULL);
  gtk_widget_add_css_class (self->due_label, "caption");
  gtk_widget_set_name (self->due_label, "due");

  gtk_widget_set_valign (labels, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (labels), self->name_label);
  gtk_box_append (GTK_BOX (labels), self->detail_label);
  gtk_box_append (GTK_BOX (labels), self->due_label);
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

/* "Due today", "Overdue by 3 days" or "Next on 4 Dec", from @figures;
 * @overdue tells whether to show it as a warning. */
char *
ooo_person_row_format_due (OooPersonFigures *figures,
                           gboolean         *overdue)
{
  const OooAttendance *attendance = ooo_person_figures_get_attendance (figures);
  g_autoptr(GDateTime) day = NULL;

  *overdue = attendance->due_state == OOO_DUE_OVERDUE;
  switch (attendance->due_state) {
  case OOO_DUE_OVERDUE:
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Overdue by %d day",
                                         "Overdue by %d days", attendance->overdue_days),
                            attendance->overdue_days);
  case OOO_DUE_TODAY:
    return g_strdup (_("Due today"));
  case OOO_DUE_UPCOMING:
  default:
    break;
  }

  if (!g_date_valid (&attendance->next_due))
    return NULL;

  day = g_date_time_new_utc (g_date_get_year (&attendance->next_due),
                             g_date_get_month (&attendance->next_due),
                             g_date_get_day (&attendance->next_due), 12, 0, 0);
  if (g_date_valid (&attendance->today) &&
      g_date_get_year (&attendance->today) == g_date_get_year (&attendance->next_due)) {
    /* Translators: a short date in the sidebar, see g_date_time_format() */
    g_autofree char *date = g_date_time_format (day, _("%-d %b"));
    /* Translators: when the next 1:1 is due; %s is a short date, "4 Dec" */
    return g_strdup_printf (_("Next on %s"), date);
  } else {
    /* Translators: a short date with its year, see g_date_time_format() */
    g_autofree char *date = g_date_time_format (day, _("%-d %b %Y"));
    return g_strdup_printf (_("Next on %s"), date);
  }
}

/* Shows what is due from @figures (NULL: nothing known yet); a 1:1 in
 * progress says so instead. Cheap when nothing changed: it runs for every
 * row each time the figures are loaded. */
void
ooo_person_row_set_due (OooPersonRow     *self,
                        OooPersonFigures *figures,
                        gboolean          in_meeting)
{
  g_autofree char *text = NULL;
  const char *style = NULL;
  gboolean overdue = FALSE;

  g_return_if_fail (OOO_IS_PERSON_ROW (self));

  if (in_meeting)
    text = g_strdup (_("In a one-on-one now"));
  else if (figures != NULL)
    text = ooo_person_row_format_due (figures, &overdue);
  /* An overdue 1:1 or one in progress catches the eye; one due today is
   * not dimmed; the rest stays in the background. */
  if (in_meeting)
    style = "accent";
  else if (overdue)
    style = "warning";
  else if (figures == NULL ||
           ooo_person_figures_get_attendance (figures)->due_state != OOO_DUE_TODAY)
    style = "dim-label";

  if (g_strcmp0 (text, self->due_text) == 0 && g_strcmp0 (style, self->due_style) == 0)
    return;

  if (g_strcmp0 (style, self->due_style) != 0) {
    if (self->due_style != NULL)
      gtk_widget_remove_css_class (self->due_label, self->due_style);
    if (style != NULL)
      gtk_widget_add_css_class (self->due_label, style);
    g_free (self->due_style);
    self->due_style = g_strdup (style);
  }
  g_free (self->due_text);
  self->due_text = g_steal_pointer (&text);
  show_detail (self);
}

const char *
ooo_person_row_get_due_text (OooPersonRow *self)
{
  g_return_val_if_fail (OOO_IS_PERSON_ROW (self), NULL);
  return self->due_text;
}
