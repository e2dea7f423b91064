#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""build-aux/sanitize.sh fails on a leak of ours and only on ours.

The reports in tests/lsan/ are LeakSanitizer's, from the sanitize build at
its whole stack depth: toolkit-*.txt are real leaks of GTK and GIO,
ours-*.txt the same stacks with a frame of ours put where our code would
make such a leak (the top of each file says which). For each:

  - lsan-triage.py writes a failure for ours-*.txt and none for toolkit-*.txt;
  - no line of build-aux/lsan.supp matches any frame of ours-*.txt, as
    LeakSanitizer matches them (any frame, by function or module name), so a
    suppression cannot hide them before the triage sees them.

Usage: test-lsan-triage.py SOURCE_ROOT   (prints TAP)
"""

import os
import re
import subprocess
import sys
import tempfile

FRAME = re.compile(r"^\s*#\d+ 0x[0-9a-f]+ (?:in (\S+))?\s*(.*)$")


def supp_patterns(path):
    with open(path, encoding="utf-8") as f:
        return [line.strip()[len("leak:"):] for line in f if line.strip().startswith("leak:")]


def lsan_match(pattern, text):
    """LeakSanitizer's template match: '*' any run, '^'/'$' anchors, else a substring."""
    if not text:
        return False
    regex = re.escape(pattern).replace(r"\*", ".*")
    if regex.startswith(r"\^"):
        regex = "^" + regex[2:]
    if regex.endswith(r"\$"):
        regex = regex[:-2] + "$"
    return re.search(regex, text) is not None


def frames(text):
    for line in text.splitlines():
        m = FRAME.match(line)
        if m:
            location = m.group(2)
            module = re.match(r"\(([^()+]+)\+0x", location)
            yield m.group(1) or "", module.group(1) if module else location


def main(root):
    triage = os.path.join(root, "build-aux", "lsan-triage.py")
    supp = supp_patterns(os.path.join(root, "build-aux", "lsan.supp"))
    fixtures = sorted(f for f in os.listdir(os.path.join(root, "tests", "lsan")) if f.endswith(".txt"))
    cases = []
    for name in fixtures:
        with open(os.path.join(root, "tests", "lsan", name), encoding="utf-8") as f:
            text = f.read()
        ours = name.startswith("ours-")
        with tempfile.TemporaryDirectory(prefix="zs-lsan-triage-") as tmp:
            reports = os.path.join(tmp, "reports")
            os.mkdir(reports)
            with open(os.path.join(reports, "lsan.1"), "w", encoding="utf-8") as f:
                f.write(text)
            failures = os.path.join(tmp, "failures.txt")
            run = subprocess.run([sys.executable, triage, reports, failures],
                                 capture_output=True, text=True, check=False)
            with open(failures, encoding="utf-8") as f:
                failed = f.read().strip() != ""
        cases.append((failed == ours and run.returncode == (1 if ours else 0),
                      f"triage calls {name} {'ours' if ours else 'the toolkit' + chr(39) + 's'}"))
        if ours:
            hits = sorted({f"{p} ~ {fn if lsan_match(p, fn) else mod}" for fn, mod in frames(text)
                           for p in supp if lsan_match(p, fn) or lsan_match(p, mod)})
            cases.append((not hits, f"no lsan.supp line matches a frame of {name}"
                          + (f" (matched: {'; '.join(hits)})" if hits else "")))
    print(f"1..{len(cases)}")
    for number, (ok, what) in enumerate(cases, 1):
        print(f"{'ok' if ok else 'not ok'} {number} - {what}")
    return 0 if all(ok for ok, _ in cases) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
