import type { Strings } from '../i18n/useT';

/** What an edit form says when a colleague deleted its record while it was open (useDeletedRecordMessage). */
export const deletedRecordStrings = {
  ns: 'deletedRecord',
  en: {
    client: 'Client {{name}} was deleted by a colleague while you were editing it.',
    contact: 'Contact {{name}} was deleted by a colleague while you were editing it.',
    deal: 'Deal {{name}} was deleted by a colleague while you were editing it.',
    serviceCase: 'Service case {{name}} was deleted by a colleague while you were editing it.',
    invoice: 'Planned receipt No. {{number}} was deleted by a colleague while you were editing it.',
    payment: 'The payment of {{amount}} on {{date}} was deleted by a colleague while you were editing it.',
    product: 'Product {{name}} was deleted by a colleague while you were editing it.',
    campaign: 'Campaign {{name}} was deleted by a colleague while you were editing it.',
    notSaved: 'Nothing was saved; your changes are still in the form.',
  },
  uk: {
    client: 'Клієнта {{name}} видалив колега, поки ви його редагували.',
    contact: 'Контактну особу {{name}} видалив колега, поки ви її редагували.',
    deal: 'Угоду {{name}} видалив колега, поки ви її редагували.',
    serviceCase: 'Звернення {{name}} видалив колега, поки ви його редагували.',
    invoice: 'Планове надходження № {{number}} видалив колега, поки ви його редагували.',
    payment: 'Оплату {{amount}} від {{date}} видалив колега, поки ви її редагували.',
    product: 'Товар {{name}} видалив колега, поки ви його редагували.',
    campaign: 'Маркетингову акцію {{name}} видалив колега, поки ви її редагували.',
    notSaved: 'Нічого не збережено; ваші зміни лишилися у формі.',
  },
} satisfies Strings<'client' | 'contact' | 'deal' | 'serviceCase' | 'invoice' | 'payment' | 'product' | 'campaign' | 'notSaved'>;
