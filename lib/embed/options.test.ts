import { describe, expect, it } from 'vitest';
import {
  EMBED_DEFAULTS,
  embedCode,
  EMBED_START_HEIGHT,
  embedPath,
  embedHeightMessage,
  embedQuery,
  fullViewQuery,
  isEmbedHeightMessage,
  parseEmbedOptions,
  type EmbedContext,
} from './options';
import { EDITORIAL_DEFAULTS } from './editorial';

const ctx: EmbedContext = {
  regionIds: new Set(['UA-14', 'UA-43']),
  itemIds: new Set(['putin-2014-03-18']),
  bounds: ['2014-01-01', '2025-12-31'],
};

describe('parseEmbedOptions', () => {
  it('parseEmbedOptions("") has the expected defaults', () => {
    expect(parseEmbedOptions('')).toEqual({
      view: 'both',
      date: null,
      region: null,
      statement: null,
      theme: 'light',
      controls: true,
      version: null,
      ...EDITORIAL_DEFAULTS,
    });
  });
  it('parseEmbedOptions(search) reads every option', () => {
    expect(
      parseEmbedOptions(
        '?view=map&date=2022-03-01&region=UA-14&statement=putin-2014-03-18&theme=dark&controls=0&v=abc123',
        ctx,
      ),
    ).toEqual({
      view: 'map',
      date: '2022-03-01',
      region: 'UA-14',
      statement: 'putin-2014-03-18',
      theme: 'dark',
      controls: false,
      version: 'abc123',
      ...EDITORIAL_DEFAULTS,
    });
  });
  it('parseEmbedOptions(search) ignores garbage and unknown options', () => {
    const o = parseEmbedOptions(
      '?view=globe&date=2022-02-30&region=<script>&theme=neon&controls=maybe&v=../../etc&zoom=9&statement=',
      ctx,
    );
    expect(o).toEqual(EMBED_DEFAULTS);
  });
  it('parseEmbedOptions(search, ctx) drops ids the dataset does not know and out-of-range dates', () => {
    const o = parseEmbedOptions('?region=UA-99&statement=nobody&date=2030-01-01', ctx);
    expect([o.region, o.statement, o.date]).toEqual([null, null, null]);
  });
  it('parseEmbedOptions(search) accepts item= as a synonym of statement=', () => {
    expect(parseEmbedOptions('?item=putin-2014-03-18', ctx).statement).toBe('putin-2014-03-18');
  });
});

describe('embedQuery', () => {
  it('embedQuery(options) leaves defaults out and round-trips through parseEmbedOptions', () => {
    expect(embedQuery({})).toBe('');
    const o = {
      ...EMBED_DEFAULTS,
      view: 'timeline' as const,
      date: '2022-03-01',
      theme: 'dark' as const,
      controls: false,
      version: 'v1',
    };
    const q = embedQuery(o);
    expect(q).toBe('?view=timeline&date=2022-03-01&theme=dark&controls=0&v=v1');
    expect(parseEmbedOptions(q)).toEqual(o);
  });
});

describe('fullViewQuery', () => {
  it('fullViewQuery(options, default) speaks the explorer URL keys and omits the default date', () => {
    const o = { ...EMBED_DEFAULTS, date: '2022-03-01', statement: 'x', region: 'UA-14' };
    expect(fullViewQuery(o, '2022-03-01')).toBe('?item=x&region=UA-14');
    expect(fullViewQuery(o, '2025-01-21')).toBe('?date=2022-03-01&item=x&region=UA-14');
  });
});

describe('height messages', () => {
  it('embedHeightMessage(height, src) rounds up and is recognised', () => {
    const m = embedHeightMessage(412.2, 'https://x/embed?view=map');
    expect(m).toEqual({
      type: 'faultline:embed-height',
      height: 413,
      src: 'https://x/embed?view=map',
    });
    expect(isEmbedHeightMessage(m)).toBe(true);
  });
  it('isEmbedHeightMessage(data) refuses other messages', () => {
    for (const bad of [
      null,
      'x',
      { type: 'other', height: 3, src: '' },
      { type: 'faultline:embed-height', height: -1, src: '' },
      { type: 'faultline:embed-height', height: Infinity, src: '' },
      { type: 'faultline:embed-height', height: 5 },
    ]) {
      expect(isEmbedHeightMessage(bad)).toBe(false);
    }
  });
});

describe('embedCode', () => {
  it('embedCode(responsive) is an iframe plus the resize script', () => {
    const code = embedCode({
      origin: 'https://f.example',
      options: { view: 'map', version: 'abc' },
      size: { kind: 'responsive' },
      title: 'A "map"',
    });
    expect(code).toContain('src="https://f.example/embed?view=map&amp;v=abc"');
    expect(code).toContain('title="A &quot;map&quot;"');
    expect(code).toContain('data-faultline-embed');
    expect(code).toContain('<script async src="https://f.example/embed/resize.js"></script>');
  });
  it("each conflict's embed has its own address; the default keeps /embed", () => {
    expect(embedPath('ukraine', 'ukraine')).toBe('/embed');
    expect(embedPath('sudan', 'ukraine')).toBe('/sudan/embed');
    const code = embedCode({
      origin: 'https://f.example',
      options: { view: 'map' },
      size: { kind: 'responsive' },
      title: 'Sudan',
      path: '/sudan/embed',
    });
    expect(code).toContain('src="https://f.example/sudan/embed?view=map"');
  });
  it('a responsive embed starts at the height measured for it, else at the view estimate', () => {
    const base = { origin: 'https://f.example', size: { kind: 'responsive' } as const, title: 't' };
    expect(embedCode({ ...base, options: { view: 'map' }, startHeight: 927.4 })).toContain(
      'height:927px',
    );
    expect(embedCode({ ...base, options: { view: 'timeline' } })).toContain(
      `height:${EMBED_START_HEIGHT.timeline}px`,
    );
    expect(embedCode({ ...base, options: { view: 'map' }, startHeight: Number.NaN })).toContain(
      `height:${EMBED_START_HEIGHT.map}px`,
    );
  });
  it('the fallback is a linked picture that hides its own iframe when scripts are off', () => {
    const code = embedCode({
      origin: 'https://f.example',
      options: { view: 'map', date: '2022-03-01' },
      size: { kind: 'responsive' },
      title: 't',
      fallback: {
        href: 'https://f.example/?date=2022-03-01',
        image: '/ukraine/og/2022-02-24.png',
        alt: 'Map "as of" <1 March>',
      },
    });
    const id = /<iframe id="(faultline-[a-z0-9]+)"/.exec(code)?.[1];
    expect(id).toBeTruthy();
    expect(code).toContain(`<noscript><style>#${id}{display:none}</style>`);
    expect(code).toContain('<a href="https://f.example/?date=2022-03-01">');
    expect(code).toContain('src="https://f.example/ukraine/og/2022-02-24.png"');
    expect(code).toContain('alt="Map &quot;as of&quot; &lt;1 March&gt;"');
    // Another embed on the same page has another id, so one's fallback never hides the other.
    const other = embedCode({
      origin: 'https://f.example',
      options: { view: 'timeline' },
      size: { kind: 'responsive' },
      title: 't',
      fallback: { href: 'https://f.example/', image: null, alt: 'Timeline on Faultline' },
    });
    expect(other).not.toContain(`id="${id}"`);
    expect(other).toContain('<a href="https://f.example/">Timeline on Faultline</a>');
  });
  it('the fallback carries the journalist’s words as an escaped caption', () => {
    const code = embedCode({
      origin: 'https://f.example',
      options: { view: 'map' },
      size: { kind: 'responsive' },
      title: 't',
      fallback: {
        href: 'https://f.example/',
        image: '/ukraine/og/2022-02-24.png',
        alt: 'Map',
        caption: [
          'Who held <b>Kherson</b>',
          '  ',
          '1. Kherson Oblast: falls on 2 March',
          'Chart: J & D',
        ],
      },
    });
    expect(code).toContain(
      '<figcaption>Who held &lt;b&gt;Kherson&lt;/b&gt;<br>1. Kherson Oblast: falls on 2 March<br>Chart: J &amp; D</figcaption>',
    );
    expect(code).not.toContain('<b>');
    // No words, no caption: the linked picture alone.
    const bare = embedCode({
      origin: 'https://f.example',
      options: { view: 'map' },
      size: { kind: 'responsive' },
      title: 't',
      fallback: { href: 'https://f.example/', image: null, alt: 'Map', caption: [' '] },
    });
    expect(bare).not.toContain('<figure');
  });
  it('embedCode(fixed) sets the size and has no script', () => {
    const code = embedCode({
      origin: 'https://f.example',
      options: {},
      size: { kind: 'fixed', width: 600, height: 450 },
      title: 't',
    });
    expect(code).toContain('width="600" height="450"');
    expect(code).not.toContain('<script');
  });
});
