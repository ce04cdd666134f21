/** Baseline forecasts from a pack's history alone (docs/model.md §11). Pure. */
export {
  trendScenario,
  forecastSeries,
  HOLDOUT,
  type TrendDiagnostics,
  type SeriesForecast,
} from './trend.ts';
export {
  fitLogLinear,
  forecastLogLinear,
  fitHolt,
  forecastHolt,
  forecastNaive,
  errors,
  tQuantile975,
} from './fits.ts';
export type { LogLinearFit, HoltFit, LevelForecast } from './fits.ts';
