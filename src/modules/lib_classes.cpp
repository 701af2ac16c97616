// Standard-library modules about classes, written in Python and built in
// (see python_lib.h): dataclasses.
#include "modules/python_lib.h"

#include "vm/import.h"

namespace glasspy {

const char* const kDataclassesSource = R"PY(
"""Generate special methods for classes from their annotated fields."""

import sys as _sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    def __repr__(self):
        return 'MISSING'


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)


_FIELD = 'field'
_FIELD_CLASSVAR = 'classvar'
_FIELD_INITVAR = 'initvar'
_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = metadata if metadata is not None else {}
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=' + repr(self.name) + ',type=' + repr(self.type) +
                ',default=' + repr(self.default) + ',default_factory=' + repr(self.default_factory) +
                ',init=' + repr(self.init) + ',repr=' + repr(self.repr) + ',hash=' + repr(self.hash) +
                ',compare=' + repr(self.compare) + ',metadata=' + repr(self.metadata) +
                ',kw_only=' + repr(self.kw_only) + ',_field_type=' + str(self._field_type) + ')')

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(annotation):
    text = annotation if isinstance(annotation, str) else repr(annotation)
    return text.startswith('ClassVar') or text.startswith('typing.ClassVar')


def _get_field(cls, name, annotation, default_kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif isinstance(annotation, InitVar) or annotation is InitVar:
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError('field ' + name + ' cannot have a default factory')
    if f._field_type == _FIELD:
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    elif f.kw_only is MISSING:
        f.kw_only = False
    if f._field_type == _FIELD and f.default_factory is MISSING and \
            f.default is not MISSING and f.default.__class__.__hash__ is None:
        raise ValueError('mutable default ' + repr(type(f.default)) + ' for field ' + name +
                         ' is not allowed: use default_factory')
    return f


def _create_fn(name, args, body, *, globals=None, locals=None, qualname=None):
    if locals is None:
        locals = {}
    args_text = ','.join(args)
    body_text = '\n'.join('  ' + b for b in body)
    txt = ' def ' + name + '(' + args_text + '):\n' + body_text
    local_vars = ', '.join(locals.keys())
    txt = 'def __create_fn__(' + local_vars + '):\n' + txt + '\n return ' + name
    ns = {}
    exec(txt, globals if globals is not None else {}, ns)
    fn = ns['__create_fn__'](**locals)
    if qualname is not None:
        fn.__qualname__ = qualname
    return fn


def _field_init(f, frozen, self_name):
    default_name = '_dflt_' + f.name
    if f.default_factory is not MISSING:
        if f.init:
            value = '(' + default_name + '() if ' + f.name + ' is _HAS_DEFAULT_FACTORY else ' + f.name + ')'
        else:
            value = default_name + '()'
    else:
        if f.init:
            value = f.name
        elif f.default is not MISSING:
            value = default_name
        else:
            return None
    if f._field_type == _FIELD_INITVAR:
        return None
    if frozen:
        return '__dataclass_builtins_object__.__setattr__(' + self_name + ',' + repr(f.name) + ',' + value + ')'
    return self_name + '.' + f.name + '=' + value


def _init_param(f):
    if f.default is MISSING and f.default_factory is MISSING:
        return f.name
    if f.default is not MISSING:
        return f.name + '=_dflt_' + f.name
    return f.name + '=_HAS_DEFAULT_FACTORY'


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


def _init_fn(cls, fields, std_fields, kw_only_fields, frozen, has_post_init, self_name):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError('non-default argument ' + repr(f.name) + ' follows default argument')
    locals = {'MISSING': MISSING, '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY,
              '__dataclass_builtins_object__': object}
    for f in fields:
        if f.default_factory is not MISSING:
            locals['_dflt_' + f.name] = f.default_factory
        elif f.default is not MISSING:
            locals['_dflt_' + f.name] = f.default
    body_lines = []
    for f in fields:
        line = _field_init(f, frozen, self_name)
        if line:
            body_lines.append(line)
    if has_post_init:
        params = ','.join(f.name for f in fields if f._field_type == _FIELD_INITVAR)
        body_lines.append(self_name + '.__post_init__(' + params + ')')
    if not body_lines:
        body_lines = ['pass']
    args = [self_name] + [_init_param(f) for f in std_fields]
    if kw_only_fields:
        args += ['*'] + [_init_param(f) for f in kw_only_fields]
    return _create_fn('__init__', args, body_lines, locals=locals,
                      qualname=cls.__qualname__ + '.__init__')


def _repr_fn(cls, fields):
    names = [f.name for f in fields]

    def fields_repr(self):
        return self.__class__.__qualname__ + '(' + ', '.join(
            name + '=' + repr(getattr(self, name)) for name in names) + ')'
    # pprint recognises a generated repr by its __wrapped__ being made in
    # __create_fn__, so the body is built there.
    body = _create_fn('__repr__', ('self',), ['return fields_repr(self)'],
                      locals={'fields_repr': fields_repr})

    def __repr__(self):
        if id(self) in _repr_running:
            return '...'
        _repr_running.add(id(self))
        try:
            return body(self)
        finally:
            _repr_running.discard(id(self))
    __repr__.__qualname__ = cls.__qualname__ + '.__repr__'
    __repr__.__wrapped__ = body
    return __repr__


_repr_running = set()


def _tuple_of(fields):
    names = [f.name for f in fields]
    return lambda obj: tuple(getattr(obj, n) for n in names)


def _cmp_fn(cls, name, op, fields):
    key = _tuple_of(fields)

    def method(self, other):
        if other.__class__ is self.__class__:
            return op(key(self), key(other))
        return NotImplemented
    method.__name__ = name
    method.__qualname__ = cls.__qualname__ + '.' + name
    return method


def _hash_fn(cls, fields):
    key = _tuple_of(fields)

    def __hash__(self):
        return hash(key(self))
    __hash__.__qualname__ = cls.__qualname__ + '.__hash__'
    return __hash__


def _frozen_setattr(cls, fields):
    names = {f.name for f in fields}

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot assign to field ' + repr(name))
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot delete field ' + repr(name))
        super(cls, self).__delattr__(name)
    __setattr__.__qualname__ = cls.__qualname__ + '.__setattr__'
    __delattr__.__qualname__ = cls.__qualname__ + '.__delattr__'
    return __setattr__, __delattr__


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            for f in base_fields.values():
                fields[f.name] = f
    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_now = kw_only
    for name, annotation in cls_annotations.items():
        if annotation is KW_ONLY or annotation == 'KW_ONLY':
            kw_only_now = True
            continue
        cls_fields.append(_get_field(cls, name, annotation, kw_only_now))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(repr(name) + ' is a field but has no type annotation')
    setattr(cls, _FIELDS, fields)
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))
    if order and not eq:
        raise ValueError('eq must be true if order is true')
    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = [f for f in all_init_fields if not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.kw_only]
    field_list = [f for f in fields.values() if f._field_type == _FIELD]
    if init:
        has_post_init = hasattr(cls, '__post_init__')
        _set_new_attribute(cls, '__init__',
                           _init_fn(cls, all_init_fields, std_init_fields, kw_only_init_fields,
                                    frozen, has_post_init, '__dataclass_self__' if 'self' in fields else 'self'))
    if repr:
        _set_new_attribute(cls, '__repr__', _repr_fn(cls, [f for f in field_list if f.repr]))
    if eq:
        cmp_fields = [f for f in field_list if f.compare]
        _set_new_attribute(cls, '__eq__', _cmp_fn(cls, '__eq__', lambda a, b: a == b, cmp_fields))
    if order:
        cmp_fields = [f for f in field_list if f.compare]
        for name, op in [('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)]:
            if _set_new_attribute(cls, name, _cmp_fn(cls, name, op, cmp_fields)):
                raise TypeError('Cannot overwrite attribute ' + name + ' in class ' + cls.__name__ +
                                '. Consider using functools.total_ordering')
    if frozen:
        setter, deleter = _frozen_setattr(cls, field_list)
        for name, fn in (('__setattr__', setter), ('__delattr__', deleter)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError('Cannot overwrite attribute ' + name + ' in class ' + cls.__name__)
    hash_fields = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    if not has_explicit_hash:
        if unsafe_hash or (eq and frozen):
            cls.__hash__ = _hash_fn(cls, hash_fields)
        elif eq:
            cls.__hash__ = None
    elif unsafe_hash:
        raise TypeError('Cannot overwrite attribute __hash__ in class ' + cls.__name__)
    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + '(' + ', '.join(f.name for f in field_list) + ')'
    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type == _FIELD)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type == _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field ' + f.name + ' is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    namespace = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            annotations[item] = 'typing.Any'
        elif len(item) == 2:
            annotations[item[0]] = item[1]
        else:
            annotations[item[0]] = item[1]
            namespace[item[0]] = item[2]
    namespace['__annotations__'] = annotations
    cls = type(cls_name, bases, namespace)
    return dataclass(cls, **kwargs)
)PY";

void register_python_class_modules() {
  register_source_module("dataclasses", kDataclassesSource);
}

}  // namespace glasspy
