/** Quote marks a name brings itself: Ukrainian firms are written ТОВ «Полісся Агро», some names "Рассвет". */
const ownQuotes = /[«»“”„"]/;

/**
 * A name as a sentence quotes it: “Fabrikam Logistics” in English, «Fabrikam Logistics» in Ukrainian,
 * and as it is when it carries quotes of its own (ТОВ «Полісся Агро»), so no name gets a second pair.
 * Strings then write `{{name}}` bare: the quotes come from here.
 */
export function quotedName(name: string, lang: 'en' | 'uk'): string {
  const bare = name.trim();
  if (!bare || ownQuotes.test(bare)) return bare;
  return lang === 'uk' ? `«${bare}»` : `“${bare}”`;
}
