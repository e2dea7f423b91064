#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing, then configures and builds into _build, installing
# into _build/prefix so the app runs with its schema, icons and translations.
set -euo pipefail
cd "$(dirname "$0")/.."

build-aux/install-deps.sh

if [ ! -f _build/build.ninja ]; then
  meson setup _build --prefix "$PWD/_build/prefix" "$@"
fi
meson compile -C _build
meson install -C _build --quiet
