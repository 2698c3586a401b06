import { draftClientFromParticipant } from '../../../src/app/clientDraft';
import { newestPart } from '../../../src/domain/rules/newestPart';

const ourMessage = 'Dear Mark,\nthank you for visiting our stand at the Kyiv IT Expo.\n\nOlena Koval\nSales Manager\nContoso Racks LLC\n+380 44 555 01 23\nwww.contoso-racks.com';

describe('newestPart', () => {
  it('cuts a reply at the line that starts the quote, in each mail client’s form', () => {
    const replies = [
      `Thanks, send the quote.\n\nMark\n\nOn Mon, 3 Mar 2026 at 10:00, Olena Koval <olena@contoso.com> wrote:\n> ${ourMessage.split('\n').join('\n> ')}`,
      `Thanks, send the quote.\n\nMark\n\n-----Original Message-----\nFrom: Olena Koval\n${ourMessage}`,
      `Thanks, send the quote.\n\nMark\n\n________________________________\nFrom: Olena Koval <olena@contoso.com>\nSent: Monday, March 3, 2026 10:00\n${ourMessage}`,
      `Thanks, send the quote.\n\nMark\nFrom: Olena Koval <olena@contoso.com>\nSent: Monday, March 3, 2026 10:00\nTo: Mark\n\n${ourMessage}`,
      `Thanks, send the quote.\n\nMark\n\nпн, 3 бер. 2026 р. о 10:00 Олена Коваль <olena@contoso.com> пише:\n${ourMessage}`,
      `Thanks, send the quote.\n\nMark\n\nВід: Олена Коваль\nНадіслано: 3 березня 2026 р. 10:00\n${ourMessage}`,
    ];
    for (const reply of replies) expect(newestPart(reply).trim()).toBe('Thanks, send the quote.\n\nMark');
  });

  it('keeps a body with no quote, and a forward with nothing typed above it, whole', () => {
    expect(newestPart(ourMessage)).toBe(ourMessage);
    const forward = `---------- Forwarded message ----------\nFrom: Mark\n${ourMessage}`;
    expect(newestPart(forward)).toBe(forward);
    expect(newestPart('From: the warehouse we ship 40 units a week.')).toBe('From: the warehouse we ship 40 units a week.');
  });
});

describe('a client drafted from a reply', () => {
  it('takes no phone, company or lead source from our own message it quotes', () => {
    const reply = `Hello,\nplease send the price list.\n\nMark Davies\n\nOn Mon, 3 Mar 2026 at 10:00, Olena Koval <olena@contoso.com> wrote:\n> ${ourMessage.split('\n').join('\n> ')}`;
    const draft = draftClientFromParticipant({ name: 'Mark Davies', email: 'mark@litware.com' }, reply, true);
    expect(draft.contact.phones).toEqual([]);
    expect(draft.name).toBe('Litware');
    expect(draft.website).toBe('https://litware.com');
    expect(draft.leadSource).toBe('');
  });
});
