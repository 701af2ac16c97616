# os.path is CPython's posixpath, from its library.
import os, os.path, posixpath
print(os.path is posixpath, os.path.join("a", "b", "/c", "d"), os.path.splitext("x/y.tar.gz"), os.path.basename("/a/b/"), os.path.dirname("/a/b/c"))
print(os.path.normpath("a//b/../c/./d"), os.path.isabs("/x"), os.path.split("/a/b"), os.path.commonprefix(["/usr/lib", "/usr/local"]))
print(os.path.exists("/"), os.path.isdir("/usr"), os.path.isfile("/nonexistent"), os.path.relpath("/a/b/c", "/a/d"))
print(os.path.abspath("/x/../y"), os.path.expanduser("~nosuchuser_zz/x"), os.path.commonpath(["/a/b/c", "/a/b/d"]))
