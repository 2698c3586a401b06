import { isPhone, parsePhone, telHref } from '../../../src/domain/model/PhoneNumber';

describe('phone numbers as typed', () => {
  it.each(['+380 44 000 1122', '(044) 000-11-22', '044.000.11.22', '+1 (555) 010-2030 ext. 12', '555-0102 x7', '+380 44 000 1122 доб. 15', '101'])('takes %s', (text) => {
    expect(isPhone(text)).toBe(true);
  });
  it.each(['abc', 'call Olena', '12', '+', '++380 44', '044 000 11 22 (Olena)', 'ext. 12'])('refuses %s', (text) => {
    expect(isPhone(text)).toBe(false);
  });
  it('dials the digits and the extension', () => {
    expect(parsePhone(' +380 (44) 000-11-22 доб. 15 ')).toEqual({ dial: '+380440001122', extension: '15' });
    expect(telHref('+1 (555) 010-2030 ext. 12')).toBe('tel:+15550102030;ext=12');
  });
  it('still dials the digits of a value stored before phones were checked, and gives no link to one with none', () => {
    expect(telHref('044 000 11 22 (Olena)')).toBe('tel:0440001122');
    expect(telHref('abc')).toBeNull();
  });
});
