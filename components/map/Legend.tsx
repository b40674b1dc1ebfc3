import type { LegendItem, LegendModel } from '@/lib/map/legend';
import { legendSwatchSvg } from './legend-swatch';
import { svgPatternDefs } from './svg-map';

const PREFIX = 'legend-';

function Item({ item }: { item: LegendItem }) {
  return (
    <li data-legend={item.id}>
      {/* Our own markup: colours and pattern ids, never data. */}
      <span dangerouslySetInnerHTML={{ __html: legendSwatchSvg(item, PREFIX) }} />
      <span>{item.label}</span>
    </li>
  );
}

export interface LegendControls {
  includeClaims: boolean;
  onIncludeClaims: (on: boolean) => void;
  /** The parties whose share can be shaded; a picker shows when there are more than two. */
  parties: { id: string; name: string }[];
  party: string;
  onParty: (id: string) => void;
}

/** The map legend: every encoding explained in plain words, with the reader's map options. */
export default function Legend({
  model,
  controls,
}: {
  model: LegendModel;
  controls?: LegendControls;
}) {
  return (
    <div className="cm-legend">
      <svg
        width="0"
        height="0"
        aria-hidden="true"
        focusable="false"
        style={{ position: 'absolute' }}
      >
        <defs dangerouslySetInnerHTML={{ __html: svgPatternDefs(PREFIX) }} />
      </svg>
      <p className="cm-legend-title">{model.title}</p>
      {controls && controls.parties.length > 2 && (
        <label className="cm-legend-control">
          Shade the share held by{' '}
          <select value={controls.party} onChange={(e) => controls.onParty(e.target.value)}>
            {controls.parties.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <ul className="cm-legend-steps">
        {model.steps.map((s) => (
          <Item key={s.id} item={s} />
        ))}
      </ul>
      <ul className="cm-legend-words">
        {model.words.map((s) => (
          <Item key={s.id} item={s} />
        ))}
      </ul>
      <ul className="cm-legend-marks">
        {model.marks.map((s) => (
          <Item key={s.id} item={s} />
        ))}
      </ul>
      {model.places.length > 0 && (
        <ul className="cm-legend-places" aria-label="Places">
          {model.places.map((p) => (
            <li key={p.id} className="cm-place" data-kind={p.id}>
              <span className="cm-place-dot" aria-hidden="true" />
              <span>{p.label}</span>
            </li>
          ))}
        </ul>
      )}
      {controls && (
        <label className="cm-legend-control">
          <input
            type="checkbox"
            checked={controls.includeClaims}
            onChange={(e) => controls.onIncludeClaims(e.target.checked)}
          />{' '}
          Include claims (a party’s own figures, filled and labelled “claimed”)
        </label>
      )}
    </div>
  );
}
