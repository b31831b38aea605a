/**
 * Loads the claims in a Web Worker (src/model/worker/claims-worker.ts), one per page, shared by
 * every element. Where a worker cannot start (the module is served from another origin than the
 * page, a Content-Security-Policy without worker-src 'self', an old browser), the same pipeline
 * runs on the main thread: slower with a large file, never broken.
 */
import { loadClaimsData, type ClaimsLoad, type ClaimsRequest } from '../../model/load-data.ts';
import workerUrl from '../../model/worker/claims-worker.ts?worker&url';

type Pending = { request: ClaimsRequest; resolve: (r: ClaimsLoad) => void };

let worker: Worker | null | undefined;
let nextId = 0;
const pending = new Map<number, Pending>();

/** The worker script's URL (beside the module's own assets), for a modulepreload link. */
export const CLAIMS_WORKER_URL = new URL(workerUrl, import.meta.url).href;

function fallBack(): void {
  worker?.terminate();
  worker = null;
  for (const [id, p] of pending) {
    pending.delete(id);
    void loadClaimsData(p.request).then(p.resolve);
  }
}

function claimsWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') return (worker = null);
  try {
    worker = new Worker(CLAIMS_WORKER_URL, { type: 'module', name: 'conflict-map claims' });
  } catch {
    return (worker = null);
  }
  worker.onmessage = (e: MessageEvent<{ id: number; result?: ClaimsLoad; error?: string }>) => {
    const p = pending.get(e.data.id);
    if (!p) return;
    pending.delete(e.data.id);
    if (e.data.result) p.resolve(e.data.result);
    else void loadClaimsData(p.request).then(p.resolve);
  };
  // The script did not load or was refused: everything waiting loads on the main thread.
  worker.onerror = (e) => {
    e.preventDefault();
    fallBack();
  };
  return worker;
}

export function loadClaimsDataOffThread(request: ClaimsRequest): Promise<ClaimsLoad> {
  const w = request.fetch ? null : claimsWorker();
  if (!w) return loadClaimsData(request);
  return new Promise((resolve) => {
    const id = nextId++;
    pending.set(id, { request, resolve });
    w.postMessage({ id, request: { src: request.src, dataFolder: request.dataFolder, files: request.files, base: request.base, policy: request.policy } });
  });
}
