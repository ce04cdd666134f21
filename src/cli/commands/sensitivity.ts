import type { Command } from 'commander';
import type { CliContext } from '../context.ts';

/** Placeholder until the sensitivity command lands; replaced by its own issue. */
export function registerSensitivity(program: Command, ctx: CliContext): void {
  program
    .command('sensitivity')
    .description('(not available yet)')
    .allowUnknownOption()
    .action(() => {
      ctx.err('plancast sensitivity: not available yet\n');
      ctx.exitCode = 1;
    });
}
