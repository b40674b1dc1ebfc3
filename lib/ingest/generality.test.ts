/**
 * Rules added so the extractor reads news English beyond its first fixtures: each case is a
 * sentence shape met in the held-out articles (lib/ingest/fixtures/heldout*), written here in
 * its own words so the rule is pinned independently of those files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFile } from '../schema';
import { ingestText } from './draft';
import { scoreDraft, sumScores } from './eval';
import { readDateline, readMetadata } from './metadata';
import { findDates } from './dates';
import { quoteSpans } from './statements';
import { splitParagraphs } from './text';
import { ukraineConflict } from './test-helpers';
import { validateDraft } from './validate-draft';

const conflict = ukraineConflict();
const regionIds = (
  JSON.parse(readFileSync(path.join(__dirname, '../../data/ukraine/regions.geojson'), 'utf8')) as {
    features: { id: string }[];
  }
).features.map((f) => String(f.id));
const header = 'Test Article Title For Generality\n\nBy Jane Roe\nJanuary 21, 2025\n\n';
const run = (body: string) => ingestText(header + body, { conflict });
const said = (body: string) =>
  run(body).draft.statements.map((s) => [s.speaker, s.kind, s.text, s.date.value ?? null]);
const figures = (body: string) =>
  run(body).draft.control.map((c) => [
    c.target,
    c.controller,
    c.measure.kind,
    'value' in c.measure ? c.measure.value : null,
    c.asOf.value ?? null,
  ]);

describe('readMetadata(paragraphs) and readDateline(paragraph)', () => {
  it('reads a wire dateline with a year as the publication date', () => {
    const m = readMetadata(
      splitParagraphs(
        'Rebels open new front\n\nDONETSK, Ukraine, Aug. 28, 2014 (Test Press) — Rebels opened a new front on Thursday.',
      ),
    );
    expect(m).toMatchObject({
      title: 'Rebels open new front',
      published: '2014-08-28',
      dateline: 'DONETSK, Ukraine, Aug. 28, 2014 (Test Press) —',
    });
  });
  it('keeps a dateline without a year as words only, never guessing the year', () => {
    expect(readDateline('KYIV, March 3 (Meridian) – Ukraine said on Sunday …')).toEqual({
      text: 'KYIV, March 3 (Meridian) –',
      day: null,
    });
    expect(readDateline('Nato allies met in Brussels.')).toBeNull();
  });
  it('skips an editor’s label line before the title', () => {
    const m = readMetadata(
      splitParagraphs(
        "EDITOR'S NOTE: This story contains graphic details.\n\nThe Title Of The Story\n\nPublished: 5 June 2023\n\nBody sentence here.",
      ),
    );
    expect(m).toMatchObject({ title: 'The Title Of The Story', published: '2023-06-05' });
  });
});

describe('findDates(text, published): durations are not dates', () => {
  it.each([
    'crossed the border in the past two days',
    'fighting over the last week',
    'held for three months',
  ])('finds no date in “%s”', (t) => {
    expect(findDates(t, '2014-08-28')).toEqual([]);
  });
  it('still reads "two days ago" as a day', () => {
    expect(findDates('he spoke two days ago', '2014-08-28')[0]?.date.value).toBe('2014-08-26');
  });
});

describe('quoteSpans(sentence): single quotes', () => {
  it('reads British single quotes but not apostrophes', () => {
    expect(
      quoteSpans("'People deserve to see the real line,' he said.").map((q) => q.inner),
    ).toEqual(['People deserve to see the real line,']);
    expect(quoteSpans("the Donetsk People's Republic and nobody's figures")).toEqual([]);
  });
});

describe('extractStatements: speakers and clauses met in held-out articles', () => {
  it('drops titles and ranks from a new person’s name: "Dr.", "Colonel", "Lt Col"', () => {
    expect(
      said('“Nothing changes in winter,” said Dr. Lena Ostrova, a fellow at an institute.').map(
        (s) => s[0],
      ),
    ).toEqual(['lena-ostrova']);
    expect(
      said(
        '"We will hold the line," Colonel Taras Hnatyuk, a spokesman for the command, told reporters.',
      ).map((s) => s[0]),
    ).toEqual(['taras-hnatyuk']);
    expect(
      said('"We will hold the line," said Lt Col Oksana Pavlenko, who commands a unit.').map(
        (s) => s[0],
      ),
    ).toEqual(['oksana-pavlenko']);
  });
  it('keeps name particles and double-barrelled surnames in the id', () => {
    expect(
      said(
        'NATO commander Willem de Groot said last week the alliance had seen troops near the border.',
      ),
    ).toEqual([
      [
        'willem-de-groot',
        'paraphrase',
        'the alliance had seen troops near the border',
        '2025-01-13',
      ],
    ]);
    expect(
      said('"It went in order," spokesman Vladyslav Seleznyov-Kravets told a news conference.').map(
        (s) => s[0],
      ),
    ).toEqual(['vladyslav-seleznyov-kravets']);
  });
  it('reads "X said <clause>" when the clause opens with a lower-case noun', () => {
    expect(
      said(
        "Kyiv's military governor, Roman Dovzhenko, said air defences had shot down eleven drones.",
      ),
    ).toEqual([
      ['roman-dovzhenko', 'paraphrase', 'air defences had shot down eleven drones', '2025-01-21'],
    ]);
  });
  it('does not push "in the past two days" before publication', () => {
    expect(
      said(
        '"This is a direct invasion," said Andriy Lysak, a spokesman.\n\nAccording to Lysak, soldiers crossed the border in the past two days.',
      )[1]?.slice(1),
    ).toEqual(['paraphrase', 'soldiers crossed the border in the past two days', '2025-01-21']);
  });
  it('reads the answers of a Q&A interview as the interviewee’s words, dated by the introduction', () => {
    const st = said(
      'Yuri Bondar, a volunteer mapper, spoke to us on Monday.\n\nQ: How much does Russia hold?\n\nA: About a fifth, by our count. It changes weekly.\n\nQ: And next year?\n\nA: Nobody knows.',
    );
    expect(st).toEqual([
      ['yuri-bondar', 'quote', 'About a fifth, by our count. It changes weekly', '2025-01-20'],
      ['yuri-bondar', 'quote', 'Nobody knows', '2025-01-20'],
    ]);
  });
  it('gives topics by keyword and explains the confidence', () => {
    const s = run('Olena Marchuk said the troops had pushed back near the front line.').draft
      .statements[0];
    expect(s?.topics).toEqual(['territory', 'military']);
    expect(s?.note).toMatch(/confidence 0\.\d+ \(indirect speech, speaker named in the sentence/);
  });
});

describe('extractControl: figures in other orders and voices', () => {
  it('reads a recap line: place, colon, figure', () => {
    expect(
      figures(
        'Luhansk: almost entirely under Russian control.\n\nDonetsk: Russian forces hold about 60%.\n\nZaporizhzhia: roughly 70% occupied by Russia.',
      ),
    ).toEqual([
      ['UA-09', 'russia', 'almost-all', null, '2025-01-21'],
      ['UA-14', 'russia', 'approximately', 60, '2025-01-21'],
      ['UA-23', 'russia', 'approximately', 70, '2025-01-21'],
    ]);
  });
  it('reads a figure after the place: "control of X, comprising …, stands at …", "puts … control of X at …"', () => {
    expect(
      figures(
        "Russia's control of the Donbas, comprising Donetsk and Luhansk, stands at roughly 80 percent, analysts say.",
      ),
    ).toEqual([['donbas', 'russia', 'approximately', 80, '2025-01-21']]);
    expect(
      figures(
        "The group's map puts Russian control of the Zaporizhzhia region at about 73 percent.",
      ),
    ).toEqual([['UA-23', 'russia', 'approximately', 73, '2025-01-21']]);
  });
  it('reads a fronted place and a passive holding ("occupied" alone names the map party)', () => {
    expect(figures('In Donetsk, Russia holds a bit more than half.')).toEqual([
      ['UA-14', 'russia', 'more-than', 50, '2025-01-21'],
    ]);
    expect(figures('Luhansk is almost entirely occupied.')).toEqual([
      ['UA-09', 'russia', 'almost-all', null, '2025-01-21'],
    ]);
    expect(figures('The Kherson region is partly occupied.')).toEqual([]);
  });
  it('reads "…, or roughly 109,000 square kilometres" as a second measure of the same holding', () => {
    expect(
      figures('Russia controls about 18% of Ukraine, or roughly 109,000 square kilometres.'),
    ).toEqual([
      ['UA', 'russia', 'approximately', 18, '2025-01-21'],
      ['UA', 'russia', 'approximately', 109000, '2025-01-21'],
    ]);
  });
  it('reads "down from about half in July" as an earlier figure for the same places', () => {
    expect(
      figures(
        'Russian-backed separatists now control roughly a third of the Donetsk and Lugansk regions, down from about half in July.',
      ),
    ).toEqual([
      ['UA-14', 'russia', 'approximately', 33.3, '2025-01-21'],
      ['UA-09', 'russia', 'approximately', 33.3, '2025-01-21'],
      ['UA-14', 'russia', 'approximately', 50, '2024-07'],
      ['UA-09', 'russia', 'approximately', 50, '2024-07'],
    ]);
  });
  it('does not read "Ukraine, including Crimea" as a composite, and dates "which Moscow annexed in 2014"', () => {
    const r = run(
      'Russian forces hold about a fifth of Ukraine, including Crimea, which Moscow annexed in 2014, according to Western estimates.',
    );
    expect(r.draft.control.map((c) => [c.target, c.measure.kind, c.asOf.value])).toEqual([
      ['UA', 'approximately', '2025-01-21'],
      ['crimean-peninsula', 'all', '2014'],
    ]);
    expect(r.draft.notes.join(' ')).not.toMatch(/composite/);
  });
  it('continues the previous holder through "That includes …", without dating it by the relative clause', () => {
    expect(
      figures(
        'Russia controls about 18% of Ukraine.\n\nThat includes Crimea, which Russia annexed in March 2014, and nearly all of the Luhansk region.',
      ).slice(1),
    ).toEqual(
      expect.arrayContaining([
        ['crimean-peninsula', 'russia', 'all', null, '2014-03'],
        ['UA-09', 'russia', 'almost-all', null, '2025-01-21'],
      ]),
    );
    expect(
      figures(
        'Russia controls about 18% of Ukraine.\n\nThat includes Crimea, which Russia annexed in March 2014, and nearly all of the Luhansk region.',
      ),
    ).toHaveLength(3);
  });
  it('does not read a party that starts the next clause as a place ("…, and Ukraine recaptured …")', () => {
    expect(
      figures(
        'Russian forces withdrew from the Kyiv region in April 2022, and Ukraine recaptured most of the Kharkiv region that September.',
      ),
    ).toEqual([['UA-32', 'russia', 'none', null, '2022-04']]);
  });
  it('reads the occupying side’s "have liberated 60 percent of" as a holding, and "taken … since" as a gain, not a holding', () => {
    expect(
      figures(
        'Russian forces and their allies have liberated more than 60 percent of the Donetsk region.',
      ),
    ).toEqual([['UA-14', 'russia', 'more-than', 60, '2025-01-21']]);
    expect(
      figures(
        'Russian forces have taken about 100 square kilometres of the Kharkiv region since launching an offensive on January 10.',
      ),
    ).toEqual([]);
  });
  it('dates "has occupied Crimea since 2014" to 2014, and "Ukrainian territory" is the country', () => {
    expect(figures('Russia has occupied Crimea since 2014.')).toEqual([
      ['crimean-peninsula', 'russia', 'all', null, '2014'],
    ]);
    expect(
      figures(
        'As of 1 June 2024, Russian forces occupied approximately 17.9 percent of Ukrainian territory.',
      ),
    ).toEqual([['UA', 'russia', 'approximately', 17.9, '2024-06-01']]);
  });
  it('reads phrasings from the curators’ notes: gerunds, "under occupation", "of each of", a restating figure', () => {
    expect(figures('A map showed Russia controlling 16.55% of Ukraine.')).toEqual([
      ['UA', 'russia', 'exact', 16.55, '2025-01-21'],
    ]);
    expect(figures('The governor said 95% of Luhansk region was under occupation.')).toEqual([
      ['UA-09', 'russia', 'exact', 95, '2025-01-21'],
    ]);
    expect(
      figures(
        'Russians occupy more than 70% of each of the Kherson and Zaporizhzhia provinces.',
      ).map((f) => f[0]),
    ).toEqual(['UA-65', 'UA-23']);
    expect(figures('Russia occupies almost the whole of Luhansk oblast, 99%.')).toEqual([
      ['UA-09', 'russia', 'almost-all', null, '2025-01-21'],
      ['UA-09', 'russia', 'exact', 99, '2025-01-21'],
    ]);
    expect(figures('The summary gives Russian control of Donetsk oblast as 66%.')).toEqual([
      ['UA-14', 'russia', 'exact', 66, '2025-01-21'],
    ]);
  });
  it('records no "all" for "all of X except …", no figure for a place that is not the whole subject, and the country for "Ukraine, Crimea and …"', () => {
    expect(figures('Moscow holds all of Donetsk region except about a quarter.')).toEqual([]);
    expect(
      figures('About 25 settlements in the north of Kharkiv region were still occupied.'),
    ).toEqual([]);
    expect(
      figures('Russia controls 19.2% of Ukraine, Crimea and the separatist areas included.'),
    ).toEqual([['UA', 'russia', 'exact', 19.2, '2025-01-21']]);
  });
  it('marks a figure from one side’s officials as claimed by them', () => {
    const c = run('Ukrainian officials say Russia occupies roughly 65% of Donetsk.').draft
      .control[0];
    expect([c?.status, c?.claimant]).toEqual(['claimed', 'Ukrainian officials']);
    const a = run('Russia occupies roughly 65% of Donetsk, analysts say.').draft.control[0];
    expect(a?.status).toBe('assessed');
  });
});

describe('extractDatedEvents: events beyond changes of control', () => {
  it('drafts a dated withdrawal from a town as an event titled by its clause', () => {
    const ev = run(
      'Ukrainian forces withdrew from the railway town of Debaltseve on Monday after days of fighting.',
    ).draft.events;
    expect(ev.map((e) => [e.title, e.date.value])).toEqual([
      [
        'Ukrainian forces withdrew from the railway town of Debaltseve on Monday after days of fighting',
        '2025-01-20',
      ],
    ]);
  });
  it('drafts nothing from a demand or an undated sentence', () => {
    expect(run('Russia must withdraw from the Kherson region.').draft.events).toEqual([]);
    expect(run('Russian forces attacked the town.').draft.events).toEqual([]);
  });
});

describe('the held-out articles (written before the rules were generalised; the second set after, scored once before any fix)', () => {
  for (const dir of ['heldout', 'heldout-2']) {
    it(`${dir}: every draft validates; statements and control figures at precision ≥ 0.9 and recall ≥ 0.9`, () => {
      const folder = path.join(__dirname, 'fixtures', dir);
      const rows = readdirSync(folder)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => {
          const expected = sourceFile.parse(
            JSON.parse(
              readFileSync(path.join(folder, f.replace(/\.txt$/, '.expected.json')), 'utf8'),
            ),
          );
          const text = readFileSync(path.join(folder, f), 'utf8');
          const r = ingestText(text, {
            conflict,
            published: expected.sources[0]?.published ?? null,
          });
          // Every draft passes the checks `npm run validate` will apply once it is added.
          expect(validateDraft(r.draft, conflict, regionIds, r.text, r.newPeople, r)).toEqual([]);
          return scoreDraft(expected, r.draft);
        });
      expect(rows.length).toBeGreaterThanOrEqual(4);
      for (const k of ['statements', 'control'] as const) {
        const t = sumScores(rows.map((r) => r[k]));
        expect(t.precision).toBeGreaterThanOrEqual(0.9);
        expect(t.recall).toBeGreaterThanOrEqual(0.9);
      }
    });
  }
});
