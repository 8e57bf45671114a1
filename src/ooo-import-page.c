/* ooo-import-page.c — what the window shows while an import runs: how far
 * it is, in a bar, and what it is doing, in words
 *
 * A big file takes half a minute to import, and a spinner would not say
 * whether it is nearly done. The import runs on other threads (see
 * ooo-window-data.c) and reports to an OooImportMeter behind a lock; the
 * page reads it ten times a second while it follows one, and not at all
 * otherwise, so an idle window draws nothing.
 *
 * Reading and writing go person by person and fill the bar; the search
 * index built at the end cannot say how far it is, so the bar pulses then.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ooo-import-page.h"

#define POLL_MS 100

/* Where each stage fills the bar: reading is about half of a big import,
 * writing the rows a third of what is left. */
#define READ_END  0.55
#define CHECK_END 0.60
#define WRITE_END 0.95

struct _OooImportMeter
{
  GMutex         lock;
  OooImportStage stage;
  guint          done;
  guint          total;
};

static void
clear_meter (gpointer data)
{
  OooImportMeter *self = data;

  g_mutex_clear (&self->lock);
}

OooImportMeter *
ooo_import_meter_new (void)
{
  OooImportMeter *self = g_atomic_rc_box_new0 (OooImportMeter);

  g_mutex_init (&self->lock);
  self->stage = OOO_IMPORT_STAGE_READING;
  return self;
}

OooImportMeter *
ooo_import_meter_ref (OooImportMeter *self)
{
  return g_atomic_rc_box_acquire (self);
}

void
ooo_import_meter_unref (OooImportMeter *self)
{
  g_atomic_rc_box_release_full (self, clear_meter);
}

/* On any of the import's threads. Readers on several threads may report
 * out of order: the meter keeps the furthest. */
void
ooo_import_meter_report (OooImportStage stage,
                         guint          done,
                         guint          total,
                         gpointer       meter)
{
  OooImportMeter *self = meter;

  g_mutex_lock (&self->lock);
  if (stage > self->stage || (stage == self->stage && done >= self->done)) {
    self->stage = stage;
    self->done = done;
    self->total = total;
  }
  g_mutex_unlock (&self->lock);
}

struct _OooImportPage
{
  AdwBin          parent_instance;

  GtkWidget      *progress_bar;
  GtkWidget      *stage_label;
  OooImportMeter *meter;
  guint           poll_source;
};

G_DEFINE_FINAL_TYPE (OooImportPage, ooo_import_page, ADW_TYPE_BIN)

static const char *
stage_text (OooImportStage stage)
{
  switch (stage) {
  case OOO_IMPORT_STAGE_CHECKING:
    return _("Checking the file…");
  case OOO_IMPORT_STAGE_WRITING:
    return _("Adding what it brings…");
  case OOO_IMPORT_STAGE_FINISHING:
    return _("Updating the search index…");
  case OOO_IMPORT_STAGE_READING:
  default:
    return _("Reading the file…");
  }
}

static double
part (guint done,
      guint total)
{
  return total > 0 ? (double) MIN (done, total) / total : 0.0;
}

static void
show_meter (OooImportPage *self)
{
  OooImportStage stage;
  guint done, total;

  g_mutex_lock (&self->meter->lock);
  stage = self->meter->stage;
  done = self->meter->done;
  total = self->meter->total;
  g_mutex_unlock (&self->meter->lock);

  gtk_label_set_text (GTK_LABEL (self->stage_label), stage_text (stage));
  switch (stage) {
  case OOO_IMPORT_STAGE_READING:
    gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress_bar),
                                   READ_END * part (done, total));
    break;
  case OOO_IMPORT_STAGE_CHECKING:
    gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress_bar), CHECK_END);
    break;
  case OOO_IMPORT_STAGE_WRITING:
    gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress_bar),
                                   CHECK_END + (WRITE_END - CHECK_END) * part (done, total));
    break;
  case OOO_IMPORT_STAGE_FINISHING:
  default:
    gtk_progress_bar_pulse (GTK_PROGRESS_BAR (self->progress_bar));
    break;
  }
}

static gboolean
on_poll (gpointer data)
{
  show_meter (data);
  return G_SOURCE_CONTINUE;
}

void
ooo_import_page_follow (OooImportPage  *self,
                        OooImportMeter *meter)
{
  g_return_if_fail (OOO_IS_IMPORT_PAGE (self));

  g_clear_handle_id (&self->poll_source, g_source_remove);
  g_clear_pointer (&self->meter, ooo_import_meter_unref);
  /* Out of the pulsing: its tick would go on drawing the hidden page sixty
   * times a second. */
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress_bar), 0.0);
  if (meter == NULL)
    return;

  self->meter = ooo_import_meter_ref (meter);
  show_meter (self);
  self->poll_source = g_timeout_add (POLL_MS, on_poll, self);
}

const char *
ooo_import_page_get_stage_text (OooImportPage *self)
{
  g_return_val_if_fail (OOO_IS_IMPORT_PAGE (self), NULL);
  return gtk_label_get_text (GTK_LABEL (self->stage_label));
}

double
ooo_import_page_get_fraction (OooImportPage *self)
{
  g_return_val_if_fail (OOO_IS_IMPORT_PAGE (self), 0.0);
  return gtk_progress_bar_get_fraction (GTK_PROGRESS_BAR (self->progress_bar));
}

static void
ooo_import_page_dispose (GObject *object)
{
  ooo_import_page_follow (OOO_IMPORT_PAGE (object), NULL);

  G_OBJECT_CLASS (ooo_import_page_parent_class)->dispose (object);
}

static void
ooo_import_page_class_init (OooImportPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ooo_import_page_dispose;
}

static void
ooo_import_page_init (OooImportPage *self)
{
  GtkWidget *status = adw_status_page_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("Importing…"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status),
                                   _("Your data will be back in a moment, with what the file "
                                     "brings."));
  gtk_widget_set_vexpand (status, TRUE);

  self->progress_bar = gtk_progress_bar_new ();
  gtk_progress_bar_set_pulse_step (GTK_PROGRESS_BAR (self->progress_bar), 0.1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Import progress"), -1);
  self->stage_label = gtk_label_new (stage_text (OOO_IMPORT_STAGE_READING));
  gtk_widget_add_css_class (self->stage_label, "dim-label");
  gtk_box_append (GTK_BOX (box), self->progress_bar);
  gtk_box_append (GTK_BOX (box), self->stage_label);
  gtk_widget_set_size_request (box, 240, -1);
  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  adw_status_page_set_child (ADW_STATUS_PAGE (status), box);

  adw_bin_set_child (ADW_BIN (self), status);
}

GtkWidget *
ooo_import_page_new (void)
{
  return g_object_new (OOO_TYPE_IMPORT_PAGE, NULL);
}
