"""Ray tracer: renders a small image of reflective spheres on a checkered
floor lit by two point lights, with Lambert diffuse shading, Phong
highlights, shadows and recursive reflections, then prints a checksum of
the pixels.  Float arithmetic through small vector objects and method
calls."""

N = 12  # test size (bench/programs/raytrace.py uses 260)

MAX_DEPTH = 3
EPSILON = 1e-6
FAR = 1e30


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def mul(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vec(self.y * o.z - self.z * o.y,
                   self.z * o.x - self.x * o.z,
                   self.x * o.y - self.y * o.x)

    def length(self):
        return self.dot(self) ** 0.5

    def unit(self):
        return self.scale(1.0 / self.length())


BLACK = Vec(0.0, 0.0, 0.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction.scale(t)


class Material:
    def __init__(self, color, diffuse, specular, shininess, reflect):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflect = reflect

    def color_at(self, point):
        return self.color


class Checker(Material):
    def __init__(self, color, other, diffuse, reflect):
        Material.__init__(self, color, diffuse, 0.0, 1, reflect)
        self.other = other

    def color_at(self, point):
        if (int(point.x + 1000.0) + int(point.z + 1000.0)) % 2:
            return self.other
        return self.color


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        # nearest t > EPSILON where |origin + t * direction - center| = radius
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return FAR
        root = disc ** 0.5
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return FAR

    def normal(self, point):
        return (point - self.center).unit()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.n = normal.unit()
        self.material = material

    def intersect(self, ray):
        denom = self.n.dot(ray.direction)
        if abs(denom) < EPSILON:
            return FAR
        t = (self.point - ray.origin).dot(self.n) / denom
        return t if t > EPSILON else FAR

    def normal(self, point):
        return self.n


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene:
    def __init__(self):
        self.objects = [
            Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0),
                  Checker(Vec(0.9, 0.9, 0.9), Vec(0.1, 0.1, 0.15), 0.8, 0.2)),
            Sphere(Vec(0.0, 1.0, 0.0), 1.0,
                   Material(Vec(0.8, 0.2, 0.2), 0.7, 0.5, 40, 0.3)),
            Sphere(Vec(-2.2, 0.7, 1.0), 0.7,
                   Material(Vec(0.2, 0.7, 0.3), 0.8, 0.3, 20, 0.1)),
            Sphere(Vec(1.9, 0.6, 1.5), 0.6,
                   Material(Vec(0.3, 0.4, 0.9), 0.5, 0.8, 80, 0.5)),
            Sphere(Vec(0.8, 0.3, 2.6), 0.3,
                   Material(Vec(0.9, 0.8, 0.1), 0.9, 0.2, 10, 0.0)),
        ]
        self.lights = [
            Light(Vec(-4.0, 6.0, 5.0), Vec(0.8, 0.8, 0.8)),
            Light(Vec(5.0, 4.0, 3.0), Vec(0.4, 0.35, 0.3)),
        ]
        self.ambient = Vec(0.08, 0.08, 0.1)
        self.sky = Vec(0.5, 0.7, 1.0)

    def nearest(self, ray):
        best_t = FAR
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t < best_t:
                best_t = t
                best = obj
        return best, best_t

    def in_shadow(self, point, light):
        to_light = light.position - point
        distance = to_light.length()
        ray = Ray(point, to_light.scale(1.0 / distance))
        for obj in self.objects:
            if obj.intersect(ray) < distance:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            fade = 0.5 * (ray.direction.y + 1.0)
            return self.sky.scale(fade)
        point = ray.at(t)
        normal = obj.normal(point)
        if normal.dot(ray.direction) > 0.0:
            normal = normal.scale(-1.0)
        point = point + normal.scale(1e-4)
        material = obj.material
        base = material.color_at(point)
        color = self.ambient.mul(base)
        for light in self.lights:
            if self.in_shadow(point, light):
                continue
            to_light = (light.position - point).unit()
            lambert = normal.dot(to_light)
            if lambert > 0.0:
                color = color + base.mul(light.color).scale(lambert * material.diffuse)
                if material.specular > 0.0:
                    mirror = normal.scale(2.0 * lambert) - to_light
                    facing = -mirror.dot(ray.direction)
                    if facing > 0.0:
                        color = color + light.color.scale(material.specular * facing ** material.shininess)
        if material.reflect > 0.0 and depth < MAX_DEPTH:
            d = ray.direction
            bounce = d - normal.scale(2.0 * normal.dot(d))
            reflected = self.trace(Ray(point, bounce), depth + 1)
            color = color.scale(1.0 - material.reflect) + reflected.scale(material.reflect)
        return color


def to_byte(v):
    if v <= 0.0:
        return 0
    if v >= 1.0:
        return 255
    return int(v * 255.0 + 0.5)


def render(width, height):
    scene = Scene()
    eye = Vec(0.0, 1.6, 7.0)
    target = Vec(0.0, 0.8, 0.0)
    forward = (target - eye).unit()
    right = forward.cross(Vec(0.0, 1.0, 0.0)).unit()
    up = right.cross(forward)
    half_w = 0.55
    half_h = half_w * height / width
    pixels = []
    for row in range(height):
        sy = half_h - 2.0 * half_h * (row + 0.5) / height
        for col in range(width):
            sx = -half_w + 2.0 * half_w * (col + 0.5) / width
            direction = (forward + right.scale(sx) + up.scale(sy)).unit()
            c = scene.trace(Ray(eye, direction), 0)
            pixels.append((to_byte(c.x), to_byte(c.y), to_byte(c.z)))
    return pixels


def main():
    width = N
    height = N * 3 // 4
    pixels = render(width, height)
    total = [0, 0, 0]
    digest = 0
    for r, g, b in pixels:
        total[0] += r
        total[1] += g
        total[2] += b
        digest = (digest * 257 + r * 65536 + g * 256 + b) % 2147483647
    print(f"image {width}x{height}: {len(pixels)} pixels")
    print("channel sums:", total[0], total[1], total[2])
    print("digest:", digest)


main()
