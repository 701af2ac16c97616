#!/usr/bin/env python3
"""Conformance over CPython's own standard library.

    stdlib_conformance.py MODE GLASSPY [--limit N]

MODE is `tokens` or `ast`.  Every .py file under /usr/lib/python3.11 that
CPython can compile is given to `GLASSPY --tokens FILE` (or `--ast FILE`), and
the result is compared with what CPython prints for it, computed here in
process:
    tokens  what `python3 -m tokenize FILE` prints (stdout, stderr, exit status)
    ast     ast.dump(ast.parse(source_bytes), indent=2) + "\\n" on stdout, exit 0
Prints "MODE: N/M files identical" and the first few differences, and exits 1
if any file differs.  Run it with CPython 3.11.  If the library's test suite
(/usr/lib/python3.11/test) is missing it is installed from Debian's
libpython3.11-testsuite package, which needs root.
"""
import ast
import concurrent.futures
import difflib
import io
import os
import subprocess
import sys
import tokenize
import warnings

STDLIB = "/usr/lib/python3.11"
TESTSUITE_PACKAGE = "libpython3.11-testsuite"
JOBS = 2            # the machine has two cores
SHOW_DIFFS = 5      # how many differing files to show
DIFF_LINES = 30     # how much of each diff to show
LINE_WIDTH = 240    # and of each of its lines
TIMEOUT = 60        # seconds for one glasspy run


def ensure_testsuite():
    if os.path.isdir(os.path.join(STDLIB, "test")):
        return
    if os.geteuid() != 0:
        sys.exit(f"stdlib_conformance: {STDLIB}/test is missing; install {TESTSUITE_PACKAGE} "
                 f"(apt-get install {TESTSUITE_PACKAGE}) as root, then run again")
    print(f"stdlib_conformance: installing {TESTSUITE_PACKAGE}", flush=True)
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    install = ["apt-get", "install", "-y", "-q", TESTSUITE_PACKAGE]
    if subprocess.run(install, env=env, stdout=subprocess.DEVNULL).returncode != 0:
        subprocess.run(["apt-get", "update", "-q"], env=env, stdout=subprocess.DEVNULL)
        if subprocess.run(install, env=env, stdout=subprocess.DEVNULL).returncode != 0:
            sys.exit(f"stdlib_conformance: could not install {TESTSUITE_PACKAGE}")
    if not os.path.isdir(os.path.join(STDLIB, "test")):
        sys.exit(f"stdlib_conformance: {STDLIB}/test still missing after installing {TESTSUITE_PACKAGE}")


def compilable_files():
    """Every .py file under STDLIB that compile() accepts, with its bytes."""
    files = []
    for root, dirs, names in os.walk(STDLIB):
        dirs.sort()
        for name in sorted(names):
            if not name.endswith(".py"):
                continue
            path = os.path.join(root, name)
            try:
                with open(path, "rb") as f:
                    source = f.read()
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    compile(source, path, "exec", dont_inherit=True)
            except (SyntaxError, ValueError):
                continue
            except (OSError, RecursionError, MemoryError):
                continue
            files.append((path, source))
    return files


def cpython_tokens(path):
    """(exit status, stdout, stderr) of `python3 -m tokenize path`, as tokenize.main() makes them."""
    out, err = io.StringIO(), io.StringIO()
    try:
        with open(path, "rb") as f:
            tokens = list(tokenize.tokenize(f.readline))
        for token in tokens:
            token_range = "%d,%d-%d,%d:" % (token.start + token.end)
            out.write("%-20s%-15s%-15r\n" % (token_range, tokenize.tok_name[token.type], token.string))
    except IndentationError as e:
        line, column = e.args[1][1:3]
        err.write("%s:%d:%d: error: %s\n" % (path, line, column, e.args[0]))
        return 1, b"", err.getvalue().encode()
    except tokenize.TokenError as e:
        line, column = e.args[1]
        err.write("%s:%d:%d: error: %s\n" % (path, line, column, e.args[0]))
        return 1, b"", err.getvalue().encode()
    except SyntaxError as e:
        err.write("%s: error: %s\n" % (path, e))
        return 1, b"", err.getvalue().encode()
    except Exception:
        # An uncaught exception: its traceback is simplest taken from the real thing.
        p = subprocess.run([sys.executable, "-m", "tokenize", path], capture_output=True,
                           env=dict(os.environ, PYTHONIOENCODING="utf-8"))
        return p.returncode, p.stdout, p.stderr
    return 0, out.getvalue().encode("utf-8"), b""


def cpython_ast(source):
    return 0, (ast.dump(ast.parse(source), indent=2) + "\n").encode("utf-8"), b""


def check(mode, glasspy, path, source):
    """None if glasspy agrees with CPython on path, else a description of the difference."""
    want = cpython_tokens(path) if mode == "tokens" else cpython_ast(source)
    try:
        p = subprocess.run([glasspy, "--" + mode, path], capture_output=True, timeout=TIMEOUT,
                           stdin=subprocess.DEVNULL)
        got = (p.returncode, p.stdout, p.stderr)
    except subprocess.TimeoutExpired:
        return f"--- {path}: glasspy did not finish within {TIMEOUT}s\n"
    # Only stdout and the exit status count for ast: CPython may warn on stderr.
    if want == got or (mode == "ast" and want[:2] == got[:2]):
        return None
    report = []
    if want[0] != got[0]:
        report.append(f"exit status: CPython {want[0]}, glasspy {got[0]}\n")
    for label, w, g in (("stdout", want[1], got[1]), ("stderr", want[2], got[2])):
        if w == g or (label == "stderr" and mode == "ast"):
            continue
        diff = list(difflib.unified_diff(w.decode("utf-8", "replace").splitlines(keepends=True),
                                         g.decode("utf-8", "replace").splitlines(keepends=True),
                                         f"cpython {label}", f"glasspy {label}", n=2))
        if len(diff) > DIFF_LINES:
            diff = diff[:DIFF_LINES] + [f"... ({len(diff) - DIFF_LINES} more diff lines)\n"]
        for line in diff:
            line = line.rstrip("\n")
            if len(line) > LINE_WIDTH:
                line = line[:LINE_WIDTH] + " [...]"
            report.append(line + "\n")
    if mode == "ast" and got[2] and want[:2] != got[:2]:
        report.append("glasspy stderr:\n" + got[2].decode("utf-8", "replace")[:2000] + "\n")
    return f"--- {path}\n" + "".join(report)


def main():
    args = sys.argv[1:]
    limit = None
    if "--limit" in args:
        i = args.index("--limit")
        limit = int(args[i + 1])
        del args[i:i + 2]
    if len(args) != 2 or args[0] not in ("tokens", "ast"):
        print(__doc__)
        return 2
    if sys.version_info[:2] != (3, 11):
        sys.exit("stdlib_conformance: run with CPython 3.11")
    mode, glasspy = args[0], os.path.abspath(args[1])
    if not os.access(glasspy, os.X_OK):
        sys.exit(f"stdlib_conformance: {glasspy} is not an executable")
    ensure_testsuite()
    files = compilable_files()
    if limit is not None:
        files = files[:limit]
    failures = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=JOBS) as pool:
        futures = [pool.submit(check, mode, glasspy, path, source) for path, source in files]
        for future in futures:
            result = future.result()
            if result is not None:
                failures.append(result)
    for report in failures[:SHOW_DIFFS]:
        sys.stdout.write(report)
    if len(failures) > SHOW_DIFFS:
        print(f"... and {len(failures) - SHOW_DIFFS} more files differ")
    print(f"{mode}: {len(files) - len(failures)}/{len(files)} files identical")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
