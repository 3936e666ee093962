/**
 * The plumbing the worker clients (`align-client.ts`, `checks-client.ts`,
 * `import-client.ts`) share: the worker is started on first use and kept
 * for later requests (starting one costs a module fetch and parse);
 * requests carry an id so answers can arrive in any order; a crash or a
 * stop terminates the worker and rejects exactly the requests in flight,
 * and the next request starts a new worker, so one bad input does not leave
 * the app without it.
 */

/** The subset of `Worker` a client uses; tests pass a fake. */
export interface ClientWorker<Request, Response> {
  postMessage(message: Request): void;
  onmessage: ((event: MessageEvent<Response>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/**
 * Takes one response to a request, settling it through `resolve`/`reject`;
 * `true` when the request is over (a request may get progress or parts
 * first). Throwing rejects the request.
 */
export type Answer<Response, T> = (
  response: Response,
  resolve: (value: T) => void,
  reject: (error: Error) => void,
) => boolean;

/** A worker run for a client (see the module comment). */
export interface WorkerConnection<Request, Response> {
  /**
   * A new request: `post` sends it (now or later, in one message or many)
   * under its `id` to `worker`; `answer` takes the responses of that id.
   */
  request<T>(
    answer: Answer<Response, T>,
    post: (id: number, worker: ClientWorker<Request, Response>) => void,
  ): Promise<T>;
  /** The worker running now; `null` after a crash or `stop` until the next request. */
  current(): ClientWorker<Request, Response> | null;
  /** Rejects request `id` with `error`, if it is still in flight. */
  reject(id: number, error: Error): void;
  /** Terminates the worker and rejects everything in flight with `error`. */
  stop(error: Error): void;
}

interface Pending<Response> {
  answer: (response: Response) => boolean;
  reject: (error: Error) => void;
}

/** What `connectWorker` needs to know of one kind of worker. */
export interface ConnectOptions<Request, Response> {
  spawn: () => ClientWorker<Request, Response>;
  /** The error for a crash, from the browser's message (often empty). */
  crashed: (message: string) => Error;
  /** Called when the worker goes (crash or `stop`): forget what it held. */
  onStop?: () => void;
}

/** A connection over workers made by `spawn`. */
export function connectWorker<Request, Response extends { id: number }>({
  spawn,
  crashed,
  onStop,
}: ConnectOptions<Request, Response>): WorkerConnection<Request, Response> {
  let worker: ClientWorker<Request, Response> | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending<Response>>();

  const stop = (error: Error): void => {
    worker?.terminate();
    worker = null;
    onStop?.();
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };

  const ensureWorker = (): ClientWorker<Request, Response> => {
    if (worker) return worker;
    const w = spawn();
    w.onmessage = (event) => {
      const response = event.data;
      const p = pending.get(response.id);
      if (!p) return;
      try {
        if (p.answer(response)) pending.delete(response.id);
      } catch (error) {
        pending.delete(response.id);
        p.reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    w.onerror = (event) => {
      event.preventDefault?.();
      stop(crashed(event.message || ''));
    };
    worker = w;
    return w;
  };

  return {
    request(answer, post) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { answer: (response) => answer(response, resolve, reject), reject });
        post(id, ensureWorker());
      });
    },
    current: () => worker,
    reject(id, error) {
      pending.get(id)?.reject(error);
      pending.delete(id);
    },
    stop,
  };
}
