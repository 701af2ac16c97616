#!/usr/bin/env python3
"""Writes src/compiler/interned_names.inc: the name-like strings CPython 3.11
has interned by the time `python3 -m dis FILE` compiles FILE.

Why the compiler needs them: when CPython makes a code object it interns its
name-like string constants, and when a string inside a frozenset constant was
already interned as another object, it rebuilds the frozenset -- which can
change the order `dis` prints its items in.  One-character strings are listed
only when the interned object is not CPython's cached singleton for that
character (a literal is the singleton, so only then is it replaced).  Which strings are interned at
that moment is a fact about the interpreter's start-up (builtins, keywords,
the modules runpy, dis and argparse import), so it is recorded here.

How: (1) run `python3 -m dis` with compile() replaced by a probe that lists
the loaded modules; (2) gather candidate strings from those modules' code
objects and namespaces, in a separate process; (3) run the probe again and
keep the candidates that are already interned (a fresh copy of the string
interns to another object).

Run with CPython 3.11:  python3 tools/gen_interned_names.py > src/compiler/interned_names.inc
"""
import os
import subprocess
import sys
import tempfile

HOOK = r'''
import builtins, sys, runpy
def probe(*args, **kwargs):
    MODE
    sys.exit(0)
builtins.compile = probe
sys.argv = ['dis', TARGET]
runpy.run_module('dis', run_name='__main__', alter_sys=True)
'''

LIST_MODULES = r'''for m in list(sys.modules.values()):
        print(getattr(m, '__name__', ''), getattr(m, '__file__', '') or '')'''

TEST_CANDIDATES = r'''for line in open(CANDIDATES, encoding='utf-8'):
        s = line.rstrip('\n')
        if s and sys.intern(s) is not s:
            print(s)
    # One-character strings: a literal is CPython's cached singleton object,
    # so what matters is whether another object is interned for it.
    for code in range(128):
        c = chr(code)
        if (c.isalnum() or c == '_') and sys.intern(c) is not c:
            print(c)'''

GATHER = r'''
import importlib, marshal, sys, types
def walk(co, out):
    out.add(co.co_name)
    out.update(co.co_names, co.co_varnames, co.co_freevars, co.co_cellvars)
    for c in co.co_consts:
        if isinstance(c, str):
            out.add(c)
        elif isinstance(c, types.CodeType):
            walk(c, out)
        elif isinstance(c, (tuple, frozenset)):
            stack = [c]
            while stack:
                t = stack.pop()
                for x in t:
                    if isinstance(x, str):
                        out.add(x)
                    elif isinstance(x, (tuple, frozenset)):
                        stack.append(x)
out = set()
for line in open(sys.argv[1], encoding='utf-8'):
    name, _, path = line.rstrip('\n').partition(' ')
    out.add(name)
    out.update(name.split('.'))
    try:
        m = importlib.import_module(name)
        out.update(k for k in dir(m) if isinstance(k, str))
        for v in vars(m).values():
            if isinstance(v, type):
                out.update(k for k in dir(v) if isinstance(k, str))
    except Exception:
        pass
    if path.endswith('.py'):
        try:
            walk(compile(open(path, 'rb').read(), path, 'exec'), out)
        except Exception:
            pass
import builtins, gc
out.update(dir(builtins))
for o in gc.get_objects():
    if isinstance(o, dict):
        out.update(k for k in o if isinstance(k, str))
        out.update(v for v in o.values() if isinstance(v, str))
    elif isinstance(o, (list, tuple, set, frozenset)):
        out.update(x for x in o if isinstance(x, str))
    elif isinstance(o, types.FunctionType):
        walk(o.__code__, out)
    elif isinstance(o, type):
        out.update(k for k in dir(o) if isinstance(k, str))
for s in sorted(out):
    if len(s) > 1 and s.isascii() and all(c.isalnum() or c == '_' for c in s):
        print(s)
'''


def run_hook(mode, target, candidates=''):
    src = HOOK.replace('MODE', mode).replace('TARGET', repr(target)).replace('CANDIDATES', repr(candidates))
    env = dict(os.environ, PYTHONHASHSEED='0')
    return subprocess.run([sys.executable, '-c', src], capture_output=True, text=True, check=True,
                          env=env).stdout


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("gen_interned_names.py: run with CPython 3.11")
    with tempfile.TemporaryDirectory() as tmp:
        target = os.path.join(tmp, 'empty.py')
        with open(target, 'w') as f:
            f.write('pass\n')
        modules = os.path.join(tmp, 'modules.txt')
        with open(modules, 'w') as f:
            f.write(run_hook(LIST_MODULES, target))
        candidates = os.path.join(tmp, 'candidates.txt')
        with open(candidates, 'w') as f:
            f.write(subprocess.run([sys.executable, '-c', GATHER, modules], capture_output=True,
                                   text=True, check=True).stdout)
        names = sorted(set(run_hook(TEST_CANDIDATES, target, candidates).split()))
    print("// GENERATED by tools/gen_interned_names.py: the name-like strings CPython 3.11")
    print("// has interned when `python3 -m dis FILE` compiles FILE.  Do not edit.")
    for n in names:
        print(f'"{n}",')


if __name__ == '__main__':
    main()
