#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the Flatpak manifest against what the meson project builds.

Usage: check-flatpak-manifest.py MANIFEST APP_ID COMMAND

The manifest must name APP_ID and COMMAND, use the GNOME runtime and SDK,
ask for no sandbox permission beyond the six the app needs, and build its
last module (the app) with meson from the project's source directory.
Prints each check; exits 1 listing every mismatch, 2 on bad usage or an
unreadable manifest.
"""

import json
import os
import sys

ALLOWED_FINISH_ARGS = (
    "--share=ipc",
    "--socket=wayland",
    "--socket=fallback-x11",
    "--device=dri",
    # the bureau's database server (PostgreSQL, through libpq)
    "--share=network",
    # the server's password in the keyring, where no secret portal is
    "--talk-name=org.freedesktop.secrets",
)
RUNTIME = "org.gnome.Platform"
SDK = "org.gnome.Sdk"


class Checker:
    def __init__(self):
        self.failures = []

    def check(self, ok, passed, failed):
        if ok:
            print(f"ok: {passed}")
        else:
            print(f"FAIL: {failed}")
            self.failures.append(failed)
        return ok


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def app_module(manifest, manifest_dir):
    """Returns the last module, the one flatpak-builder builds the app from.

    A module may be given as the name of a JSON file next to the manifest.
    """
    modules = manifest.get("modules")
    if not isinstance(modules, list) or not modules:
        return None
    module = modules[-1]
    if isinstance(module, str):
        module = load_json(os.path.join(manifest_dir, module))
    return module if isinstance(module, dict) else None


def check_module(c, module, app_id, manifest_dir):
    name = module.get("name")
    buildsystem = module.get("buildsystem")
    c.check(buildsystem == "meson",
            f"module {name!r} builds with meson",
            f"module {name!r} has buildsystem {buildsystem!r}, expected 'meson'")

    # The default profile gives the plain app id, development gives .Devel.
    profiles = [o.split("=", 1)[1] for o in module.get("config-opts", [])
                if isinstance(o, str) and o.startswith("-Dprofile=")]
    profile = profiles[-1] if profiles else "default"
    expected_profile = "development" if app_id.endswith(".Devel") else "default"
    c.check(profile == expected_profile,
            f"module {name!r} builds the {profile} profile",
            f"module {name!r} builds the {profile!r} profile, but app-id {app_id} needs {expected_profile!r}")

    dirs = [s for s in module.get("sources", [])
            if isinstance(s, dict) and s.get("type") == "dir"]
    if c.check(len(dirs) == 1,
               f"module {name!r} takes one dir source",
               f"module {name!r} must take its code from exactly one 'dir' source, found {len(dirs)}"):
        path = dirs[0].get("path", "")
        source_dir = os.path.normpath(os.path.join(manifest_dir, path))
        c.check(os.path.isfile(os.path.join(source_dir, "meson.build")),
                f"dir source {path!r} is the meson project at {source_dir}",
                f"dir source {path!r} resolves to {source_dir}, which has no meson.build")


def main(argv):
    if len(argv) != 4:
        print(f"usage: {os.path.basename(argv[0])} MANIFEST APP_ID COMMAND", file=sys.stderr)
        return 2
    manifest_path, app_id, command = argv[1:]

    try:
        manifest = load_json(manifest_path)
    except OSError as e:
        print(f"{manifest_path}: cannot read the manifest: {e.strerror}", file=sys.stderr)
        return 2
    except json.JSONDecodeError as e:
        print(f"{manifest_path}:{e.lineno}:{e.colno}: not valid JSON: {e.msg}", file=sys.stderr)
        return 2
    if not isinstance(manifest, dict):
        print(f"{manifest_path}: the manifest must be a JSON object", file=sys.stderr)
        return 2

    manifest_dir = os.path.dirname(os.path.abspath(manifest_path))
    c = Checker()
    print(f"Checking {manifest_path}")

    # flatpak-builder still accepts the older "id" key.
    found_id = manifest.get("app-id", manifest.get("id"))
    c.check(found_id == app_id,
            f"app-id is {app_id}",
            f"app-id is {found_id!r}, expected {app_id!r}")

    found_command = manifest.get("command")
    c.check(found_command == command,
            f"command is {command}",
            f"command is {found_command!r}, expected {command!r}")

    runtime = manifest.get("runtime")
    c.check(runtime == RUNTIME,
            f"runtime is {RUNTIME}",
            f"runtime is {runtime!r}, expected {RUNTIME!r}")

    sdk = manifest.get("sdk")
    c.check(sdk == SDK,
            f"sdk is {SDK}",
            f"sdk is {sdk!r}, expected {SDK!r}")

    version = manifest.get("runtime-version")
    c.check(isinstance(version, str) and version != "",
            f"runtime-version is {version}",
            f"runtime-version must be a non-empty string, found {version!r}")

    finish_args = manifest.get("finish-args", [])
    if c.check(isinstance(finish_args, list),
               "finish-args is a list",
               f"finish-args must be a list, found {finish_args!r}"):
        extra = [a for a in finish_args if a not in ALLOWED_FINISH_ARGS]
        c.check(not extra,
                "finish-args are within " + " ".join(ALLOWED_FINISH_ARGS),
                "finish-args grants permissions the app does not need: " + " ".join(map(str, extra)))

    try:
        module = app_module(manifest, manifest_dir)
    except (OSError, json.JSONDecodeError) as e:
        c.check(False, "", f"cannot read the app module file: {e}")
    else:
        if c.check(module is not None,
                   "the manifest has modules",
                   "the manifest has no module to build the app"):
            check_module(c, module, app_id, manifest_dir)

    if c.failures:
        sys.stdout.flush()
        print(f"{manifest_path}: {len(c.failures)} problem(s):", file=sys.stderr)
        for f in c.failures:
            print(f"  - {f}", file=sys.stderr)
        return 1
    print("The manifest matches the project.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
