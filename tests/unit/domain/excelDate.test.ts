import { excelSerialToDate } from '../../../src/domain/rules/excelDate';

const day = (serial: number, date1904: boolean) => excelSerialToDate(serial, date1904).toISOString().slice(0, 10);

describe('excelSerialToDate', () => {
  it('reads the 1900 system, including the days around the phantom 29 February 1900', () => {
    expect(day(1, false)).toBe('1900-01-01');
    expect(day(59, false)).toBe('1900-02-28');
    expect(day(61, false)).toBe('1900-03-01');
    expect(day(43845, false)).toBe('2020-01-15');
  });

  it('reads the 1904 system of old Mac workbooks, 1,462 days apart', () => {
    expect(day(0, true)).toBe('1904-01-01');
    expect(day(42383, true)).toBe('2020-01-15');
    expect(day(43845, true)).toBe('2024-01-16');
  });

  it('keeps the time of day of a fractional serial', () => {
    expect(excelSerialToDate(43845.5, false).toISOString()).toBe('2020-01-15T12:00:00.000Z');
  });
});
