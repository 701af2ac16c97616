try:
    pass
except:
    pass
try:
    a
except E:
    b
except (E1, E2) as e:
    c
except E3 as e:
    d
else:
    e
finally:
    f
try:
    pass
finally:
    pass
try: pass
except E as e: pass
