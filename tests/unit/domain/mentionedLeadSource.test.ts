import { mentionedLeadSource } from '../../../src/domain/rules/mentionedLeadSource';

describe('mentionedLeadSource', () => {
  it('reads how a first message says the sender found us, in English and Ukrainian', () => {
    expect(mentionedLeadSource('Hello,\nWe found you at the Kyiv IT Expo. Litware is equipping a new office.')).toBe('exhibition');
    expect(mentionedLeadSource('Добрий день! Вас нам порекомендували колеги з «Агро Плюс».')).toBe('recommendation');
    expect(mentionedLeadSource('I read your article about warehouse racking.')).toBe('article');
    expect(mentionedLeadSource('Побачили ваш стенд на виставці «Агро-2026».')).toBe('exhibition');
    expect(mentionedLeadSource('Знайшли ваші ціни на вашому сайті.')).toBe('website');
  });

  it('takes the first cue, and none from words that only contain one', () => {
    expect(mentionedLeadSource('A customer recommended you; we also saw your stand at the fair.')).toBe('recommendation');
    expect(mentionedLeadSource('We understand the fairness of your terms and the standard price.')).toBe('');
    expect(mentionedLeadSource('Please send a quote for 40 units.')).toBe('');
  });
});
