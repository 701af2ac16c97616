inner = ExceptionGroup("inner", [TypeError("t"), KeyError("k")])
raise BaseExceptionGroup("outer", [inner, ValueError("v")])
