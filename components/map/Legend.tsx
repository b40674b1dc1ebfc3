import type { LegendItem, LegendModel } from '@/lib/map/legend';
import { MAP_COLOURS } from './map-style';
import { svgPatternDefs } from './svg-map';

function Swatch({ item, prefix }: { item: LegendItem; prefix: string }) {
  const dashed = item.mark === 'claim';
  const thick = item.mark === 'group';
  return (
    <svg
      className="cm-swatch"
      width="28"
      height="18"
      viewBox="0 0 28 18"
      aria-hidden="true"
      focusable="false"
    >
      <rect x="1" y="1" width="26" height="16" fill={item.fill} />
      {item.pattern !== 'solid' && (
        <rect x="1" y="1" width="26" height="16" fill={`url(#${prefix}${item.pattern})`} />
      )}
      {dashed && (
        <rect x="1" y="1" width="26" height="16" fill="none" stroke="#ffffff" strokeWidth={3} />
      )}
      <rect
        x="1"
        y="1"
        width="26"
        height="16"
        fill="none"
        stroke={
          dashed ? MAP_COLOURS.claimLine : thick ? MAP_COLOURS.groupLine : MAP_COLOURS.countryLine
        }
        strokeWidth={thick ? 2.5 : dashed ? 1.6 : 0.75}
        strokeDasharray={dashed ? '4 3' : undefined}
      />
    </svg>
  );
}

/** The map legend: every encoding explained in plain words. */
export default function Legend({ model }: { model: LegendModel }) {
  const prefix = 'legend-';
  return (
    <div className="cm-legend">
      <svg
        width="0"
        height="0"
        aria-hidden="true"
        focusable="false"
        style={{ position: 'absolute' }}
      >
        <defs dangerouslySetInnerHTML={{ __html: svgPatternDefs(prefix) }} />
      </svg>
      <p className="cm-legend-title">{model.title}</p>
      <ul className="cm-legend-steps">
        {model.steps.map((s) => (
          <li key={s.id}>
            <Swatch item={s} prefix={prefix} />
            <span>{s.label}</span>
          </li>
        ))}
      </ul>
      <ul className="cm-legend-marks">
        {model.marks.map((s) => (
          <li key={s.id}>
            <Swatch item={s} prefix={prefix} />
            <span>{s.label}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
