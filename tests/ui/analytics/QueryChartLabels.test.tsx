import { LABEL_CHARS, shortLabels } from '../../../src/taskpane/modules/analytics/chartLabels';

describe('labels beside the bars of a chart', () => {
  it('keeps the end that tells a grouped query’s bars apart, and cuts every long label alike', () => {
    const labels = shortLabels(['Andrii Bondar · Q1 2026', 'Andrii Bondar · Q2 2026', 'Iryna Shevchenko · Q4 2026', 'Кваліфікація · (не вказано)', 'Кваліфікація · Пропозиція']);
    expect(labels).toEqual(['Andrii Bondar · Q1 2026', 'Andrii Bondar · Q2 2026', 'Iryna Shevche… · Q4 2026', 'Кваліфік… · (не вказано)', 'Кваліфікац… · Пропозиція']);
    for (const label of labels) expect(label.length).toBeLessThanOrEqual(LABEL_CHARS);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('keeps both ends of a long single value, and never shows one label whole to set it apart', () => {
    const [recommendation] = shortLabels(['Recommendation by a customer']);
    expect(recommendation).toBe('Recommendati… a customer');
    // Two that shorten alike: neither may be left whole (it would squeeze every bar).
    const twins = shortLabels(['Recommendation by a long-standing customer', 'Recommendation by a new customer of ours, a customer']);
    expect(new Set(twins).size).toBe(2);
    for (const label of twins) expect(label.length).toBeLessThanOrEqual(LABEL_CHARS);
  });
});
