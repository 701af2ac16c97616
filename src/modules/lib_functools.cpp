// `functools`, written in Python and built in (see register_source_module);
// partial, reduce, cmp_to_key and the lru_cache wrapper come from the native
// _functools.
#include "modules/python_lib.h"

namespace glasspy {

const char* const kFunctoolsSource = R"PY(
"""Tools for working with functions and callable objects."""

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)




def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


from _functools import reduce, partial, cmp_to_key, _lru_cache_wrapper


class partialmethod:
    def __init__(self, func, /, *args, **keywords):
        self.func = func
        self.args = args
        self.keywords = keywords

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return partial(self.func, obj, *self.args, **self.keywords)


class _CacheInfo(tuple):
    __slots__ = ()
    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def __repr__(self):
        return ('CacheInfo(hits=' + repr(self[0]) + ', misses=' + repr(self[1]) +
                ', maxsize=' + repr(self[2]) + ', currsize=' + repr(self[3]) + ')')


_CacheInfo.__name__ = 'CacheInfo'
_CacheInfo.__qualname__ = 'CacheInfo'

def _cached(user_function, maxsize, typed):
    # The native wrapper does the caching; the function's metadata is copied
    # onto it, and cache_parameters reports how it was made.
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        return _cached(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _cached(user_function, maxsize, typed)
    return decorating_function


def cache(user_function, /):
    return _cached(user_function, None, False)


def total_ordering(cls):
    def from_lt():
        def __gt__(self, other):
            r = type(self).__lt__(self, other)
            if r is NotImplemented:
                return r
            return not r and self != other
        def __le__(self, other):
            r = type(self).__lt__(self, other)
            if r is NotImplemented:
                return r
            return r or self == other
        def __ge__(self, other):
            r = type(self).__lt__(self, other)
            if r is NotImplemented:
                return r
            return not r
        return {'__gt__': __gt__, '__le__': __le__, '__ge__': __ge__}

    def from_le():
        def __ge__(self, other):
            r = type(self).__le__(self, other)
            if r is NotImplemented:
                return r
            return not r or self == other
        def __lt__(self, other):
            r = type(self).__le__(self, other)
            if r is NotImplemented:
                return r
            return r and self != other
        def __gt__(self, other):
            r = type(self).__le__(self, other)
            if r is NotImplemented:
                return r
            return not r
        return {'__ge__': __ge__, '__lt__': __lt__, '__gt__': __gt__}

    def from_gt():
        def __lt__(self, other):
            r = type(self).__gt__(self, other)
            if r is NotImplemented:
                return r
            return not r and self != other
        def __ge__(self, other):
            r = type(self).__gt__(self, other)
            if r is NotImplemented:
                return r
            return r or self == other
        def __le__(self, other):
            r = type(self).__gt__(self, other)
            if r is NotImplemented:
                return r
            return not r
        return {'__lt__': __lt__, '__ge__': __ge__, '__le__': __le__}

    def from_ge():
        def __le__(self, other):
            r = type(self).__ge__(self, other)
            if r is NotImplemented:
                return r
            return not r or self == other
        def __gt__(self, other):
            r = type(self).__ge__(self, other)
            if r is NotImplemented:
                return r
            return r and self != other
        def __lt__(self, other):
            r = type(self).__ge__(self, other)
            if r is NotImplemented:
                return r
            return not r
        return {'__le__': __le__, '__gt__': __gt__, '__lt__': __lt__}

    makers = {'__lt__': from_lt, '__le__': from_le, '__gt__': from_gt, '__ge__': from_ge}
    roots = {op for op in makers if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    for name, method in makers[root]().items():
        if name not in roots:
            method.__name__ = name
            method.__qualname__ = cls.__qualname__ + '.' + name
            setattr(cls, name, method)
    return cls


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different names (' +
                            repr(self.attrname) + ' and ' + repr(name) + ').')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
        cache = instance.__dict__
        if self.attrname in cache:
            return cache[self.attrname]
        val = self.func(instance)
        cache[self.attrname] = val
        return val


def singledispatch(func):
    registry = {object: func}

    def dispatch(cls):
        for klass in cls.__mro__:
            if klass in registry:
                return registry[klass]
        return func

    def register(cls, f=None):
        if f is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            f = cls
            ann = getattr(f, '__annotations__', {})
            cls = next(iter(ann.values()))
        registry[cls] = f
        return f

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(funcname + ' requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper
)PY";

}  // namespace glasspy
