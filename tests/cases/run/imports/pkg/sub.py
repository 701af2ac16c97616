print("sub loading", __name__, __package__)
from .. import helper as h2
def hello():
    return "hello from sub"
