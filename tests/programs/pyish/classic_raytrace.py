"""A tiny ray tracer: vectors with operator overloading, spheres and a plane,
point lights with shadows and one level of reflection, rendered to ASCII."""
import math

EPS = 1e-7


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vec(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def __abs__(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        n = abs(self)
        if n == 0:
            raise ZeroDivisionError("cannot normalize the zero vector")
        return self * (1.0 / n)

    def reflect(self, normal):
        return self - normal * (2 * self.dot(normal))

    def __repr__(self):
        return f"Vec({self.x:.3f}, {self.y:.3f}, {self.z:.3f})"


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse=0.8, specular=0.3, reflect=0.0):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.reflect = reflect


class Shape:
    def __init__(self, material):
        self.material = material

    def intersect(self, ray):
        raise NotImplementedError

    def normal_at(self, p):
        raise NotImplementedError

    def material_at(self, p):
        return self.material


class Sphere(Shape):
    def __init__(self, center, radius, material):
        super().__init__(material)
        self.center = center
        self.radius = radius

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        for t in (-b - root, -b + root):
            if t > EPS:
                return t
        return None

    def normal_at(self, p):
        return (p - self.center).normalized()


class Plane(Shape):
    def __init__(self, point, normal, material, checker=None):
        super().__init__(material)
        self.point = point
        self.normal = normal.normalized()
        self.checker = checker

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < EPS:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPS else None

    def normal_at(self, p):
        return self.normal

    def material_at(self, p):
        if self.checker and (math.floor(p.x) + math.floor(p.z)) % 2:
            return self.checker
        return self.material


class Light:
    def __init__(self, pos, intensity):
        self.pos = pos
        self.intensity = intensity


class Scene:
    def __init__(self, shapes, lights, ambient=0.1):
        self.shapes = shapes
        self.lights = lights
        self.ambient = ambient
        self.rays = 0

    def hit(self, ray):
        best, best_t = None, math.inf
        for s in self.shapes:
            t = s.intersect(ray)
            if t is not None and t < best_t:
                best, best_t = s, t
        return (best, best_t) if best else None

    def trace(self, ray, depth=0):
        self.rays += 1
        h = self.hit(ray)
        if h is None:
            return 0.05
        shape, t = h
        p = ray.at(t)
        n = shape.normal_at(p)
        if n.dot(ray.direction) > 0:
            n = -n
        mat = shape.material_at(p)
        level = self.ambient * mat.color
        for light in self.lights:
            to_light = light.pos - p
            dist = abs(to_light)
            ldir = to_light * (1 / dist)
            blocker = self.hit(Ray(p + n * 1e-4, ldir))
            if blocker and blocker[1] < dist:
                continue
            lam = max(0.0, n.dot(ldir))
            level += mat.diffuse * lam * light.intensity * mat.color
            spec = max(0.0, ray.direction.reflect(n).dot(ldir)) ** 16
            level += mat.specular * spec * light.intensity
        if mat.reflect > 0 and depth < 2:
            r = Ray(p + n * 1e-4, ray.direction.reflect(n))
            level = level * (1 - mat.reflect) + mat.reflect * self.trace(r, depth + 1)
        return min(level, 1.0)


class Camera:
    def __init__(self, eye, look_at, up, fov, width, height):
        self.eye = eye
        self.w, self.h = width, height
        self.forward = (look_at - eye).normalized()
        self.right = up.cross(self.forward).normalized()
        self.up = self.forward.cross(self.right)
        self.half = math.tan(math.radians(fov) / 2)

    def rays(self):
        aspect = self.w / self.h
        for j in range(self.h):
            for i in range(self.w):
                u = (2 * (i + 0.5) / self.w - 1) * self.half * aspect
                v = (1 - 2 * (j + 0.5) / self.h) * self.half
                yield i, j, Ray(self.eye, self.forward + self.right * u + self.up * v)


def main(width, height):
    shapes = [
        Sphere(Vec(0, 1, 3), 1.0, Material(0.9, reflect=0.3)),
        Sphere(Vec(-1.8, 0.6, 4), 0.6, Material(0.6)),
        Sphere(Vec(1.6, 0.5, 2.2), 0.5, Material(1.0, specular=0.8)),
        Plane(Vec(0, 0, 0), Vec(0, 1, 0), Material(0.7), checker=Material(0.2)),
    ]
    scene = Scene(shapes, [Light(Vec(-3, 5, -1), 0.9), Light(Vec(4, 3, 0), 0.4)])
    cam = Camera(Vec(0, 1.5, -3), Vec(0, 0.8, 3), Vec(0, 1, 0), 60, width, height)
    shades = " .:-=+*#%@"
    rows = [[" "] * width for _ in range(height)]
    total = 0.0
    for i, j, ray in cam.rays():
        level = scene.trace(ray)
        total += level
        rows[j][i] = shades[min(len(shades) - 1, int(level * len(shades)))]
    for r in rows:
        print("".join(r))
    print("rays", scene.rays, "checksum", round(total, 6))
    try:
        Vec(0, 0, 0).normalized()
    except ZeroDivisionError as e:
        print("error:", e)
    print(cam.forward, cam.right, cam.up)


main(16, 12)
