/**
 * The journalist's words on the embed (lib/embed/editorial): title, subtitle, alt text, note,
 * byline and annotations. Every value is written with textContent, never as markup. Applied
 * before the dataset loads, so the chart never shows our title first and then theirs.
 */
import { formatDateValue } from '@/lib/dates/fuzzy-date';
import type { EmbedAnnotation, EmbedEditorial } from '@/lib/embed/editorial';

const $ = (id: string) => document.getElementById(id);

function setText(id: string, text: string | null) {
  const el = $(id);
  if (!el) return;
  el.textContent = text ?? '';
  el.hidden = !text;
}

/** Title, subtitle, alt text, note and byline; the legend and download switches. */
export function applyEditorial(e: EmbedEditorial): void {
  if (e.title) {
    setText('fe-title', e.title);
    document.title = `${e.title} · Faultline`;
  }
  setText('fe-subtitle', e.subtitle);
  setText('fe-note', e.note);
  setText('fe-byline', e.byline);
  setText('fe-alt', e.alt);
  const main = $('embed');
  if (main && e.alt) main.setAttribute('aria-describedby', 'fe-alt');
  const html = document.documentElement;
  if (!e.legend) html.dataset.legend = '0';
  if (!e.downloads) html.dataset.downloads = '0';
}

/** What an annotation is pinned to, in words: "24 February 2022", "Kherson Oblast". */
export function annotationPlace(a: EmbedAnnotation, regionName: (id: string) => string): string {
  return a.kind === 'date' ? formatDateValue(a.at, { longMonth: true }) : regionName(a.at);
}

/**
 * The annotations as a numbered list in the header. With date controls each one is a button
 * that goes to its day or selects its region; the one for the day shown is marked current.
 */
export function mountAnnotations(
  annotations: readonly EmbedAnnotation[],
  o: {
    regionName: (id: string) => string;
    interactive: boolean;
    onPick: (a: EmbedAnnotation) => void;
  },
): { update: (date: string, region: string | null) => void } {
  const list = $('fe-annotations');
  if (!list || annotations.length === 0) return { update: () => {} };
  list.replaceChildren();
  const rows = annotations.map((a, i) => {
    const li = document.createElement('li');
    const pin = document.createElement('span');
    pin.className = 'fe-pin';
    pin.setAttribute('aria-hidden', 'true');
    pin.textContent = String(i + 1);
    const where = document.createElement('strong');
    where.textContent = `${annotationPlace(a, o.regionName)}: `;
    const words = document.createElement('span');
    words.dir = 'auto';
    words.textContent = a.text;
    if (o.interactive) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'fe-annotation-go';
      b.append(where, words);
      b.addEventListener('click', () => o.onPick(a));
      li.append(pin, b);
    } else li.append(pin, where, words);
    list.append(li);
    return li;
  });
  list.hidden = false;
  return {
    update(date, region) {
      annotations.forEach((a, i) => {
        const current = a.kind === 'date' ? a.at === date : a.at === region;
        rows[i]!.dataset.current = String(current);
      });
    },
  };
}
