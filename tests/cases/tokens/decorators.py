@decorator
@other.attr(1)
class C:
    @property
    def p(self) -> 'int':
        return self._p
