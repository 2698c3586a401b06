import { readDecimal } from '../../../src/domain/readDecimal';

describe('readDecimal', () => {
  it('reads a decimal comma or point, and spaces between thousands as Ukrainian and English write them', () => {
    expect(readDecimal('7,5')).toBe(7.5);
    expect(readDecimal('7.5')).toBe(7.5);
    expect(readDecimal(' 1 500,25 ')).toBe(1500.25);
    expect(readDecimal('1\u00a0500')).toBe(1500);
    expect(readDecimal('1\u202f500')).toBe(1500);
  });

  it('gives NaN for blank text and for words, so the form can name the field', () => {
    expect(readDecimal('')).toBeNaN();
    expect(readDecimal('  ')).toBeNaN();
    expect(readDecimal('seven')).toBeNaN();
    expect(readDecimal('7,5,1')).toBeNaN();
  });
});
