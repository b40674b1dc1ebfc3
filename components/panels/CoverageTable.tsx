import type { Coverage } from '@/lib/dataset/coverage';
import styles from './CoverageTable.module.css';

/**
 * How well a dataset covers its years: facts per year, and the thin spots said in words.
 * A year with nothing is a row of zeros, never left out, so a gap cannot hide.
 */
export default function CoverageTable({ coverage, id }: { coverage: Coverage; id: string }) {
  if (!coverage.years.length) return <p>No fact of this dataset has a date.</p>;
  const captionId = `${id}-caption`;
  return (
    <>
      {coverage.thin.length ? (
        <>
          <p>Where this dataset is thin:</p>
          <ul className={styles.thin} data-testid={`${id}-thin`}>
            {coverage.thin.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>Every year from the first fact to the last has statements, events and figures.</p>
      )}
      {/* The title sits above the scroll box, not in it, so a narrow screen shows it whole. */}
      <p className={styles.caption} id={captionId}>
        Facts per year, by the date of the fact (a figure by its “as of” date)
      </p>
      <div className={styles.scroll} role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className={styles.table} id={id} aria-labelledby={captionId}>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col">Statements</th>
              <th scope="col">Speakers</th>
              <th scope="col">Events</th>
              <th scope="col">Figures assessed</th>
              <th scope="col">Figures claimed</th>
              <th scope="col">Regions with a figure</th>
            </tr>
          </thead>
          <tbody>
            {coverage.years.map((y) => {
              const none = !y.statements && !y.events && !y.assessed && !y.claimed;
              return (
                <tr key={y.year} className={none ? styles.none : undefined}>
                  <th scope="row">{y.year}</th>
                  <td>{y.statements}</td>
                  <td>{y.speakers}</td>
                  <td>{y.events}</td>
                  <td>{y.assessed}</td>
                  <td>{y.claimed}</td>
                  <td>{y.regionsWithFigure}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
