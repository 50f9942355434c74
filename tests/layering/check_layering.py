#!/usr/bin/env python3
"""Checks the architecture rules of offprint-core.

1. Each module under core/ includes only from the modules modules.txt allows (one-way deps).
2. No core file includes a QtGui or QtWidgets header.
3. The CLI binary (which links offprint-core only) does not load libQt6Gui/libQt6Widgets (ldd).
4. A module's internal headers (internal.txt, e.g. storage/database.h) are included only by that
   module and the modules listed for them; never by app/ or bench/.
5. Every source file under core/ is listed in core/CMakeLists.txt (sources are not globbed).
"""
import os
import re
import subprocess
import sys

core = sys.argv[1]
cli = sys.argv[2] if len(sys.argv) > 2 else None
here = os.path.dirname(os.path.abspath(__file__))

allowed = {}
for line in open(os.path.join(here, "modules.txt"), encoding="utf-8"):
    line = line.split("#", 1)[0].strip()
    if not line:
        continue
    name, deps = line.split(":", 1)
    allowed[name.strip()] = set(deps.split())

internal = {}
for line in open(os.path.join(here, "internal.txt"), encoding="utf-8"):
    line = line.split("#", 1)[0].strip()
    if not line:
        continue
    header, users = line.split(":", 1)
    header = header.strip()
    internal[header] = set(users.split()) | {header.split("/", 1)[0]}

gui_headers = re.compile(r'#\s*include\s*<(QtGui|QtWidgets|QWidget|QApplication|QGuiApplication|QPixmap|QImage|QColor|QFont|QIcon|QTextDocument|QPainter)\b')
local_include = re.compile(r'#\s*include\s*"([a-z_]+)/')
any_include = re.compile(r'#\s*include\s*"([a-z_]+/[A-Za-z0-9_.]+)"')
source_file = re.compile(r'^\s*([a-z_]+/[A-Za-z0-9_]+\.(?:h|cpp|inc))\s*$', re.M)
listed = set(source_file.findall(open(os.path.join(core, "CMakeLists.txt"), encoding="utf-8").read()))
problems = []
modules_seen = set()
for module in sorted(os.listdir(core)):
    path = os.path.join(core, module)
    if not os.path.isdir(path):
        continue
    modules_seen.add(module)
    if module not in allowed:
        problems.append(f"core/{module}: module missing from tests/layering/modules.txt")
        continue
    for fname in os.listdir(path):
        if not fname.endswith((".h", ".cpp", ".inc")):
            continue
        text = open(os.path.join(path, fname), encoding="utf-8").read()
        if gui_headers.search(text):
            problems.append(f"core/{module}/{fname}: includes a QtGui/QtWidgets header")
        for dep in local_include.findall(text):
            if dep != module and dep not in allowed[module]:
                problems.append(f"core/{module}/{fname}: includes from '{dep}', which '{module}' may not use")
        for header in any_include.findall(text):
            if header in internal and module not in internal[header]:
                problems.append(f"core/{module}/{fname}: includes {header}, internal to core/{header.split('/')[0]}")
        if fname.endswith((".h", ".cpp", ".inc")) and f"{module}/{fname}" not in listed:
            problems.append(f"core/{module}/{fname}: not listed in core/CMakeLists.txt")

root = os.path.dirname(os.path.abspath(core))
for outside in ("app", "bench"):
    for dirpath, _, fnames in os.walk(os.path.join(root, outside)):
        for fname in fnames:
            if not fname.endswith((".h", ".cpp")):
                continue
            path = os.path.join(dirpath, fname)
            text = open(path, encoding="utf-8").read()
            for header in any_include.findall(text):
                if header in internal:
                    problems.append(f"{os.path.relpath(path, root)}: includes {header}, internal to core/{header.split('/')[0]}")

if cli:
    out = subprocess.run(["ldd", cli], capture_output=True, text=True).stdout
    for lib in ("libQt6Gui", "libQt6Widgets"):
        if lib in out:
            problems.append(f"{cli} links {lib}: offprint-core must not depend on it")

for p in problems:
    print(p)
print(f"checked {len(modules_seen)} modules: {'FAIL' if problems else 'ok'}")
sys.exit(1 if problems else 0)
