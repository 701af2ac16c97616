print("interrupting")
raise KeyboardInterrupt
