#!/usr/bin/env python3
"""The bytecode cache across runs: written, reused, invalidated, skipped.

    pyc_cache.py GLASSPY

Runs glasspy several times on a temporary tree (a main script importing a
module `m`) and checks __pycache__/m.glasspy-311.pyc as CPython's
SourceFileLoader would treat m.cpython-311.pyc.  Reuse is made observable by
planting a cache compiled from other code whose header names the current
source's mtime and size: glasspy must run the planted code.
"""
import os
import shutil
import struct
import subprocess
import sys
import tempfile

GLASSPY = os.path.abspath(sys.argv[1])
failures = []


def check(what, cond):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def run(tree, *args, env_extra=None, script="main.py"):
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(env_extra or {})
    p = subprocess.run([GLASSPY, *args, script], cwd=tree, env=env, capture_output=True, text=True, timeout=60)
    return p.returncode, p.stdout, p.stderr


def write(path, text, mtime=None):
    with open(path, "w") as f:
        f.write(text)
    if mtime is not None:
        os.utime(path, (mtime, mtime))


def header(cache):
    with open(cache, "rb") as f:
        return f.read(16)


def main():
    tree = tempfile.mkdtemp(prefix="glasspy_pyc_")
    try:
        src = os.path.join(tree, "m.py")
        cache = os.path.join(tree, "__pycache__", "m.glasspy-311.pyc")
        write(os.path.join(tree, "main.py"),
              "import sys\nimport m\nprint(m.VALUE, m.__cached__ == m.__file__.rsplit('/', 1)[0] + "
              "'/__pycache__/m.glasspy-311.pyc', sys.dont_write_bytecode)\n")
        write(src, "VALUE = 'one'\n", mtime=1_600_000_000)

        # Written on first import, with our magic, the source's mtime and size.
        rc, out, err = run(tree)
        check("first run output: %r %r" % (out, err), rc == 0 and out == "one True False\n")
        check("cache written", os.path.exists(cache))
        check("main script never cached", not os.path.exists(os.path.join(tree, "__pycache__", "main.glasspy-311.pyc")))
        magic, flags, mtime, size = struct.unpack("<4I", header(cache))
        check("header magic %#x" % magic, magic == 0x0A0D3147)
        check("header flags", flags == 0)
        check("header mtime %d" % mtime, mtime == 1_600_000_000)
        check("header size %d" % size, size == len("VALUE = 'one'\n"))
        old_cache = open(cache, "rb").read()

        # Changed source (same size, new mtime): recompiled and rewritten.
        write(src, "VALUE = 'two'\n", mtime=1_600_000_100)
        rc, out, err = run(tree)
        check("stale cache recompiled: %r %r" % (out, err), out == "two True False\n")
        check("cache rewritten", struct.unpack("<4I", header(cache))[2] == 1_600_000_100)

        # Reused: a planted cache of other code whose header matches the
        # source's mtime and size is run instead of the source.
        planted = bytearray(old_cache)
        planted[8:16] = struct.pack("<II", 1_600_000_100, len("VALUE = 'two'\n"))
        with open(cache, "wb") as f:
            f.write(planted)
        rc, out, err = run(tree)
        check("valid cache reused: %r %r" % (out, err), out == "one True False\n")

        # Size mismatch invalidates too.
        write(src, "VALUE = 'three'\n", mtime=1_600_000_100)
        rc, out, err = run(tree)
        check("size change recompiled: %r %r" % (out, err), out == "three True False\n")

        # Corrupt caches are recompiled silently, then repaired.
        for damage in (b"", b"garbage", bytes(planted[:30]), bytes(planted) + b"x"):
            write(src, "VALUE = 'four'\n", mtime=1_600_000_200)
            with open(cache, "wb") as f:
                f.write(damage)
            rc, out, err = run(tree)
            check("corrupt cache %r: %r %r" % (damage[:8], out, err), rc == 0 and out == "four True False\n" and err == "")
            check("corrupt cache repaired", len(open(cache, "rb").read()) > 24)

        # -B, PYTHONDONTWRITEBYTECODE and sys.dont_write_bytecode: nothing written
        # (an existing valid cache is still read, as CPython does).
        shutil.rmtree(os.path.join(tree, "__pycache__"))
        rc, out, err = run(tree, "-B")
        check("-B output: %r %r" % (out, err), out == "four True True\n")
        check("-B writes nothing", not os.path.exists(cache))
        rc, out, err = run(tree, env_extra={"PYTHONDONTWRITEBYTECODE": "1"})
        check("PYTHONDONTWRITEBYTECODE output: %r %r" % (out, err), out == "four True True\n")
        check("PYTHONDONTWRITEBYTECODE writes nothing", not os.path.exists(cache))
        rc, out, err = run(tree, "-E", env_extra={"PYTHONDONTWRITEBYTECODE": "1"})
        check("-E ignores PYTHONDONTWRITEBYTECODE: %r %r" % (out, err), out == "four True False\n")
        check("-E: cache written", os.path.exists(cache))
        shutil.rmtree(os.path.join(tree, "__pycache__"))
        write(os.path.join(tree, "main2.py"), "import sys\nsys.dont_write_bytecode = True\nimport m\nprint(m.VALUE)\n")
        rc, out, err = run(tree, script="main2.py")
        check("sys.dont_write_bytecode output: %r %r" % (out, err), out == "four\n")
        check("sys.dont_write_bytecode writes nothing", not os.path.exists(cache))

        # An unwritable cache folder (a file named __pycache__) fails nothing.
        write(os.path.join(tree, "__pycache__"), "not a folder")
        rc, out, err = run(tree)
        check("unwritable __pycache__: %r %r" % (out, err), rc == 0 and out == "four True False\n" and err == "")
        os.remove(os.path.join(tree, "__pycache__"))

        # A package's __init__ is cached as __init__.glasspy-311.pyc; a moved
        # tree's cache reports the new file name in tracebacks.
        os.mkdir(os.path.join(tree, "pkg"))
        write(os.path.join(tree, "pkg", "__init__.py"), "def boom():\n    raise ValueError('x')\n")
        write(os.path.join(tree, "main3.py"), "import pkg\npkg.boom()\n")
        rc, out, err = run(tree, script="main3.py")
        check("package cache written", os.path.exists(os.path.join(tree, "pkg", "__pycache__", "__init__.glasspy-311.pyc")))
        moved = tree + "_moved"
        shutil.move(tree, moved)
        tree = moved
        rc, out, err = run(tree, script="main3.py")
        check("moved cache names the new file: %r" % err, rc == 1 and os.path.join(moved, "pkg", "__init__.py") in err)
    finally:
        shutil.rmtree(tree, ignore_errors=True)
    if failures:
        print("%d check(s) failed" % len(failures))
        sys.exit(1)
    print("bytecode cache: all checks passed")


main()
