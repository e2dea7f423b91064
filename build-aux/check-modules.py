#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that the sources keep to the module rules of HACKING.md.

Usage: check-modules.py [--root DIR] [--graph]

Reads every .c and .h file under src/, benchmarks/ and tests/ of DIR (the
source tree this script is in, unless told otherwise), works out the module
of each file from its folder, and fails when

  engine-outside-backend   a database engine's header (sqlite3.h) is included
                           outside that engine's backend
  libxml-outside-exchange  a libxml2 header is included outside src/exchange
                           and src/sheet
  sheet-library-outside-sheet  a spreadsheet library's header (libzip,
                           FreeXL, libxlsxwriter) is included outside src/sheet
  libsecret-outside-gui    the libsecret header (the GNOME keyring) is included
                           outside src/gui and the window tests
  icu-outside-pinyin       an ICU header (unicode/…) is included outside
                           src/core/base/zs-pinyin*.c and zs-collate.c
  poppler-outside-thumbnail  poppler's header is included outside
                           src/gui/common/zs-pdf-thumbnail.c
  toolkit-outside-gui      a GTK, GDK, GSK, libadwaita, Pango or cairo header
                           is included by code that has no window (the core,
                           exchange, vcard, database, a core test)
  backend-interface        zs-store-backend.h (what an engine implements) is
                           included outside the store and the backends
  window-header-in-page    a page (src/gui/<area> other than shell) includes
                           zs-window.h or zs-window-private.h
  core-includes-outer      a core module includes a header of exchange, vcard,
                           database, a backend, gui, cli, app or a program
  layering                 a module includes a header of a module above it
  module-cycle             modules (or gui areas) include each other in a ring
  file-too-long            a source file has more than 1000 lines
  thread-task-source       a file under src/ runs a task in a worker thread
                           (g_task_run_in_thread) and makes a task with a
                           source object by g_task_new(): zs_thread_task_new()
                           lets the source go in the main thread (HACKING.md)
  unknown-module           a folder that is in none of the tables below

A header counts where it is included directly, and also through a header of
a module that may include it (src/exchange/x.c including zs-store-private.h,
which includes sqlite3.h, breaks the engine rule at that line).

Prints every violation as FILE:LINE: RULE: what and why, then a summary.
Exit status 0 when the tree keeps every rule, 1 when it does not, 2 on bad
usage. The tables below are the rules; change them, not the code.
"""

import argparse
import os
import re
import sys

# --------------------------------------------------------------------------
# The tables

# The modules, lowest first: a module may include the headers of the modules
# before it and its own, never those after it. "core" is src/core/zs-core.h,
# the header that brings in the whole core for the modules above it. The
# programs (main.c, tests, tools, benchmarks) come last.
ORDER = [
    "base", "model", "query", "store", "lists", "rules", "report", "core",
    "exchange", "vcard", "sheet", "database", "gui", "cli", "app",
    "main", "tests", "tools", "benchmarks",
]

# The engine-neutral core: no engine, no XML, no window.
CORE = {"base", "model", "query", "store", "lists", "rules", "report", "core"}

# A storage backend (src/backend/<name>/) sits beside the store: it uses
# these modules and implements the store's backend interface. It registers
# itself when linked, so few include its headers, and never the core.
BACKEND_MAY_USE = {"base", "model", "query", "store"}

# Where sqlite3.h may be included: the SQLite backend, and its own tests,
# which open the file to check its schema and migrations, and the plans of
# what the pages ask (test-sqlite-plans.c).
SQLITE_ALLOWED = [
    "src/backend/sqlite/",
    "tests/test-sqlite-backend.c",
    "tests/test-sqlite-plans.c",
    "tests/test-sqlite-upgrade.c",
    "tests/zs-test-sqlite.",
]

# Each database engine's client header, and where it may be included: its
# backend's folder (and that backend's own tests). A new backend adds a line.
ENGINE_HEADERS = {
    "sqlite3.h": SQLITE_ALLOWED,
    # The PostgreSQL backend, the tests' own server databases (one per
    # test) and the backend's own test, which kills connections.
    "libpq-fe.h": ["src/backend/postgresql/", "tests/zs-test-pg.c", "tests/test-pg-backend.c"],
}

# The backend interface: the store calls it, the backends implement it, the
# store conformance suite (tests/) drives it; nothing else sees it.
BACKEND_INTERFACE = "zs-store-backend.h"
BACKEND_INTERFACE_ALLOWED = [
    "src/core/store/",
    "src/backend/",
    "tests/",
]

LIBXML_ALLOWED = [
    "src/exchange/",
    "src/sheet/",           # the XML parts of .xlsx files, with the same parser options
    "tests/test-exchange-out.c",  # the export's escaping against xmlTextWriter's, byte for byte
]

# The spreadsheet libraries: only src/sheet reads and writes .xlsx and .xls.
SHEET_LIBRARY_HEADER = re.compile(r"^(zip\.h$|freexl\.h$|xlsxwriter\.h$|xlsxwriter/)")
SHEET_LIBRARY_ALLOWED = [
    "src/sheet/",
    "benchmarks/",          # the floor: libxlsxwriter alone, writing the same cells
]

# The keyring (libsecret): only the window asks for and keeps a server's
# password; everything below it gets the password from zs-store-password.h.
LIBSECRET_HEADER = re.compile(r"^libsecret/")
LIBSECRET_ALLOWED = [
    "src/gui/",
    "tests/test-ui",        # the connect dialog's round trip through a keyring
]

# ICU: only the pinyin of names (its transliterator) and the pinyin order
# of names (the store's lists and the exports) use it.
ICU_HEADER = re.compile(r"^unicode/")
ICU_ALLOWED = [
    "src/core/base/zs-pinyin.c",
    "src/core/base/zs-pinyin-icu.c",  # one character asked of ICU (the table's builder too)
    "src/core/base/zs-pinyin-icu.h",
    "src/core/base/zs-make-pinyin-table.c",  # the readings built in at build time
    "src/core/base/zs-collate.c",     # pinyin order of the store's lists
    "tests/test-pinyin.c",            # the built-in table against ICU asked at run time
]

# poppler: only the attachments' PDF thumbnails parse PDFs from outside.
POPPLER_HEADER = re.compile(r"^(poppler\.h$|poppler-|glib/poppler)")
POPPLER_ALLOWED = [
    "src/gui/common/zs-pdf-thumbnail.c",
]

# Code that has a window, or makes one (the CLI lays out the bulletin PDF
# with the gui's print code).
TOOLKIT_ALLOWED = [
    "src/gui/",
    "src/app/",
    "src/cli/",
    "src/tools/",
    "src/main.c",
    "benchmarks/",
    "tests/test-ui",        # test-ui*.c
    "tests/zs-test-ui-util.",
    "tests/zs-test-input.",  # real pointer and keys for the window tests
    "tests/fuzz-",          # never built with the toolkit, but harmless
]
TOOLKIT_HEADER = re.compile(r"^(gtk/|gdk/|gsk/|adwaita\.h$|pango/|cairo[-.])")

WINDOW_HEADERS = {"zs-window.h", "zs-window-private.h"}
# Inside src/gui only the shell includes the window's headers; the pages talk
# to the window through win.* actions and their context object.
WINDOW_ALLOWED = [
    "src/gui/shell/",
]
# Today's offenders, being rewritten to use actions. Empty this list as they
# go; while it holds anything, every run prints a notice.
WINDOW_ALLOW_LIST = [
]

MAX_LINES = 1000
# Files allowed past MAX_LINES for now, each with the reason. Split them and
# empty this list; while it holds anything, every run prints a notice.
LENGTH_ALLOW_LIST = [
]

# Cycles between the areas of src/gui (one library) fail too: pages open
# each other's records through win.* actions, not each other's headers, and
# widgets two areas share live in gui/common. False turns them into notices.
GUI_AREA_CYCLES_FAIL = True

SCANNED_DIRS = ["src", "benchmarks", "tests"]

# --------------------------------------------------------------------------

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')
# g_task_new (source, …): the first argument, when it is not NULL.
TASK_WITH_SOURCE = re.compile(r'\bg_task_new\s*\(\s*(?!NULL\s*,)([^,]+),')


def module_of(path):
    """The module of a file from its path relative to the root, or None."""
    parts = path.split("/")
    top = parts[0]
    if top in ("tests", "benchmarks"):
        return top
    if top != "src" or len(parts) < 2:
        return None
    if len(parts) == 2:
        return "main" if parts[1] == "main.c" else None
    folder = parts[1]
    if folder == "core":
        if len(parts) == 3:
            return "core" if parts[2] == "zs-core.h" else None
        return parts[2] if parts[2] in CORE else None
    if folder == "backend":
        return "backend/" + parts[2] if len(parts) > 3 else None
    if folder in ORDER and folder not in CORE:
        return folder
    return None


def gui_area(path):
    parts = path.split("/")
    if len(parts) > 3 and parts[0] == "src" and parts[1] == "gui":
        return parts[2]
    return None


def is_backend(module):
    return module is not None and module.startswith("backend/")


def under(path, prefixes):
    return any(path.startswith(p) for p in prefixes)


def strip_comments(text):
    """Blanks comments, keeping line breaks so line numbers stay right."""
    def blank(m):
        token = m.group(0)
        if token.startswith("/"):
            return re.sub(r"[^\n]", " ", token)
        return token  # a string or character literal
    return re.sub(r'/\*.*?\*/|//[^\n]*|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'',
                  blank, text, flags=re.S)


class Source:
    def __init__(self, path, text):
        self.path = path
        self.module = module_of(path)
        self.area = gui_area(path)
        self.n_lines = text.count("\n") + (0 if text.endswith("\n") or not text else 1)
        self.includes = []  # (line, kind '<' or '"', name)
        self.tasks_with_source = []  # (line, source) of g_task_new
        code = strip_comments(text)
        for n, line in enumerate(code.split("\n"), 1):
            m = INCLUDE.match(line)
            if m:
                self.includes.append((n, m.group(1), m.group(2).strip()))
            m = TASK_WITH_SOURCE.search(line)
            if m:
                self.tasks_with_source.append((n, m.group(1).strip()))
        self.runs_in_thread = "g_task_run_in_thread" in code


class Checker:
    def __init__(self, root):
        self.root = root
        self.sources = {}
        self.by_name = {}
        self.violations = []
        self.notices = []
        self.n_includes = 0
        self.module_edges = {}  # (from, to) -> first (path, line, header)
        self.area_edges = {}

    # -- reading ----------------------------------------------------------

    def read(self):
        for top in SCANNED_DIRS:
            base = os.path.join(self.root, top)
            for dirpath, dirnames, filenames in os.walk(base):
                dirnames.sort()
                for name in sorted(filenames):
                    if not name.endswith((".c", ".h")):
                        continue
                    full = os.path.join(dirpath, name)
                    rel = os.path.relpath(full, self.root).replace(os.sep, "/")
                    with open(full, encoding="utf-8", errors="replace") as f:
                        src = Source(rel, f.read())
                    self.sources[rel] = src
                    if name.endswith(".h"):
                        self.by_name.setdefault(name, []).append(rel)

    def resolve(self, src, kind, name):
        """The tree file an include names, or None (system, generated)."""
        if kind == '"':
            here = os.path.dirname(src.path)
            local = os.path.normpath(os.path.join(here, name)).replace(os.sep, "/")
            if local in self.sources:
                return local
        # <zs-store.h> finds the tree's header as well as "zs-store.h" does.
        candidates = self.by_name.get(os.path.basename(name), [])
        candidates = [c for c in candidates if c.endswith(name)]
        if len(candidates) == 1:
            return candidates[0]
        if candidates:
            # Prefer a header of the includer's own module, then the first.
            own = [c for c in candidates if module_of(c) == src.module]
            return (own or candidates)[0]
        return None

    # -- reporting --------------------------------------------------------

    def fail(self, path, line, rule, message):
        self.violations.append((path, line, rule, message))

    # -- the rules ----------------------------------------------------------

    def reach(self, path, predicate, seen=None):
        """How @path reaches a header matching @predicate: the chain of
        header names, or None."""
        if seen is None:
            seen = set()
        if path in seen:
            return None
        seen.add(path)
        src = self.sources[path]
        for _, kind, name in src.includes:
            if predicate(kind, name):
                return [name]
            target = self.resolve(src, kind, name)
            if target is not None and target.endswith(".h"):
                chain = self.reach(target, predicate, seen)
                if chain is not None:
                    return [name] + chain
        return None

    def header_rule(self, rule, predicate, allowed, what, where,
                    applies=lambda src: True, allow_list=()):
        """Fails where a file not under @allowed includes a header matching
        @predicate, directly or through a header that may include it."""
        for path, src in self.sources.items():
            if not applies(src) or under(path, allowed):
                continue
            for line, kind, name in src.includes:
                if predicate(kind, name):
                    if path in allow_list:
                        continue
                    self.fail(path, line, rule,
                              f"{what} {name} is included here; {where}")
                    continue
                target = self.resolve(src, kind, name)
                # A header that may not include it either is reported itself.
                if target is None or not under(target, allowed) or path in allow_list:
                    continue
                chain = self.reach(target, predicate)
                if chain is not None:
                    self.fail(path, line, rule,
                              f"{what} {chain[-1]} comes in through "
                              f"{' -> '.join([name] + chain[:-1])}; {where}")

    def check_headers(self):
        for header, allowed in ENGINE_HEADERS.items():
            self.header_rule(
                "engine-outside-backend",
                lambda kind, name, header=header: name == header,
                allowed, "the database engine's header",
                "only its backend speaks to the engine (allowed: "
                + ", ".join(allowed) + ")")
        self.header_rule(
            "backend-interface",
            lambda kind, name: os.path.basename(name) == BACKEND_INTERFACE,
            BACKEND_INTERFACE_ALLOWED, "the backend interface",
            "only the store and the backends use it; the rest of the program "
            "asks ZsStore")
        self.header_rule(
            "libxml-outside-exchange",
            lambda kind, name: kind == "<" and name.startswith("libxml/"),
            LIBXML_ALLOWED, "the libxml2 header",
            "only src/exchange and src/sheet read and write XML")
        self.header_rule(
            "sheet-library-outside-sheet",
            lambda kind, name: kind == "<" and SHEET_LIBRARY_HEADER.match(name) is not None,
            SHEET_LIBRARY_ALLOWED, "the spreadsheet library header",
            "only src/sheet reads and writes spreadsheets")
        self.header_rule(
            "libsecret-outside-gui",
            lambda kind, name: kind == "<" and LIBSECRET_HEADER.match(name) is not None,
            LIBSECRET_ALLOWED, "the libsecret header",
            "only the window uses the keyring; the rest gets a server's "
            "password from zs-store-password.h")
        self.header_rule(
            "icu-outside-pinyin",
            lambda kind, name: kind == "<" and ICU_HEADER.match(name) is not None,
            ICU_ALLOWED, "the ICU header",
            "only zs-pinyin*.c transliterate and zs-collate.c sorts; everything else asks them")
        self.header_rule(
            "poppler-outside-thumbnail",
            lambda kind, name: kind == "<" and POPPLER_HEADER.match(name) is not None,
            POPPLER_ALLOWED, "poppler's header",
            "only zs-pdf-thumbnail.c parses PDFs; everything else asks it for a picture")
        self.header_rule(
            "toolkit-outside-gui",
            lambda kind, name: kind == "<" and TOOLKIT_HEADER.match(name) is not None,
            TOOLKIT_ALLOWED, "the toolkit header",
            "only code with a window uses GTK (allowed: "
            + ", ".join(TOOLKIT_ALLOWED) + ")")
        self.header_rule(
            "window-header-in-page",
            lambda kind, name: os.path.basename(name) in WINDOW_HEADERS,
            WINDOW_ALLOWED, "the window's header",
            "a page talks to the window through win.* actions and its "
            "context object, never the window's header",
            applies=lambda src: src.module == "gui",
            allow_list=WINDOW_ALLOW_LIST)

    def check_layering(self):
        for path, src in self.sources.items():
            if src.module is None:
                self.fail(path, 1, "unknown-module",
                          "this folder is in no module; add it to the tables "
                          "of build-aux/check-modules.py and to HACKING.md")
                continue
            for line, kind, name in src.includes:
                self.n_includes += 1
                target = self.resolve(src, kind, name)
                if target is None:
                    continue
                to = module_of(target)
                if to is None:
                    continue
                allow_listed = (path in WINDOW_ALLOW_LIST
                                and os.path.basename(name) in WINDOW_HEADERS)
                if src.area and gui_area(target) and src.area != gui_area(target) \
                        and not allow_listed:
                    self.area_edges.setdefault((src.area, gui_area(target)),
                                               (path, line, name))
                if to == src.module:
                    continue
                self.module_edges.setdefault((src.module, to), (path, line, name))
                self.layer(src, path, line, name, to)

    def layer(self, src, path, line, name, to):
        frm = src.module
        if frm in CORE and (to not in CORE):
            self.fail(path, line, "core-includes-outer",
                      f"{name} is a header of {to}; the core ({frm}) never "
                      "depends on exchange, vcard, database, a backend, "
                      "the gui or a program")
            return
        if is_backend(frm):
            if to not in BACKEND_MAY_USE:
                self.fail(path, line, "layering",
                          f"{name} is a header of {to}; a backend uses only "
                          + ", ".join(sorted(BACKEND_MAY_USE)))
            return
        if is_backend(to):
            return  # modules outside the core may register a backend
        if ORDER.index(to) > ORDER.index(frm):
            self.fail(path, line, "layering",
                      f"{name} is a header of {to}, which comes after {frm} "
                      "in the layering: " + " < ".join(ORDER))

    def check_cycles(self):
        for kind, edges in (("modules", self.module_edges),
                            ("gui areas", self.area_edges)):
            graph = {}
            for (a, b) in edges:
                graph.setdefault(a, []).append(b)
                graph.setdefault(b, [])
            for ring in find_cycles(graph):
                steps = []
                for a, b in zip(ring, ring[1:] + ring[:1]):
                    p, l, h = edges[(a, b)]
                    steps.append(f"{a} -> {b} ({p}:{l} includes {h})")
                p, l, _ = edges[(ring[0], ring[1 % len(ring)])]
                message = f"{kind} include each other in a ring: " + "; ".join(steps)
                if kind == "modules" or GUI_AREA_CYCLES_FAIL:
                    self.fail(p, l, "module-cycle", message)
                else:
                    self.notices.append(f"notice: {p}:{l}: {message}")

    def check_lengths(self):
        for path, src in self.sources.items():
            if src.n_lines > MAX_LINES and path not in LENGTH_ALLOW_LIST:
                self.fail(path, MAX_LINES + 1, "file-too-long",
                          f"{src.n_lines} lines, more than {MAX_LINES}: "
                          "split it by concern (STYLE.md)")

    def check_allow_lists(self):
        def includes_window(src):
            return any(os.path.basename(n) in WINDOW_HEADERS
                       for _, _, n in src.includes)

        window = [p for p in WINDOW_ALLOW_LIST
                  if p in self.sources and includes_window(self.sources[p])]
        if window:
            self.notices.append(
                f"notice: the window-header allow-list still holds {len(window)} "
                "page(s) that include the window's header; empty WINDOW_ALLOW_LIST "
                "in build-aux/check-modules.py as they move to win.* actions")
        for p in WINDOW_ALLOW_LIST:
            if p not in window:
                self.notices.append(f"notice: {p} does not include the window's "
                                    "header (any more): drop it from WINDOW_ALLOW_LIST")
        long_files = [p for p in LENGTH_ALLOW_LIST
                      if p in self.sources and self.sources[p].n_lines > MAX_LINES]
        if long_files:
            self.notices.append(
                f"notice: the length allow-list still holds {len(long_files)} "
                f"file(s) above {MAX_LINES} lines: " + ", ".join(long_files))
        for p in LENGTH_ALLOW_LIST:
            if p not in long_files:
                self.notices.append(f"notice: {p} is not above {MAX_LINES} "
                                    "lines (any more): drop it from LENGTH_ALLOW_LIST")

    def check_thread_tasks(self):
        for path, src in self.sources.items():
            if not path.startswith("src/") or not src.runs_in_thread:
                continue
            for line, source in src.tasks_with_source:
                self.fail(path, line, "thread-task-source",
                          f"g_task_new ({source}, …) in a file that runs tasks in a "
                          "worker thread: the worker's reference can be the task's "
                          "last and let its source go there; make it with "
                          "zs_thread_task_new() (zs-main-context.h)")

    def run(self):
        self.read()
        self.check_headers()
        self.check_layering()
        self.check_cycles()
        self.check_lengths()
        self.check_thread_tasks()
        self.check_allow_lists()
        self.violations.sort()

    def print_graph(self):
        for (a, b), (p, l, h) in sorted(self.module_edges.items(),
                                        key=lambda e: (ORDER.index(e[0][0]) if e[0][0] in ORDER else -1, e[0])):
            print(f"{a} -> {b}\t({p}:{l} {h})")


def find_cycles(graph):
    """One ring of nodes for each strongly connected component of more than
    one node (Tarjan), so that every cycle is reported once."""
    index = {}
    low = {}
    stack = []
    on_stack = set()
    components = []
    counter = [0]

    def connect(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                components.append(set(component))

    for v in sorted(graph):
        if v not in index:
            connect(v)

    rings = []
    for component in components:
        start = min(component)
        # A shortest way back to the start inside the component.
        paths = {start: [start]}
        queue = [start]
        ring = None
        while queue and ring is None:
            v = queue.pop(0)
            for w in sorted(graph[v]):
                if w == start:
                    ring = paths[v]
                    break
                if w in component and w not in paths:
                    paths[w] = paths[v] + [w]
                    queue.append(w)
        rings.append(ring)
    return rings


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", default=os.path.dirname(
        os.path.dirname(os.path.abspath(__file__))),
        help="the source tree to check (default: the one holding this script)")
    parser.add_argument("--graph", action="store_true",
                        help="also print the module graph, one edge per line")
    args = parser.parse_args(argv)
    if not os.path.isdir(os.path.join(args.root, "src")):
        print(f"check-modules: {args.root} has no src/ folder", file=sys.stderr)
        return 2

    checker = Checker(args.root)
    checker.run()
    if args.graph:
        checker.print_graph()
    for path, line, rule, message in checker.violations:
        print(f"{path}:{line}: {rule}: {message}")
    for notice in checker.notices:
        print(notice)
    print(f"check-modules: {len(checker.sources)} files, {checker.n_includes} "
          f"includes, {len(checker.violations)} violation(s)")
    return 1 if checker.violations else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
