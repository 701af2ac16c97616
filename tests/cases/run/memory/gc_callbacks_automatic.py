# Automatic collections call the callbacks too, with the generation.
import gc
gc.collect()
gens = []
gc.callbacks.append(lambda phase, info: gens.append((phase, info['generation'])))
gc.set_threshold(100, 10, 10)
junk = [[] for _ in range(500)]
gc.callbacks.clear()
gc.set_threshold(700, 10, 10)
print(len(gens) >= 2, gens[0])
print(all(g == 0 for p, g in gens[:2]))
print(sorted(set(p for p, g in gens)))
