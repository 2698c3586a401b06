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
    clientName: /^(client|company|organi[sz]ation|account|клієнт|компанія|організація|назва)( name)?$/,
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
    contactName: /^(contact|contact name|person|name|full name|контактна особа|ім'я|піб)$/,
    position: /^(position|title|job title|посада)$/,
    email: /^(e-?mail|email address|пошта|електронна пошта|e-mail адреса)$/,
    contactPhone: /^(mobile|contact phone|мобільний|телефон контактної особи)$/,
  };
  const mapping: ColumnMapping = {};
  headers.forEach((header, index) => {
    const h = header.trim().toLowerCase().replace(/[’`]/g, "'");
    for (const field of importFields) {
      if (mapping[field] === undefined && names[field].test(h)) {
        mapping[field] = index;
        return;
      }
    }
  });
  return mapping;
}
