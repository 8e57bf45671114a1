/* ooo-item-edit-button.c — the pencil beside a talking point or an action
 * item: a popover to correct its text and whose it is
 *
 * The row itself shows the whole text, wrapped; editing happens here, with
 * Enter or Save. The popover shows the stored item unless a draft was typed
 * and closed without saving (a click elsewhere): that draft stays, even as
 * the list around it changes, so typing is not thrown away.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ooo-accessible.h"
#include "ooo-item-edit-button.h"
#include "ooo-widget-util.h"

struct _OooItemEditButton
{
  GtkWidget  parent_instance;

  char      *what;
  char      *them_tooltip;
  char      *me_tooltip;
  gint64     id;            /* the item's, -1 before the first */
  char      *text;          /* as stored */
  OooSide    side;
  char      *filled;        /* what the entry was given when it last opened */
  OooSide    filled_side;

  GtkWidget *menu_button;
  GtkWidget *popover;
  GtkWidget *entry;
  GtkWidget *them_button;
  GtkWidget *me_button;
};

G_DEFINE_TYPE (OooItemEditButton, ooo_item_edit_button, GTK_TYPE_WIDGET)

enum {
  SAVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static OooSide
shown_side (OooItemEditButton *self)
{
  return gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->me_button))
         ? OOO_SIDE_ME : OOO_SIDE_THEM;
}

static gboolean
has_draft (OooItemEditButton *self)
{
  return self->entry != NULL && self->filled != NULL &&
         (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->entry)), self->filled) != 0 ||
          shown_side (self) != self->filled_side);
}

static void
fill (OooItemEditButton *self)
{
  g_free (self->filled);
  self->filled = g_strdup (self->text != NULL ? self->text : "");
  self->filled_side = self->side;
  gtk_editable_set_text (GTK_EDITABLE (self->entry), self->filled);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->side == OOO_SIDE_ME ? self->me_button
                                                                             : self->them_button),
                                TRUE);
  gtk_widget_remove_css_class (self->entry, "error");
}

static void
on_popover_show (OooItemEditButton *self)
{
  gtk_widget_grab_focus (self->entry);
}

static void
save (GtkWidget  *widget,
      const char *action_name,
      GVariant   *parameter)
{
  OooItemEditButton *self = OOO_ITEM_EDIT_BUTTON (widget);
  g_autofree char *text = ooo_editable_dup_trimmed (GTK_EDITABLE (self->entry));
  gboolean saved = FALSE;

  if (text == NULL) {
    gtk_widget_add_css_class (self->entry, "error");
    gtk_widget_error_bell (self->entry);
    return;
  }

  g_signal_emit (self, signals[SAVE], 0, text, shown_side (self), &saved);
  if (!saved) {
    gtk_widget_add_css_class (self->entry, "error");
    return;
  }

  /* Stored: the next set_item() shows the item as stored. */
  g_clear_pointer (&self->filled, g_free);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->menu_button));
}

static void
on_entry_activate (OooItemEditButton *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "item.save", NULL);
}

static void
on_entry_changed (OooItemEditButton *self)
{
  gtk_widget_remove_css_class (self->entry, "error");
}

static GtkWidget *
side_button (const char *label,
             const char *tooltip)
{
  GtkWidget *button = gtk_toggle_button_new_with_label (label);

  gtk_widget_set_tooltip_text (button, tooltip);
  /* "Them" alone says little to a screen reader: "Raised by them" does. */
  ooo_accessible_set_label (button, tooltip);
  return button;
}

static void
build_popover (OooItemEditButton *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *bottom = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *sides = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *save_button = gtk_button_new_with_mnemonic (_("_Save"));

  self->entry = gtk_entry_new ();
  gtk_editable_set_width_chars (GTK_EDITABLE (self->entry), 28);
  ooo_accessible_set_label (self->entry, self->what);
  g_signal_connect_swapped (self->entry, "activate", G_CALLBACK (on_entry_activate), self);
  g_signal_connect_swapped (self->entry, "changed", G_CALLBACK (on_entry_changed), self);

  /* Translators: whose a talking point or an action item is: the report's */
  self->them_button = side_button (_("Them"), self->them_tooltip);
  /* Translators: whose a talking point or an action item is: the manager's */
  self->me_button = side_button (_("Me"), self->me_tooltip);
  gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (self->me_button),
                               GTK_TOGGLE_BUTTON (self->them_button));
  gtk_widget_add_css_class (sides, "linked");
  gtk_box_append (GTK_BOX (sides), self->them_button);
  gtk_box_append (GTK_BOX (sides), self->me_button);

  gtk_widget_set_hexpand (save_button, TRUE);
  gtk_widget_set_halign (save_button, GTK_ALIGN_END);
  gtk_widget_add_css_class (save_button, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (save_button), "item.save");

  gtk_box_append (GTK_BOX (bottom), sides);
  gtk_box_append (GTK_BOX (bottom), save_button);
  gtk_box_append (GTK_BOX (box), self->entry);
  gtk_box_append (GTK_BOX (box), bottom);

  self->popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (self->popover), box);
  g_signal_connect_swapped (self->popover, "show", G_CALLBACK (on_popover_show), self);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->menu_button), self->popover);
}

/* The popover is built the first time it opens: a page lists dozens of
 * items, and building an editor for each would make every switch to a
 * person slow for popovers that are rarely opened. */
static void
create_popup (GtkMenuButton *menu_button,
              gpointer       user_data)
{
  OooItemEditButton *self = user_data;

  if (self->popover == NULL)
    build_popover (self);
  if (!has_draft (self))
    fill (self);
}

GtkEditable *
ooo_item_edit_button_get_editor (OooItemEditButton *self)
{
  g_return_val_if_fail (OOO_IS_ITEM_EDIT_BUTTON (self), NULL);

  create_popup (GTK_MENU_BUTTON (self->menu_button), self);
  return GTK_EDITABLE (self->entry);
}

static void
ooo_item_edit_button_dispose (GObject *object)
{
  OooItemEditButton *self = OOO_ITEM_EDIT_BUTTON (object);

  g_clear_pointer (&self->menu_button, gtk_widget_unparent);

  G_OBJECT_CLASS (ooo_item_edit_button_parent_class)->dispose (object);
}

static void
ooo_item_edit_button_finalize (GObject *object)
{
  OooItemEditButton *self = OOO_ITEM_EDIT_BUTTON (object);

  g_free (self->what);
  g_free (self->them_tooltip);
  g_free (self->me_tooltip);
  g_free (self->text);
  g_free (self->filled);

  G_OBJECT_CLASS (ooo_item_edit_button_parent_class)->finalize (object);
}

static void
ooo_item_edit_button_class_init (OooItemEditButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ooo_item_edit_button_dispose;
  object_class->finalize = ooo_item_edit_button_finalize;

  signals[SAVE] = g_signal_new ("save", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, g_signal_accumulator_first_wins, NULL, NULL,
                                G_TYPE_BOOLEAN, 2, G_TYPE_STRING, G_TYPE_INT);

  gtk_widget_class_install_action (widget_class, "item.save", NULL, save);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "itemeditbutton");
}

static void
ooo_item_edit_button_init (OooItemEditButton *self)
{
  self->id = -1;
  self->menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->menu_button), "document-edit-symbolic");
  gtk_widget_add_css_class (self->menu_button, "flat");
  gtk_widget_set_tooltip_text (self->menu_button, _("Edit"));
  gtk_widget_set_parent (self->menu_button, GTK_WIDGET (self));
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
}

GtkWidget *
ooo_item_edit_button_new (const char *what,
                          const char *them_tooltip,
                          const char *me_tooltip)
{
  OooItemEditButton *self = g_object_new (OOO_TYPE_ITEM_EDIT_BUTTON, NULL);

  self->what = g_strdup (what);
  self->them_tooltip = g_strdup (them_tooltip);
  self->me_tooltip = g_strdup (me_tooltip);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (self->menu_button), create_popup,
                                         self, NULL);

  return GTK_WIDGET (self);
}

void
ooo_item_edit_button_set_item (OooItemEditButton *self,
                               gint64             id,
                               const char        *text,
                               OooSide            side)
{
  g_autofree char *label = NULL;
  gboolean same_item = id == self->id;

  g_return_if_fail (OOO_IS_ITEM_EDIT_BUTTON (self));

  self->id = id;
  g_free (self->text);
  self->text = g_strdup (text);
  self->side = side;
  if (self->entry != NULL && !(same_item && has_draft (self)))
    fill (self);

  /* Translators: the accessible name of an edit button; %s is the item */
  label = g_strdup_printf (_("Edit “%s”"), text);
  ooo_accessible_set_label (self->menu_button, label);
}
