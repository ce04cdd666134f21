// Fallback worker-thread entry of the Monte Carlo pool (used when esbuild cannot bundle the task):
// workers start as plain Node, register the TypeScript loader, then load the task module.
import { register } from 'tsx/esm/api';

register();
await import('./mc-task.ts');
