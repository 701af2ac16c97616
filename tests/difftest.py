#!/usr/bin/env python3
"""Differential tests: glasspy against CPython 3.11.

A case is a file under tests/cases/<mode>/ (any depth).  Its expected
behaviour, recorded from CPython, sits beside it:
    NAME.out   what CPython printed on stdout
    NAME.err   present only when CPython exited non-zero or wrote to stderr:
               first line "exit N", then stderr verbatim
The mode (the first folder under cases/) says how both interpreters run it;
MODES below is the one place that says so.

    difftest.py check GLASSPY CASE     run one case, print a diff on mismatch
    difftest.py record [--force] PATH...  record expectations from python3
"""
import difflib
import os
import re
import subprocess
import sys

CASES_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases")

AST_DUMP = ("import ast, sys\n"
            "print(ast.dump(ast.parse(open(sys.argv[1], 'rb').read()), indent=2))\n")

# mode -> (glasspy arguments, CPython arguments); NAME is the case's file name.
MODES = {
    "tokens": (["--tokens", "NAME"], ["-m", "tokenize", "NAME"]),
    "ast": (["--ast", "NAME"], ["-c", AST_DUMP, "NAME"]),
    "dis": (["--dis", "NAME"], ["-m", "dis", "NAME"]),
    "errors": (["NAME"], ["NAME"]),
    "run": (["NAME"], ["NAME"]),
}
TIMEOUT = 60

# Output that legitimately differs from run to run, masked in both outputs.
# Object addresses, as in "<code object f at 0x7f1c2a3b4c50, file ...>", and
# the case's own folder, which CPython prints as part of the script's absolute
# path and which depends on where the repository is checked out.
ADDRESS = re.compile(rb" at 0x[0-9a-f]+")


# In the sanitizer build (tools/sanitized-tests) an allocation too large to
# satisfy returns null, as malloc does, but AddressSanitizer notes it on
# stderr first; the note is the sanitizer's, not the program's output.
SANITIZER_ALLOCATION_NOTE = re.compile(rb"^==\d+==WARNING: AddressSanitizer failed to allocate 0x[0-9a-f]+ bytes\n", re.M)


def normalize(data, case_dir):
    data = data.replace(case_dir.encode() + b"/", b"$DIR/")
    data = SANITIZER_ALLOCATION_NOTE.sub(b"", data)
    return ADDRESS.sub(b" at 0x...", data)


def mode_of(case):
    rel = os.path.relpath(os.path.abspath(case), CASES_DIR)
    mode = rel.split(os.sep)[0]
    if mode not in MODES:
        sys.exit(f"difftest: {case} is not under tests/cases/<mode>/ (modes: {', '.join(MODES)})")
    return mode


def run(argv, case):
    name = os.path.basename(case)
    argv = [name if a == "NAME" else a for a in argv]
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", LC_ALL="C.UTF-8")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    case_dir = os.path.dirname(os.path.abspath(case))
    p = subprocess.run(argv, cwd=case_dir, env=env,
                       stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT)
    return p.returncode, normalize(p.stdout, case_dir), normalize(p.stderr, case_dir)


def expected_paths(case):
    base = os.path.splitext(case)[0]
    return base + ".out", base + ".err"


def render_err(rc, stderr):
    if rc == 0 and not stderr:
        return None
    return b"exit %d\n" % rc + stderr


def check(glasspy, case):
    out_path, err_path = expected_paths(case)
    if not os.path.exists(out_path):
        print(f"{case}: no expectation recorded; run tests/difftest.py record {case}")
        return 1
    want_out = open(out_path, "rb").read()
    want_err = open(err_path, "rb").read() if os.path.exists(err_path) else None
    try:
        rc, out, err = run([os.path.abspath(glasspy)] + MODES[mode_of(case)][0], case)
    except subprocess.TimeoutExpired:
        print(f"{case}: glasspy did not finish within {TIMEOUT}s")
        return 1
    got_err = render_err(rc, err)
    failed = False
    for label, want, got in (("stdout", want_out, out), ("exit status and stderr", want_err, got_err)):
        if want == got:
            continue
        failed = True
        print(f"--- {case}: {label} differs (- CPython 3.11, + glasspy)")
        w = (want or b"").decode("utf-8", "replace").splitlines(keepends=True)
        g = (got or b"").decode("utf-8", "replace").splitlines(keepends=True)
        sys.stdout.writelines(difflib.unified_diff(w, g, "cpython", "glasspy", n=2))
        print()
    return 1 if failed else 0


def record(paths, force):
    cases = []
    for p in paths:
        if os.path.isdir(p):
            for root, _, files in os.walk(p):
                cases += [os.path.join(root, f) for f in sorted(files) if f.endswith(".py")]
        else:
            cases.append(p)
    for case in cases:
        out_path, err_path = expected_paths(case)
        if os.path.exists(out_path) and not force:
            continue
        rc, out, err = run([sys.executable] + MODES[mode_of(case)][1], case)
        with open(out_path, "wb") as f:
            f.write(out)
        rendered = render_err(rc, err)
        if rendered is None:
            if os.path.exists(err_path):
                os.remove(err_path)
        else:
            with open(err_path, "wb") as f:
                f.write(rendered)
        print(f"recorded {case} (exit {rc})")


def main():
    if len(sys.argv) >= 4 and sys.argv[1] == "check":
        return check(sys.argv[2], sys.argv[3])
    if len(sys.argv) >= 3 and sys.argv[1] == "record":
        force = "--force" in sys.argv[2:]
        if sys.version_info[:2] != (3, 11):
            sys.exit("difftest: record with CPython 3.11")
        record([a for a in sys.argv[2:] if a != "--force"], force)
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
