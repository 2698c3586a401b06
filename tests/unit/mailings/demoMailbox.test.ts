import { DemoMailbox } from '../../../src/adapters/office/demo/DemoMailbox';
import { DemoMailHost } from '../../../src/adapters/office/demo/DemoMailHost';
import { DemoMailSender } from '../../../src/adapters/office/demo/DemoMailSender';
import type { MailItem } from '../../../src/domain/ports';

describe('the demo mailbox for mailings', () => {
  it('shows an open draft to the pane as a compose item, and the read item again when it closes', async () => {
    const mailbox = new DemoMailbox();
    const host = new DemoMailHost(mailbox);
    const seen: (MailItem | null)[] = [];
    host.onItemChanged((item) => seen.push(item));

    mailbox.compose.open([{ name: 'Olena', email: 'olena@contoso.com' }]);
    const item = host.currentItem();
    expect(item?.mode).toBe('compose');
    expect(item?.mode === 'compose' && (await item.getRecipients()).to).toEqual([{ name: 'Olena', email: 'olena@contoso.com' }]);

    await mailbox.compose.insertHtml('<p>Hi</p>');
    await mailbox.compose.setSubject('Offer');
    expect(seen).toHaveLength(1);
    expect(item?.mode === 'compose' && (await item.getSubject())).toBe('Offer');

    mailbox.compose.close();
    expect(host.currentItem()).toBeNull();
    expect(seen.map((i) => i?.mode ?? null)).toEqual(['compose', null]);
  });

  it('"sends" mailing messages into the Sent folder', async () => {
    const mailbox = new DemoMailbox();
    await new DemoMailSender(mailbox).send({
      to: [{ name: 'Olena', email: 'olena@contoso.com' }],
      subject: 'Offer for Contoso',
      html: '<p>Dear Olena</p>',
      attachments: [{ name: 'prices.pdf', contentType: 'application/pdf', contentBase64: 'AAAA' }],
      internetMessageId: '<m1@clientbook.example>',
    });
    const [sent] = mailbox.messages('sent');
    expect(sent).toMatchObject({ subject: 'Offer for Contoso', internetMessageId: '<m1@clientbook.example>', to: [{ email: 'olena@contoso.com' }] });
    expect(sent!.attachments).toEqual([{ name: 'prices.pdf', contentType: 'application/pdf', size: 3, isInline: false }]);
  });
});
