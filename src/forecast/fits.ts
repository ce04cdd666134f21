import { linearRegression } from 'simple-statistics';

/** A forecast of a positive series in levels, with a 95 % prediction interval per step. */
export interface LevelForecast {
  /** Fitted level at the last observation (the base the path grows from). */
  base: number;
  /** Level per step ahead h = 1..H. */
  mean: number[];
  lo: number[];
  hi: number[];
}

/** Two-sided 97.5 % Student t quantiles for 1..30 degrees of freedom. */
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131,
  2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/** t_{0.975, df}: table to 30, then the Cornish-Fisher expansion around z = 1.96. */
export function tQuantile975(df: number): number {
  if (df >= 1 && df <= 30) return T975[Math.floor(df) - 1]!;
  const z = 1.959963984540054;
  return z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df * df);
}

/** Log-linear trend fit: ln y = a + b·t by OLS (simple-statistics `linearRegression`), docs/model.md §11. */
export interface LogLinearFit {
  method: 'log-linear';
  a: number;
  b: number;
  /** Residual sd of ln y (n − 2 degrees of freedom). */
  s: number;
  n: number;
  tBar: number;
  sxx: number;
  lastT: number;
}

/** Fits ln y on time (t = year). Needs ≥ 3 points. */
export function fitLogLinear(t: readonly number[], y: readonly number[]): LogLinearFit {
  const ln = y.map((v) => Math.log(v));
  const { m: b, b: a } = linearRegression(t.map((ti, i) => [ti, ln[i]!]));
  const n = t.length;
  const tBar = t.reduce((x, v) => x + v, 0) / n;
  const sxx = t.reduce((x, v) => x + (v - tBar) ** 2, 0);
  const ssr = t.reduce((x, ti, i) => x + (ln[i]! - a - b * ti) ** 2, 0);
  return {
    method: 'log-linear',
    a,
    b,
    s: Math.sqrt(ssr / Math.max(1, n - 2)),
    n,
    tBar,
    sxx,
    lastT: t[n - 1]!,
  };
}

/** Forecast H steps after the last observation: ŷ ± t_{n−2}·s·√(1 + 1/n + (t_h − t̄)²/Sxx), in levels. */
export function forecastLogLinear(f: LogLinearFit, H: number): LevelForecast {
  const tq = tQuantile975(f.n - 2);
  const out: LevelForecast = { base: Math.exp(f.a + f.b * f.lastT), mean: [], lo: [], hi: [] };
  for (let h = 1; h <= H; h++) {
    const th = f.lastT + h;
    const yh = f.a + f.b * th;
    const half = tq * f.s * Math.sqrt(1 + 1 / f.n + (th - f.tBar) ** 2 / f.sxx);
    out.mean.push(Math.exp(yh));
    out.lo.push(Math.exp(yh - half));
    out.hi.push(Math.exp(yh + half));
  }
  return out;
}

/** Holt's linear trend on ln y, α and β chosen on a 0.05 grid by one-step SSE, docs/model.md §11. */
export interface HoltFit {
  method: 'holt';
  alpha: number;
  beta: number;
  /** Damping φ (1 = plain Holt). */
  phi: number;
  level: number;
  slope: number;
  /** sd of the one-step errors of ln y. */
  s: number;
  sse: number;
}

function holtRun(
  ln: readonly number[],
  alpha: number,
  beta: number,
  phi: number,
): { level: number; slope: number; sse: number } {
  let level = ln[0]!;
  let slope = ln[1]! - ln[0]!;
  let sse = 0;
  for (let t = 1; t < ln.length; t++) {
    const e = ln[t]! - (level + phi * slope);
    if (t > 1) sse += e * e; // the first step is fitted exactly by the initial slope
    const prev = level;
    level = alpha * ln[t]! + (1 - alpha) * (prev + phi * slope);
    slope = beta * (level - prev) + (1 - beta) * phi * slope;
  }
  return { level, slope, sse };
}

/** Fits Holt's method (ℓ₁ = y₁, b₁ = y₂ − y₁) on ln y; `damped` uses φ = 0.9. Needs ≥ 3 points. */
export function fitHolt(y: readonly number[], damped = false): HoltFit {
  const ln = y.map((v) => Math.log(v));
  const phi = damped ? 0.9 : 1;
  let best: HoltFit | null = null;
  for (let i = 1; i <= 19; i++)
    for (let j = 1; j <= 19; j++) {
      const alpha = i / 20;
      const beta = j / 20;
      const r = holtRun(ln, alpha, beta, phi);
      if (!best || r.sse < best.sse - 1e-15)
        best = { method: 'holt', alpha, beta, phi, level: r.level, slope: r.slope, sse: r.sse, s: 0 };
    }
  best!.s = Math.sqrt(best!.sse / Math.max(1, ln.length - 2));
  return best!;
}

/** Holt forecast ℓ_T + (φ + … + φ^h)·b_T, interval ± 1.96·s·√h (docs/model.md's approximation), in levels. */
export function forecastHolt(f: HoltFit, H: number): LevelForecast {
  const out: LevelForecast = { base: Math.exp(f.level), mean: [], lo: [], hi: [] };
  let damp = 0;
  for (let h = 1; h <= H; h++) {
    damp += f.phi ** h;
    const yh = f.level + damp * f.slope;
    const half = 1.959963984540054 * f.s * Math.sqrt(h);
    out.mean.push(Math.exp(yh));
    out.lo.push(Math.exp(yh - half));
    out.hi.push(Math.exp(yh + half));
  }
  return out;
}

/** The naive benchmark: the last observed growth rate carried forward. */
export function forecastNaive(y: readonly number[], H: number): number[] {
  const last = y[y.length - 1]!;
  const g = last / y[y.length - 2]! - 1;
  return Array.from({ length: H }, (_, h) => last * (1 + g) ** (h + 1));
}

/** Holdout errors of a forecast against actual values (MAPE in percent, RMSE in the series unit). */
export function errors(
  forecast: readonly number[],
  actual: readonly number[],
): { mape: number; rmse: number } {
  const n = actual.length;
  let ape = 0;
  let se = 0;
  for (let i = 0; i < n; i++) {
    ape += Math.abs((forecast[i]! - actual[i]!) / actual[i]!);
    se += (forecast[i]! - actual[i]!) ** 2;
  }
  return { mape: (100 * ape) / n, rmse: Math.sqrt(se / n) };
}
