#!/usr/bin/env python3
"""Keeps the output shown in docs/ real.

A fenced block preceded by a marker line
    <!-- glasspy ARGS -->
holds what `glasspy ARGS` prints (stdout, then stderr), run from the
repository root, with the root's path left out of file names and object
addresses shown as 0x...; after `<!-- file PATH -->` it holds that file.  `refresh_docs.py GLASSPY` rewrites those blocks;
`refresh_docs.py --check GLASSPY` fails if any block is stale (a CTest test).
"""
import os
import re
import shlex
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARKER = re.compile(r"^<!-- (glasspy|file) ([^\n]*) -->\n```[a-z]*\n(.*?)^```\n", re.M | re.S)


def render(glasspy, kind, args):
    if kind == "file":
        return open(os.path.join(ROOT, args), encoding="utf-8").read()
    p = subprocess.run([glasspy] + shlex.split(args), cwd=ROOT, capture_output=True,
                       text=True, timeout=60)
    # Scripts are named by absolute path, as CPython names them; show them
    # relative to the repository so the docs don't depend on the checkout.
    # Object addresses change from run to run; show them as 0x...
    out = (p.stdout + p.stderr).replace(ROOT + "/", "")
    return re.sub(r" at 0x[0-9a-f]+", " at 0x...", out)


def main():
    check = "--check" in sys.argv
    args = [a for a in sys.argv[1:] if a != "--check"]
    if len(args) != 1:
        sys.exit(__doc__)
    glasspy = os.path.abspath(args[0])
    stale = []
    docs = os.path.join(ROOT, "docs")
    for name in sorted(os.listdir(docs)):
        if not name.endswith(".md"):
            continue
        path = os.path.join(docs, name)
        text = open(path, encoding="utf-8").read()

        def replace(m):
            kind, args, shown = m.group(1), m.group(2), m.group(3)
            out = render(glasspy, kind, args)
            if out != shown:
                stale.append(f"{name}: {kind} {args}")
            fence = m.group(0).split("\n")[1]
            return f"<!-- {kind} {args} -->\n{fence}\n{out}```\n"

        new = MARKER.sub(replace, text)
        if not check and new != text:
            open(path, "w", encoding="utf-8").write(new)
    if check and stale:
        print("docs show output that glasspy no longer prints; run tools/refresh_docs.py build/glasspy:")
        print("\n".join("  " + s for s in stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
