#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes every fixture of this folder again, with the programs offices use
# (see README.md). Needs python3-openpyxl, python3-xlwt and
# libreoffice-calc-nogui (build-aux/install-deps.sh installs them).
set -eu
cd "$(dirname "$0")"
/usr/bin/python3 make-openpyxl.py
/usr/bin/python3 make-xlwt.py
/usr/bin/python3 make-csv.py
/usr/bin/python3 make-tables.py
/usr/bin/python3 make-hostile.py
# LibreOffice writes its own .xls from the openpyxl workbook and its own
# .xlsx from the xlwt one: merged cells, dates and styles as it keeps them.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation=file://"$profile" --headless --convert-to xls:"MS Excel 97" messy-openpyxl.xlsx
mv messy-openpyxl.xls libreoffice-from-openpyxl.xls
soffice -env:UserInstallation=file://"$profile" --headless --convert-to xlsx:"Calc MS Excel 2007 XML" messy-xlwt.xls
mv messy-xlwt.xlsx libreoffice-from-xlwt.xlsx
soffice -env:UserInstallation=file://"$profile" --headless --convert-to xls:"MS Excel 97" tables-openpyxl.xlsx
mv tables-openpyxl.xls tables-libreoffice.xls
