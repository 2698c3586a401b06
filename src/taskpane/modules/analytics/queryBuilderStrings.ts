import type { Strings } from '../../i18n/useT';

/** What the query builder says of a query kept for another kind of records, a result out of date, and a name already taken. */
export const queryBuilderStrings = {
  ns: 'queryBuilder',
  en: {
    draftKept: 'Your {{kind}} query is kept: choose {{kind}} again to return to it.',
    outOfDate: 'The result is for an earlier version of the query — Show the result to update it.',
    nameTaken: 'The team already has a query named “{{name}}”. Give this one another name.',
    nameTakenOwn: 'You already saved a query named “{{name}}”. Replace it, or give this one another name.',
    replace: 'Replace “{{name}}”',
    restoreTaken: '“{{name}}” cannot come back: the team has another query by that name now.',
  },
  uk: {
    draftKept: 'Запит за записами «{{kind}}» збережено: оберіть «{{kind}}» ще раз, щоб до нього повернутися.',
    outOfDate: 'Результат — для попередньої версії запиту. Натисніть «Показати результат», щоб його оновити.',
    nameTaken: 'У команди вже є запит «{{name}}». Дайте цьому іншу назву.',
    nameTakenOwn: 'Ви вже зберегли запит «{{name}}». Замініть його або дайте цьому іншу назву.',
    replace: 'Замінити «{{name}}»',
    restoreTaken: '«{{name}}» не повернути: у команди тепер є інший запит із такою назвою.',
  },
} satisfies Strings<'draftKept' | 'outOfDate' | 'nameTaken' | 'nameTakenOwn' | 'replace' | 'restoreTaken'>;
