# At exit, objects that cycles keep are finalized by the collector, then the
# remaining globals in order.
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
first = A(1)
cyc = A(2); cyc.me = cyc
_under = A(3)
last = A(4)
print('end of program')
