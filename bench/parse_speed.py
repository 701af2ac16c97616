#!/usr/bin/env python3
"""Parse speed over CPython's standard library: glasspy's parser against
CPython's ast.parse, the same files, held in memory, best of N rounds.

    bench/parse_speed.py BUILD_DIR [ROUNDS]
"""
import ast
import glob
import os
import subprocess
import sys
import tempfile
import time


def main():
    build = sys.argv[1] if len(sys.argv) > 1 else "build"
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    files, sources = [], []
    for path in sorted(glob.glob("/usr/lib/python3.11/**/*.py", recursive=True)):
        data = open(path, "rb").read()
        try:
            ast.parse(data)
        except (SyntaxError, ValueError):
            continue
        files.append(path)
        sources.append(data)
    total = sum(map(len, sources))
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for data in sources:
            ast.parse(data)
        best = min(best, time.perf_counter() - start)
    cpython = total / 1e6 / best
    print(f"CPython {sys.version.split()[0]} ast.parse: {len(files)} files, {total / 1e6:.2f} MB, "
          f"best of {rounds}: {best:.3f} s, {cpython:.2f} MB/s")
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write("\n".join(files) + "\n")
    out = subprocess.run([os.path.join(build, "parse_bench"), f.name, str(rounds)],
                         capture_output=True, text=True)
    os.unlink(f.name)
    print("glasspy parse:", out.stdout.strip() or out.stderr.strip())
    try:
        mbs = float(out.stdout.split(" MB/s")[0].rsplit(" ", 1)[1])
        print(f"ratio glasspy/CPython: {mbs / cpython:.2f}x")
    except (IndexError, ValueError):
        pass


if __name__ == "__main__":
    main()
