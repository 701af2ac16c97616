class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self.size = 0
        for v in reversed(list(iterable)):
            self.push(v)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty list")
        v = self.head.value
        self.head = self.head.next
        self.size -= 1
        return v
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
    def __reversed__(self):
        return iter(list(self)[::-1])
ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), list(reversed(ll)), 2 in ll, 9 in ll)
ll.reverse()
print(ll, ll.pop(), ll)
empty = LinkedList()
try:
    empty.pop()
except IndexError as e:
    print(e)
print(bool(empty), bool(ll), sorted(ll), max(ll), list(enumerate(ll)))
