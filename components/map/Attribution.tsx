import type { Credits } from '@/lib/map/credits';

/** The boundary credit line the dataset's licence asks for (conflict.json `map.credits`). */
export default function Attribution({ credits }: { credits: Credits }) {
  if (!credits.length) return null;
  return (
    <p className="cm-attribution">
      {credits.map((c, i) =>
        c.href && c.href.startsWith('https://') ? (
          <a key={i} href={c.href}>
            {c.text}
          </a>
        ) : (
          <span key={i}>{c.text}</span>
        ),
      )}
    </p>
  );
}
