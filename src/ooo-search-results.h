/* ooo-search-results.h — what a search found, in the sidebar: who, when,
 * and the words around the match
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ooo-search.h"
#include "ooo-store.h"

G_BEGIN_DECLS

#define OOO_TYPE_SEARCH_RESULTS (ooo_search_results_get_type ())
G_DECLARE_FINAL_TYPE (OooSearchResults, ooo_search_results, OOO, SEARCH_RESULTS, AdwBin)

/* signal "result-activated" (OooSearchResult): the manager chose one. */
GtkWidget       *ooo_search_results_new            (void);
void             ooo_search_results_set_store      (OooSearchResults *self,
                                                    OooStore         *store);
/* Runs the search for @text and shows what it found, or "No Results". */
void             ooo_search_results_search         (OooSearchResults *self,
                                                    const char       *text);
guint            ooo_search_results_get_n_results  (OooSearchResults *self);
/* The @index-th result shown, and its row; NULL past the end. */
OooSearchResult *ooo_search_results_get_result     (OooSearchResults *self,
                                                    guint             index);
GtkWidget       *ooo_search_results_get_row        (OooSearchResults *self,
                                                    guint             index);
/* The title shown instead of results ("No Results"), or NULL when there
 * are results. */
const char      *ooo_search_results_get_status     (OooSearchResults *self);
/* Chooses the first result, as Enter in the search field does. */
gboolean         ooo_search_results_activate_first (OooSearchResults *self);
/* Moves the keyboard focus to the first result. */
gboolean         ooo_search_results_focus_first    (OooSearchResults *self);

G_END_DECLS
