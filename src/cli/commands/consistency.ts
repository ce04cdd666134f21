import type { Command } from 'commander';
import type { CliContext } from '../context.ts';

/** Placeholder until the consistency command lands; replaced by its own issue. */
export function registerConsistency(program: Command, ctx: CliContext): void {
  program
    .command('consistency')
    .description('(not available yet)')
    .allowUnknownOption()
    .action(() => {
      ctx.err('plancast consistency: not available yet\n');
      ctx.exitCode = 1;
    });
}
