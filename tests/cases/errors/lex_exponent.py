tiny = 1e+
