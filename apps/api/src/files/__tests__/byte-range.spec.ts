import { parseByteRange } from '../byte-range.js';

describe('a Range header', () => {
  it('asks for one range: from–to, from onwards, or the last bytes, clipped to the file', () => {
    expect(parseByteRange('bytes=0-99', 1000)).toEqual({ start: 0, end: 99 });
    expect(parseByteRange('bytes=900-', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseByteRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseByteRange('bytes=-5000', 1000)).toEqual({ start: 0, end: 999 });
    expect(parseByteRange('bytes=990-5000', 1000)).toEqual({ start: 990, end: 999 });
    expect(parseByteRange('Bytes = 10 - 19', 1000)).toEqual({ start: 10, end: 19 });
  });

  it('is unsatisfiable when none of it lies in the file', () => {
    expect(parseByteRange('bytes=1000-', 1000)).toBe('unsatisfiable');
    expect(parseByteRange('bytes=5000-6000', 1000)).toBe('unsatisfiable');
    expect(parseByteRange('bytes=-0', 1000)).toBe('unsatisfiable');
    expect(parseByteRange('bytes=0-', 0)).toBe('unsatisfiable');
  });

  it('is ignored (the whole file) when absent, malformed, of another unit or naming several ranges', () => {
    expect(parseByteRange(undefined, 1000)).toBeNull();
    expect(parseByteRange('bytes=-', 1000)).toBeNull();
    expect(parseByteRange('bytes=20-10', 1000)).toBeNull();
    expect(parseByteRange('items=0-9', 1000)).toBeNull();
    expect(parseByteRange('bytes=0-9,20-29', 1000)).toBeNull();
    expect(parseByteRange('bytes=abc', 1000)).toBeNull();
  });
});
