# warnings from CPython's library: filters, registries, stacklevel, records.
import warnings


def deprecated_api(x):
    warnings.warn("deprecated_api() is going away", DeprecationWarning, stacklevel=2)
    return x * 2


def noisy():
    warnings.warn("noisy call")


print(deprecated_api(2))          # shown: DeprecationWarning in __main__
for _ in range(3):
    noisy()                       # shown once per location ("default" action)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    noisy()
    noisy()
    warnings.warn("bytes!", BytesWarning)
    warnings.warn(RuntimeWarning("as an instance"))
print([(w.category.__name__, str(w.message), w.lineno) for w in caught])

with warnings.catch_warnings():
    warnings.filterwarnings("error", message="noisy")
    try:
        noisy()
    except UserWarning as e:
        print("raised:", type(e).__name__, e)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    noisy()
    print("ignored")

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("same text", UserWarning)
    warnings.warn("other text", UserWarning)
print(len(caught), [str(w.message) for w in caught])

print(warnings.formatwarning("msg", UserWarning, "file.py", 12, "line = 1"), end="")
print(warnings.formatwarning("msg", FutureWarning, "file.py", 3, None), end="")

class MyWarning(UserWarning):
    pass

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    warnings.filterwarnings("ignore", category=MyWarning)
    warnings.warn("mine", MyWarning)
    warnings.warn("theirs", UserWarning)
print([str(w.message) for w in caught])
warnings.warn("at the end", FutureWarning)
