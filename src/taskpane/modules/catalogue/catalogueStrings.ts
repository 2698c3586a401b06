import type { Strings } from '../../i18n/useT';

type Key =
  | 'heading'
  | 'hint'
  | 'readOnly'
  | 'loading'
  | 'loadFailed'
  | 'empty'
  | 'addProduct'
  | 'newProduct'
  | 'editProduct'
  | 'edit'
  | 'name'
  | 'code'
  | 'category'
  | 'unitPrice'
  | 'currency'
  | 'properties'
  | 'propertyName'
  | 'propertyValue'
  | 'addProperty'
  | 'removeProperty'
  | 'archived'
  | 'archivedBadge'
  | 'save'
  | 'saving'
  | 'cancel'
  | 'saved'
  | 'fixErrors'
  | 'saveFailed'
  | 'notAllowed'
  | 'showArchived';

/** The product catalogue, in both languages. */
export const catalogueStrings: Strings<Key> = {
  ns: 'catalogue',
  en: {
    heading: 'Product catalogue',
    hint: 'Deals copy a product’s price into their lines: changing a price here keeps old deals as they were.',
    readOnly: 'Only the head of sales edits the catalogue.',
    loading: 'Loading the catalogue…',
    loadFailed: 'Could not load the catalogue: {{message}}',
    empty: 'The catalogue is empty.',
    addProduct: 'Add product',
    newProduct: 'New product',
    editProduct: 'Edit {{name}}',
    edit: 'Edit {{name}}',
    name: 'Name',
    code: 'Code (SKU)',
    category: 'Category',
    unitPrice: 'Unit price',
    currency: 'Currency',
    properties: 'Properties that matter to buyers',
    propertyName: 'Property {{n}}',
    propertyValue: 'Value {{n}}',
    addProperty: 'Add property',
    removeProperty: 'Remove property {{n}}',
    archived: 'Hidden from new deals (archived)',
    archivedBadge: 'Archived',
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
    saved: '{{name}} saved.',
    fixErrors: 'Some fields need attention; nothing was lost.',
    saveFailed: 'Could not save: {{message}}',
    notAllowed: 'Only the head of sales edits the catalogue.',
    showArchived: 'Show archived products',
  },
  uk: {
    heading: 'Каталог товарів',
    hint: 'Угоди копіюють ціну товару у свої позиції: зміна ціни тут не змінює старих угод.',
    readOnly: 'Каталог редагує лише керівник відділу продажів.',
    loading: 'Завантаження каталогу…',
    loadFailed: 'Не вдалося завантажити каталог: {{message}}',
    empty: 'Каталог порожній.',
    addProduct: 'Додати товар',
    newProduct: 'Новий товар',
    editProduct: 'Редагування: {{name}}',
    edit: 'Редагувати {{name}}',
    name: 'Назва',
    code: 'Код (артикул)',
    category: 'Категорія',
    unitPrice: 'Ціна за одиницю',
    currency: 'Валюта',
    properties: 'Властивості, важливі для покупців',
    propertyName: 'Властивість {{n}}',
    propertyValue: 'Значення {{n}}',
    addProperty: 'Додати властивість',
    removeProperty: 'Видалити властивість {{n}}',
    archived: 'Не пропонувати в нових угодах (архів)',
    archivedBadge: 'В архіві',
    save: 'Зберегти',
    saving: 'Зберігаємо…',
    cancel: 'Скасувати',
    saved: '«{{name}}» збережено.',
    fixErrors: 'Деякі поля потребують уваги; нічого не втрачено.',
    saveFailed: 'Не вдалося зберегти: {{message}}',
    notAllowed: 'Каталог редагує лише керівник відділу продажів.',
    showArchived: 'Показати товари в архіві',
  },
};
