import type { Conflict, SourceFile, SourceKind } from '@/lib/schema';
import type { IngestResult } from '@/lib/ingest/draft';
import type { NewPerson } from '@/lib/ingest/people';
import type { NewParty, NewPlace } from '@/lib/ingest/captures';

/** What the ingest page asks its worker (ingest.worker.ts). */
export type IngestRequest =
  | {
      id: number;
      kind: 'extract';
      text: string;
      conflict: Conflict;
      options: { published?: string; publisher?: string; kind?: SourceKind; url?: string };
    }
  | {
      id: number;
      kind: 'validate';
      draft: SourceFile;
      conflict: Conflict;
      regionIds: string[];
      text: string;
      newPeople: NewPerson[];
      /** Places and parties drafted with it (they count as known, as new people do). */
      added: { newPlaces?: NewPlace[]; newParties?: NewParty[] };
    };

/** What the worker answers, with the id of the request. */
export type IngestResponse =
  | { id: number; kind: 'extracted'; result: IngestResult }
  | { id: number; kind: 'validated'; problems: string[] }
  | { id: number; kind: 'failed'; error: string };
