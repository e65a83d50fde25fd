/// <reference lib="webworker" />
/** Module Web Worker running Python programs in the simulator, off the page's main thread. */
import { runProgram } from '../sim/index.ts';
import { execute } from './execute.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: FromWorker): void => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  if (event.data?.type === 'run') execute(event.data, runProgram, post);
});

post({ type: 'ready' });
