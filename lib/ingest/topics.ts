import type { Conflict } from '../schema';

/**
 * Keyword rules per topic id: a statement gets a topic when its words or its sentence contain
 * one of the topic's cue words (whole words; a trailing `*` matches any ending). Simple on
 * purpose, so a reviewer can see why a topic was given. A conflict's topic missing here is
 * matched by the words of its own label.
 */
const CUES: Record<string, string[]> = {
  territory: [
    'territory',
    'territories',
    'control*',
    'occup*',
    'percent',
    'per cent',
    'square kilomet*',
    'front line',
    'frontline',
    'captur*',
    'recaptur*',
    'liberat*',
    'retook',
    'withdr*',
    'region*',
    'oblast*',
    'land',
    'border*',
  ],
  'peace-talks': [
    'talks',
    'negotiat*',
    'ceasefire',
    'cease-fire',
    'truce',
    'peace',
    'settlement',
    'dialogue',
    'compromise',
    'deal',
  ],
  annexation: ['annex*', 'referend*', 'accession', 'incorporat*', 'new regions'],
  recognition: ['recogni*', 'sovereign*', 'independence', 'illegitimate', 'legitimate', 'illegal'],
  military: [
    'troops',
    'forces',
    'army',
    'armies',
    'offensive',
    'counteroffensive',
    'counter-offensive',
    'attack*',
    'drone*',
    'missile*',
    'shell*',
    'artillery',
    'strike*',
    'soldier*',
    'weapons',
    'air defence*',
    'air defense*',
    'fighting',
    'fighters',
    'military',
    'enemy',
    'advance*',
    'equipment',
    'invasion',
    'positions',
  ],
  diplomacy: [
    'diplomat*',
    'embassy',
    'envoy*',
    'sanction*',
    'foreign minister',
    'summit',
    'allies',
    'alliance',
    'united nations',
    'nato',
    'talks',
    'negotiat*',
  ],
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function cueRegex(cue: string): RegExp {
  const stem = cue.endsWith('*') ? cue.slice(0, -1) : cue;
  const body = escape(stem).replace(/\s+/g, '\\s+');
  return new RegExp(
    `(?<![\\p{L}])${body}${cue.endsWith('*') ? '[\\p{L}-]*' : ''}(?![\\p{L}])`,
    'iu',
  );
}

/** A function assigning a conflict's topics to a text, each with the word that triggered it. */
export function topicRules(conflict: Conflict): (text: string) => { id: string; cue: string }[] {
  const rules = conflict.topics.map((t) => {
    const cues =
      CUES[t.id] ??
      t.label
        .toLowerCase()
        .split(/\s+/)
        .filter((w) => w.length > 3);
    return { id: t.id, res: cues.map(cueRegex) };
  });
  return (text) => {
    const out: { id: string; cue: string }[] = [];
    for (const r of rules) {
      for (const re of r.res) {
        const m = re.exec(text);
        if (m) {
          out.push({ id: r.id, cue: m[0] });
          break;
        }
      }
    }
    return out;
  };
}
