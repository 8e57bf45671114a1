/* ooo-fuzz-store.h — what the fuzz targets share: a real SQLite store in a
 * temporary folder that every input finds in the same state, the checks that
 * the database is still whole, and a way to fail that every fuzzer sees
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include "ooo-store.h"

G_BEGIN_DECLS

/* The entry point libFuzzer calls, and the replay driver too. */
int       LLVMFuzzerTestOneInput   (const uint8_t *data,
                                    size_t         size);

void      ooo_fuzz_init            (void);
void      ooo_fuzz_fail            (const char    *format,
                                    ...) G_GNUC_PRINTF (1, 2) G_GNUC_NORETURN;

void      ooo_fuzz_store_prepare   (void);
OooStore *ooo_fuzz_store_get       (void);
void      ooo_fuzz_store_reset     (void);
void      ooo_fuzz_store_check     (OooStore      *store);
void      ooo_fuzz_check_message   (const GError  *error,
                                    GQuark         domain,
                                    int            code);

G_END_DECLS
