/** What a sender's signature says about them. */
export type SignatureDetails = { phones: string[]; position: string; website: string; company: string };

const PHONE = /(?:\+|00)?\d[\d\s().-]{7,}\d/g;
const WEBSITE = /\b(?:https?:\/\/)?(?:www\.)[a-z0-9.-]+\.[a-z]{2,}\b/i;
// \b only knows ASCII letters, so word edges are spelled out with \p{L} for Cyrillic titles.
const POSITION_WORDS =
  /(?<!\p{L})(manager|director|head|ceo|cto|cfo|coo|founder|owner|engineer|specialist|officer|lead|buyer|accountant|менеджер|директор|керівник|засновник|інженер|бухгалтер|фахівець)(?!\p{L})/iu;

// A company's legal form, as signatures write it after or before the name: "Litware Inc.", "ТОВ «Волинь Буд»".
const LEGAL_FORM = /(?<![\p{L}.])(inc|llc|ltd|limited|gmbh|corp|corporation|plc|ag|тов|пп|прат|пат|ат|фоп)(?!\p{L})/iu;
const CONTACT_DETAIL = /@|www\.|https?:|\d{4,}/i;

/** The signature line that names the sender's company: one with a legal form, or the name the domain gave. */
function companyLine(lines: string[], domainName: string): string {
  const known = domainName.toLowerCase().replace(/[\s-]/g, '');
  return (
    lines.find((l) => l.length <= 80 && !CONTACT_DETAIL.test(l) && (LEGAL_FORM.test(l) || (known.length >= 3 && l.toLowerCase().replace(/[\s-]/g, '').includes(known)))) ?? ''
  );
}

/**
 * Reads phones, a job title and a website from the last lines of a plain-text body, where
 * signatures sit. Heuristic on purpose: the result only pre-fills a form the manager checks.
 */
export function signatureDetails(text: string, senderName: string, domainName = ''): SignatureDetails {
  const lines = text.replace(/\r/g, '').split('\n').map((l) => l.trim()).filter(Boolean);
  const tail = lines.slice(-12);
  const phones = [...new Set(tail.flatMap((l) => l.match(PHONE) ?? []).map((p) => p.replace(/\s+/g, ' ').trim()))]
    .filter((p) => p.replace(/\D/g, '').length >= 9 && p.replace(/\D/g, '').length <= 15)
    .slice(0, 3);
  const nameIndex = senderName ? tail.findIndex((l) => l.toLowerCase().includes(senderName.toLowerCase())) : -1;
  const positionLine =
    (nameIndex >= 0 ? tail.slice(nameIndex + 1, nameIndex + 3) : tail).find((l) => POSITION_WORDS.test(l) && l.length <= 80) ?? '';
  const website = tail.map((l) => l.match(WEBSITE)?.[0] ?? '').find(Boolean) ?? '';
  // Only under the sender's name, where a signature is sure to be: a short body's sentences ("Litware is equipping…") sit in the tail too.
  const company = nameIndex >= 0 ? companyLine(tail.slice(nameIndex + 1, nameIndex + 5).filter((l) => l !== positionLine), domainName) : '';
  return { phones, position: positionLine, website, company };
}
