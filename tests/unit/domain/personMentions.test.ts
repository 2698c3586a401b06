import { personMentions } from '../../../src/domain/rules/personMentions';

const maryana = personMentions({ names: ["Мар'яна Ковальчук"], emails: ['maryana@lviv-print.ua'], phones: ['+380 67 111 2233'] });
const redacted = (text: string, mentions = maryana) => mentions.redact(text).text;

describe('personMentions', () => {
  it('finds a Ukrainian name whichever apostrophe was typed, in either order, in any case', () => {
    expect(redacted("Дзвонила Мар'яна Ковальчук")).toBe('Дзвонила [erased]');
    expect(redacted('Дзвонила Марʼяна Ковальчук')).toBe('Дзвонила [erased]');
    expect(redacted('Дзвонила Мар’яна   Ковальчук')).toBe('Дзвонила [erased]');
    expect(redacted("КОВАЛЬЧУК МАР'ЯНА, бухгалтерія")).toBe('[erased], бухгалтерія');
    expect(redacted("«мар'яна ковальчук»")).toBe('«[erased]»');
  });

  it('leaves names that only contain the person’s name, and words joined by an apostrophe', () => {
    const yan = personMentions({ names: ['Ян'], emails: [], phones: [] });
    expect(redacted('Янтар і Деян привезли Ян-а? Ні: Ян приїхав.', yan)).toBe('Янтар і Деян привезли [erased]-а? Ні: [erased] приїхав.');
    expect(redacted("Ксенія з'їла пиріг", personMentions({ names: ['їла'], emails: [], phones: [] }))).toBe("Ксенія з'їла пиріг");
  });

  it('finds a given name alone only when asked to', () => {
    expect(redacted("Мар'яна просила рахунок")).toBe("Мар'яна просила рахунок");
    const withParts = personMentions({ names: ["Мар'яна Ковальчук"], nameParts: ["Мар'яна"], emails: [], phones: [] });
    expect(redacted("Мар'яна просила рахунок; Мар'яну не питали", withParts)).toBe("[erased] просила рахунок; Мар'яну не питали");
  });

  it('finds a full Ukrainian name in the forms declension gives it, and not other words', () => {
    expect(redacted("Надіслали Мар'яні Ковальчук договір; з Ковальчук Мар'яною домовились")).toBe('Надіслали [erased] договір; з [erased] домовились');
    const petro = personMentions({ names: ['Петро Коваль', 'Андрій Іваненко', 'Марія'], emails: [], phones: [] });
    expect(redacted('Петрові Ковалю передали; Петра Коваля не було; з Андрієм Іваненком і Марією', petro)).toBe('[erased] передали; [erased] не було; з [erased] і [erased]');
    // Other words and names that begin like the name stay.
    expect(redacted('Петрович, Петренко, Ковальчук і Марічка', petro)).toBe('Петрович, Петренко, Ковальчук і Марічка');
  });

  it('finds a full Ukrainian name whose stem changes as it declines', () => {
    const people = personMentions({ names: ['Ольга Шевчук', 'Петро Кравець', 'Федір Горобок', 'Іван Лебідь'], emails: [], phones: [] });
    expect(redacted('Ользі Шевчук дзвонили; у Петра Кравця та Кравцеві Петрові — по рахунку', people)).toBe('[erased] дзвонили; у [erased] та [erased] — по рахунку');
    expect(redacted('Федора Горобка не було, з Федором Горобком домовились', people)).toBe('[erased] не було, з [erased] домовились');
    expect(redacted('Івану Лебедю і Лебедя Івана', people)).toBe('[erased] і [erased]');
    const ihor = personMentions({ names: ['Ігор Шевчук'], emails: [], phones: [] });
    expect(redacted('Ігоря Шевчука не було; Ігорю Шевчуку передали', ihor)).toBe('[erased] не було; [erased] передали');
    // The same words without the other part of the name stay.
    expect(redacted('Федора чекає; Кравця нема; Ользі передали', people)).toBe('Федора чекає; Кравця нема; Ользі передали');
  });

  it('finds the addresses in any case, not inside a longer address', () => {
    expect(redacted('Пишіть на Maryana@Lviv-Print.ua.')).toBe('Пишіть на [erased].');
    expect(redacted('old.maryana@lviv-print.ua, maryana@lviv-print.ua.com')).toBe('old.maryana@lviv-print.ua, maryana@lviv-print.ua.com');
  });

  it('finds a phone number however it was written, and no other number', () => {
    for (const written of ['+380 67 111 2233', '+380671112233', '067-111-22-33', '(067) 111 22 33', '8 067 111 22 33']) {
      expect(redacted(`тел. ${written}, 5 шт.`)).toBe('тел. [erased], 5 шт.');
    }
    expect(redacted('Рахунок 0671112234 на 2026-11-20')).toBe('Рахунок 0671112234 на 2026-11-20');
  });

  it('counts what it replaced, by kind', () => {
    expect(maryana.redact("Мар'яна Ковальчук (maryana@lviv-print.ua, 067 111 22 33) і знову Ковальчук Мар'яна").counts).toEqual({ names: 2, emails: 1, phones: 1 });
    expect(maryana.test('Нічого про неї')).toBe(false);
    expect(maryana.test('Нічого про неї, крім 067 111 22 33')).toBe(true);
  });
});
