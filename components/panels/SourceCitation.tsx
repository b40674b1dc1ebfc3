import type { CompiledSource } from '@/lib/dataset/types';
import { formatDateValue } from '@/lib/dates/fuzzy-date';

/** Publisher, title (linked when there is an address), date and kind of a source. */
export default function SourceCitation({ source }: { source: CompiledSource | undefined }) {
  if (!source) return <span>unknown source</span>;
  const title = source.url ? (
    <a href={source.url} rel="noopener noreferrer" target="_blank">
      {source.title}
    </a>
  ) : (
    <cite>{source.title}</cite>
  );
  return (
    <span className="citation">
      {source.publisher}, “{title}”,{' '}
      {source.published ? formatDateValue(source.published) : 'undated'}
      {source.kindWords ? <span className="source-kind"> ({source.kindWords})</span> : null}
    </span>
  );
}
