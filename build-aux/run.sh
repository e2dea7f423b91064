#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds Zhaoshang and starts it on the default database (the user's data
# folder). Arguments are passed to the app: build-aux/run.sh --db my.db
set -euo pipefail
cd "$(dirname "$0")/.."

build-aux/build.sh

prefix="$PWD/_build/prefix"
export XDG_DATA_DIRS="$prefix/share:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}"
export GSETTINGS_SCHEMA_DIR="$prefix/share/glib-2.0/schemas"
exec "$prefix/bin/zhaoshang" "$@"
