def loop_break():
    for i in range(3):
        try:
            if i == 1:
                break
            print("body", i)
        finally:
            print("finally", i)
    return i
print(loop_break())
def loop_continue():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop_continue())
def return_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(return_overrides())
def finally_swallows():
    for i in range(2):
        try:
            raise ValueError(i)
        finally:
            break
    return "swallowed"
print(finally_swallows())
def continue_in_finally():
    seen = []
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            seen.append(i)
            continue
    return seen
print(continue_in_finally())
def nested():
    for i in range(2):
        for j in range(2):
            try:
                try:
                    if j:
                        break
                finally:
                    print("inner finally", i, j)
            finally:
                print("outer finally", i, j)
nested()
def ret_in_except():
    try:
        1 / 0
    except ZeroDivisionError:
        return "handled"
    finally:
        print("cleanup")
print(ret_in_except())
def with_value():
    x = 1
    try:
        return x
    finally:
        x = 2
print(with_value())
