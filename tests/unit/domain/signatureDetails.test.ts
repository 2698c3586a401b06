import { signatureDetails } from '../../../src/domain/rules/signatureDetails';

describe('signatureDetails', () => {
  it('reads phone, position and website from a signature', () => {
    const body = `Hello,\n\nplease send us a quote for 40 units.\n\nBest regards,\nTaras Melnyk\nProcurement Manager\nFabrikam LLC\nTel. +380 44 123 45 67\nwww.fabrikam.com.ua`;
    expect(signatureDetails(body, 'Taras Melnyk')).toEqual({
      phones: ['+380 44 123 45 67'],
      position: 'Procurement Manager',
      website: 'www.fabrikam.com.ua',
    });
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
