'use client';

import { useId } from 'react';
import type { StoryStep } from '@/lib/schema';
import styles from './story-builder.module.css';

const isDay = (v: string | undefined): v is string => !!v && /^\d{4}-\d{2}-\d{2}$/.test(v);

/**
 * What a step's slide shows beyond its fact: a date step's heading in the teacher's words, the
 * day its map shows (when not the step's own) and the regions it outlines (when not the ones
 * the fact names). The story format's `title`, `map.asOf` and `map.highlight`.
 */
export default function StepEditor({
  step,
  number,
  ownDay,
  bounds,
  regions,
  factRegions,
  onTitle,
  onMap,
  onRefused,
}: {
  step: StoryStep;
  /** 1-based, for labels ("step 3"). */
  number: number;
  /** The day the map shows by default, in words ("24 Feb 2022"). */
  ownDay: string;
  bounds: readonly [string, string];
  /** Every region, in the order a reader looks for them (by name). */
  regions: readonly { id: string; name: string }[];
  /** The regions the step's fact names (outlined by default). */
  factRegions: readonly string[];
  onTitle: (title: string) => void;
  onMap: (patch: { asOf?: string | null; highlight?: readonly string[] | null }) => void;
  onRefused: (why: string) => void;
}) {
  const id = useId();
  const asOf = step.map?.asOf;
  const custom = step.map?.highlight;
  const outlined = new Set(custom ?? factRegions);
  const names = factRegions.map((r) => regions.find((x) => x.id === r)?.name ?? r).join(', ');
  const changed = ('date' in step && step.title ? 1 : 0) + (asOf ? 1 : 0) + (custom ? 1 : 0);
  return (
    <details className={styles.stepMore} data-testid={`step-editor-${number}`}>
      <summary>
        {'date' in step ? 'Title and map' : 'Map'} of step {number}
        {changed > 0 && <span className={styles.count}> ({changed} changed)</span>}
      </summary>
      {'date' in step && (
        <label className={styles.field}>
          Title
          <input
            value={step.title ?? ''}
            maxLength={200}
            placeholder="Who controls what"
            onChange={(e) => onTitle(e.target.value)}
          />
        </label>
      )}
      <div className={styles.field}>
        <label htmlFor={`${id}-asof`}>Map as of</label>
        <input
          id={`${id}-asof`}
          type="date"
          min={bounds[0]}
          max={bounds[1]}
          value={isDay(asOf) ? asOf : ''}
          aria-describedby={`${id}-asof-hint`}
          onChange={(e) => {
            const v = e.target.value;
            if (!v) return onMap({ asOf: null });
            if (!isDay(v) || v < bounds[0] || v > bounds[1])
              return onRefused(
                `Step ${number}: the map can show a day from ${bounds[0]} to ${bounds[1]}; ${v || 'that'} is not one.`,
              );
            onMap({ asOf: v });
          }}
        />
        <span id={`${id}-asof-hint`} className={styles.hint}>
          {asOf && !isDay(asOf)
            ? `The story file says ${asOf}.`
            : asOf
              ? null
              : `Empty: the step’s own date (${ownDay}).`}
        </span>
        {asOf && (
          <button type="button" onClick={() => onMap({ asOf: null })}>
            Use the step’s own date
          </button>
        )}
      </div>
      <fieldset className={styles.regionsField}>
        <legend>Regions outlined on the map</legend>
        <label>
          <input
            type="checkbox"
            checked={!custom}
            onChange={(e) => onMap({ highlight: e.target.checked ? null : factRegions })}
          />{' '}
          {'date' in step
            ? 'None, as on any date step'
            : `As the fact names them: ${names || 'none'}`}
        </label>
        {custom && (
          <ul className={styles.regionList} aria-label={`Regions outlined on step ${number}`}>
            {regions.map((r) => (
              <li key={r.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={outlined.has(r.id)}
                    onChange={(e) =>
                      onMap({
                        highlight: e.target.checked
                          ? [...(custom ?? []), r.id]
                          : (custom ?? []).filter((x) => x !== r.id),
                      })
                    }
                  />{' '}
                  {r.name}
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
    </details>
  );
}
