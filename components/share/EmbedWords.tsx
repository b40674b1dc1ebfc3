'use client';

import { useId } from 'react';
import {
  ANNOTATION_MAX,
  ANNOTATION_TEXT_MAX,
  EDITORIAL_TEXT,
  type EditorialTextKey,
  type EmbedAnnotation,
  type EmbedEditorial,
} from '@/lib/embed/editorial';
import styles from './share.module.css';

const HINTS: Record<EditorialTextKey, string> = {
  title: 'Replaces the conflict’s name above the chart',
  subtitle: 'A line under the title',
  note: 'Under the chart: what the reader should know',
  byline: 'For example “Chart: Jane Doe / The Daily”',
  alt: 'What the chart shows, for screen readers; also the iframe’s title',
};

export interface AnnotationDraft {
  kind: 'date' | 'region';
  at: string;
  text: string;
}

/**
 * The journalist's words and switches for an embed: title, subtitle, note, byline, alt text,
 * legend and download buttons, and up to three annotations on a date or a region. The limits
 * shown are the schema's (lib/embed/editorial); what is typed is cleaned there, not here.
 */
export default function EmbedWords({
  value,
  onChange,
  annotations,
  onAnnotations,
  regions,
  bounds,
  defaultDay,
}: {
  value: EmbedEditorial;
  onChange: (next: EmbedEditorial) => void;
  annotations: AnnotationDraft[];
  onAnnotations: (next: AnnotationDraft[]) => void;
  regions: readonly { id: string; name: string }[];
  bounds: [string, string];
  defaultDay: string;
}) {
  const id = useId();
  const text = (key: EditorialTextKey, multiline = false) => {
    const { max, label } = EDITORIAL_TEXT[key];
    const v = value[key] ?? '';
    const props = {
      id: `${id}-${key}`,
      className: styles.input,
      maxLength: max,
      value: v,
      'aria-describedby': `${id}-${key}-hint`,
      'data-embed-field': key,
      onChange: (e: { currentTarget: { value: string } }) =>
        onChange({ ...value, [key]: e.currentTarget.value || null }),
    };
    return (
      <div className={styles.field} key={key}>
        <label htmlFor={props.id}>{label}</label>
        {multiline ? <textarea rows={2} {...props} /> : <input type="text" {...props} />}
        <span id={`${id}-${key}-hint`} className={styles.hint}>
          {HINTS[key]} · {Array.from(v).length}/{max}
        </span>
      </div>
    );
  };
  const setAnnotation = (i: number, patch: Partial<AnnotationDraft>) =>
    onAnnotations(annotations.map((a, j) => (j === i ? { ...a, ...patch } : a)));

  return (
    <fieldset className={`${styles.fieldset} ${styles.words}`} data-testid="embed-words">
      <legend>Words on the chart</legend>
      <div className={styles.wordGrid}>
        {text('title')}
        {text('subtitle')}
        {text('note', true)}
        {text('byline')}
        {text('alt', true)}
      </div>
      <div className={styles.row}>
        <label>
          <input
            type="checkbox"
            checked={value.legend}
            onChange={(e) => onChange({ ...value, legend: e.target.checked })}
          />{' '}
          Show the legend
        </label>
        <label>
          <input
            type="checkbox"
            checked={value.downloads}
            onChange={(e) => onChange({ ...value, downloads: e.target.checked })}
          />{' '}
          Show the download buttons
        </label>
      </div>
      <div className={styles.annotations}>
        <p className={styles.hint}>
          Annotations (up to {ANNOTATION_MAX}): a short text on a date or a region, numbered on the
          chart and in its pictures.
        </p>
        {annotations.map((a, i) => (
          <div className={styles.row} key={i} data-testid="embed-annotation">
            <select
              aria-label={`Annotation ${i + 1}: on a date or a region`}
              value={a.kind}
              onChange={(e) =>
                setAnnotation(
                  i,
                  e.target.value === 'date'
                    ? { kind: 'date', at: defaultDay }
                    : { kind: 'region', at: regions[0]?.id ?? '' },
                )
              }
            >
              <option value="date">On a date</option>
              <option value="region">On a region</option>
            </select>
            {a.kind === 'date' ? (
              <input
                type="date"
                aria-label={`Annotation ${i + 1}: date`}
                min={bounds[0]}
                max={bounds[1]}
                value={a.at}
                onChange={(e) => setAnnotation(i, { at: e.target.value })}
              />
            ) : (
              <select
                aria-label={`Annotation ${i + 1}: region`}
                value={a.at}
                onChange={(e) => setAnnotation(i, { at: e.target.value })}
              >
                {regions.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
              </select>
            )}
            <input
              type="text"
              className={styles.input}
              aria-label={`Annotation ${i + 1}: text`}
              maxLength={ANNOTATION_TEXT_MAX}
              value={a.text}
              onChange={(e) => setAnnotation(i, { text: e.target.value })}
            />
            <button
              type="button"
              className={styles.button}
              onClick={() => onAnnotations(annotations.filter((_, j) => j !== i))}
            >
              Remove annotation {i + 1}
            </button>
          </div>
        ))}
        {annotations.length < ANNOTATION_MAX && (
          <button
            type="button"
            className={styles.button}
            onClick={() =>
              onAnnotations([...annotations, { kind: 'date', at: defaultDay, text: '' }])
            }
          >
            Add an annotation
          </button>
        )}
      </div>
    </fieldset>
  );
}

/** The drafts that are complete, as the embed options hold them. */
export function annotationsOf(drafts: readonly AnnotationDraft[]): EmbedAnnotation[] {
  return drafts.filter((a) => a.at && a.text.trim()).map((a) => ({ ...a, text: a.text.trim() }));
}
