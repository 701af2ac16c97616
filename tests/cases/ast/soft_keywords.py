match = 1
case = 2
_ = 3
match.attr = 4
match[0] = 5
match(x)
case(y)
print(match, case, _)
def match(case): return case
match, case = 1, 2
match x:
    case match: pass
match match:
    case case: pass
match = {"match": 1}
match - 1
