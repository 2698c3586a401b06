import type { ReadItem } from '../../../src/domain/ports';

let seq = 0;

/** An open message in read mode, from an unknown sender to the user unless told otherwise. */
export function aReadItem(overrides: Partial<ReadItem> = {}): ReadItem {
  const n = ++seq;
  return {
    mode: 'read',
    itemId: `item-${n}`,
    internetMessageId: `<msg-${n}@mail.example>`,
    conversationId: `conv-${n}`,
    subject: 'Quote for 40 licences',
    from: { name: 'Taras Shevchuk', email: 'taras.shevchuk@fabrikam.ua' },
    sender: null,
    to: [{ name: 'Maria Koval', email: 'me@clientbook.example' }],
    cc: [],
    date: '2026-03-10T07:30:00.000Z',
    attachments: [],
    ...overrides,
  };
}
