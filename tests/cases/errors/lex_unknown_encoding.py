# -*- coding: uft-8 -*-
print('x')
