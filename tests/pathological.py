#!/usr/bin/env python3
"""Pathological programs, generated here rather than checked in: glasspy must
give CPython 3.11's exact error (or output) for each, quickly, and never crash.

    pathological.py GLASSPY
"""
import os
import subprocess
import sys
import tempfile
import time

MB = 1 << 20
CASES = {
    # name: (file contents, glasspy arguments before the file)
    "nested_parentheses_10000": (b"x = " + b"(" * 10000 + b")" * 10000 + b"\n", []),
    "nested_brackets_mixed": (b"x = " + b"([{" * 100 + b"}])" * 100 + b"\n", []),
    "ten_megabyte_line_unterminated": (b"x = '" + b"a" * (10 * MB) + b"\n", []),
    "ten_megabyte_line_tokens": (b"x = '" + b"a" * (10 * MB) + b"'\n", ["--tokens"]),
    "ten_megabyte_line_ast": (b"x = '" + b"ab" * (5 * MB) + b"'\n", ["--ast"]),
    "nul_bytes": (b"\0" * 4096, []),
    "nul_bytes_tokens": (b"\0" * 4096, ["--tokens"]),
    "invalid_utf8": (b"x = '\xff\xfe'\n", []),
    "invalid_utf8_tokens": (b"x = '\xff\xfe'\n", ["--tokens"]),
    "truncated_utf8": (b"print('\xe2\x82')\n", []),
    "deep_unary_100000": (b"x = " + b"-" * 100000 + b"1\n", []),
    "long_addition_chain": (b"x = " + b"+".join([b"a"] * 100000) + b"\n", ["--ast"]),
    "many_lines_of_nothing": (b"\n" * 1000000 + b"$\n", []),
    "deep_indentation": (b"".join(b" " * i + b"if x:\n" for i in range(120)) + b" " * 120 + b"pass\n", []),
}
AST_DUMP = ("import ast, sys\n"
            "print(ast.dump(ast.parse(open(sys.argv[1], 'rb').read()), indent=2))\n")


def cpython_argv(args, path):
    if args == ["--tokens"]:
        return [sys.executable, "-m", "tokenize", path]
    if args == ["--ast"]:
        return [sys.executable, "-c", AST_DUMP, path]
    return [sys.executable, path]


def main():
    glasspy = os.path.abspath(sys.argv[1])
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, (data, args) in CASES.items():
            path = os.path.join(tmp, name + ".py")
            with open(path, "wb") as f:
                f.write(data)
            want = subprocess.run(cpython_argv(args, path), capture_output=True, cwd=tmp)
            start = time.monotonic()
            try:
                got = subprocess.run([glasspy] + args + [path], capture_output=True, cwd=tmp,
                                     timeout=30)
            except subprocess.TimeoutExpired:
                print(f"FAIL {name}: glasspy took more than 30 s")
                failures += 1
                continue
            elapsed = time.monotonic() - start
            want_err = want.stderr
            if args == ["--ast"] and want_err.startswith(b"Traceback"):
                # The traceback is the ast.dump driver's; glasspy prints its last line.
                want_err = want_err.splitlines(keepends=True)[-1]
            same = (want.returncode, want.stdout, want_err) == (got.returncode, got.stdout, got.stderr)
            if same:
                print(f"ok   {name} ({elapsed:.2f} s)")
                continue
            failures += 1
            print(f"FAIL {name}: exit {got.returncode} (CPython {want.returncode})")
            for label, w, g in (("stdout", want.stdout, got.stdout), ("stderr", want_err, got.stderr)):
                if w != g:
                    print(f"  {label}: CPython {w[:300]!r}{'...' if len(w) > 300 else ''}")
                    print(f"  {label}: glasspy {g[:300]!r}{'...' if len(g) > 300 else ''}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
