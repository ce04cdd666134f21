/** The backtest: how well the engine would have forecast the published figures (docs/model.md §11.1). Pure. */
export { backtest, BACKTEST_DEFAULTS } from './backtest.ts';
export { summarizeRows } from './summary.ts';
export { BacktestResultSchema, BacktestRow, BacktestSummary, type BacktestResult } from './schema.ts';
