import type { Metadata } from 'next';
import Link from 'next/link';
import CoverageTable from '@/components/panels/CoverageTable';
import SourceList from '@/components/panels/SourceList';
import { coverage } from '@/lib/dataset/coverage';
import { sourceKindCounts } from '@/lib/dataset/source-kinds';
import { datasetIds, getDataset } from '@/lib/dataset/server';
import { formatFuzzyDate } from '@/lib/dates/fuzzy-date';
import { creditsOf } from '@/lib/map/credits';
import { factCountsBySource, groupSources } from '@/lib/export/sources';
import styles from './about.module.css';

export const metadata: Metadata = {
  title: 'About',
  description:
    'What Faultline is, how facts are read from articles and how their uncertainty is kept, the sources, and the licences.',
};

const MEASURE_ROWS: [string, string][] = [
  ['“80 percent”', '80%'],
  ['“approximately 80 percent”', 'about 80% (≈80%)'],
  ['“more than 70 percent”', 'more than 70% (>70%), never “70%”'],
  ['“less than 10 percent”', 'less than 10% (<10%)'],
  ['“between 15 and 17 percent”', '15–17%'],
  ['“all of”, “fully”', 'all'],
  ['“most of”', 'most, with no invented number'],
  ['“smaller parts of”, “slivers”', 'partly, with no invented number'],
  ['“withdrew from”', 'none'],
];

export default function AboutPage() {
  const dataset = getDataset();
  const others = datasetIds()
    .filter((id) => id !== dataset.id)
    .map((id) => getDataset(id));
  const { conflict } = dataset;
  const groups = groupSources(dataset.sources);
  const counts = factCountsBySource(dataset);
  const seedFile = dataset.sources.find((s) => s.body !== undefined)?.file;
  const seedNotes = seedFile ? (dataset.notes[seedFile] ?? []) : [];
  const group = conflict.regionGroups.find((g) => g.id === 'donbas') ?? conflict.regionGroups[0];
  const regionName = (id: string) => dataset.regions.find((r) => r.id === id)?.nameEn ?? id;
  const mapParty =
    conflict.parties.find((p) => p.id === conflict.mapParty)?.name ?? conflict.mapParty;

  return (
    <div className={styles.page}>
      <h1>About Faultline</h1>
      <p className="lede">
        Faultline shows what was said and who holds what in a conflict: a dated timeline of
        statements and events linked to a map that shades each region by the share a party holds
        (for the {conflict.title}, {mapParty}) and marks each place by who holds it, as of a date.
        Every figure and quote leads back to the sentence or the citation it came from. It ships{' '}
        {others.length + 1} conflicts:{' '}
        {[dataset, ...others].map((d, i, all) => (
          <span key={d.id}>
            <Link href={`/${d.id}`}>{d.conflict.title}</Link> ({d.statements.length} statements,{' '}
            {d.events.length} events, {d.control.length} control figures, {d.sources.length}{' '}
            sources; every fact on its <Link href={`/${d.id}/data`}>data page</Link>)
            {i < all.length - 1 ? '; ' : '.'}
          </span>
        ))}{' '}
        The method below is the same for each; the sources and boundary notes further down are the{' '}
        {conflict.title}&apos;s.
      </p>

      <nav aria-labelledby="about-toc" className={styles.toc}>
        <h2 id="about-toc">On this page</h2>
        <ul>
          <li>
            <a href="#method">Method</a>
          </li>
          <li>
            <a href="#uncertainty">How uncertainty is kept</a>
          </li>
          <li>
            <a href="#coverage">Coverage</a>
          </li>
          <li>
            <a href="#sources">Sources</a>
          </li>
          <li>
            <a href="#licences">Licences and attributions</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="method">
        <h2 id="method">Method: how facts are read from articles</h2>
        <p>
          Each source is a news article or report. A person reads it and records, in the dataset’s
          fact files, each thing it states: <strong>statements</strong> (who said what, when, and
          whether the words are a direct quote, indirect speech or a third party’s report),{' '}
          <strong>events</strong>, <strong>control figures</strong> (how much of a region, a group
          of regions or the whole country a party holds, as of a date) and{' '}
          <strong>territorial claims</strong>. Nothing is filled in from memory.
        </p>
        <p>
          Every fact carries its <strong>evidence</strong>. Where the article’s text ships with
          Faultline, that is the exact sentence the fact was read from, and validation checks that
          the sentence occurs in the text word for word. Where the text does not ship (it is someone
          else’s copyrighted work), the fact carries the source’s citation (publisher, title, date,
          link) instead, with at most a short verbatim quote and a note in our own words.
        </p>
        <p>
          Where reading a source needs a judgement, the judgement is written down beside the fact.
          For the article the dataset started from, these were:
        </p>
        <ul className={styles.notes}>
          {seedNotes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="uncertainty">
        <h2 id="uncertainty">How uncertainty is kept</h2>
        <h3>Dates are as precise as the source</h3>
        <p>
          A date can be a day (“20 Jan 2025”), a month (“January 2025”) or a year (“2014”), or a
          span. A year is drawn across the whole year, never as 1 January. Each date also records
          how it was obtained: stated in the source, worked out from a relative date (“on Monday” in
          an article of Tuesday 21 January 2025 is 20 January), the date of publication, inferred
          from context, or not stated at all (then only “before publication” is known).
        </p>
        <h3>Figures keep the source’s own precision</h3>
        <div
          className={styles.tableScroll}
          role="region"
          aria-labelledby="measure-caption"
          tabIndex={0}
        >
          <table className={styles.table}>
            <caption id="measure-caption">How a source’s words become a figure</caption>
            <thead>
              <tr>
                <th scope="col">The source says</th>
                <th scope="col">Faultline shows</th>
              </tr>
            </thead>
            <tbody>
              {MEASURE_ROWS.map(([says, shows]) => (
                <tr key={says}>
                  <th scope="row">{says}</th>
                  <td>{shows}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>
          No number is shown that the source did not state, and nothing is averaged: where sources
          disagree, each figure is kept with its own citation. A figure stated as the other side’s
          share (“Ukraine holds about 30%”) is kept as stated and shown in those words; only the
          map’s shading converts it (to about 70% held by {mapParty}). Figures in km² stay areas,
          and become a share only where the region’s area is known, marked as computed.
        </p>
        <h3>Group figures stay group figures</h3>
        {group ? (
          <p>
            A figure for a group of regions, such as {group.name} (
            {group.members.map(regionName).join(' and ')}), is one figure for the group: “about 80%
            of the Donbas” does not mean 80% of each oblast. The map labels it once, on the group,
            and a member shaded from it is labelled “part of {group.name}”, never with the group’s
            number. A member keeps its own figure when that is as recent as the group’s, or more
            precise and still recent. “{conflict.regionGroups.map((g) => g.name).join('” and “')}”
            are the groups this dataset uses.
          </p>
        ) : null}
        <h3>Claimed and assessed</h3>
        <p>
          A figure asserted by a party to the war or one of its officials is stored as{' '}
          <strong>claimed</strong>, with the claimant named. Figures from independent analysts or
          reporting are <strong>assessed</strong>. Territorial claims (a party declaring a region
          its own) are kept apart from control altogether. Claimed figures never fill the map as
          control: they are drawn as a dashed outline in the claimant’s colour and named in the
          tooltip. The legend’s “Include claims” lets a reader see them filled, labelled “claimed”.
        </p>
        <h3>Control as of a date</h3>
        <p>
          For a region and a date, the latest assessed figure on or before that date applies; on the
          same day the finer date wins, then a region’s own figure over its group’s, then the more
          precise measure, then the later-published source, and the others are listed as other
          sources. No figure means <em>no data</em>, which is drawn differently from 0%.
          {conflict.baseline ? (
            <>
              {' '}
              The dataset’s baseline, “{conflict.baseline.label}” (
              {formatFuzzyDate(conflict.baseline.asOf)}), counts as the earliest figure of every
              region and is always labelled as the baseline. It ages like any figure: once it is
              older than the staleness window, or once any statement, event or claim about the
              region follows it, the region reads “no recent figure” in a grey swatch of its own,
              never 0%.
            </>
          ) : null}{' '}
          The age of the figure is shown, and a figure older than {conflict.staleAfterDays} days
          keeps its colour and is marked old by lines across it and “old” on its label, so age never
          reads as a smaller share. Figures in words (“partly”, “most”, “almost all”, “contested”)
          have swatches of their own, never a numeric colour step. Values are not interpolated
          between dates.
        </p>
      </section>

      <section aria-labelledby="coverage">
        <h2 id="coverage">Coverage: what the {conflict.title} dataset tells, year by year</h2>
        <p>
          A dataset is only as good as the sources found for it. This table counts its facts per
          year, so a reader can see where it is thick and where it is thin; each conflict’s{' '}
          <Link href={`/${dataset.id}/data#coverage`}>data page</Link> has the same table.
        </p>
        <CoverageTable coverage={coverage(dataset)} id="about-coverage" />
      </section>

      <section aria-labelledby="sources">
        <h2 id="sources">Sources</h2>
        <p>
          {dataset.sources.length} sources, each with the number of facts read from it and the kind
          of publisher it is:{' '}
          {sourceKindCounts(dataset.sources)
            .map((k) => `${k.count} ${k.label}`)
            .join(', ')}
          . Wire services, outlets with their own reporting, official statements and analysts are
          preferred; a party’s state media are named as such, and an aggregator or an encyclopedia
          mirror is used only where no better copy was found. The{' '}
          <Link href={`/${dataset.id}/data`}>data page</Link> shows every fact beside its source and
          can be narrowed to some kinds.
        </p>
        {groups.map((g) => (
          <section key={g.id} aria-labelledby={g.id}>
            <h3 id={g.id}>
              {g.label} <span className="muted">({g.sources.length})</span>
            </h3>
            <SourceList sources={g.sources} factCounts={counts} />
          </section>
        ))}
      </section>

      <section aria-labelledby="licences">
        <h2 id="licences">Licences and attributions</h2>
        <h3>Map data</h3>
        <p>
          Each conflict’s map shows the credit line its boundaries’ licence asks for; its folder’s{' '}
          <code>licences/GEO-SOURCE.md</code> gives the source, licence and processing in full.
        </p>
        <ul className={styles.credits} data-testid="map-credits">
          {[dataset, ...others].map((d) => (
            <li key={d.id}>
              <strong>{d.conflict.title}:</strong>
              <p className={styles.attribution}>
                {creditsOf(d).map((c, i) =>
                  c.href ? (
                    <a key={i} href={c.href} rel="noopener noreferrer external">
                      {c.text}
                    </a>
                  ) : (
                    <span key={i}>{c.text}</span>
                  ),
                )}
              </p>
              {d.conflict.map?.about ? (
                <p className={styles.mapAbout}>{d.conflict.map.about}</p>
              ) : null}
            </li>
          ))}
        </ul>
        <p>
          Cite geoBoundaries as: Runfola, D. et al. (2020){' '}
          <cite>geoBoundaries: A global database of political administrative boundaries</cite>. PLoS
          ONE 15(4): e0231866,{' '}
          <a href="https://doi.org/10.1371/journal.pone.0231866" rel="noopener noreferrer external">
            doi:10.1371/journal.pone.0231866
          </a>
          .
        </p>
        <h3>Facts and quotations</h3>
        <p>
          The fact files (our readings, notes and summaries) are published with the code under the
          MIT licence. Quotations and the shipped article text remain the work of their speakers and
          publishers; quotes are kept short and shown with their source for citation.
        </p>
        <h3>Code</h3>
        <p>
          Faultline’s code is released under the MIT licence (the <code>LICENSE</code> file, ©
          Faultline contributors). It is built with Next.js and React (MIT), d3 (ISC), MapLibre GL
          JS (BSD-3-Clause), zustand and zod (MIT). The typeface is Inter (SIL Open Font License
          1.1), served with the site; no fonts, map tiles or scripts are loaded from third parties.
        </p>
      </section>
    </div>
  );
}
