/* ooo-bench-data.h — a big, realistic database for the benchmarks: by
 * default 200 people with ten years of weekly one-on-ones (520 each), notes
 * of a few hundred words per meeting, action items and talking points
 *
 * The same options always give the same database, to the byte of every row.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ooo-store.h"

G_BEGIN_DECLS

typedef struct {
  guint   n_people;      /* 200 */
  guint   n_meetings;    /* per person, one a week: 520 */
  guint32 seed;
} OooBenchDataOptions;

typedef struct {
  guint64 people;
  guint64 meetings;
  guint64 segments;
  guint64 action_items;
  guint64 talking_points;
  guint64 reminders;
  guint64 words;         /* in the meetings' notes */
} OooBenchDataCounts;

#define OOO_BENCH_DATA_DEFAULTS ((OooBenchDataOptions) { 200, 520, 1 })

/* Fills @store, which must hold no people yet, in one transaction. */
gboolean ooo_bench_data_fill (OooStore                  *store,
                              const OooBenchDataOptions *options,
                              OooBenchDataCounts        *counts,
                              GError                   **error);

G_END_DECLS
