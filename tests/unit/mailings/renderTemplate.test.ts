import { mergeValues, type MergeManager } from '../../../src/domain/rules/mergeFields';
import { fieldsUsed, renderTemplate } from '../../../src/domain/rules/renderTemplate';
import { aClient, aContact } from '../../support/builders/aClient';

const manager: MergeManager = { name: 'Maria Koval', email: 'maria@clientbook.example', phone: '+380 44 000 0000', signature: 'Maria Koval\nSales manager' };

describe('renderTemplate', () => {
  const client = aClient({ name: 'Contoso' });
  const contact = aContact({ clientId: client.id, name: 'Olena Petrenko', emails: ['olena@contoso.com'] });

  it('fills client, contact, manager and deal fields in subject and body', () => {
    const values = mergeValues({ client, contact, manager, deal: { title: 'Pumps 2027', amountText: '€12,000.00' } });
    const out = renderTemplate(
      { subject: 'Offer for {{client.name}}', bodyHtml: '<p>Dear {{contact.firstName}}, {{deal.title}}: {{deal.amount}}</p><p>{{manager.signature}}</p>' },
      values,
    );
    expect(out.subject).toBe('Offer for Contoso');
    expect(out.html).toBe('<p>Dear Olena, Pumps 2027: €12,000.00</p><p>Maria Koval<br>Sales manager</p>');
    expect(out.emptyFields).toEqual([]);
  });

  it('escapes values so a client name can never become markup', () => {
    const hostile = aClient({ name: '<img src=x onerror=alert(1)> & "Sons"' });
    const out = renderTemplate({ subject: '{{client.name}}', bodyHtml: '<p>{{client.name}}</p>' }, mergeValues({ client: hostile, contact: null, manager, deal: null }));
    expect(out.html).toBe('<p>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Sons&quot;</p>');
    expect(out.subject).toBe('<img src=x onerror=alert(1)> & "Sons"');
  });

  it('uses the fallback when the value is empty and reports it', () => {
    const nameless = aContact({ clientId: client.id, name: '', emails: ['info@contoso.com'] });
    const out = renderTemplate({ subject: 'Hi {{contact.firstName|colleague}}', bodyHtml: '<p>Dear {{ contact.firstName | colleague }},</p>' }, mergeValues({ client, contact: nameless, manager, deal: null }));
    expect(out.subject).toBe('Hi colleague');
    expect(out.html).toBe('<p>Dear colleague,</p>');
    expect(out.fallbackFields).toEqual(['contact.firstName']);
    expect(out.emptyFields).toEqual([]);
  });

  it('lists fields that are empty for the recipient and have no fallback', () => {
    const out = renderTemplate({ subject: 'x', bodyHtml: '<p>{{deal.title}} in {{client.city}} for {{contact.position}}</p>' }, mergeValues({ client, contact, manager, deal: null }));
    expect(out.emptyFields).toEqual(['deal.title', 'client.city', 'contact.position']);
    expect(out.html).toBe('<p> in  for </p>');
  });

  it('leaves unknown fields out and names them', () => {
    const out = renderTemplate({ subject: '{{client.nmae}}', bodyHtml: '' }, mergeValues({ client, contact, manager, deal: null }));
    expect(out.subject).toBe('');
    expect(out.unknownFields).toEqual(['client.nmae']);
  });

  it('knows which fields a template uses', () => {
    expect(fieldsUsed({ subject: '{{client.name}}', bodyHtml: '{{contact.firstName|x}} {{client.name}}' })).toEqual(['client.name', 'contact.firstName']);
  });
});
