import { guessMapping } from '../../../src/domain/rules/guessMapping';

describe('guessMapping', () => {
  it.each([
    'Контакт',
    'Контактна особа',
    'Контактна особа (ПІБ)',
    'ПІБ контактної особи',
    'Ім’я контактної особи',
    'Прізвище, ім’я, по батькові',
    'Прізвище та ім’я',
    'П.І.Б.',
    'ПІБ',
    'Contact',
    'Contact person',
  ])('maps the contact person’s name from “%s”', (header) => {
    expect(guessMapping(['Компанія', header, 'Email'])).toEqual({ clientName: 0, contactName: 1, email: 2 });
  });

  it.each(['Назва клієнта', 'Назва компанії', 'Найменування організації', 'Client name', 'Company'])('maps the client’s name from “%s”', (header) => {
    expect(guessMapping([header, 'Контакт', 'Посада', 'Email'])).toEqual({ clientName: 0, contactName: 1, position: 2, email: 3 });
  });

  it('reads a header whatever apostrophe, spacing, star or colon it was typed with', () => {
    expect(guessMapping(['Назва*', 'Імʼя', 'Контактна\u00a0особа', 'Телефон контактної особи:'])).toEqual({ clientName: 0, contactName: 1, contactPhone: 3 });
  });

  it('maps the contact person’s other columns in Ukrainian', () => {
    expect(guessMapping(['Клієнт', 'Контакт', 'Посада контактної особи', 'Ел. пошта', 'Мобільний телефон', 'Телефон'])).toEqual({
      clientName: 0,
      contactName: 1,
      position: 2,
      email: 3,
      contactPhone: 4,
      clientPhone: 5,
    });
  });
});
