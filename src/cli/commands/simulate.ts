import type { Command } from 'commander';
import type { CliContext } from '../context.ts';

/** Placeholder until the simulate command lands; replaced by its own issue. */
export function registerSimulate(program: Command, ctx: CliContext): void {
  program
    .command('simulate')
    .description('(not available yet)')
    .allowUnknownOption()
    .action(() => {
      ctx.err('plancast simulate: not available yet\n');
      ctx.exitCode = 1;
    });
}
