import { describe, expect, it } from 'vitest';
import { movedPicture } from './picture-redirect';

const days = ['2014-01-01', '2014-03-18', '2022-02-24'];
const daysOf = (c: string) => (c === 'eastland' ? days : null);

describe('movedPicture', () => {
  it('sends a day that is no longer a picture day to the picture that shows it', () => {
    expect(movedPicture('/eastland/og/2014-03-20.png', daysOf)).toBe('/eastland/og/2014-03-18.png');
    expect(movedPicture('/eastland/og/2030-01-01.png', daysOf)).toBe('/eastland/og/2022-02-24.png');
  });
  it('leaves drawn pictures, other paths and unknown conflicts alone', () => {
    expect(movedPicture('/eastland/og/2014-03-18.png', daysOf)).toBeNull();
    expect(movedPicture('/eastland/og/map.png', daysOf)).toBeNull();
    expect(movedPicture('/eastland/og/timeline.png', daysOf)).toBeNull();
    expect(movedPicture('/westland/og/2014-03-20.png', daysOf)).toBeNull();
    expect(movedPicture('/eastland/og/2014-03-20.png.br', daysOf)).toBeNull();
    expect(movedPicture('/../og/2014-03-20.png', daysOf)).toBeNull();
  });
  it('gives a day before the first picture the first picture (the map before any figure)', () => {
    expect(movedPicture('/eastland/og/2013-05-01.png', daysOf)).toBe('/eastland/og/2014-01-01.png');
  });
});
