/**
 * What one request costs the server's process in promises and in garbage, preloaded only into a
 * server the benchmark starts for this (`node --expose-gc --require probe.js main.js`); the server
 * knows nothing of it. It answers three paths of its own before the app sees them:
 *
 * - `POST /__probe/start` (`?by=promises` or `?by=bytes` to also say where in the code they come
 *   from, which inflates the counts of that window): collects the garbage there is, then counts;
 * - `POST /__probe/stop`: answers the counts since start as JSON ({@link ProbeCounts});
 * - any other request passes through to the app, and is counted.
 *
 * Promises are counted by an async hook on every init of type PROMISE. Bytes allocated are the sum,
 * over every collection in the window, of the heap before it less the heap after it (v8's
 * GCProfiler), plus the net change of the heap over the window.
 */
import { createHook } from 'node:async_hooks';
import { Session } from 'node:inspector';
import { Server, type IncomingMessage, type ServerResponse } from 'node:http';
import { GCProfiler, getHeapStatistics } from 'node:v8';

export interface ProbeCounts {
  requests: number;
  promises: number;
  bytes: number;
  collections: number;
  /**
   * With `?by=promises`: promises by the code that made them, most first, each keyed
   * "package-or-file<TAB>function": the nearest frame that is not Node's own code.
   */
  promisesBy?: Array<[string, number]>;
  /** With `?by=bytes`: bytes allocated (sampled) by the code that allocated them, keyed alike. */
  bytesBy?: Array<[string, number]>;
}

interface GCStatistics {
  statistics: Array<{ beforeGC: { heapStatistics: { usedHeapSize: number } }; afterGC: { heapStatistics: { usedHeapSize: number } } }>;
}

interface SamplingNode {
  callFrame: { functionName: string; url: string };
  selfSize: number;
  children: SamplingNode[];
}

const collect = (globalThis as { gc?: () => void }).gc;

/** The package (node_modules/x) or our own file a frame's location belongs to; null for Node's own code. */
function ownerOf(location: string): string | null {
  if (!location || location.startsWith('node:') || location.includes('(node:') || location.includes('/bench/probe.')) return null;
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(location);
  if (modules) return modules[1];
  const ours = /\/(server|shared)\/([^:)]+)/.exec(location);
  return ours ? `${ours[1]}/${ours[2].replace(/\.js$/, '')}` : null;
}

type Breakdown = 'promises' | 'bytes' | null;

let counting = false;
let breakdown: Breakdown = null;
let promises = 0;
let requests = 0;
let heapAtStart = 0;
let profiler: GCProfiler | null = null;
const promisesBy = new Map<string, number>();
let session: Session | null = null;

const hook = createHook({
  init(_id, type) {
    if (!counting || type !== 'PROMISE') return;
    promises++;
    if (breakdown !== 'promises') return;
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 30;
    const frames = (new Error().stack ?? '').split('\n').slice(1);
    Error.stackTraceLimit = limit;
    let owner = 'node (internal)\t';
    for (const frame of frames) {
      const found = ownerOf(frame);
      if (found) {
        owner = `${found}\t${/at (?:async )?(\S+) \(/.exec(frame)?.[1] ?? '(anonymous)'}`;
        break;
      }
    }
    promisesBy.set(owner, (promisesBy.get(owner) ?? 0) + 1);
  },
});

function post<T>(method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session!.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T))));
}

/** Sampled allocations by the nearest frame that belongs to a package or to our code. */
function bytesByOwner(head: SamplingNode): Array<[string, number]> {
  const totals = new Map<string, number>();
  const walk = (node: SamplingNode, inherited: string) => {
    const found = ownerOf(node.callFrame.url);
    const owner = found ? `${found}\t${node.callFrame.functionName || '(anonymous)'}` : inherited;
    if (node.selfSize) totals.set(owner, (totals.get(owner) ?? 0) + node.selfSize);
    for (const child of node.children) walk(child, owner);
  };
  walk(head, 'node (internal)\t');
  return [...totals].sort((a, b) => b[1] - a[1]);
}

async function start(by: Breakdown): Promise<void> {
  collect?.();
  breakdown = by;
  promises = 0;
  requests = 0;
  promisesBy.clear();
  if (by === 'bytes') {
    session = new Session();
    session.connect();
    await post('HeapProfiler.startSampling', {
      samplingInterval: 4096,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
  }
  profiler = new GCProfiler();
  profiler.start();
  heapAtStart = getHeapStatistics().used_heap_size;
  hook.enable();
  counting = true;
}

async function stop(): Promise<ProbeCounts> {
  counting = false;
  hook.disable();
  const heapNow = getHeapStatistics().used_heap_size;
  const { statistics } = profiler!.stop() as unknown as GCStatistics;
  const freed = statistics.reduce((sum, s) => sum + s.beforeGC.heapStatistics.usedHeapSize - s.afterGC.heapStatistics.usedHeapSize, 0);
  const counts: ProbeCounts = { requests, promises, bytes: freed + heapNow - heapAtStart, collections: statistics.length };
  if (breakdown === 'promises') counts.promisesBy = [...promisesBy].sort((a, b) => b[1] - a[1]);
  if (breakdown === 'bytes') {
    const { profile } = await post<{ profile: { head: SamplingNode } }>('HeapProfiler.stopSampling');
    counts.bytesBy = bytesByOwner(profile.head);
    session!.disconnect();
    session = null;
  }
  return counts;
}

function reply(response: ServerResponse, work: Promise<unknown>): void {
  work.then(
    (body) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body ?? {})),
    (error: Error) => response.writeHead(500).end(error.message),
  );
}

// Requests are seen here first, before any listener the app added.
const emit = Server.prototype.emit;
Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
  if (event === 'request') {
    const [request, response] = args as [IncomingMessage, ServerResponse];
    if (request.url?.startsWith('/__probe/start')) {
      const by = /[?&]by=(promises|bytes)\b/.exec(request.url)?.[1] as Breakdown | undefined;
      reply(response, start(by ?? null));
      return true;
    }
    if (request.url === '/__probe/stop') {
      reply(response, stop());
      return true;
    }
    if (counting) requests++;
  }
  return (emit as (event: string | symbol, ...args: unknown[]) => boolean).call(this, event, ...args);
} as typeof emit;
