import { registerBacktestRoute } from './backtest.ts';
import { registerCompareRoutes } from './compare.ts';
import { registerConsistencyRoutes } from './consistency.ts';
import { registerFormulaRoute } from './formula.ts';
import { registerLibraryRoutes } from './library.ts';
import { registerMetaRoutes } from './meta.ts';
import { registerModelRoutes } from './models.ts';
import { registerProjectRoute } from './project.ts';
import { registerScenarioRoutes } from './scenarios.ts';
import { registerSolveRoute } from './solve.ts';
import type { RouteContext, ZodApp } from './shared.ts';
import { registerSensitivityRoute, registerSimulateRoute } from './uncertainty.ts';

/** Registers every /api route (and /openapi.json) on `app`. */
export function registerApiRoutes(app: ZodApp, ctx: RouteContext): void {
  registerMetaRoutes(app, ctx);
  registerModelRoutes(app, ctx);
  registerScenarioRoutes(app, ctx);
  registerProjectRoute(app, ctx);
  registerConsistencyRoutes(app, ctx);
  registerFormulaRoute(app, ctx);
  registerSolveRoute(app, ctx);
  registerSimulateRoute(app, ctx);
  registerSensitivityRoute(app, ctx);
  registerLibraryRoutes(app, ctx);
  registerBacktestRoute(app, ctx);
  registerCompareRoutes(app, ctx);
}
