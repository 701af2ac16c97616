# The full form: try / except / else / finally.
def f():
    try:
        x = load()
    except KeyError:
        x = None
    except (IOError, OSError) as e:
        raise RuntimeError('failed') from e
    else:
        save(x)
    finally:
        close()
    return x
