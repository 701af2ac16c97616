# -*- coding: latin-1 -*-
s = "café £"
été = 1
