/**
 * Finding one person in free text, for erasure: their name, email addresses and phone numbers in
 * notes, subjects and history texts, replaced by a marker and counted (the counts go to the audit
 * log; the data does not). Names match as whole words, case-insensitively, in any script: "Ян"
 * is not found inside "Янтар" or "Деян", and "Мар'яна" matches whichever apostrophe was typed
 * (' ʼ ’); a full name also in the forms Ukrainian declension gives it ("Мар'яну Ковальчук"). Phone numbers
 * match however they were written ("+380 67 111 2233", "067-111-22-33").
 */

export type PersonIdentifiers = {
  /** Full names as stored (e.g. "Олена Шевчук"); also found with the parts in the other order. */
  names: readonly string[];
  /**
   * Single name parts (a given name alone) to find too: only where the context already points at
   * the person, and only parts nobody else in that context shares.
   */
  nameParts?: readonly string[];
  emails: readonly string[];
  phones: readonly string[];
};

export type MentionCounts = { names: number; emails: number; phones: number };

export const ERASED = '[erased]';

const APOSTROPHES = "'\u02BC\u2019";
const LETTER = '\\p{L}\\p{M}';
// A word edge: no letter, digit or joiner beside the match, nor an apostrophe inside a word ("м'ята").
const WORD_START = `(?<![${LETTER}\\p{N}_])(?<![${LETTER}][${APOSTROPHES}])`;
const WORD_END = `(?![${LETTER}\\p{N}_])(?![${APOSTROPHES}][${LETTER}])`;
/** Fewest digits that still name one phone line (a national number without its trunk prefix). */
const PHONE_SIGNIFICANT_DIGITS = 9;
const MIN_PHONE_DIGITS = 7;
// What people type between the digits of a phone number.
const SEP = '[\\s\\-.()/]*';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const letters = (text: string) => [...text].map((ch) => (APOSTROPHES.includes(ch) ? `[${APOSTROPHES}]` : escape(ch))).join('');

/**
 * Ukrainian names decline ("Мар'яну", "Петрові", "Коваля", "Андрієм"): a Cyrillic name part of four
 * letters or more matches its stem with the case endings its last letter takes, and the stem's
 * usual changes too: г, к, х before -і ("Ольга" → "Ользі"), the vowel -е-/-о- that drops
 * ("Кравець" → "Кравця", "Горобок" → "Горобка") and і that opens to о or е ("Федір" → "Федора",
 * "Лебідь" → "Лебедя"). Shorter parts ("Ян") match only as written, so they are not found inside
 * other words' forms.
 */
const CASE_ENDINGS: { [last: string]: readonly string[] } = {
  а: ['а', 'и', 'і', 'у', 'ою', 'о', 'ої', 'ій'],
  я: ['я', 'і', 'ї', 'ю', 'ею', 'єю', 'е', 'є'],
  о: ['о', 'а', 'у', 'ові', 'ом', 'е'],
  й: ['й', 'я', 'ю', 'єві', 'єм'],
  ь: ['ь', 'я', 'ю', 'еві', 'ем', 'і'],
};
// Hard and soft stems alike ("Шевчука", "Ігоря"): only full names decline, so a form no word has costs nothing.
const CONSONANT_ENDINGS = ['', 'а', 'я', 'у', 'ю', 'ові', 'еві', 'ом', 'ем', 'е', 'і'];

const CONSONANT = /[бвгґджзклмнпрстфхцчшщ]/u;
/** г, к, х become з, ц, с before the dative and locative -і of a name in -а: "Ользі", "Наталці". */
const SOFTENED: { [consonant: string]: string } = { г: 'з', к: 'ц', х: 'с' };
const FLEETING_ENDINGS = ['а', 'я', 'у', 'ю', 'ові', 'еві', 'ом', 'ем', 'і'];

/** The part's forms as regex alternatives: its regular case forms, then those with a changed stem. */
function declinedForms(part: string): string[] {
  const chars = [...part];
  const lower = part.toLowerCase();
  const last = chars.at(-1)!.toLowerCase();
  const stem = chars.slice(0, -1).join('');
  const vowelEndings = CASE_ENDINGS[last];
  if (vowelEndings) {
    const forms = [`${letters(stem)}(?:${vowelEndings.join('|')})`];
    const softened = SOFTENED[[...lower].at(-2)!];
    if (last === 'а' && softened) forms.push(`${letters(chars.slice(0, -2).join(''))}${softened}і`);
    if (last === 'ь') forms.push(...closedSyllableForms(chars.slice(0, -1), ['я', 'ю', 'еві', 'ем', 'і']));
    if (lower.endsWith('ець')) forms.push(`${letters(chars.slice(0, -3).join(''))}ц(?:${FLEETING_ENDINGS.join('|')})`);
    return forms;
  }
  if (!CONSONANT.test(last)) return [letters(part)];
  const forms = [`${letters(part)}(?:${CONSONANT_ENDINGS.join('|')})`];
  if (lower.endsWith('ок')) forms.push(`${letters(chars.slice(0, -2).join(''))}к(?:${FLEETING_ENDINGS.join('|')})`);
  forms.push(...closedSyllableForms(chars, CONSONANT_ENDINGS.filter(Boolean)));
  return forms;
}

/** "Федір" → "Федора", "Лебідь" → "Лебедя": an і before the last consonant opens to о or е once an ending follows. */
function closedSyllableForms(chars: string[], endings: readonly string[]): string[] {
  const i = chars.length - 2;
  if (i < 1 || chars[i]!.toLowerCase() !== 'і' || !CONSONANT.test(chars[i + 1]!.toLowerCase())) return [];
  return [`${letters(chars.slice(0, i).join(''))}[ое]${letters(chars[i + 1]!)}(?:${endings.join('|')})`];
}

function namePartPattern(part: string): string {
  if ([...part].length < 4 || !/^[\p{Script=Cyrillic}'\u02BC\u2019]+$/u.test(part)) return letters(part);
  const forms = declinedForms(part);
  return forms.length === 1 ? forms[0]! : `(?:${forms.join('|')})`;
}

/**
 * A name as a pattern: any apostrophe for any apostrophe, any run of spaces between the parts, and
 * with `declined` each part in any case form. A given name alone is matched as written: its forms
 * are other people's too ("Мар'яна" is also the genitive of "Мар'ян").
 */
function namePattern(name: string, declined: boolean): string {
  return name
    .trim()
    .split(/\s+/)
    .map(declined ? namePartPattern : letters)
    .join('\\s+');
}

function nameVariants(names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    const parts = name.trim().split(/\s+/).filter(Boolean);
    if (!parts.length) continue;
    out.add(parts.join(' '));
    // Ukrainian forms and lists often put the surname first: "Шевчук Олена".
    if (parts.length > 1) out.add([...parts.slice(1), parts[0]].join(' '));
  }
  // Longest first, so "Олена Шевчук" is replaced whole before "Олена" alone could be.
  return [...out].sort((a, b) => b.length - a.length);
}

const digitsOf = (s: string) => s.replace(/\D/g, '');

export type PersonMentions = {
  /** Whether the text mentions the person at all (a cheap pre-check before rewriting a record). */
  test(text: string): boolean;
  /** The text with every mention replaced, and how many of each kind were replaced. */
  redact(text: string): { text: string; counts: MentionCounts };
};

export function personMentions(person: PersonIdentifiers): PersonMentions {
  const names = nameVariants(person.names);
  const parts = [...new Set((person.nameParts ?? []).map((p) => p.trim()).filter((p) => [...p].length >= 2))].sort((a, b) => b.length - a.length);
  const namesRe = names.length || parts.length ? new RegExp(`${WORD_START}(?:${[...names.map((n) => namePattern(n, true)), ...parts.map((p) => namePattern(p, false))].join('|')})${WORD_END}`, 'giu') : null;
  const emails = [...new Set(person.emails.map((e) => e.trim().toLowerCase()).filter(Boolean))];
  const emailsRe = emails.length ? new RegExp(`(?<![\\w.+-])(?:${emails.map(escape).join('|')})(?![\\w-]|\\.[\\w])`, 'giu') : null;
  const phoneTails = [...new Set(person.phones.map(digitsOf).filter((d) => d.length >= MIN_PHONE_DIGITS).map((d) => d.slice(-PHONE_SIGNIFICANT_DIGITS)))];
  // The number's significant digits with any separators between them, after up to four prefix
  // digits (+380, 0, 8 …): "+380 67 111 2233", "067-111-22-33" and "(067) 111 22 33" are one phone.
  const phonesRe = phoneTails.length
    ? new RegExp(`(?<!\\d)(?:\\+?\\(?(?:\\d${SEP}){0,4})?(?:${phoneTails.map((t) => [...t].join(SEP)).join('|')})(?!\\d)`, 'gu')
    : null;

  function redact(text: string): { text: string; counts: MentionCounts } {
    const counts: MentionCounts = { names: 0, emails: 0, phones: 0 };
    if (!text) return { text, counts };
    let out = text;
    // Addresses first: a name inside an address ("olena.shevchuk@…") goes with the address.
    if (emailsRe) out = out.replace(emailsRe, () => (counts.emails++, ERASED));
    if (phonesRe) out = out.replace(phonesRe, () => (counts.phones++, ERASED));
    if (namesRe) out = out.replace(namesRe, () => (counts.names++, ERASED));
    return { text: out, counts };
  }

  // Non-global copies for test(): a global pattern's lastIndex would carry over between texts.
  const tests = [namesRe, emailsRe, phonesRe].flatMap((re) => (re ? [new RegExp(re.source, 'iu')] : []));
  return { test: (text) => !!text && tests.some((re) => re.test(text)), redact };
}

export function addCounts(a: MentionCounts, b: MentionCounts): MentionCounts {
  return { names: a.names + b.names, emails: a.emails + b.emails, phones: a.phones + b.phones };
}
