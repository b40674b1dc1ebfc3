/// <reference lib="webworker" />
/**
 * The ingest page's extractor and validator, off the main thread: on a long article they take
 * seconds (chrono-node, the rules, zod), and the page must stay usable, show progress and let
 * the reader cancel (the page terminates this worker).
 */
import { ingestText, type IngestOptions } from '@/lib/ingest/draft';
import { validateDraft } from '@/lib/ingest/validate-draft';
import type { IngestRequest, IngestResponse } from './worker-protocol';

declare const self: DedicatedWorkerGlobalScope;

const answer = (message: IngestResponse) => self.postMessage(message);

self.onmessage = (e: MessageEvent<IngestRequest>) => {
  const m = e.data;
  try {
    if (m.kind === 'extract') {
      const options: IngestOptions = { conflict: m.conflict, ...m.options };
      answer({ id: m.id, kind: 'extracted', result: ingestText(m.text, options) });
    } else {
      answer({
        id: m.id,
        kind: 'validated',
        problems: validateDraft(m.draft, m.conflict, m.regionIds, m.text, m.newPeople, m.added),
      });
    }
  } catch (err) {
    answer({ id: m.id, kind: 'failed', error: err instanceof Error ? err.message : String(err) });
  }
};
