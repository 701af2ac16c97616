class MinHeap:
    def __init__(self):
        self.items = []
    def push(self, item):
        self.items.append(item)
        i = len(self.items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.items[i] < self.items[parent]:
                self.items[i], self.items[parent] = self.items[parent], self.items[i]
                i = parent
            else:
                break
    def pop(self):
        if not self.items:
            raise IndexError("pop from empty heap")
        top = self.items[0]
        last = self.items.pop()
        if self.items:
            self.items[0] = last
            i = 0
            n = len(self.items)
            while True:
                l, r, smallest = 2 * i + 1, 2 * i + 2, i
                if l < n and self.items[l] < self.items[smallest]:
                    smallest = l
                if r < n and self.items[r] < self.items[smallest]:
                    smallest = r
                if smallest == i:
                    break
                self.items[i], self.items[smallest] = self.items[smallest], self.items[i]
                i = smallest
        return top
    def __len__(self):
        return len(self.items)
    def __bool__(self):
        return bool(self.items)
h = MinHeap()
for v in [5, 3, 8, 1, 9, 2, 7]:
    h.push(v)
print([h.pop() for _ in range(len(h))])
jobs = MinHeap()
for prio, name in [(2, "write"), (1, "plan"), (3, "ship"), (1, "coffee")]:
    jobs.push((prio, name))
while jobs:
    print(jobs.pop())
try:
    jobs.pop()
except IndexError as e:
    print(e)
class Task:
    def __init__(self, p):
        self.p = p
mixed = MinHeap()
mixed.push(Task(1))
try:
    mixed.push(Task(2))
except TypeError as e:
    print(e)
