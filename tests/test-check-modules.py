#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The module-rules checker can fail: each case writes a small tree that keeps
every rule, breaks one, runs build-aux/check-modules.py on it and checks that
it fails at that file and line, naming the rule. The clean tree must pass, so
a failure comes from the broken rule and nothing else.

Usage: test-check-modules.py PATH/TO/check-modules.py   (prints TAP)
"""

import os
import subprocess
import sys
import tempfile

CHECKER = None

# A tree in the shape of the real one, keeping every rule.
CLEAN = {
    "src/core/base/zs-date.h": '#pragma once\n#include <glib.h>\n',
    "src/core/base/zs-date.c": '#include "zs-date.h"\n',
    "src/core/model/zs-record.h": '#pragma once\n#include <glib-object.h>\n#include "zs-date.h"\n',
    "src/core/model/zs-record.c": '#include "zs-record.h"\n',
    "src/core/query/zs-query.h": '#pragma once\n#include "zs-record.h"\n',
    "src/core/store/zs-store.h": '#pragma once\n#include "zs-query.h"\n',
    "src/core/store/zs-store-private.h": '#pragma once\n#include "zs-store.h"\n#include "zs-store-backend.h"\n',
    "src/core/store/zs-store-backend.h": '#pragma once\n#include "zs-store.h"\n',
    "src/core/store/zs-store.c": '#include "zs-store-private.h"\n',
    "src/core/lists/zs-project-filter.h": '#pragma once\n#include "zs-store.h"\n',
    "src/core/rules/zs-grade.c": '#include "config.h"\n#include "zs-project-filter.h"\n\n',
    "src/core/zs-core.h": '#pragma once\n#include "zs-project-filter.h"\n',
    "src/backend/sqlite/zs-sqlite-backend.h": '#pragma once\n#include "zs-store.h"\n',
    "src/backend/sqlite/zs-sqlite-private.h": '#pragma once\n#include <sqlite3.h>\n#include "zs-sqlite-backend.h"\n',
    "src/backend/sqlite/zs-sqlite-backend.c": '#include <sqlite3.h>\n#include "zs-sqlite-backend.h"\n'
                                              '#include "zs-store-backend.h"\n',
    "src/exchange/zs-exchange.h": '#pragma once\n#include "zs-core.h"\n',
    "src/exchange/zs-exchange.c": '#include <libxml/parser.h>\n#include "zs-exchange.h"\n',
    "src/vcard/zs-vcard.c": '#include "zs-core.h"\n',
    "src/sheet/zs-sheet-xlsx.c": '#include <libxml/xmlreader.h>\n#include <zip.h>\n#include <xlsxwriter.h>\n'
                                 '#include "zs-core.h"\n',
    "src/database/zs-database.h": '#pragma once\n#include "zs-exchange.h"\n',
    "src/database/zs-database.c": '#include "zs-database.h"\n#include "zs-sqlite-backend.h"\n'
                                  # A task in a thread without a source, or made to let its go.
                                  'task = g_task_new (NULL, NULL, done, NULL);\n'
                                  'task = zs_thread_task_new (store, NULL, done, NULL);\n'
                                  'g_task_run_in_thread (task, backup);\n',
    "src/gui/shell/zs-window.h": '#pragma once\n#include <adwaita.h>\n#include "zs-core.h"\n',
    "src/gui/shell/zs-window.c": '#include "zs-window.h"\n#include "zs-board-column.h"\n',
    "src/gui/shell/zs-preferences-window.h": '#pragma once\n#include "zs-window.h"\n',
    "src/gui/common/zs-ui-util.h": '#pragma once\n#include <gtk/gtk.h>\n',
    "src/gui/board/zs-board-column.h": '#pragma once\n#include "zs-ui-util.h"\n',
    "src/gui/board/zs-board-column.c": '#include "zs-board-column.h"\n#include "zs-core.h"\n',
    "src/gui/print/zs-bulletin.h": '#pragma once\n#include <pango/pangocairo.h>\n',
    "src/cli/zs-command-line.c": '#include "zs-bulletin.h"\n#include "zs-database.h"\n',
    "src/app/zs-application.h": '#pragma once\n#include <adwaita.h>\n',
    "src/app/zs-application.c": '#include "zs-application.h"\n#include "zs-window.h"\n'
                                # A task with a source, not run in a thread.
                                'task = g_task_new (self, NULL, done, NULL);\n',
    "src/main.c": '#include "zs-application.h"\n',
    "src/tools/zs-screenshot.c": '#include "zs-window.h"\n#include "zs-test-ui-util.h"\n',
    "tests/zs-test-util.h": '#pragma once\n#include "zs-database.h"\n',
    "tests/zs-test-ui-util.h": '#pragma once\n#include <gtk/gtk.h>\n#include "zs-window.h"\n',
    "tests/test-sqlite-backend.c": '#include <sqlite3.h>\n#include "zs-test-util.h"\n',
    "tests/test-store-conformance.c": '#include "zs-test-util.h"\n#include "zs-store-backend.h"\n',
    # Includes in comments are no includes.
    "tests/test-core.c": '/* For example:\n#include <gtk/gtk.h>\n */\n'
                         '// #include <sqlite3.h>\n#include "zs-test-util.h"\n',
    "tests/test-ui.c": '#include "zs-test-ui-util.h"\n',
    "benchmarks/zs-bench-board.c": '#include "zs-test-ui-util.h"\n#include "zs-board-column.h"\n',
    # 1000 lines is the limit, and allowed.
    "src/core/report/zs-report.c": '#include "zs-project-filter.h"\n' + "\n" * 999,
}

# name, files changed or added, what the checker must print (None: must pass),
# what else its output must hold, and how many violations it finds (one
# unless told otherwise: a case breaks one rule, not several by accident).
CASES = [
    ("clean tree passes", {}, None,
     ["0 violation(s)"]),
    ("sqlite3.h in core/rules",
     {"src/core/rules/zs-grade.c": '#include "config.h"\n#include "zs-project-filter.h"\n#include <sqlite3.h>\n'},
     "src/core/rules/zs-grade.c:3: engine-outside-backend", []),
    ("sqlite3.h in a test not on the list",
     {"tests/test-core.c": '#include "zs-test-util.h"\n#include <sqlite3.h>\n'},
     "tests/test-core.c:2: engine-outside-backend", []),
    ("sqlite3.h through the backend's private header, from exchange",
     {"src/exchange/zs-exchange.c": '#include <libxml/parser.h>\n#include "zs-exchange.h"\n#include "zs-sqlite-private.h"\n'},
     "src/exchange/zs-exchange.c:3: engine-outside-backend", ["zs-sqlite-private.h"]),
    ("sqlite3.h in the store",
     {"src/core/store/zs-store.c": '#include <sqlite3.h>\n#include "zs-store-private.h"\n'},
     "src/core/store/zs-store.c:1: engine-outside-backend", []),
    ("the backend interface in rules",
     {"src/core/rules/zs-grade.c": '#include "zs-project-filter.h"\n#include "zs-store-backend.h"\n'},
     "src/core/rules/zs-grade.c:2: backend-interface", []),
    ("libpq outside its backend",
     {"src/database/zs-database.c": '#include "zs-database.h"\n#include <libpq-fe.h>\n'},
     "src/database/zs-database.c:2: engine-outside-backend", ["libpq-fe.h"]),
    ("libxml in vcard",
     {"src/vcard/zs-vcard.c": '#include "zs-core.h"\n#include <libxml/tree.h>\n'},
     "src/vcard/zs-vcard.c:2: libxml-outside-exchange", []),
    ("libzip in exchange",
     {"src/exchange/zs-exchange.c": '#include <libxml/parser.h>\n#include "zs-exchange.h"\n#include <zip.h>\n'},
     "src/exchange/zs-exchange.c:3: sheet-library-outside-sheet", []),
    ("freexl in the command line",
     {"src/cli/zs-command-line.c": '#include "zs-bulletin.h"\n#include <freexl.h>\n'},
     "src/cli/zs-command-line.c:2: sheet-library-outside-sheet", []),
    ("libsecret in the command line",
     {"src/cli/zs-command-line.c": '#include "zs-bulletin.h"\n#include <libsecret/secret.h>\n'},
     "src/cli/zs-command-line.c:2: libsecret-outside-gui", []),
    ("poppler in the attachment list",
     {"src/gui/common/zs-attachment-list.c": '#include <gtk/gtk.h>\n#include <poppler.h>\n'},
     "src/gui/common/zs-attachment-list.c:2: poppler-outside-thumbnail", []),
    ("gtk in sheet",
     {"src/sheet/zs-sheet-xlsx.c": '#include "zs-core.h"\n#include <gtk/gtk.h>\n'},
     "src/sheet/zs-sheet-xlsx.c:2: toolkit-outside-gui", []),
    ("gtk.h in core/model",
     {"src/core/model/zs-record.c": '#include "zs-record.h"\n#include <gtk/gtk.h>\n'},
     "src/core/model/zs-record.c:2: toolkit-outside-gui", []),
    ("adwaita.h in a core test",
     {"tests/test-core.c": '#include <adwaita.h>\n#include "zs-test-util.h"\n'},
     "tests/test-core.c:1: toolkit-outside-gui", []),
    ("gdk in database",
     {"src/database/zs-database.c": '#include "zs-database.h"\n#include <gdk/gdk.h>\n'},
     "src/database/zs-database.c:2: toolkit-outside-gui", []),
    ("cairo in exchange",
     {"src/exchange/zs-exchange.c": '#include <libxml/parser.h>\n#include <cairo-pdf.h>\n'},
     "src/exchange/zs-exchange.c:2: toolkit-outside-gui", []),
    ("a page includes zs-window.h",
     {"src/gui/board/zs-board-column.c": '#include "zs-board-column.h"\n#include "zs-window.h"\n'},
     "src/gui/board/zs-board-column.c:2: window-header-in-page",
     # The shell includes the pages: a ring of areas too.
     ["module-cycle: gui areas include each other in a ring: board -> shell"], 2),
    ("a page includes zs-window-private.h",
     {"src/gui/shell/zs-window-private.h": '#pragma once\n#include "zs-window.h"\n',
      "src/gui/board/zs-board-column.c": '#include "zs-window-private.h"\n'},
     "src/gui/board/zs-board-column.c:1: window-header-in-page",
     ["module-cycle: gui areas include each other in a ring: board -> shell"], 2),
    ("a page reaches zs-window.h through a shell header",
     {"src/gui/board/zs-board-column.c": '#include "zs-board-column.h"\n\n#include "zs-preferences-window.h"\n'},
     "src/gui/board/zs-board-column.c:3: window-header-in-page",
     ["zs-window.h comes in through zs-preferences-window.h",
      "module-cycle: gui areas include each other in a ring: board -> shell"], 2),
    ("model includes the store (upward)",
     {"src/core/model/zs-record.c": '#include "zs-record.h"\n#include "zs-store.h"\n'},
     "src/core/model/zs-record.c:2: layering",
     # The store uses the model: a cycle too.
     ["store, which comes after model", "module-cycle: modules include each other in a ring: model -> store"], 2),
    ("an upward include in angle brackets",
     {"src/vcard/zs-vcard.c": '#include "zs-core.h"\n#include <zs-database.h>\n'},
     "src/vcard/zs-vcard.c:2: layering", []),
    ("vcard includes database (upward)",
     {"src/vcard/zs-vcard.c": '#include "zs-core.h"\n#include "zs-database.h"\n'},
     "src/vcard/zs-vcard.c:2: layering", []),
    ("gui includes a test header",
     {"src/gui/board/zs-board-column.c": '#include "zs-board-column.h"\n#include "zs-test-util.h"\n'},
     "src/gui/board/zs-board-column.c:2: layering",
     ["module-cycle: modules include each other in a ring: gui -> tests"], 2),
    ("a backend uses lists",
     {"src/backend/sqlite/zs-sqlite-backend.c": '#include <sqlite3.h>\n#include "zs-project-filter.h"\n'},
     "src/backend/sqlite/zs-sqlite-backend.c:2: layering", ["a backend uses only"]),
    ("core includes exchange",
     {"src/core/rules/zs-grade.c": '#include "zs-exchange.h"\n'},
     "src/core/rules/zs-grade.c:1: core-includes-outer", []),
    ("the store includes its backend",
     {"src/core/store/zs-store.c": '#include "zs-store-private.h"\n#include "zs-sqlite-backend.h"\n'},
     "src/core/store/zs-store.c:2: core-includes-outer",
     # The backend includes the store's headers: a cycle too.
     ["module-cycle: modules include each other in a ring: backend/sqlite -> store"], 2),
    ("store and lists include each other",
     {"src/core/store/zs-store.c": '#include "zs-store-private.h"\n#include "zs-project-filter.h"\n'},
     "module-cycle", ["lists -> store (src/core/lists/zs-project-filter.h:2 includes zs-store.h)",
                      "store -> lists (src/core/store/zs-store.c:2 includes zs-project-filter.h)",
                      "src/core/store/zs-store.c:2: layering"], 2),
    ("a file of 1001 lines",
     {"src/core/report/zs-report.c": '#include "zs-project-filter.h"\n' + "\n" * 1000},
     "src/core/report/zs-report.c:1001: file-too-long", ["1001 lines"]),
    ("gtk.h in a core header is reported there, not again at each user",
     {"src/core/query/zs-query.h": '#pragma once\n#include "zs-record.h"\n#include <gtk/gtk.h>\n'},
     "src/core/query/zs-query.h:3: toolkit-outside-gui", []),
    ("a task with a source run in a worker thread",
     {"src/database/zs-database.c": '#include "zs-database.h"\n'
                                    'task = g_task_new (store, NULL, done, NULL);\n'
                                    'g_task_run_in_thread (task, backup);\n'},
     "src/database/zs-database.c:2: thread-task-source", ["g_task_new (store, …)"]),
    ("a folder in no table",
     {"src/sheets/zs-sheet.c": '#include "zs-core.h"\n'},
     "src/sheets/zs-sheet.c:1: unknown-module", []),
    ("gui areas in a ring",
     {"src/gui/common/zs-ui-util.h": '#pragma once\n#include <gtk/gtk.h>\n#include "zs-board-column.h"\n'},
     "src/gui/board/zs-board-column.h:2: module-cycle",
     ["gui areas include each other in a ring: "
      "board -> common (src/gui/board/zs-board-column.h:2 includes zs-ui-util.h); "
      "common -> board (src/gui/common/zs-ui-util.h:3 includes zs-board-column.h)"]),
]


def write_tree(root, files):
    for path, text in files.items():
        full = os.path.join(root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write(text)


def run_case(name, changes, expected, also, count):
    tree = dict(CLEAN)
    tree.update(changes)
    with tempfile.TemporaryDirectory(prefix="check-modules-") as root:
        write_tree(root, tree)
        proc = subprocess.run([sys.executable, CHECKER, "--root", root],
                              capture_output=True, text=True)
    out = proc.stdout + proc.stderr
    problems = []
    if expected is None:
        if proc.returncode != 0:
            problems.append(f"exit status {proc.returncode}, expected 0")
    else:
        if proc.returncode != 1:
            problems.append(f"exit status {proc.returncode}, expected 1")
        # The rule must be named at the right place, on a line of its own.
        if not any(line.startswith(expected) or (": " + expected + ":") in line
                   for line in out.splitlines()):
            problems.append(f"no line with {expected!r}")
        if f" {count} violation(s)" not in out:
            problems.append(f"not exactly {count} violation(s)")
    for text in also:
        if text not in out:
            problems.append(f"output lacks {text!r}")
    return problems, out


def main():
    global CHECKER
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    CHECKER = sys.argv[1]
    print(f"1..{len(CASES)}")
    failed = 0
    for n, case in enumerate(CASES, 1):
        name, changes, expected, also = case[:4]
        count = case[4] if len(case) > 4 else (0 if expected is None else 1)
        problems, out = run_case(name, changes, expected, also, count)
        if problems:
            failed += 1
            print(f"not ok {n} - {name}")
            for p in problems:
                print(f"# {p}")
            for line in out.splitlines():
                print(f"#   {line}")
        else:
            print(f"ok {n} - {name}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
