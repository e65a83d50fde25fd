/// <reference lib="webworker" />
/** Module Web Worker running Python programs in the simulator, off the page's main thread. */
import { runProgram } from '../sim/index.ts';
import { execute } from './execute.ts';
import { answerCheck } from './check.ts';
import { checkExercise } from '../checks/index.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: FromWorker): void => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  if (event.data?.type === 'run') execute(event.data, runProgram, post);
  else if (event.data?.type === 'check') answerCheck(event.data, checkExercise, (message) => self.postMessage(message));
});

// One tiny run warms the simulator up (built-in types, JIT) while the learner is still reaching
// for the Run button; a run request that arrives meanwhile simply waits in the message queue.
try {
  runProgram('pass\n', { stepBudget: 100 });
} catch {
  // A broken simulator is reported by the first real run.
}
post({ type: 'ready' });
