import Explorer from '@/components/explorer/Explorer';
import MapFirstPaint from '@/components/map/MapFirstPaint';
import { getDataset } from '@/lib/dataset/server';
import { toDayString } from '@/lib/dates/fuzzy-date';

export default function HomePage() {
  const dataset = getDataset();
  const initialDate = dataset.conflict.defaultDate ?? toDayString(dataset.extent.end - 86_400_000);
  return (
    <>
      <h1>{dataset.conflict.title}</h1>
      <p className="muted lede">{dataset.conflict.description}</p>
      <Explorer
        dataset={dataset}
        initialDate={initialDate}
        mapFirstPaint={<MapFirstPaint dataset={dataset} date={initialDate} />}
      />
    </>
  );
}
