# A recursive-descent calculator with error reporting.
class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos
def tokenize(text):
    tokens, i = [], 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            tokens.append(("num", float(text[i:j]), i))
            i = j
        elif c in "+-*/()^%":
            tokens.append(("op", c, i))
            i += 1
        else:
            raise ParseError(f"unexpected {c!r}", i)
    tokens.append(("end", None, len(text)))
    return tokens
class Parser:
    def __init__(self, tokens):
        self.tokens, self.i = tokens, 0
    def peek(self):
        return self.tokens[self.i]
    def take(self, value=None):
        tok = self.tokens[self.i]
        if value is not None and tok[1] != value:
            raise ParseError(f"expected {value!r}", tok[2])
        self.i += 1
        return tok
    def expr(self):
        left = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            right = self.term()
            left = left + right if op == "+" else left - right
        return left
    def term(self):
        left = self.factor()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]
            right = self.factor()
            match op:
                case "*": left *= right
                case "/": left /= right
                case "%": left %= right
        return left
    def factor(self):
        base = self.unary()
        if self.peek()[1] == "^":
            self.take()
            return base ** self.factor()
        return base
    def unary(self):
        if self.peek()[1] == "-":
            self.take()
            return -self.unary()
        return self.atom()
    def atom(self):
        kind, value, pos = self.peek()
        if kind == "num":
            self.take()
            return value
        if value == "(":
            self.take()
            v = self.expr()
            self.take(")")
            return v
        raise ParseError("expected a number", pos)
def evaluate(text):
    p = Parser(tokenize(text))
    v = p.expr()
    if p.peek()[0] != "end":
        raise ParseError("trailing input", p.peek()[2])
    return v
for text in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 % 3", "10 / 4", "1 / 0", "2 * (3", "4 $ 4", "1 2", "1e5"]:
    try:
        print(f"{text!r:14} = {evaluate(text)}")
    except ParseError as e:
        print(f"{text!r:14} ! {e}")
    except ZeroDivisionError as e:
        print(f"{text!r:14} ! {type(e).__name__}: {e}")
