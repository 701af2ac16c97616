size = 1.__class__
