/* ooo-text-row.c — a list row with a title, a subtitle, and widgets before
 * and after them, for the long lists of a person's page
 *
 * Why not AdwActionRow: its header box measures the title and subtitle for
 * the width they would need at the row's height, and a wrapping GtkLabel
 * answers that by laying its text out a dozen times over, searching for
 * the width. With a page of action items and past 1:1s that was most of the
 * time a switch to another person took. Here the title and subtitle sit in
 * a column whose width never depends on a height: a wrapping label's width
 * is "its longest word" to "all on one line", whatever height it is given,
 * so the column asks for that once and the labels are laid out once per
 * width. The CSS nodes are those of an AdwActionRow, so libadwaita's style
 * sheet draws it the same, light or dark.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ooo-text-row.h"

/* The column of the title and subtitle: CSS node box.title. */

#define OOO_TYPE_TEXT_COLUMN (ooo_text_column_get_type ())
G_DECLARE_FINAL_TYPE (OooTextColumn, ooo_text_column, OOO, TEXT_COLUMN, GtkWidget)

struct _OooTextColumn
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (OooTextColumn, ooo_text_column, GTK_TYPE_WIDGET)

/* libadwaita's style sheet puts 3 px between a row's title and subtitle
 * (border-spacing of box.title), which only a GtkBox would read. */
#define TITLE_SPACING 3

static void
ooo_text_column_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  guint shown = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child)) {
    int child_minimum, child_natural;

    if (!gtk_widget_should_layout (child))
      continue;

    if (orientation == GTK_ORIENTATION_HORIZONTAL) {
      /* The same for any height: see the top of the file. */
      gtk_widget_measure (child, orientation, -1, &child_minimum, &child_natural, NULL, NULL);
      *minimum = MAX (*minimum, child_minimum);
      *natural = MAX (*natural, child_natural);
    } else {
      gtk_widget_measure (child, orientation, for_size, &child_minimum, &child_natural, NULL,
                          NULL);
      *minimum += child_minimum + (shown > 0 ? TITLE_SPACING : 0);
      *natural += child_natural + (shown > 0 ? TITLE_SPACING : 0);
    }
    shown++;
  }
}

static void
ooo_text_column_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  int natural = 0, y;

  ooo_text_column_measure (widget, GTK_ORIENTATION_VERTICAL, width, &(int) { 0 }, &natural,
                           NULL, NULL);
  /* Centred, as a row's title box is, when the row is taller. */
  y = MAX (0, (height - natural) / 2);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child)) {
    int child_height;

    if (!gtk_widget_should_layout (child))
      continue;

    gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, NULL, &child_height, NULL, NULL);
    gtk_widget_size_allocate (child, &(GtkAllocation) { 0, y, width, child_height }, -1);
    y += child_height + TITLE_SPACING;
  }
}

static GtkSizeRequestMode
ooo_text_column_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
ooo_text_column_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (ooo_text_column_parent_class)->dispose (object);
}

static void
ooo_text_column_class_init (OooTextColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ooo_text_column_dispose;
  widget_class->measure = ooo_text_column_measure;
  widget_class->size_allocate = ooo_text_column_size_allocate;
  widget_class->get_request_mode = ooo_text_column_get_request_mode;
  gtk_widget_class_set_css_name (widget_class, "box");
}

static void
ooo_text_column_init (OooTextColumn *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "title");
}

/* The row */

struct _OooTextRow
{
  GtkListBoxRow  parent_instance;

  GtkWidget     *prefixes;
  GtkWidget     *title;
  GtkWidget     *subtitle;
  GtkWidget     *suffixes;
};

G_DEFINE_FINAL_TYPE (OooTextRow, ooo_text_row, GTK_TYPE_LIST_BOX_ROW)

static GtkWidget *
text_label_new (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_add_css_class (label, css_class);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  return label;
}

static void
ooo_text_row_class_init (OooTextRowClass *klass)
{
}

static void
ooo_text_row_init (OooTextRow *self)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *column = g_object_new (OOO_TYPE_TEXT_COLUMN, NULL);

  gtk_widget_add_css_class (header, "header");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), header);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);

  self->prefixes = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (self->prefixes, "prefixes");
  gtk_widget_set_visible (self->prefixes, FALSE);
  gtk_box_append (GTK_BOX (header), self->prefixes);

  gtk_widget_set_valign (column, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (column, TRUE);
  self->title = text_label_new ("title");
  self->subtitle = text_label_new ("subtitle");
  gtk_widget_set_visible (self->subtitle, FALSE);
  gtk_widget_set_parent (self->title, column);
  gtk_widget_set_parent (self->subtitle, column);
  gtk_box_append (GTK_BOX (header), column);

  self->suffixes = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (self->suffixes, "suffixes");
  gtk_widget_set_visible (self->suffixes, FALSE);
  gtk_box_append (GTK_BOX (header), self->suffixes);

  /* A screen reader names the row by its title and reads the subtitle
   * after it, as it would an AdwActionRow. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->title, NULL,
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->subtitle, NULL,
                                  -1);
}

GtkWidget *
ooo_text_row_new (void)
{
  return g_object_new (OOO_TYPE_TEXT_ROW, NULL);
}

const char *
ooo_text_row_get_title (OooTextRow *self)
{
  g_return_val_if_fail (OOO_IS_TEXT_ROW (self), NULL);
  return gtk_label_get_label (GTK_LABEL (self->title));
}

void
ooo_text_row_set_title (OooTextRow *self,
                        const char *title)
{
  g_return_if_fail (OOO_IS_TEXT_ROW (self));
  gtk_label_set_label (GTK_LABEL (self->title), title);
}

const char *
ooo_text_row_get_subtitle (OooTextRow *self)
{
  g_return_val_if_fail (OOO_IS_TEXT_ROW (self), NULL);
  return gtk_label_get_label (GTK_LABEL (self->subtitle));
}

void
ooo_text_row_set_subtitle (OooTextRow *self,
                           const char *subtitle)
{
  g_return_if_fail (OOO_IS_TEXT_ROW (self));
  gtk_label_set_label (GTK_LABEL (self->subtitle), subtitle);
  gtk_widget_set_visible (self->subtitle, subtitle != NULL && *subtitle != '\0');
}

void
ooo_text_row_set_one_line (OooTextRow *self,
                           gboolean    one_line)
{
  GtkWidget *labels[] = { self->title, self->subtitle };

  g_return_if_fail (OOO_IS_TEXT_ROW (self));

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++) {
    gtk_label_set_wrap (GTK_LABEL (labels[i]), !one_line);
    gtk_label_set_ellipsize (GTK_LABEL (labels[i]),
                             one_line ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
  }
}

void
ooo_text_row_add_prefix (OooTextRow *self,
                         GtkWidget  *widget)
{
  g_return_if_fail (OOO_IS_TEXT_ROW (self));
  gtk_box_append (GTK_BOX (self->prefixes), widget);
  gtk_widget_set_visible (self->prefixes, TRUE);
}

void
ooo_text_row_add_suffix (OooTextRow *self,
                         GtkWidget  *widget)
{
  g_return_if_fail (OOO_IS_TEXT_ROW (self));
  gtk_box_append (GTK_BOX (self->suffixes), widget);
  gtk_widget_set_visible (self->suffixes, TRUE);
}
