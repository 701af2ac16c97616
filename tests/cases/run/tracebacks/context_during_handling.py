def cleanup(resource):
    return resource.close()
def process():
    try:
        return 1 / 0
    except ZeroDivisionError:
        cleanup(None)
process()
