/* ooo-accessible.c — names for controls that show only an icon
 *
 * GTK 4.8 names a control by its label only: a tooltip becomes the
 * accessible description, and an icon-only button is read out by a screen
 * reader as its type name ("GtkImage"). Menu buttons and drop-downs are
 * worse: the focus lands on a toggle button inside them that nothing names.
 * These helpers give such controls the name their tooltip already says.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ooo-accessible.h"

static void
label_one (GtkWidget  *widget,
           const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

/* Names @widget, and the button inside it where GTK puts one. */
void
ooo_accessible_set_label (GtkWidget  *widget,
                          const char *label)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  label_one (widget, label);
  if (GTK_IS_MENU_BUTTON (widget) || GTK_IS_DROP_DOWN (widget)) {
    for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
         child = gtk_widget_get_next_sibling (child))
      if (GTK_IS_BUTTON (child))
        label_one (child, label);
  }
}

static gboolean
needs_name (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) || GTK_IS_DROP_DOWN (widget))
    return TRUE;
  /* A button with a text label is named by it. */
  return GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) == NULL;
}

/* Walks @root and names each icon-only button, menu button and drop-down
 * after its tooltip. */
void
ooo_accessible_label_from_tooltips (GtkWidget *root)
{
  const char *tooltip;

  g_return_if_fail (GTK_IS_WIDGET (root));

  tooltip = gtk_widget_get_tooltip_text (root);
  if (tooltip != NULL && needs_name (root)) {
    ooo_accessible_set_label (root, tooltip);
    /* Its own children are named now. */
    if (GTK_IS_MENU_BUTTON (root) || GTK_IS_DROP_DOWN (root))
      return;
  }

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    ooo_accessible_label_from_tooltips (child);
}
