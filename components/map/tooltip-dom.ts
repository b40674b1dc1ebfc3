import type { RegionTooltip } from '@/lib/map/tooltip';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function sourceLine(prefix: string, source: { text: string; url?: string }): HTMLElement {
  const p = el('p', 'cm-tip-source');
  p.append(prefix);
  if (source.url) {
    const a = el('a', '', source.text);
    a.href = source.url;
    a.rel = 'noopener noreferrer';
    a.target = '_blank';
    p.append(a);
  } else p.append(source.text);
  return p;
}

/** Fills the tooltip element with a region's tooltip model (text only, no HTML parsing). */
export function renderTooltip(target: HTMLElement, t: RegionTooltip): void {
  target.replaceChildren();
  const head = el('p', 'cm-tip-name');
  head.append(el('strong', '', t.name));
  if (t.nameLocal) {
    const local = el('span', 'cm-tip-local', t.nameLocal);
    if (t.localLang) local.lang = t.localLang;
    head.append(' ', local);
  }
  target.append(head, el('p', 'cm-tip-figure', t.figure));
  if (t.asOf) target.append(el('p', 'cm-tip-asof', t.asOf));
  for (const n of t.notes) target.append(el('p', 'cm-tip-note', n));
  if (t.statedBy) target.append(el('p', 'cm-tip-by', t.statedBy));
  if (t.source) target.append(sourceLine('Source: ', t.source));
  for (const d of t.disagree) {
    target.append(
      el('p', 'cm-tip-other', `Another source of the same date says: ${d.text}`),
      sourceLine('', d.source),
    );
  }
  if (t.agreeCount)
    target.append(
      el(
        'p',
        'cm-tip-note',
        `${t.agreeCount} other source${t.agreeCount > 1 ? 's' : ''} of the same date agree.`,
      ),
    );
  for (const c of t.claims) target.append(el('p', 'cm-tip-claim', c));
}
