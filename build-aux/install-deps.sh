#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The one list of Debian 12 packages Zhaoshang needs to build, run and test.
# Installs only what is missing, with apt-get, as root or through sudo.
set -euo pipefail

packages=(
  # build
  gcc
  meson
  ninja-build
  pkg-config
  gettext
  libglib2.0-dev
  libglib2.0-dev-bin
  libgtk-4-dev
  libadwaita-1-dev
  libsqlite3-dev
  # the shared server's client library (src/backend/postgresql); the
  # server itself runs the store tests (build-aux/pg-test-cluster.sh);
  # pg_trgm is in Debian 12's postgresql-15 (postgresql-contrib names it)
  libpq-dev
  postgresql
  postgresql-contrib
  libxml2-dev
  # spreadsheets (src/sheet): .xlsx parts unzipped by libzip, .xls read by
  # FreeXL, .xlsx written by libxlsxwriter; ICU for the pinyin that search
  # finds names by (src/core/base/zs-pinyin.c)
  libzip-dev
  libfreexl-dev
  libxlsxwriter-dev
  libicu-dev
  # a server's password in the GNOME keyring (src/gui only)
  libsecret-1-dev
  # the first page of a PDF attachment as its thumbnail
  # (src/gui/common/zs-pdf-thumbnail.c only)
  libpoppler-glib-dev
  python3
  # run
  adwaita-icon-theme
  librsvg2-common
  fonts-noto-cjk
  # test: UI under a virtual display, validators, file checks
  xvfb
  # the connect dialog's keyring round trip: a session bus of its own and
  # an unlocked GNOME keyring (tests/run-with-keyring.sh)
  dbus-daemon
  gnome-keyring
  xauth
  desktop-file-utils
  appstream
  libxml2-utils
  # the monthly bulletin's PDF is read back by the tests (pdfinfo, pdftotext)
  # and its first page drawn for the screenshots (pdftoppm)
  poppler-utils
  # screenshots of the running app (build-aux/screenshot.sh)
  imagemagick
  # spreadsheet fixtures made by other programs (tests/sheets/make-fixtures.sh)
  python3-openpyxl
  python3-xlwt
  libreoffice-calc-nogui
  # benchmarks/exchange.sh: time and peak memory, bc for the arithmetic
  time
  bc
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing missing packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  run=()
elif command -v sudo >/dev/null 2>&1; then
  run=(sudo)
else
  echo "error: these packages are missing and neither root nor sudo is available: ${missing[*]}" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
"${run[@]}" apt-get update -q
"${run[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
