"""Floating-point arithmetic in tight loops: escape-time iteration over a
grid of the Mandelbrot set, Simpson's rule integration, Newton's method for
cube roots and a damped harmonic oscillator stepped with Euler's method."""

N = 560  # size; test size: 20


def mandelbrot(size, max_iter):
    inside = 0
    total_iter = 0
    for row in range(size):
        ci = -1.25 + 2.5 * row / size
        for col in range(size):
            cr = -2.0 + 2.5 * col / size
            zr = 0.0
            zi = 0.0
            i = 0
            while i < max_iter:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                i += 1
            total_iter += i
            if i == max_iter:
                inside += 1
    return inside, total_iter


def f(x):
    return x * x * x - 2.0 * x + 1.0 / (1.0 + x * x)


def simpson(a, b, steps):
    h = (b - a) / steps
    s = f(a) + f(b)
    for k in range(1, steps):
        x = a + k * h
        if k % 2 == 1:
            s += 4.0 * f(x)
        else:
            s += 2.0 * f(x)
    return s * h / 3.0


def cube_root(v):
    x = v if v > 1.0 else 1.0
    for _ in range(60):
        nx = x - (x * x * x - v) / (3.0 * x * x)
        if abs(nx - x) < 1e-15 * x:
            return nx
        x = nx
    return x


def oscillator(steps):
    x = 1.0
    v = 0.0
    dt = 0.001
    k = 4.0
    c = 0.05
    peak = 0.0
    for _ in range(steps):
        a = -k * x - c * v
        v += a * dt
        x += v * dt
        if x > peak:
            peak = x
    return x, v, peak


def main():
    inside, iters = mandelbrot(N, 80)
    print("mandelbrot:", inside, iters)
    print(f"simpson: {simpson(-1.0, 3.0, N * 1000):.10f}")
    roots = 0.0
    for i in range(1, N * 120):
        roots += cube_root(i * 0.75)
    print(f"cube roots: {roots:.6f}")
    x, v, peak = oscillator(N * 1500)
    print(f"oscillator: {x:.9e} {v:.9e} {peak:.9f}")


main()
