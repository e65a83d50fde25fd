/**
 * One replaceable worker and the requests sent to it, one at a time. Each request has a wall-clock
 * watchdog: a worker that doesn't answer in time is terminated (the page itself is never blocked)
 * and the next request gets a fresh worker. Run, check and trace clients share this machinery.
 */

export type Timeout = { kind: 'timeout'; limitMs: number };
export type Crashed = { kind: 'crashed'; message: string };

/** What a client does with one message of its request: finish with a result, crash, or go on. */
export interface Reply<T> {
  finish: (result: T) => void;
  crash: (message: string) => void;
}

export interface Request<M, T> {
  /** The message to post, given this request's id. */
  message: (id: number) => unknown;
  /** The id a worker message answers, or null for messages that answer no request (ready). */
  idOf: (msg: M) => number | null;
  /** Handles a message of this request. */
  onMessage: (msg: M, reply: Reply<T>) => void;
  timeLimitMs: number;
  /** Said when the worker script itself fails to load. */
  startFailure: string;
}

export class WorkerChannel {
  private worker: Worker | null = null;
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly spawn: () => Worker) {}

  /** Starts the worker ahead of the first request, to hide its start-up. */
  prewarm(): void {
    this.worker ??= this.spawn();
  }

  /** Sends the request after every earlier one has settled; `before` runs when its turn comes. */
  send<M, T>(request: Request<M, T>, before?: () => void): Promise<T | Timeout | Crashed> {
    const result = this.queue.then(() => {
      before?.();
      return this.sendNow(request);
    });
    this.queue = result.catch(() => undefined);
    return result;
  }

  private sendNow<M, T>(request: Request<M, T>): Promise<T | Timeout | Crashed> {
    const current = (this.worker ??= this.spawn());
    const id = this.nextId++;
    return new Promise((resolve) => {
      const finish = (result: T | Timeout | Crashed): void => {
        clearTimeout(timer);
        current.removeEventListener('message', onMessage);
        current.removeEventListener('error', onError);
        resolve(result);
      };
      const replace = (): void => {
        current.terminate();
        if (this.worker === current) this.worker = null;
      };
      const crash = (message: string): void => {
        replace();
        finish({ kind: 'crashed', message });
      };
      const timer = setTimeout(() => {
        replace();
        finish({ kind: 'timeout', limitMs: request.timeLimitMs });
      }, request.timeLimitMs);
      const onMessage = (event: MessageEvent<M>): void => {
        if (request.idOf(event.data) !== id) return;
        request.onMessage(event.data, { finish, crash });
      };
      const onError = (event: ErrorEvent): void => {
        event.preventDefault();
        crash(request.startFailure);
      };
      current.addEventListener('message', onMessage);
      current.addEventListener('error', onError);
      current.postMessage(request.message(id));
    });
  }
}
