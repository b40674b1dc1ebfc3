'use client';

import { useDataset } from '@/components/explorer/dataset-context';
import { describeDateBasis, formatFuzzyDate, datePrecision } from '@/lib/dates/fuzzy-date';
import { placeName } from '@/lib/dataset/lookup';
import { useExplorer } from '@/store/provider';
import { selectSelectedItemId } from '@/store/selectors';
import Evidence from './Evidence';
import LongText from './LongText';
import SourceCitation from './SourceCitation';

const KIND_LABEL = {
  quote: 'Quote',
  paraphrase: 'Paraphrase (indirect speech)',
  report: 'Reported by a third party',
} as const;

/** The selected statement or event in full, with its date's basis and its evidence. */
export default function FactDetail() {
  const { dataset, lookup } = useDataset();
  const id = useExplorer(selectSelectedItemId);
  const selectItem = useExplorer((s) => s.selectItem);
  const selectRegion = useExplorer((s) => s.selectRegion);
  if (!id) return null;
  const statement = lookup.statements.get(id);
  const event = lookup.events.get(id);
  const fact = statement ?? event;
  if (!fact) return null;
  const source = lookup.sources.get(fact.source);
  const date = statement?.date ?? event?.date;
  const regions = fact.regions.filter((r) => r !== dataset.conflict.country.id);
  const person = statement ? lookup.people.get(statement.speaker) : undefined;
  const party = person?.party ? lookup.parties.get(person.party) : undefined;
  return (
    <section
      className="panel fact-detail"
      aria-labelledby="fact-detail-heading"
      data-testid="fact-detail"
    >
      <div className="panel-head">
        <h2 id="fact-detail-heading">
          {statement ? (person?.name ?? statement.speaker) : 'Event'}
        </h2>
        <button
          type="button"
          className="close"
          onClick={() => selectItem(null)}
          aria-label="Close the detail panel"
        >
          ×
        </button>
      </div>
      {statement ? (
        <p className="muted">
          {statement.role ?? person?.roles[0]?.title}
          {party ? ` · ${party.name}` : person?.affiliation ? ` · ${person.affiliation}` : ''}
        </p>
      ) : null}
      {statement ? (
        <>
          <p className="kind-label">{KIND_LABEL[statement.kind]}</p>
          {statement.kind === 'quote' ? (
            <blockquote className="quote">
              “<LongText text={statement.text} />”
            </blockquote>
          ) : (
            <p className="paraphrase">
              <LongText text={statement.text} />
            </p>
          )}
          {statement.summary ? (
            <p className="muted">
              In short: <LongText text={statement.summary} />
            </p>
          ) : null}
        </>
      ) : (
        <p className="event-title">
          <LongText text={event?.title ?? ''} />
        </p>
      )}
      <dl className="facts">
        {date ? (
          <>
            <dt>Date</dt>
            <dd>
              {formatFuzzyDate(date, { weekday: true })}{' '}
              <span className="muted">
                ({datePrecision(date)} precision; {describeDateBasis(date)})
              </span>
            </dd>
          </>
        ) : null}
        {statement?.via ? (
          <>
            <dt>Via</dt>
            <dd>{statement.via}</dd>
          </>
        ) : null}
        {statement?.topics.length ? (
          <>
            <dt>Topics</dt>
            <dd>
              {statement.topics
                .map((t) => dataset.conflict.topics.find((x) => x.id === t)?.label ?? t)
                .join(', ')}
            </dd>
          </>
        ) : null}
        {regions.length ? (
          <>
            <dt>Regions</dt>
            <dd>
              <ul className="inline-list">
                {regions.map((r) => (
                  <li key={r}>
                    {lookup.regions.has(r) ? (
                      <button type="button" className="link-button" onClick={() => selectRegion(r)}>
                        {placeName(dataset, lookup, r)}
                      </button>
                    ) : (
                      placeName(dataset, lookup, r)
                    )}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        <dt>Source</dt>
        <dd>
          <SourceCitation source={source} />
        </dd>
      </dl>
      {fact.note ? (
        <p className="note">
          Reading note: <LongText text={fact.note} />
        </p>
      ) : null}
      <Evidence evidence={fact.evidence} source={source} />
    </section>
  );
}
