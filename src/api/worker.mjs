// Worker-thread entry of the heavy-work pool (piscina). Workers start as plain Node: register the
// TypeScript loader first, then load the task module, whose `runTask` piscina calls per task.
import { register } from 'tsx/esm/api';

register();
const { runTask } = await import('./tasks.ts');

export default runTask;
