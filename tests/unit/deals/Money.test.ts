import {
  addMoney,
  CurrencyMismatchError,
  discountMoney,
  formatMoney,
  isCurrency,
  isValidDiscount,
  isValidQuantity,
  minorDigits,
  minorToDecimalText,
  multiplyMoney,
  parseAmount,
} from '../../../src/domain/model/Money';

describe('Money', () => {
  it('adds amounts of one currency exactly, where floats would drift', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(addMoney({ minor: 10, currency: 'EUR' }, { minor: 20, currency: 'EUR' })).toEqual({ minor: 30, currency: 'EUR' });
  });

  it('refuses to add two currencies', () => {
    expect(() => addMoney({ minor: 10, currency: 'EUR' }, { minor: 20, currency: 'UAH' })).toThrow(CurrencyMismatchError);
  });

  it('multiplies by a fractional quantity and rounds half-up to the minor unit', () => {
    expect(multiplyMoney({ minor: 333, currency: 'UAH' }, 1.5)).toEqual({ minor: 500, currency: 'UAH' }); // 499.5 -> 500
    expect(multiplyMoney({ minor: 333, currency: 'UAH' }, 0.001)).toEqual({ minor: 0, currency: 'UAH' }); // 0.333 -> 0
    expect(multiplyMoney({ minor: 1, currency: 'UAH' }, 0.5)).toEqual({ minor: 1, currency: 'UAH' }); // 0.5 -> 1
  });

  it('stays exact for amounts beyond float precision', () => {
    expect(multiplyMoney({ minor: 99_999_999_999_999, currency: 'UAH' }, 1)).toEqual({ minor: 99_999_999_999_999, currency: 'UAH' });
    expect(multiplyMoney({ minor: 9_007_199_254_741, currency: 'UAH' }, 3.333).minor).toBe(30_020_995_116_052); // 30020995116051.753, rounded up
  });

  it('rounds a percentage discount half-up, on the discount itself', () => {
    expect(discountMoney({ minor: 1_005, currency: 'UAH' }, 10)).toEqual({ minor: 904, currency: 'UAH' }); // off 100.5 -> 101
    expect(discountMoney({ minor: 999, currency: 'UAH' }, 12.5)).toEqual({ minor: 874, currency: 'UAH' }); // off 124.875 -> 125
    expect(discountMoney({ minor: 999, currency: 'UAH' }, 0).minor).toBe(999);
    expect(discountMoney({ minor: 999, currency: 'UAH' }, 100).minor).toBe(0);
  });

  it('accepts quantities with up to three decimals and discounts with up to two', () => {
    expect([1, 1.5, 0.125, 1000].every(isValidQuantity)).toBe(true);
    expect([0, -1, 0.0001, Number.NaN, Infinity].some(isValidQuantity)).toBe(false);
    expect([0, 12.5, 33.33, 100].every(isValidDiscount)).toBe(true);
    expect([-1, 100.01, 33.333].some(isValidDiscount)).toBe(false);
  });

  it('knows ISO currencies and their minor units', () => {
    expect(isCurrency('UAH')).toBe(true);
    expect(isCurrency('uah')).toBe(false);
    expect(isCurrency('XYZ')).toBe(false);
    expect(minorDigits('UAH')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('KWD')).toBe(3);
  });

  it('formats for the reader’s language through Intl', () => {
    const nbsp = /[\u00a0\u202f]/g;
    expect(formatMoney({ minor: 123_450, currency: 'EUR' }, 'en-GB')).toBe('€1,234.50');
    expect(formatMoney({ minor: 123_450, currency: 'UAH' }, 'uk-UA').replace(nbsp, ' ')).toMatch(/^1 234,50 (₴|грн)$/);
    expect(formatMoney({ minor: 1_500, currency: 'JPY' }, 'en-GB')).toBe('JP¥1,500');
  });

  it('writes minor units as a plain decimal for input fields', () => {
    expect(minorToDecimalText(123_450, 'UAH')).toBe('1234.50');
    expect(minorToDecimalText(5, 'UAH')).toBe('0.05');
    expect(minorToDecimalText(1_500, 'JPY')).toBe('1500');
  });

  describe('parseAmount', () => {
    it.each([
      ['1234.5', 123_450],
      ['1 234,50', 123_450],
      ['1,234.50', 123_450],
      ['1.234,50', 123_450],
      ['1’234', 123_400],
      ['1,234', 123_400],
      ['0,05', 5],
      ['12', 1_200],
      ['\u00a01\u00a0000 ', 100_000],
    ])('reads %p as %p minor units of UAH', (text, minor) => {
      expect(parseAmount(text, 'UAH')).toEqual({ ok: true, minor });
    });

    it('refuses what is not an amount, with the reason', () => {
      expect(parseAmount('', 'UAH')).toEqual({ ok: false, reason: 'empty' });
      expect(parseAmount('-5', 'UAH')).toEqual({ ok: false, reason: 'negative' });
      expect(parseAmount('12a', 'UAH')).toEqual({ ok: false, reason: 'not-a-number' });
      expect(parseAmount('1.005', 'EUR')).toEqual({ ok: true, minor: 100_500 });
      expect(parseAmount('1,5', 'JPY')).toEqual({ ok: false, reason: 'too-precise' });
      expect(parseAmount('1000000000001', 'UAH')).toEqual({ ok: false, reason: 'too-large' });
      expect(parseAmount('99999999999999999999999', 'UAH')).toEqual({ ok: false, reason: 'too-large' });
    });
  });
});
