/**
 * The fields an import fills and a first guess of which column holds which, from the header row.
 * Its own module: the import screen offers these before any file is read, without the planner.
 */
export const importFields = [
  'clientName',
  'domain',
  'website',
  'clientPhone',
  'street',
  'city',
  'postalCode',
  'country',
  'region',
  'industry',
  'leadSource',
  'status',
  'notes',
  'clientSince',
  'contactName',
  'position',
  'email',
  'contactPhone',
] as const;
export type ImportField = (typeof importFields)[number];

/** Column index per field; fields not in the file are absent. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

/** Guesses which column holds which field from the header row, in English and Ukrainian. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const names: Record<ImportField, RegExp> = {
    clientName: /^((client|company|organi[sz]ation|account)( name)?|клієнт|компанія|організація|назва( клієнта| компанії| організації)?|найменування( клієнта| компанії| організації)?)$/,
    domain: /^(domain|домен)s?$/,
    website: /^(website|web site|site|url|сайт|вебсайт)$/,
    clientPhone: /^(company phone|client phone|phone|телефон компанії|телефон)$/,
    street: /^(street|address|адреса|вулиця)$/,
    city: /^(city|town|місто)$/,
    postalCode: /^(postal code|postcode|zip|індекс)$/,
    country: /^(country|країна)$/,
    region: /^(region|регіон|область)$/,
    industry: /^(industry|sector|галузь)$/,
    leadSource: /^(lead source|source|джерело)$/,
    status: /^(status|статус)$/,
    notes: /^(notes?|comments?|примітки|нотатки)$/,
    clientSince: /^(client since|created|created on|since|клієнт з|створено|дата)$/,
    // The person at the client, as Ukrainian sheets head it: "Контакт", "Контактна особа (ПІБ)", "ПІБ
    // контактної особи", "Прізвище, ім'я", "П.І.Б.".
    contactName:
      /^(contact|contact name|contact person|person|name|full name|контакт|контактна особа( \(піб\)|, піб)?|контактна людина|(піб|ім'я) контактної особи|представник|ім'я|ім'я (та|і|й) прізвище|прізвище (та|і|й) ім'я|прізвище, ім'я(, по батькові)?|піб|п\. ?і\. ?б\.?)$/,
    position: /^(position|title|job title|посада|посада контактної особи)$/,
    email: /^(e-?mail|email address|пошта|електронна пошта|e-mail адреса|ел\. пошта|e-?mail контактної особи|пошта контактної особи)$/,
    contactPhone: /^(mobile|contact phone|мобільний|мобільний телефон|моб\. телефон|контактний телефон|телефон контакту|телефон контактної особи)$/,
  };
  const mapping: ColumnMapping = {};
  headers.forEach((header, index) => {
    // One apostrophe (Ukrainian text uses ’ and ʼ as often as '), single spaces (Excel keeps
    // non-breaking ones), and no "required" star or closing colon.
    const h = header
      .toLowerCase()
      .replace(/[’`ʼ‘]/g, "'")
      .replace(/\s+/g, ' ')
      .replace(/\s*[:*]+$/, '')
      .trim();
    for (const field of importFields) {
      if (mapping[field] === undefined && names[field].test(h)) {
        mapping[field] = index;
        return;
      }
    }
  });
  return mapping;
}
