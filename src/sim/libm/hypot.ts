/**
 * C's hypot() as glibc 2.35+ computes it (CPython's abs(complex) and complex powers call it):
 * Carlos F. Borges, "An Improved Algorithm for hypot(a,b)" (arXiv:1904.09481, ACM TOMS
 * Algorithm 1014), the corrected algorithm without a fused multiply-add, which is what glibc's
 * generic x86-64 build runs. It is not correctly rounded: about 1 result in 200 is an ulp off,
 * and abs(z) prints that last digit, so we follow the algorithm rather than round exactly.
 * Operands are scaled by powers of two (exact) so squares neither overflow nor underflow.
 */

const SCALE_DOWN = 2 ** -600;
const SCALE_UP = 2 ** 600;
const LARGE = 2 ** 510;
const TINY = 2 ** -511;
// Below this ratio y changes nothing: x*x + y*y rounds to x*x, and x + y to x.
const NEGLIGIBLE = 2 ** -54;

/** The corrected square root of ax*ax + ay*ay, for ax >= ay > 0 in a range where neither square overflows or underflows. */
function corrected(ax: number, ay: number): number {
  let h = Math.sqrt(ax * ax + ay * ay);
  let t1: number;
  let t2: number;
  if (h <= 2 * ay) {
    const delta = h - ay;
    t1 = ax * (2 * delta - ax);
    t2 = (delta - 2 * (ax - ay)) * delta;
  } else {
    const delta = h - ax;
    t1 = 2 * delta * (ax - 2 * ay);
    t2 = (4 * delta - ay) * ay + delta * delta;
  }
  h -= (t1 + t2) / (2 * h);
  return h;
}

export function hypot(x: number, y: number): number {
  if (Math.abs(x) === Infinity || Math.abs(y) === Infinity) return Infinity;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  let ax = Math.abs(x);
  let ay = Math.abs(y);
  if (ax < ay) [ax, ay] = [ay, ax];
  if (ax > LARGE) {
    if (ay <= ax * NEGLIGIBLE) return ax + ay;
    return corrected(ax * SCALE_DOWN, ay * SCALE_DOWN) * SCALE_UP;
  }
  if (ay < TINY) {
    // ax * NEGLIGIBLE could underflow and round up to ay; ay / NEGLIGIBLE is exact
    if (ax >= ay / NEGLIGIBLE) return ax + ay;
    return corrected(ax * SCALE_UP, ay * SCALE_UP) * SCALE_DOWN;
  }
  if (ay <= ax * NEGLIGIBLE) return ax + ay;
  return corrected(ax, ay);
}
