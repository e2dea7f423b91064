#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Regenerates data/exchange.xsd and data/catalogue.xsd from the record field tables (and the Chinese
# translation of their labels), and the element reference in
# docs/exchange-format.md from it.   build-aux/make-xsd.sh
set -euo pipefail
cd "$(dirname "$0")/.."

build-aux/build.sh >/dev/null
_build/src/tools/zs-make-xsd --locale-dir "$PWD/_build/po" > data/exchange.xsd.new
mv data/exchange.xsd.new data/exchange.xsd
echo "wrote data/exchange.xsd"
_build/src/tools/zs-make-xsd --locale-dir "$PWD/_build/po" --catalogue > data/catalogue.xsd.new
mv data/catalogue.xsd.new data/catalogue.xsd
echo "wrote data/catalogue.xsd"
if [ -f build-aux/make-format-docs.py ]; then
  python3 build-aux/make-format-docs.py data/exchange.xsd docs/exchange-format.md
fi
