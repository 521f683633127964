import { isValidBsn } from '../src/index.js';

describe('elfproef', () => {
  it.each(['111222333', '123456782', '628194821', '234567892'])('accepts %s', (bsn) => {
    expect(isValidBsn(bsn)).toBe(true);
  });

  it.each(['123456789', '987654321', '000000000', '12345678', '1234567890', '12345678a'])(
    'refuses %s',
    (digits) => {
      expect(isValidBsn(digits)).toBe(false);
    },
  );
});
