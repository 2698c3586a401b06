import { LABEL_CHARS, shortLabels } from '../../../src/taskpane/modules/analytics/chartLabels';

const fits = (labels: string[]) => {
  for (const label of labels) expect(label.length).toBeLessThanOrEqual(LABEL_CHARS);
  expect(new Set(labels).size).toBe(labels.length);
};

describe('labels beside the bars of a chart', () => {
  it('keeps the end that tells a grouped query’s bars apart, and cuts the names before it alike', () => {
    const english = shortLabels(['Andrii Bondar · Q1 2026', 'Andrii Bondar · Q2 2026', 'Iryna Shevchenko · Q4 2026', 'Oleh Melnyk · Q1 2027']);
    expect(english).toEqual(['Andrii Bondar · Q1 2026', 'Andrii Bondar · Q2 2026', 'Iryna Shevche… · Q4 2026', 'Oleh Melnyk · Q1 2027']);
    fits(english);
    const ukrainian = shortLabels(['Andrii Bondar · I кв. 2026', 'Andrii Bondar · III кв. 2026', 'Oleh Melnyk · IV кв. 2026', 'Кваліфікація · (не вказано)']);
    expect(ukrainian).toEqual(['Andrii B… · I кв. 2026', 'Andrii B… · III кв. 2026', 'Oleh Mel… · IV кв. 2026', 'Кваліфік… · (не вказано)']);
    fits(ukrainian);
  });

  it('cuts each part of a label with a long second part, so refusal reasons by industry stay apart', () => {
    const reasons = ['Price too high', 'Did not understand the benefits', 'Chose a competitor'];
    const industries = ['Manufacturing', 'IT and software', '(not set)'];
    const english = shortLabels(reasons.flatMap((r) => industries.map((i) => `${r} · ${i}`)));
    fits(english);
    // Before, the whole label lost its middle: "Did not understan… (UAH)" above another such.
    expect(english.slice(3, 6)).toEqual(['Did not… · Manufacturing', 'Did not… · IT and softw…', 'Did not… · (not set)']);
    const ukrainian = shortLabels(['Не зрозумів переваг', 'Зависока ціна'].flatMap((r) => ['ІТ і програмне забезпечення', 'Сільське господарство'].map((i) => `${r} · ${i}`)));
    expect(ukrainian).toEqual(['Не зрозу… · ІТ і програ…', 'Не зрозу… · Сільське го…', 'Зависока… · ІТ і програ…', 'Зависока… · Сільське го…']);
    fits(ukrainian);
  });

  it('keeps both ends of a long single value, and never shows one label whole to set it apart', () => {
    expect(shortLabels(['Exhibition', 'Recommendation by a customer'])).toEqual(['Exhibition', 'Recommendati… a customer']);
    // Two that shorten alike: neither may be left whole (it would squeeze every bar).
    const twins = shortLabels(['Recommendation by a long-standing customer', 'Recommendation by a new customer of ours, a customer']);
    fits(twins);
  });
});
