// Worker-thread entry of the Monte Carlo pool. Workers start as plain Node: register the
// TypeScript loader first, then load the task module, which listens on parentPort.
import { register } from 'tsx/esm/api';

register();
await import('./mc-task.ts');
