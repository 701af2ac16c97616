class Obj:
    def __str__(self):
        return "object exit message"
raise SystemExit(Obj())
