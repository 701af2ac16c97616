try:
    pass
except* E:
    pass
try:
    a
except* (E1, E2) as eg:
    b
except* E3:
    c
else:
    d
finally:
    e
