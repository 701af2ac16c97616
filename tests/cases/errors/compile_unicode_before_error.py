s = 'héllo wörld'; return s
