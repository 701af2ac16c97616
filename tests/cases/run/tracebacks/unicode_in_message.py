raise ValueError("naïve café ☃ — ünïcödé \u200b end")
