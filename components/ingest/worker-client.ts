import type { Conflict, SourceFile, SourceKind } from '@/lib/schema';
import type { IngestResult } from '@/lib/ingest/draft';
import type { NewPerson } from '@/lib/ingest/people';
import type { NewParty, NewPlace } from '@/lib/ingest/captures';
import type { IngestRequest, IngestResponse } from './worker-protocol';

/** Thrown (as the rejection) when the reader cancels an extraction. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

type Pending = { resolve: (r: IngestResponse) => void; reject: (e: unknown) => void };
// Distributive, so each request keeps its own fields.
type Unsent<T> = T extends unknown ? Omit<T, 'id'> : never;

/**
 * The ingest worker, started on first use. Cancelling terminates it (the only way to stop a
 * computation in progress) and the next request starts a fresh one.
 */
export function createIngestWorker() {
  let worker: Worker | null = null;
  let next = 1;
  const pending = new Map<number, Pending>();

  const start = (): Worker => {
    if (worker) return worker;
    const w = new Worker(new URL('./ingest.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<IngestResponse>) => {
      const p = pending.get(e.data.id);
      pending.delete(e.data.id);
      p?.resolve(e.data);
    };
    w.onerror = (e) => {
      // The worker's code did not load or crashed: every request in flight fails.
      e.preventDefault();
      for (const p of pending.values()) p.reject(new Error(e.message || 'the extractor stopped'));
      pending.clear();
      w.terminate();
      worker = null;
    };
    worker = w;
    return w;
  };

  const ask = (request: Unsent<IngestRequest>): Promise<IngestResponse> =>
    new Promise((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      start().postMessage({ ...request, id } as IngestRequest);
    });

  return {
    async extract(
      text: string,
      conflict: Conflict,
      options: { published?: string; publisher?: string; kind?: SourceKind; url?: string },
    ): Promise<IngestResult> {
      const r = await ask({ kind: 'extract', text, conflict, options });
      if (r.kind === 'failed') throw new Error(r.error);
      if (r.kind !== 'extracted') throw new Error('unexpected answer');
      return r.result;
    },
    async validate(
      draft: SourceFile,
      conflict: Conflict,
      regionIds: string[],
      text: string,
      newPeople: NewPerson[],
      added: { newPlaces?: NewPlace[]; newParties?: NewParty[] } = {},
    ): Promise<string[]> {
      const r = await ask({ kind: 'validate', draft, conflict, regionIds, text, newPeople, added });
      if (r.kind === 'failed') throw new Error(r.error);
      if (r.kind !== 'validated') throw new Error('unexpected answer');
      return r.problems;
    },
    /** Stops everything in flight; its promises reject with Cancelled. */
    cancel() {
      worker?.terminate();
      worker = null;
      for (const p of pending.values()) p.reject(new Cancelled());
      pending.clear();
    },
    destroy() {
      this.cancel();
    },
  };
}

export type IngestWorker = ReturnType<typeof createIngestWorker>;
