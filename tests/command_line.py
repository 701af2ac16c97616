#!/usr/bin/env python3
"""Start-up options and environment variables, compared with CPython.

    command_line.py GLASSPY

Cases that a differential program cannot express (they need other command
line options or environment variables) run both python3 and glasspy with
each (options, environment) pair below and compare exit status, stdout and
stderr.  The program prints what the options configured.
"""
import os
import subprocess
import sys

GLASSPY = os.path.abspath(sys.argv[1])

PROGRAM = """\
import sys
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits, sorted(sys._xoptions.items()))
try:
    print(len(str(10 ** 700)), len(str(int('7' * 5000))))
except ValueError as e:
    print(type(e).__name__, e)
"""

# (extra command line options, extra environment variables)
CASES = [
    ([], {}),
    (["-X", "int_max_str_digits=640"], {}),
    (["-X", "int_max_str_digits=0"], {}),
    (["-Xint_max_str_digits=5000"], {}),
    (["-X", "int_max_str_digits=700", "-X", "int_max_str_digits=0"], {}),
    (["-X", "int_max_str_digits=5"], {}),
    (["-X", "int_max_str_digits=abc"], {}),
    (["-X", "int_max_str_digits"], {}),
    (["-X", "int_max_str_digits=-1"], {}),
    (["-X", "int_max_str_digits=99999999999999999999"], {}),
    ([], {"PYTHONINTMAXSTRDIGITS": "640"}),
    ([], {"PYTHONINTMAXSTRDIGITS": "0"}),
    ([], {"PYTHONINTMAXSTRDIGITS": " 700"}),
    ([], {"PYTHONINTMAXSTRDIGITS": ""}),
    ([], {"PYTHONINTMAXSTRDIGITS": "639"}),
    ([], {"PYTHONINTMAXSTRDIGITS": "700x"}),
    (["-E"], {"PYTHONINTMAXSTRDIGITS": "700"}),
    (["-E"], {"PYTHONINTMAXSTRDIGITS": "1"}),
    (["-X", "int_max_str_digits=800"], {"PYTHONINTMAXSTRDIGITS": "700"}),
    (["-X", "int_max_str_digits=800"], {"PYTHONINTMAXSTRDIGITS": "bad"}),
    (["-X", "foo", "-X", "bar=1", "-X", "bar=2", "-Xbaz=x=y", "-X", "int_max_str_digitsX=3"], {}),
]


def run(exe, options, env_extra):
    env = dict(os.environ)
    env.pop("PYTHONINTMAXSTRDIGITS", None)
    env.update(env_extra)
    p = subprocess.run([exe, *options, "-c", PROGRAM], env=env, capture_output=True, text=True, timeout=60)
    return p.returncode, p.stdout, p.stderr


def main():
    failures = 0
    for options, env in CASES:
        expected = run(sys.executable, options, env)
        got = run(GLASSPY, options, env)
        if got != expected:
            failures += 1
            print("FAIL:", options, env)
            print("  python3:", expected)
            print("  glasspy:", got)
    if failures:
        print("%d of %d case(s) failed" % (failures, len(CASES)))
        sys.exit(1)


if __name__ == "__main__":
    main()
