/** Vega-lite chart specs as pure data (no DOM): the page renders them, tests assert on them. */
export { CHARTS, chartsFor, type ChartDef } from './specs.ts';
export {
  fanChartSpec,
  fanData,
  tornadoSpec,
  tornadoData,
  tornadoTargets,
  tornadoDigits,
  sensitivityTornado,
  type FanRow,
  type SensitivityRowLike,
  type TornadoRow,
} from './uncertainty.ts';
export { chartConfig, NUMBER_LOCALES } from './locale.ts';
export {
  targetFor,
  targetShape,
  cumulative,
  text as chartText,
  type ChartInput,
  type ChartSpec,
  type Rows,
} from './input.ts';
