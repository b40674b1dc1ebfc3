/** The boundary data credit required by the ODbL (data/ukraine/licences/GEO-SOURCE.md). */
export default function Attribution() {
  return (
    <p className="cm-attribution">
      Boundaries © <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a>{' '}
      (ODbL), via <a href="https://www.geoboundaries.org">geoBoundaries</a> · Coastline and
      neighbouring countries: Natural Earth
    </p>
  );
}
