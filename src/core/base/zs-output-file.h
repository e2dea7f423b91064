/* zs-output-file.h — writing a file the user named, never replacing what is not a file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Every export (exchange files, the bulletin, vCards) writes through this.
 * A symbolic link is followed: what it points to is written, and the link
 * stays. A regular file, or a name where there is nothing yet, is written
 * beside it under a name of zs_scratch_partial_name() and renamed into
 * place once complete, so it appears whole or not at all; a killed program
 * leaves that half-written file to zs_scratch_clean_stale(). A FIFO or a
 * character device (/dev/null, /dev/stdout) is written into as a stream,
 * as the shell's ">" would. A folder, a disk, a socket or anything else
 * that is not a file is refused before anything is written. */
typedef struct _ZsOutputFile ZsOutputFile;

/* Errors are G_IO_ERROR with a reason that does not repeat @path:
 * G_IO_ERROR_IS_DIRECTORY, G_IO_ERROR_NOT_REGULAR_FILE, or what the system
 * said (G_IO_ERROR_NOT_FOUND for a missing folder …). */
ZsOutputFile  *zs_output_file_new        (const char     *path,
                                          GCancellable   *cancellable,
                                          GError        **error);
GOutputStream *zs_output_file_get_stream (ZsOutputFile   *self);
/* The file that is written at last: @path with its links followed. */
const char    *zs_output_file_get_target (ZsOutputFile   *self);
/* Closes the stream and puts the file in place. On failure, nothing of
 * what was written stays. */
gboolean       zs_output_file_commit     (ZsOutputFile   *self,
                                          GCancellable   *cancellable,
                                          GError        **error);
/* Without a commit: drops what was written. */
void           zs_output_file_free       (ZsOutputFile   *self);

/* @contents written as above, in one go. */
gboolean       zs_output_file_write_all  (const char     *path,
                                          const char     *contents,
                                          gsize           length,
                                          GCancellable   *cancellable,
                                          GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZsOutputFile, zs_output_file_free)

G_END_DECLS
