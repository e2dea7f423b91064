#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Sorts LeakSanitizer's reports into leaks of ours and the toolkit's own.

build-aux/sanitize.sh runs every program with LSAN_OPTIONS log_path=DIR/lsan
and exitcode=0, so that each leak report lands in a file DIR/lsan.PID
instead of failing the program at once; this script then reads them all:

    lsan-triage.py DIR FAILURES

It prints every leak of ours with its whole allocation stack, and writes one
line per program that leaked (and per other sanitizer error found in DIR) to
FAILURES, which test-summary.py --extra counts as failures.

Why not lsan.supp alone: a suppression matches ANY frame of a stack, and
GTK, GDK and libadwaita's own functions are static and unnamed without their
debug symbols (Debian ships those apart), so a line could only name their
whole library, which would also hide our leaks made inside a GTK signal
handler or through gtk_label_new. The rule here, walking a stack from the
allocation outwards:

  - GLib, GObject and GIO frames (and the C library, the sanitizer) are
    skipped: they allocate on everyone's behalf;
  - the first other frame is ours: the leak is ours;
  - it is the toolkit's (GTK, Pango, cairo, libsecret ...): the leak is ours
    still if a frame of ours comes before the toolkit was entered from the
    main loop, a signal or a thread (g_main_context_dispatch,
    g_closure_invoke, g_signal_emit*, start_thread): we called the toolkit
    function that made it, so it was ours to free; otherwise it is the
    toolkit's own;
  - a stack of GLib frames only, up to its thread's start or the main loop,
    is GLib's own (its D-Bus worker, GIO's file queries for GTK).

An object the toolkit makes in its own main-loop callback and hands to ours
(an async _finish result) counts as the toolkit's: our code asks for none
GTK could leak that way today (it calls no GIO async file query).
"""
import os
import re
import sys

FRAME = re.compile(r"^\s*#(\d+) 0x[0-9a-f]+ (?:in (\S+))?\s*(.*)$")
LEAK = re.compile(r"^(Direct|Indirect) leak of (\d+) byte\(s\) in (\d+) object\(s\) allocated from:")
# Frames that allocate on everyone's behalf.
RUNTIME_MODULES = ("libglib-2.0.so", "libgobject-2.0.so", "libgio-2.0.so", "libc.so", "ld-linux")
RUNTIME_FILES = ("../../../../src/libsanitizer/", "nptl/", "../sysdeps/", "../csu/", "malloc/")
# Where the toolkit is entered from the main loop, a signal or a thread.
BOUNDARIES = ("g_main_context_dispatch", "g_closure_invoke", "g_signal_emit", "g_signal_emit_valist",
              "g_signal_emit_by_name", "start_thread")
OURS = ("../src/", "../tests/", "../benchmarks/")


def kind(function, location):
    """'ours', 'runtime' or 'toolkit' for one frame."""
    if location.startswith(OURS) or "/_sanitize/" in location:
        return "ours"
    if location.startswith(RUNTIME_FILES) or any(m in location for m in RUNTIME_MODULES):
        return "runtime"
    return "toolkit"


def owner(frames):
    """'ours' or 'toolkit' for one allocation stack, by the rule above."""
    entered_toolkit = False
    for function, location in frames:
        k = kind(function, location)
        if function in BOUNDARIES:
            return "toolkit"
        if k == "ours":
            return "ours"
        if k == "toolkit":
            entered_toolkit = True
    return "toolkit" if entered_toolkit or frames else "ours"


def program_of(text):
    """Our program a report came from, by the module of a frame of ours."""
    m = re.search(r"\((/[^()+]*/_sanitize/[^()+]+)\+0x", text)
    if m:
        return os.path.basename(m.group(1))
    m = re.search(r"in main (\.\./\S+?):\d+", text)
    return m.group(1) if m else "a program"


def leaks(text):
    """Each leak of a report: (header, frames, stack text)."""
    header = None
    frames = []
    lines = []
    for line in text.splitlines() + [""]:
        m = LEAK.match(line)
        if m:
            header, frames, lines = line, [], [line]
            continue
        if header is None:
            continue
        f = FRAME.match(line)
        if f:
            frames.append((f.group(2) or "", f.group(3)))
            lines.append(line)
            continue
        yield header, frames, "\n".join(lines)
        header = None


def main(directory, failures_path):
    failures = []
    counts = {"ours": 0, "toolkit": 0}
    for name in sorted(os.listdir(directory)) if os.path.isdir(directory) else []:
        with open(os.path.join(directory, name), encoding="utf-8", errors="replace") as f:
            text = f.read()
        program = program_of(text)
        if re.search(r"ERROR: (Address|Undefined)Sanitizer|runtime error:", text):
            print(text)
            failures.append(f"{program}: sanitizer error ({name})")
            continue
        ours = []
        for header, frames, stack in leaks(text):
            who = owner(frames)
            counts[who] += 1
            if who == "ours":
                ours.append(stack)
        if ours:
            print(f"== {program} ({name}): {len(ours)} leak(s) of ours\n")
            print("\n\n".join(ours) + "\n")
            failures.append(f"{program}: {len(ours)} leak(s) of ours ({name})")
    print(f"leak reports: {counts['ours']} of ours, {counts['toolkit']} the toolkit's own")
    with open(failures_path, "w", encoding="utf-8") as f:
        f.writelines(line + "\n" for line in failures)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
