"""Exceptions raised and caught in loops: a user-defined exception
hierarchy, built-in errors (ZeroDivisionError, KeyError, IndexError,
ValueError, TypeError), try/except/else/finally, re-raising, exception
chaining and exception arguments and attributes."""

N = 800  # test size (bench/programs/exceptions.py uses 550000)


class AppError(Exception):
    pass


class ValidationError(AppError):
    def __init__(self, field, value):
        super().__init__(field, value)
        self.field = field
        self.value = value


class LimitError(AppError):
    def __init__(self, limit):
        super().__init__("over limit")
        self.limit = limit


def validate(i):
    if i % 7 == 0:
        raise ValidationError("seven", i)
    if i % 11 == 0:
        raise LimitError(i // 11)
    if i % 13 == 0:
        raise AppError("thirteen")
    return i


def parse(text):
    try:
        return int(text)
    except ValueError:
        return -1


def lookup(table, key):
    try:
        return table[key]
    except KeyError as exc:
        raise AppError("missing") from exc


def deep(n):
    if n == 0:
        raise IndexError("bottom")
    try:
        return deep(n - 1)
    finally:
        pass


def main():
    counts = {"ok": 0, "validation": 0, "limit": 0, "app": 0}
    field_sum = 0
    for i in range(N):
        try:
            validate(i)
        except ValidationError as e:
            counts["validation"] += 1
            field_sum += e.value + len(e.field) + len(e.args)
        except LimitError as e:
            counts["limit"] += 1
            field_sum += e.limit
        except AppError as e:
            counts["app"] += 1
            field_sum += len(e.args[0])
        else:
            counts["ok"] += 1
    print("validate:", counts, field_sum)

    zero = 0
    finals = 0
    for i in range(N):
        try:
            zero += 10 // (i % 5)
        except ZeroDivisionError:
            zero -= 1
        finally:
            finals += 1
    print("division:", zero, finals)

    texts = [str(i) if i % 4 else "x" + str(i) for i in range(N)]
    print("parse:", sum(parse(t) for t in texts))

    table = {i: i * 2 for i in range(0, N, 3)}
    chained = 0
    found = 0
    for i in range(N):
        try:
            found += lookup(table, i)
        except AppError as e:
            if isinstance(e.__cause__, KeyError):
                chained += e.__cause__.args[0] % 10
    print("lookup:", found, chained)

    items = list(range(50))
    misses = 0
    type_errors = 0
    for i in range(N):
        try:
            items[i % 80]
        except IndexError:
            misses += 1
        try:
            if i % 9 == 0:
                None + i
        except TypeError:
            type_errors += 1
    print("builtin errors:", misses, type_errors)

    depth_total = 0
    for i in range(N // 50):
        try:
            deep(i % 40)
        except IndexError as e:
            depth_total += len(str(e)) + i % 40
    print("deep:", depth_total)

    reraised = 0
    for i in range(N // 2):
        try:
            try:
                if i % 2:
                    raise KeyError(i)
                raise ValueError(i)
            except KeyError:
                raise
            except ValueError as e:
                raise LimitError(e.args[0]) from None
        except LookupError as e:
            reraised += e.args[0]
        except LimitError as e:
            reraised -= e.limit
            if e.__suppress_context__ and e.__cause__ is None:
                reraised += 1
    print("reraised:", reraised)


main()
