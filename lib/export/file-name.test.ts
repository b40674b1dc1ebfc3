import { describe, expect, it } from 'vitest';
import { exportFileName } from './file-name';

describe('exportFileName', () => {
  it('exportFileName(parts, ext) names the dataset, view and date', () => {
    expect(exportFileName({ dataset: 'ukraine', view: 'map', date: '2025-01-21' }, 'png')).toBe(
      'faultline-ukraine-map-2025-01-21.png',
    );
    expect(exportFileName({ dataset: 'Ukraine/../x', view: 'timeline js' }, '.json')).toBe(
      'faultline-ukraine-x-timeline-js.json',
    );
  });
});
