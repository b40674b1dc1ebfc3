import type { CompiledSource } from '@/lib/dataset/types';
import { formatDateValue } from '@/lib/dates/fuzzy-date';
import styles from './SourceList.module.css';

export interface SourceListProps {
  sources: readonly CompiledSource[];
  /** Facts read from each source, by source id. */
  factCounts: ReadonlyMap<string, number>;
}

/** Sources as a citation list: publisher, linked title, date, and how many facts use each. */
export default function SourceList({ sources, factCounts }: SourceListProps) {
  return (
    <ol className={styles.list}>
      {sources.map((s) => {
        const count = factCounts.get(s.id) ?? 0;
        return (
          <li key={s.id} id={`source-${s.id}`}>
            <span className={styles.publisher}>{s.publisher}</span>
            {s.author ? <> ({s.author})</> : null}:{' '}
            {s.url ? (
              <a href={s.url} rel="noopener noreferrer external">
                {s.title}
              </a>
            ) : (
              <cite>{s.title}</cite>
            )}
            ,{' '}
            {s.published ? (
              <time dateTime={s.published}>{formatDateValue(s.published)}</time>
            ) : (
              'undated'
            )}
            .{' '}
            <span className="muted">
              {s.kindWords}; {count} {count === 1 ? 'fact' : 'facts'}
              {s.body ? '; text ships with Faultline' : ''}
              {s.note ? `. ${s.note.charAt(0).toUpperCase()}${s.note.slice(1)}` : ''}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
