import { Command, CommanderError } from 'commander';
import { config } from 'zod';
import { PlancastError } from '../core/problems.ts';
import { registerActuals } from './commands/actuals.ts';
import { registerConsistency } from './commands/consistency.ts';
import { registerPack } from './commands/pack.ts';
import { registerRun } from './commands/run.ts';
import { registerScenarios } from './commands/scenarios.ts';
import { registerSensitivity } from './commands/sensitivity.ts';
import { registerSimulate } from './commands/simulate.ts';
import { registerSolve } from './commands/solve.ts';
import { registerTargets } from './commands/targets.ts';
import { registerTemplate } from './commands/template.ts';
import { registerTrend } from './commands/trend.ts';
import { registerBacktest } from './commands/backtest.ts';
import { registerCompare } from './commands/compare.ts';
import { registerReport } from './commands/report.ts';
import { EXIT, type CliContext } from './context.ts';

// A command parses each input once: zod's compiled validators cost more to build than they save.
config({ jitless: true });

/**
 * Runs the command line and returns the exit code: 0 done, 1 unexpected failure,
 * 2 bad input (file, flag or value), with a message naming what was wrong.
 */
export async function main(argv: readonly string[], ctx: CliContext = defaultContext()): Promise<number> {
  const program = new Command('plancast')
    .description('Scenario simulation and target scorecard for provincial five-year plans')
    .exitOverride()
    .configureOutput({ writeOut: (s) => ctx.out(s), writeErr: (s) => ctx.err(s) });
  for (const register of [
    registerRun,
    registerTargets,
    registerSolve,
    registerConsistency,
    registerSimulate,
    registerSensitivity,
    registerTrend,
    registerTemplate,
    registerActuals,
    registerPack,
    registerScenarios,
    registerBacktest,
    registerCompare,
    registerReport,
  ])
    register(program, ctx);
  try {
    await program.parseAsync([...argv]);
    return ctx.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    if (e instanceof PlancastError) {
      ctx.err(`${e.message}\n`);
      return EXIT.badInput;
    }
    ctx.err(`plancast: unexpected failure: ${(e as Error).message}\n`);
    return EXIT.failure;
  }
}

function defaultContext(): CliContext {
  quietOnClosedPipe();
  return {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    isTTY: Boolean(process.stdout.isTTY),
    exitCode: 0,
  };
}

let pipeWatched = false;

/**
 * `plancast targets | head -3`: once the reader goes away, writing to stdout fails with EPIPE, an
 * 'error' event that would otherwise end the process with a stack trace. Nobody is left to read
 * the rest, so stop quietly, as Unix tools do.
 */
function quietOnClosedPipe(): void {
  if (pipeWatched) return;
  pipeWatched = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(EXIT.ok);
    throw e;
  });
}
