/** What a sender's signature says about them. */
export type SignatureDetails = { phones: string[]; position: string; website: string };

const PHONE = /(?:\+|00)?\d[\d\s().-]{7,}\d/g;
const WEBSITE = /\b(?:https?:\/\/)?(?:www\.)[a-z0-9.-]+\.[a-z]{2,}\b/i;
// \b only knows ASCII letters, so word edges are spelled out with \p{L} for Cyrillic titles.
const POSITION_WORDS =
  /(?<!\p{L})(manager|director|head|ceo|cto|cfo|coo|founder|owner|engineer|specialist|officer|lead|buyer|accountant|менеджер|директор|керівник|засновник|інженер|бухгалтер|фахівець)(?!\p{L})/iu;

/**
 * Reads phones, a job title and a website from the last lines of a plain-text body, where
 * signatures sit. Heuristic on purpose: the result only pre-fills a form the manager checks.
 */
export function signatureDetails(text: string, senderName: string): SignatureDetails {
  const lines = text.replace(/\r/g, '').split('\n').map((l) => l.trim()).filter(Boolean);
  const tail = lines.slice(-12);
  const phones = [...new Set(tail.flatMap((l) => l.match(PHONE) ?? []).map((p) => p.replace(/\s+/g, ' ').trim()))]
    .filter((p) => p.replace(/\D/g, '').length >= 9 && p.replace(/\D/g, '').length <= 15)
    .slice(0, 3);
  const nameIndex = senderName ? tail.findIndex((l) => l.toLowerCase().includes(senderName.toLowerCase())) : -1;
  const positionLine =
    (nameIndex >= 0 ? tail.slice(nameIndex + 1, nameIndex + 3) : tail).find((l) => POSITION_WORDS.test(l) && l.length <= 80) ?? '';
  const website = tail.map((l) => l.match(WEBSITE)?.[0] ?? '').find(Boolean) ?? '';
  return { phones, position: positionLine, website };
}
