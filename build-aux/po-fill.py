#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fills the empty translations of a PO file from a JSON object {msgid: msgstr}
# (for plural entries, msgstr[0]; zh_CN has one form).
#   build-aux/po-fill.py po/zh_CN.po translations.json
import json, sys, re

def unq(s):
    s = s.strip()
    assert s.startswith('"') and s.endswith('"'), s
    return json.loads(s)  # PO escapes are JSON-compatible for our strings

def q(s):
    return json.dumps(s, ensure_ascii=False)

po, table_path = sys.argv[1], sys.argv[2]
table = json.load(open(table_path, encoding='utf-8'))
text = open(po, encoding='utf-8').read()
entries = text.split('\n\n')
used = set()
out = []
for e in entries:
    lines = e.split('\n')
    msgid = None; cur = None; parts = {}
    for i, l in enumerate(lines):
        m = re.match(r'^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d\])?) (".*")$', l)
        if m:
            cur = m.group(1); parts[cur] = unq(m.group(2))
        elif l.startswith('"') and cur:
            parts[cur] += unq(l)
    mid = parts.get('msgid')
    if mid and mid in table:
        key = 'msgstr[0]' if 'msgid_plural' in parts else 'msgstr'
        if parts.get(key, '') == '':
            new = []
            skip = False
            for l in lines:
                if re.match(r'^msgstr(\[\d\])? ', l):
                    new.append(f'{key} {q(table[mid])}'); skip = True; continue
                if skip and l.startswith('"'):
                    continue
                skip = False
                if l.startswith('#, fuzzy'):
                    continue
                new.append(l)
            lines = new
            used.add(mid)
    out.append('\n'.join(lines))
open(po, 'w', encoding='utf-8').write('\n\n'.join(out))
missing = set(table) - used
if missing:
    print("not applied:", missing)
