import { signatureDetails } from '../../../src/domain/rules/signatureDetails';

describe('signatureDetails', () => {
  it('reads phone, position and website from a signature', () => {
    const body = `Hello,\n\nplease send us a quote for 40 units.\n\nBest regards,\nTaras Melnyk\nProcurement Manager\nFabrikam LLC\nTel. +380 44 123 45 67\nwww.fabrikam.com.ua`;
    expect(signatureDetails(body, 'Taras Melnyk')).toEqual({
      phones: ['+380 44 123 45 67'],
      position: 'Procurement Manager',
      website: 'www.fabrikam.com.ua',
      company: 'Fabrikam LLC',
    });
  });

  it('takes the company under the sender’s name: a legal form, or the name the domain gave', () => {
    const litware = 'Hello,\n\nWe found you at the Kyiv IT Expo. Litware is equipping a new office.\n\nBest regards,\n\nMark Davies\nHead of Procurement\nLitware Inc.\nPhone: +1 425 555 0143\nwww.litware.com';
    expect(signatureDetails(litware, 'Mark Davies', 'Litware').company).toBe('Litware Inc.');
    expect(signatureDetails('Юлія Мельник\nМенеджер із закупівель\nТОВ «Волинь Буд»\nтел. +380 332 71 20 45', 'Юлія Мельник', 'Volyn Bud').company).toBe('ТОВ «Волинь Буд»');
    expect(signatureDetails('Thanks,\nAnna Lee\nNorthwind Traders\n+44 20 7946 0958', 'Anna Lee', 'Northwind').company).toBe('Northwind Traders');
  });

  it('takes no company from the body’s sentences, a city or a signature it cannot find', () => {
    expect(signatureDetails('Litware is equipping a new office.\nRegards', 'Mark Davies', 'Litware').company).toBe('');
    expect(signatureDetails('Best,\nMark Davies\nKyiv, Ukraine\n+380 44 123 4567', 'Mark Davies', 'Litware').company).toBe('');
  });

  it('does not take order numbers or dates for phones', () => {
    expect(signatureDetails('Order 2026-11-27 no. 1234\nThanks', 'X').phones).toEqual([]);
  });

  it('reads a Ukrainian job title', () => {
    expect(signatureDetails('З повагою,\nОлена Коваль\nкомерційний директор\n+380671234567', 'Олена Коваль')).toMatchObject({
      position: 'комерційний директор',
      phones: ['+380671234567'],
    });
  });
});
