'use client';

import { useDataset } from '@/components/explorer/dataset-context';
import { dayStart, formatDateValue, formatFuzzyDate } from '@/lib/dates/fuzzy-date';
import { placeStatusAt } from '@/lib/map/places';
import { describeMeasure } from '@/lib/measure/describe';
import { useExplorer } from '@/store/provider';
import { selectDate, selectSelectedPlaceId } from '@/store/selectors';
import MentionList from './MentionList';
import SourceCitation from './SourceCitation';

/**
 * The selected place (a town, base or camp): who holds it as of the date, every figure the
 * sources give for it with its evidence, what was said about it, and a link to its region.
 */
export default function PlacePanel() {
  const { dataset, lookup } = useDataset();
  const placeId = useExplorer(selectSelectedPlaceId);
  const date = useExplorer(selectDate);
  const includeClaims = useExplorer((s) => s.includeClaims);
  const selectPlace = useExplorer((s) => s.selectPlace);
  const selectRegion = useExplorer((s) => s.selectRegion);
  const setDate = useExplorer((s) => s.setDate);
  const place = placeId ? lookup.places.get(placeId) : undefined;
  if (!placeId || !place) return null;
  const now = placeStatusAt(dataset, place, dayStart(date), { includeClaims });
  const figures = dataset.series[place.id]?.filter((e) => e.via !== 'baseline') ?? [];
  const party = (id: string) => lookup.parties.get(id)?.name ?? id;
  return (
    <section
      className="panel place-panel"
      aria-labelledby="place-panel-heading"
      data-testid="place-panel"
    >
      <div className="panel-head">
        <h2 id="place-panel-heading">
          {place.name} <span className="muted">({place.kind})</span>
        </h2>
        <button
          type="button"
          className="close"
          onClick={() => selectPlace(null)}
          aria-label="Close the place panel"
        >
          ×
        </button>
      </div>
      <p>
        In{' '}
        <button type="button" className="link-button" onClick={() => selectRegion(place.region)}>
          {place.regionName}
        </button>
        {place.aliases.length ? (
          <span className="muted"> · also written {place.aliases.join(', ')}</span>
        ) : null}
      </p>
      <p>
        <strong>As of {formatDateValue(date)}:</strong> {now.text.slice(place.name.length + 2)}
      </p>
      <h3>Every figure for {place.name}</h3>
      {figures.length ? (
        <ol className="place-figures">
          {figures.map((e) => {
            const o = e.observation;
            return (
              <li key={o.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() =>
                    e.span.start !== null &&
                    setDate(new Date(e.span.start).toISOString().slice(0, 10))
                  }
                >
                  {formatFuzzyDate(o.asOf)}
                </button>
                : {party(o.controller)} — {describeMeasure(o.measure)}
                {o.status === 'claimed'
                  ? ` (claimed by ${o.claimant ?? party(o.claimantParty ?? o.controller)})`
                  : ' (assessed)'}
                {o.evidence.type === 'citation' && o.evidence.quote ? (
                  <q className="muted"> {o.evidence.quote}</q>
                ) : null}
                {o.evidence.type === 'sentence' ? (
                  <q className="muted"> {o.evidence.text}</q>
                ) : null}{' '}
                — <SourceCitation source={lookup.sources.get(o.source)} />
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="muted">No source in the dataset gives a figure for this place.</p>
      )}
      <h3>What was said about {place.name}</h3>
      <MentionList
        ids={lookup.itemsByPlace.get(place.id) ?? []}
        resetKey={place.id}
        empty="No statement or event in the dataset mentions this place."
      />
    </section>
  );
}
