#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Renders the screenshots in docs/screenshots from the demo data, in Chinese,
# under a virtual display.   build-aux/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."

build-aux/build.sh >/dev/null

out=docs/screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

shoot () {
  local name=$1; shift
  xvfb-run -a -s "-screen 0 1600x1000x24" env \
    LANGUAGE=zh_CN LC_ALL=C.UTF-8 GSK_RENDERER=cairo GTK_A11Y=none GSETTINGS_BACKEND=memory \
    GSETTINGS_SCHEMA_DIR="$PWD/_build/data" \
    _build/src/tools/zs-screenshot --locale-dir "$PWD/_build/po" "$@" "$out/$name.png"
  echo "wrote $out/$name.png"
}

shoot empty --db "$work/empty.db"
shoot setup-bureau --db "$work/empty.db" --setup-step bureau
shoot setup-units --db "$work/setup.db" --setup-sample --setup-step units --width 1100 --height 760
shoot setup-staff --db "$work/setup.db" --setup-step staff --width 1100 --height 760
shoot setup-me --db "$work/setup.db" --setup-step me --width 1100 --height 760
shoot setup-targets --db "$work/setup.db" --setup-step targets --width 1100 --height 760
shoot bureau-targets --db "$work/setup.db" --bureau targets --width 1100 --height 760
shoot board --db "$work/demo.db" --demo --page board
shoot today --db "$work/demo.db" --page today
shoot ledger --db "$work/demo.db" --page board --view ledger
shoot editor --db "$work/demo.db" --page board --view ledger --search 万盛 --open 0
# A project page with a contract, a photo and minutes attached.
mkdir -p "$work/files"
convert -size 1200x800 gradient:'#c0392b'-'#f5b041' "$work/files/签约仪式现场.jpg"
python3 - "$work/files" <<'PY'
import sys, zipfile
d = sys.argv[1]
with zipfile.ZipFile(f"{d}/洽谈会议纪要.docx", "w") as z:
    z.writestr("word/document.xml", "<w:document/>" * 2000)
pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
open(f"{d}/投资合作协议（签字版）.pdf", "wb").write(pdf + b"%" + b"x" * 1500000 + b"\n")
PY
shoot attachments --db "$work/demo.db" --page board --view ledger --search 万盛 --open 0 \
  --attach "$work/files/投资合作协议（签字版）.pdf" --attach "$work/files/签约仪式现场.jpg" \
  --attach "$work/files/洽谈会议纪要.docx"
shoot funds --db "$work/demo.db" --page board --view ledger --search 中南高科 --open 0 --scroll 2020
shoot funds-entry --db "$work/demo.db" --page board --view ledger --search 中南高科 --open 0 --add-funds 0
shoot move --db "$work/demo.db" --page board --view ledger --search 万盛 --open 0 --move-to production
shoot checklists --db "$work/demo.db" --page board --checklists
shoot map --db "$work/demo.db" --page map
shoot chain --db "$work/demo.db" --page map --chain "现代医药（生物医药）" --scroll 830
shoot targets --db "$work/demo.db" --page map --map-view targets
shoot enterprise --db "$work/demo.db" --page map --enterprise "中国农业科学院饲料研究所"
shoot preferences --db "$work/demo.db" --preferences
shoot export --db "$work/demo.db" --export-dialog
shoot import --db "$work/demo.db" --import tests/exchange/town.xml
shoot partners --db "$work/demo.db" --page partners
shoot performance --db "$work/demo.db" --page partners --partners-view scores
shoot partner --db "$work/demo.db" --page partners --partner 徐熙明 --height 1000
shoot leads --db "$work/demo.db" --page leads
shoot lead --db "$work/demo.db" --page leads --lead 绍兴纺织印染企业产能转移
# The year: the demo's dates follow today, so a quarter may hold none of them.
shoot activities --db "$work/demo.db" --page activities --period year
shoot activity --db "$work/demo.db" --page activities --activity "“3天3城3项目”青岛、杭州、绍兴招商行" --height 1000
shoot carriers --db "$work/demo.db" --page carriers
shoot carrier --db "$work/demo.db" --page carriers --carrier 0
shoot needs --db "$work/demo.db" --page carriers --carriers-view needs
shoot match --db "$work/demo.db" --page board --view ledger --search 家具 --open 0 --match
shoot dispatch --db "$work/demo.db" --page dispatch --bulletin "$work/bulletin.pdf"
shoot dispatch-tables --db "$work/demo.db" --page dispatch --scroll 620
shoot trash-empty --db "$work/demo.db" --page trash
# Last: three projects go to the trash for good in this copy.
shoot trash --db "$work/demo.db" --page trash --trash 3
# The bulletin's first page, as printed (A4 at 110 dpi).
pdftoppm -png -r 110 -f 1 -l 1 -singlefile "$work/bulletin.pdf" "$out/bulletin"
echo "wrote $out/bulletin.png"
shoot sheet-import --db "$work/sheet.db" --demo --import-sheet tests/sheets/odd-header-1.xlsx --sheet-column 牵头科室=unit-id
