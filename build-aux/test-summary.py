#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Counts test cases in meson's testlog.json and prints "N passed, N failed" last.

A TAP test program counts each of its "ok"/"not ok" lines; a program that
stopped abnormally without a "not ok" line counts one failure more; a plain
test program counts as one case. Exit status 1 when anything failed or
nothing ran.

  test-summary.py [--extra FILE] [testlog.json]

--extra FILE: each line of FILE is one more failure (sanitize.sh's leaks of
ours, found by lsan-triage.py after the tests ran).
"""
import json
import re
import sys

PASSING = {"OK", "EXPECTEDFAIL"}
SKIPPED = {"SKIP"}

TAP_LINE = re.compile(r"^(not ok|ok)\b(.*)$")


def count(entry):
    passed = failed = 0
    failures = []
    for line in entry.get("stdout", "").splitlines():
        m = TAP_LINE.match(line)
        if not m:
            continue
        directive = m.group(2)
        if "# SKIP" in directive:
            continue
        if m.group(1) == "ok":
            passed += 1
        else:
            failed += 1
            failures.append(f"{entry['name']}: {line.strip()}")
    result = entry.get("result")
    if passed + failed == 0:
        if result in PASSING:
            passed = 1
        elif result not in SKIPPED:
            failed = 1
            failures.append(f"{entry['name']}: {result}")
    elif result not in PASSING and result not in SKIPPED and failed == 0:
        failed = 1
        failures.append(f"{entry['name']}: stopped with {result} after {passed} passing cases")
    return passed, failed, failures


REASON = re.compile(r"Bail out!|\*\*\s*\S|ERROR|CRITICAL|WARNING|runtime error|Sanitizer")


def reasons(entry, limit=6):
    """The last lines of a failed program's output that say why: the
    summary is often all that is kept of a CI run, and its tail must name
    the assertion, not only the program."""
    text = entry.get("stdout", "") + "\n" + entry.get("stderr", "")
    lines = [l.rstrip() for l in text.splitlines() if REASON.search(l)]
    return [l[:300] for l in lines[-limit:]]


def main(path, extra=None):
    passed = failed = 0
    failures = []
    entries = []
    if extra is not None:
        with open(extra, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    failed += 1
                    failures.append(line.strip())
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            for number, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    entries.append(json.loads(line))
                except ValueError as e:
                    # A test killed mid-write leaves a torn line: count it
                    # as a failure rather than losing the whole summary.
                    failed += 1
                    failures.append(f"{path}:{number}: unreadable entry ({e})")
    except OSError as e:
        print(f"cannot read {path}: {e}")
    for entry in entries:
        p, f_, why = count(entry)
        passed += p
        failed += f_
        failures += why
        if f_:
            failures += ["    " + l for l in reasons(entry)]
    for line in failures:
        print(line if line.startswith("    ") else "FAILED " + line)
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 and passed > 0 else 1


if __name__ == "__main__":
    args = sys.argv[1:]
    extra = None
    if args[:1] == ["--extra"]:
        extra = args[1]
        args = args[2:]
    sys.exit(main(args[0] if args else "_build/meson-logs/testlog.json", extra))
