import type { Metadata } from 'next';
import Link from 'next/link';
import CoverageTable from '@/components/panels/CoverageTable';
import DataTables from '@/components/panels/DataTables';
import { coverage } from '@/lib/dataset/coverage';
import { sourceKindCounts } from '@/lib/dataset/source-kinds';
import { downloadBody, downloadsFor } from '@/lib/export/downloads';
import { factTables, forDisplay } from '@/lib/export/fact-tables';
import { sortRecords } from '@/lib/export/sort';
import { datasetOf, type ConflictPageProps } from '../params';
import styles from './data.module.css';

export const metadata: Metadata = {
  title: 'Data',
  description: 'Every statement, event, control figure and territorial claim in Faultline, with its source and evidence; CSV and JSON downloads.',
};

const kilobytes = (text: string) => `${Math.max(1, Math.round(new TextEncoder().encode(text).length / 1024))} KB`;

export default async function DataPage(props: ConflictPageProps) {
  const dataset = await datasetOf(props);
  // Every table starts in date order (the server sorts it; the header says so).
  const tables = factTables(dataset).map((t) => forDisplay({ ...t, records: sortRecords(t.records, 'date_sort', 'ascending') }));
  const downloads = downloadsFor(dataset).map((d) => ({ ...d, size: kilobytes(downloadBody(dataset, d.name)?.text ?? '') }));
  const total = tables.reduce((n, t) => n + t.records.length, 0);

  return (
    <div className={styles.page}>
      <h1>Data: {dataset.conflict.title}</h1>
      <p className="lede">
        All {total} facts of the dataset, from {dataset.sources.length} sources. Each row gives the date as precisely as its
        source did (and how it was read), who or where it is about, the source, and the evidence: the sentence the fact was
        read from, or, where the article text does not ship with Faultline, the citation with a short verbatim quote. Each
        source says what kind of publisher it is (news agency, outlet, official, analysts, state media, aggregator,
        encyclopedia), and the tables can be narrowed to some kinds. Figures keep the source’s own precision. <Link href="/about#method">How the facts were read</Link>.
      </p>

      <nav aria-labelledby="toc-heading" className={styles.toc}>
        <h2 id="toc-heading">On this page</h2>
        <ul>
          <li>
            <a href="#downloads">Downloads</a>
          </li>
          <li>
            <a href="#coverage">Coverage</a>
          </li>
          {tables.map((t) => (
            <li key={t.id}>
              <a href={`#${t.id}`}>{t.title}</a> <span className="muted">({t.records.length})</span>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="downloads">
        <h2 id="downloads">Downloads</h2>
        <p>
          Files for spreadsheets and code, made from the same facts as the tables below (dataset version{' '}
          <code>{dataset.version.slice(0, 12)}</code>). CSV files are UTF-8 with a header row, one row per fact, and hold
          dates both in words and as ISO values.
        </p>
        <ul className={styles.downloads}>
          {downloads.map((d) => (
            <li key={d.name}>
              <a href={`/${dataset.id}/data/${d.name}`} download={d.name}>
                {d.label}
              </a>{' '}
              <span className="muted">
                — {d.description}; {d.size}
              </span>
            </li>
          ))}
        </ul>
        <p>
          Feeds of every fact, newest source first, with its source and a link into the explorer:{' '}
          <a href={`/${dataset.id}/feed.xml`}>Atom</a> and <a href={`/${dataset.id}/feed.json`}>JSON Feed</a>; for
          one region or speaker, <code>/{dataset.id}/feeds/region/&lt;id&gt;.xml</code> and{' '}
          <code>/{dataset.id}/feeds/speaker/&lt;id&gt;.xml</code> (or <code>.json</code>).
        </p>
      </section>

      <section aria-labelledby="coverage">
        <h2 id="coverage">Coverage</h2>
        <CoverageTable coverage={coverage(dataset)} id="coverage-years" />
      </section>

      <DataTables
        tables={tables}
        kinds={sourceKindCounts(dataset.sources).map((k) => ({
          kind: k.kind === 'unknown' ? '' : k.kind,
          label: k.label,
          sources: k.count,
        }))}
      />
    </div>
  );
}
