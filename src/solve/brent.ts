/** Result of a bracketed root search; `a`/`b` are the last two points with f of opposite signs. */
export interface RootResult {
  /** Best estimate of the root (the point with the smaller |f|). */
  x: number;
  fx: number;
  /** The final bracket: f(a)·f(b) ≤ 0. */
  a: number;
  fa: number;
  b: number;
  fb: number;
  evaluations: number;
  converged: boolean;
}

export interface RootOptions {
  /** Stop when the bracket half-width is at most this (|Δθ|). */
  xtol: number;
  /** Stop when |f| is at most this. */
  ftol: number;
  /** Evaluations allowed inside the bracket. */
  maxEvaluations: number;
}

/**
 * Finds a root of `f` in [a, b] with Brent's method (bisection + secant + inverse quadratic
 * interpolation; bisection's guarantee with superlinear speed), given f(a)·f(b) ≤ 0.
 * Stops when |f(x)| ≤ ftol or the bracket half-width ≤ xtol, or after maxEvaluations.
 * Keeps the bracket so a caller can choose the end on the side it needs.
 */
export function brent(
  f: (x: number) => number,
  a0: number,
  fa0: number,
  b0: number,
  fb0: number,
  opts: RootOptions,
): RootResult {
  let a = a0;
  let b = b0;
  let fa = fa0;
  let fb = fb0;
  let evaluations = 0;
  const done = (converged: boolean): RootResult => {
    const bestIsB = Math.abs(fb) <= Math.abs(fa);
    return { x: bestIsB ? b : a, fx: bestIsB ? fb : fa, a, fa, b, fb, evaluations, converged };
  };
  if (fa === 0 || fb === 0) return done(true);
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  while (evaluations < opts.maxEvaluations) {
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol1 = 2 * Number.EPSILON * Math.abs(b) + 0.5 * opts.xtol;
    const xm = 0.5 * (c - b);
    if (Math.abs(xm) <= tol1 || Math.abs(fb) <= opts.ftol) {
      a = c;
      fa = fc;
      return done(true);
    }
    if (Math.abs(e) >= tol1 && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * xm * s;
        q = 1 - s;
      } else {
        const qq = fa / fc;
        const r = fb / fc;
        p = s * (2 * xm * qq * (qq - r) - (b - a) * (r - 1));
        q = (qq - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      p = Math.abs(p);
      if (2 * p < Math.min(3 * xm * q - Math.abs(tol1 * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = xm;
        e = d;
      }
    } else {
      d = xm;
      e = d;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol1 ? d : xm > 0 ? tol1 : -tol1;
    fb = f(b);
    evaluations += 1;
    if (!Number.isFinite(fb)) {
      // Leave the interpolation for plain bisection between the last good points.
      b = a + xm;
      fb = f(b);
      evaluations += 1;
      if (!Number.isFinite(fb)) break;
    }
  }
  // After the last step the bracket is [b, c] unless f(b) took the sign of f(c): then [a, b].
  if (!((fb > 0 && fc > 0) || (fb < 0 && fc < 0))) {
    a = c;
    fa = fc;
  }
  return done(false);
}
