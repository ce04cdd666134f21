/**
 * Least change under constraints: min ½‖z‖² + ½ρ·Σ_i max(0, c_i(z))² over the box lo ≤ z ≤ hi,
 * the penalty form of docs/model.md §8.2 (z = lever moves in units of their typical move σ,
 * c_i = scaled violation of one side of one target, ≤ 0 when met). Solved by sequential
 * quadratic programming with elastic constraints: each iteration linearises c by forward
 * differences (m model runs), solves the QP min ½‖z+d‖² + ½ρ‖s‖², c + G·d − s ≤ 0, box ∩ trust
 * region, by Hildreth's dual coordinate ascent, and accepts the step when the merit falls.
 */
export interface LeastChangeProblem {
  constraints: (z: readonly number[]) => number[];
  lo: readonly number[];
  hi: readonly number[];
}

export interface LeastChangeResult {
  z: number[];
  c: number[];
  merit: number;
  iterations: number;
  evaluations: number;
  converged: boolean;
}

const FD_STEP = 1e-6;

/** Runs the SQP from z0 (clipped to the box) within `maxEvaluations` constraint evaluations. */
export function leastChange(
  prob: LeastChangeProblem,
  z0: readonly number[],
  opts: { rho: number; maxEvaluations: number },
): LeastChangeResult {
  const m = z0.length;
  const rho = opts.rho;
  let evaluations = 0;
  const evalC = (z: readonly number[]) => {
    evaluations += 1;
    return prob.constraints(z).map((x) => (Number.isFinite(x) ? x : x < 0 ? -1e6 : 1e6));
  };
  const merit = (z: readonly number[], c: readonly number[]) =>
    0.5 * z.reduce((s, x) => s + x * x, 0) + 0.5 * rho * c.reduce((s, x) => s + (x > 0 ? x * x : 0), 0);
  let z = z0.map((v, j) => Math.min(prob.hi[j]!, Math.max(prob.lo[j]!, v)));
  let c = evalC(z);
  let phi = merit(z, c);
  let radius = 2;
  let iterations = 0;
  let converged = false;
  while (evaluations + m + 1 <= opts.maxEvaluations) {
    iterations += 1;
    const G = c.map(() => new Array<number>(m).fill(0));
    for (let j = 0; j < m; j++) {
      const h = z[j]! + FD_STEP > prob.hi[j]! ? -FD_STEP : FD_STEP;
      const zz = z.slice();
      zz[j] = z[j]! + h;
      const cc = evalC(zz);
      for (let i = 0; i < c.length; i++) G[i]![j] = (cc[i]! - c[i]!) / h;
    }
    let accepted = false;
    while (!accepted && evaluations < opts.maxEvaluations) {
      const lo = z.map((v, j) => Math.max(prob.lo[j]! - v, -radius));
      const hi = z.map((v, j) => Math.min(prob.hi[j]! - v, radius));
      const d = solveQp(z, c, G, lo, hi, rho);
      const size = Math.max(0, ...d.map(Math.abs));
      if (size <= 1e-9) return { z, c, merit: phi, iterations, evaluations, converged: true };
      const next = z.map((v, j) => v + d[j]!);
      const cn = evalC(next);
      const phiNext = merit(next, cn);
      if (phiNext < phi) {
        const drop = (phi - phiNext) / Math.max(phi, 1e-300);
        z = next;
        c = cn;
        phi = phiNext;
        accepted = true;
        if (size >= 0.9 * radius) radius *= 2;
        if (drop <= 1e-13 || size <= 1e-8) converged = true;
      } else {
        radius = 0.25 * size;
        if (radius <= 1e-9) return { z, c, merit: phi, iterations, evaluations, converged: true };
      }
    }
    if (converged) break;
  }
  return { z, c, merit: phi, iterations, evaluations, converged };
}

/**
 * Solves min ½‖z + d‖² + ½ρ‖s‖² s.t. c_i + G_i·d − s_i ≤ 0, lo ≤ d ≤ hi by Hildreth's method
 * (coordinate ascent on the dual; d = −z − Gᵀλ − ν + κ, s = λ/ρ). Returns d.
 */
function solveQp(
  z: readonly number[],
  c: readonly number[],
  G: readonly number[][],
  lo: readonly number[],
  hi: readonly number[],
  rho: number,
): number[] {
  const m = z.length;
  const d = z.map((v) => -v);
  const lambda = c.map(() => 0);
  const nu = new Array<number>(m).fill(0);
  const kappa = new Array<number>(m).fill(0);
  const norms = G.map((row) => row.reduce((s, x) => s + x * x, 0) + 1 / rho);
  for (let sweep = 0; sweep < 5000; sweep++) {
    let change = 0;
    for (let i = 0; i < c.length; i++) {
      const row = G[i]!;
      let gd = 0;
      for (let j = 0; j < m; j++) gd += row[j]! * d[j]!;
      const next = Math.max(0, lambda[i]! + (gd - lambda[i]! / rho + c[i]!) / norms[i]!);
      const delta = next - lambda[i]!;
      if (delta !== 0) {
        for (let j = 0; j < m; j++) d[j]! -= delta * row[j]!;
        lambda[i] = next;
        change = Math.max(change, Math.abs(delta) * Math.sqrt(norms[i]!));
      }
    }
    for (let j = 0; j < m; j++) {
      const up = Math.max(0, nu[j]! + (d[j]! - hi[j]!));
      d[j]! -= up - nu[j]!;
      change = Math.max(change, Math.abs(up - nu[j]!));
      nu[j] = up;
      const down = Math.max(0, kappa[j]! + (lo[j]! - d[j]!));
      d[j]! += down - kappa[j]!;
      change = Math.max(change, Math.abs(down - kappa[j]!));
      kappa[j] = down;
    }
    if (change <= 1e-12) break;
  }
  return d.map((v, j) => Math.min(hi[j]!, Math.max(lo[j]!, v)));
}
