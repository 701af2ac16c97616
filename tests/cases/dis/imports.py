# import statements in all their forms.
import os
import os.path
import xml.etree.ElementTree as ET
import sys, re as regex
from collections import OrderedDict
from collections import abc as ABC, deque
from . import sibling
from .. import parent
from .pkg.mod import name as alias
from os.path import *
def f():
    import json
    from math import pi, tau
    return json, pi, tau
os.getcwd()
ET.parse('x')
