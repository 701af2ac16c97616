# __setstate__ and the private types: CPython's checks and messages.
import itertools as it

def err(f, *args):
    try:
        r = f(*args)
        print("ok", r)
    except (TypeError, ValueError, RuntimeError) as e:
        print(type(e).__name__, e)

c = it.cycle("ab")
err(c.__setstate__, 5)
err(c.__setstate__, (["x"], 1))
print(next(c), next(c), next(c))
ch = it.chain("ab")
err(ch.__setstate__, 1)
err(ch.__setstate__, ())
err(ch.__setstate__, ([1],))
err(ch.__setstate__, (iter("xy"), iter("z")))
print(list(ch))
s = it.islice("abcdef", 0, None)
err(s.__setstate__, 3)
print(list(s))
tw = it.takewhile(bool, [1, 2])
err(tw.__setstate__, True)
print(list(tw))
dw = it.dropwhile(lambda x: x < 5, [1, 7, 2])
err(dw.__setstate__, 1)
print(list(dw))
g = it.groupby("aab")
err(g.__setstate__, 3)
err(g.__setstate__, (1, 2))
a = it.accumulate([1, 2, 3])
err(a.__setstate__, 100)
print(list(a))
z = it.zip_longest("a", "bc")
err(z.__setstate__, "*")
print(list(z))
t = it.tee("abc")[0]
err(t.__setstate__, (1, 2))
err(t.__setstate__, 5)
p = it.permutations("abc", 2)
err(p.__setstate__, ((0, 1), (1, 1)))
err(p.__setstate__, ((2, 0, 1), (1, 1)))
print(list(p))
cw = it.combinations_with_replacement("ab", 2)
err(cw.__setstate__, (5, -3))
print(list(cw))
cb = it.combinations("abcd", 2)
err(cb.__setstate__, (1, 9))
print(list(cb))
err(it._grouper, 1, 2)
err(it._tee, 5)
print(list(it._tee("ab")), type(it.tee("a")[0]).__name__)
teeit = it.tee(iter("abc"))[0]
def reenter():
    global teeit
    def gen():
        yield next(teeit)
    teeit = it.tee(gen())[0]
    return next(teeit)
err(reenter)
err(it.count, 1, 2, 3)
err(it.repeat, 1, 2, 3)
err(it.islice, [], 1, 2, 3, 4)
err(it.starmap, len)
err(it.zip_longest, [1], fillvalue=2, foo=3)
err(it.chain.from_iterable)
err(it.chain.from_iterable, 1)
