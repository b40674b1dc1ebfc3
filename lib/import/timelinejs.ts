import type { ConflictEvent, Statement } from '../schema';
import { event as eventSchema, statement as statementSchema } from '../schema';
import {
  dateValueOf,
  firstWords,
  timelineJsProblems,
  type TimelineJsDate,
  type TimelineJsProblem,
} from '../export/timelinejs';
import { slugify } from '../ingest/text';

/**
 * TimelineJS JSON back into facts: slides we exported (see lib/export/timelinejs.ts) come back
 * exactly from their `faultline` key; plain TimelineJS slides are read as draft events.
 */

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const stripHtml = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

export interface TimelineJsImport {
  statements: Statement[];
  events: ConflictEvent[];
  problems: TimelineJsProblem[];
}

/**
 * Reads a TimelineJS document back into facts. Slides we exported come back exactly (their
 * `faultline` field, checked against the schema). Other slides become events of `sourceId`,
 * dated at the precision they give, with the slide's words as a citation note: drafts for
 * review, never facts on their own.
 */
export function fromTimelineJs(doc: unknown, options: { sourceId: string }): TimelineJsImport {
  const problems = timelineJsProblems(doc);
  const statements: Statement[] = [];
  const events: ConflictEvent[] = [];
  if (!isObject(doc) || !Array.isArray(doc.events)) return { statements, events, problems };
  const restore = (x: unknown, path: string): boolean => {
    if (!isObject(x)) return false;
    if (x.type === 'statement') {
      const r = statementSchema.safeParse(x.fact);
      if (r.success) statements.push(r.data);
      else
        problems.push({
          path,
          message: `not a valid statement: ${r.error.issues[0]?.message ?? ''}`,
        });
      return true;
    }
    if (x.type === 'event') {
      const r = eventSchema.safeParse(x.fact);
      if (r.success) events.push(r.data);
      else
        problems.push({ path, message: `not a valid event: ${r.error.issues[0]?.message ?? ''}` });
      return true;
    }
    return false;
  };
  const used = new Set<string>();
  doc.events.forEach((s: unknown, i) => {
    const path = `$.events[${i}]`;
    if (!isObject(s)) return;
    if (restore(s.faultline, `${path}.faultline`)) return;
    const start = isObject(s.start_date)
      ? dateValueOf(s.start_date as unknown as TimelineJsDate)
      : null;
    if (!start)
      return void problems.push({
        path: `${path}.start_date`,
        message: 'no usable start date: slide skipped',
      });
    const end = isObject(s.end_date) ? dateValueOf(s.end_date as unknown as TimelineJsDate) : null;
    const text = isObject(s.text) ? s.text : {};
    const headline = typeof text.headline === 'string' ? stripHtml(text.headline) : '';
    const body = typeof text.text === 'string' ? stripHtml(text.text) : '';
    const title = headline || firstWords(body, 12);
    if (!title)
      return void problems.push({
        path: `${path}.text`,
        message: 'no headline or text: slide skipped',
      });
    let id = slugify(
      typeof s.unique_id === 'string' && s.unique_id
        ? s.unique_id
        : `${options.sourceId}-${start}-${title}`,
      60,
    );
    for (let n = 2; used.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
    used.add(id);
    events.push({
      id,
      source: options.sourceId,
      date: { value: start, ...(end && end !== start ? { end } : {}), basis: 'explicit' },
      title,
      ...(body && body !== title ? { description: body } : {}),
      regions: [],
      evidence: {
        type: 'citation',
        note: `Imported from a TimelineJS slide${typeof s.group === 'string' ? ` (group “${s.group}”)` : ''}.`,
      },
      review: 'pending',
    });
  });
  if (isObject(doc.faultline) && Array.isArray(doc.faultline.undated)) {
    doc.faultline.undated.forEach((x: unknown, i) => restore(x, `$.faultline.undated[${i}]`));
  }
  return { statements, events, problems };
}
