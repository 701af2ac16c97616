import os
import os.path
import os.path as p, sys
import a.b.c.d as e
from os import path
from os import (path, sep,)
from os import path as p, sep as s
from . import x
from .. import y
from ... import z
from .... import w
from .mod import name
from ...pkg.mod import *
from __future__ import annotations
