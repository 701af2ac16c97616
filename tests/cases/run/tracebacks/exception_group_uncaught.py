def task(n):
    raise ValueError(f"task {n} failed")
errors = []
for i in range(2):
    try:
        task(i)
    except ValueError as e:
        errors.append(e)
raise ExceptionGroup("several tasks failed", errors)
