rows = [("Widget", 3, 4.5), ("Gadget with a long name", 12, 0.25), ("Thing", 100, 19.999)]
header = f"{'Item':<20}|{'Qty':>5}|{'Price':>8}|{'Total':>10}"
print(header)
print("-" * len(header))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    short = name if len(name) <= 20 else name[:17] + "..."
    print(f"{short:<20}|{qty:>5d}|{price:>8.2f}|{total:>10,.2f}")
print("=" * len(header))
print(f"{'Grand total':<20}|{'':>5}|{'':>8}|{grand:>10,.2f}")
pct = [t / grand for t in (q * p for _, q, p in rows)]
print(" ".join(f"{p:.1%}" for p in pct))
print(f"{'centered':^{len(header)}}")
print(f"{grand=:.3f} {len(rows)=}")
