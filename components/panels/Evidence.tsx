import type { CompiledSource } from '@/lib/dataset/types';
import type { Evidence as EvidenceData } from '@/lib/schema';
import { evidenceInContext } from '@/lib/explore/evidence';
import LongText from './LongText';

/**
 * Where a fact was read: the sentence highlighted in its paragraph when the article's text
 * ships, else the citation (with the short quote recorded, if any).
 */
export default function Evidence({
  evidence,
  source,
}: {
  evidence: EvidenceData;
  source: CompiledSource | undefined;
}) {
  if (evidence.type === 'sentence') {
    const context = source?.body ? evidenceInContext(source.body, evidence.text) : null;
    return (
      <figure className="evidence">
        <figcaption>Evidence: the sentence in its paragraph of the article</figcaption>
        <p>
          {context ? (
            <>
              {context.before}
              <mark>{context.sentence}</mark>
              {context.after}
            </>
          ) : (
            <mark>
              <LongText text={evidence.text} />
            </mark>
          )}
        </p>
      </figure>
    );
  }
  return (
    <figure className="evidence">
      <figcaption>Evidence: cited (the article’s text does not ship with the dataset)</figcaption>
      {evidence.quote ? (
        <blockquote>
          “<LongText text={evidence.quote} />”
        </blockquote>
      ) : null}
      {evidence.note ? (
        <p className="muted">
          <LongText text={evidence.note} />
        </p>
      ) : null}
    </figure>
  );
}
