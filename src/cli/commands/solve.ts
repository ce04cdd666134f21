import type { Command } from 'commander';
import type { CliContext } from '../context.ts';

/** Placeholder until the solve command lands; replaced by its own issue. */
export function registerSolve(program: Command, ctx: CliContext): void {
  program
    .command('solve')
    .description('(not available yet)')
    .allowUnknownOption()
    .action(() => {
      ctx.err('plancast solve: not available yet\n');
      ctx.exitCode = 1;
    });
}
