// nbody: double-precision simulation of the Sun and the four gas giants.
//
// The five bodies attract each other by gravity; their motion is
// integrated with a symplectic Euler step of 0.01 days (velocities are
// updated for every pair first, then positions).  The system's total
// energy is printed with 9 decimals before and after the simulation.
//
// Size argument: how many integration steps to take.

var PI = Math.PI;
var SOLAR_MASS = 4 * PI * PI;
var DAYS_PER_YEAR = 365.24;

function body(x, y, z, vx, vy, vz, mass) {
    // [x, y, z, vx, vy, vz, mass]: velocities in AU per year, masses in
    // units that make the gravitational constant 1.
    return [x, y, z, vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR,
            vz * DAYS_PER_YEAR, mass * SOLAR_MASS];
}

function makeSystem() {
    var sun = body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0);
    var jupiter = body(4.84143144246472090e+00, -1.16032004402742839e+00,
                       -1.03622044471123109e-01, 1.66007664274403694e-03,
                       7.69901118419740425e-03, -6.90460016972063023e-05,
                       9.54791938424326609e-04);
    var saturn = body(8.34336671824457987e+00, 4.12479856412430479e+00,
                      -4.03523417114321381e-01, -2.76742510726862411e-03,
                      4.99852801234917238e-03, 2.30417297573763929e-05,
                      2.85885980666130812e-04);
    var uranus = body(1.28943695621391310e+01, -1.51111514016986312e+01,
                      -2.23307578892655734e-01, 2.96460137564761618e-03,
                      2.37847173959480950e-03, -2.96589568540237556e-05,
                      4.36624404335156298e-05);
    var neptune = body(1.53796971148509165e+01, -2.59193146099879641e+01,
                       1.79258772950371181e-01, 2.68067772490389322e-03,
                       1.62824170038242295e-03, -9.51592254519715870e-05,
                       5.15138902046611451e-05);
    return [sun, jupiter, saturn, uranus, neptune];
}

function offsetMomentum(bodies) {
    var px = 0.0;
    var py = 0.0;
    var pz = 0.0;
    var i, b, m;
    for (i = 0; i < bodies.length; i++) {
        b = bodies[i];
        m = b[6];
        px += b[3] * m;
        py += b[4] * m;
        pz += b[5] * m;
    }
    var sun = bodies[0];
    sun[3] = -px / SOLAR_MASS;
    sun[4] = -py / SOLAR_MASS;
    sun[5] = -pz / SOLAR_MASS;
}

function energy(bodies) {
    var e = 0.0;
    var count = bodies.length;
    var i, j, b1, b2, m1, dx, dy, dz;
    for (i = 0; i < count; i++) {
        b1 = bodies[i];
        m1 = b1[6];
        e += 0.5 * m1 * (b1[3] * b1[3] + b1[4] * b1[4] + b1[5] * b1[5]);
        for (j = i + 1; j < count; j++) {
            b2 = bodies[j];
            dx = b1[0] - b2[0];
            dy = b1[1] - b2[1];
            dz = b1[2] - b2[2];
            e -= m1 * b2[6] / Math.sqrt(dx * dx + dy * dy + dz * dz);
        }
    }
    return e;
}

function advance(bodies, pairs, dt, steps) {
    var step, k, pair, b1, b2, b, dx, dy, dz, dist2, mag, m1, m2;
    for (step = 0; step < steps; step++) {
        for (k = 0; k < pairs.length; k++) {
            pair = pairs[k];
            b1 = pair[0];
            b2 = pair[1];
            dx = b1[0] - b2[0];
            dy = b1[1] - b2[1];
            dz = b1[2] - b2[2];
            dist2 = dx * dx + dy * dy + dz * dz;
            mag = dt / (dist2 * Math.sqrt(dist2));
            m1 = b1[6] * mag;
            m2 = b2[6] * mag;
            b1[3] -= dx * m2;
            b1[4] -= dy * m2;
            b1[5] -= dz * m2;
            b2[3] += dx * m1;
            b2[4] += dy * m1;
            b2[5] += dz * m1;
        }
        for (k = 0; k < bodies.length; k++) {
            b = bodies[k];
            b[0] += dt * b[3];
            b[1] += dt * b[4];
            b[2] += dt * b[5];
        }
    }
}

function main(n) {
    var bodies = makeSystem();
    var pairs = [];
    var i, j;
    for (i = 0; i < bodies.length; i++) {
        for (j = i + 1; j < bodies.length; j++) {
            pairs.push([bodies[i], bodies[j]]);
        }
    }
    offsetMomentum(bodies);
    console.log(energy(bodies).toFixed(9));
    advance(bodies, pairs, 0.01, n);
    console.log(energy(bodies).toFixed(9));
}

main(process.argv.length > 2 ? parseInt(process.argv[2], 10) : 7000);
