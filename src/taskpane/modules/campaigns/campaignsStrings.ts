import type { Strings } from '../../i18n/useT';

type Key =
  | 'heading'
  | 'hint'
  | 'loading'
  | 'loadFailed'
  | 'empty'
  | 'addCampaign'
  | 'newCampaign'
  | 'editCampaign'
  | 'edit'
  | 'name'
  | 'channel'
  | 'startDate'
  | 'endDate'
  | 'endDateHint'
  | 'cost'
  | 'currency'
  | 'targetRegions'
  | 'targetIndustries'
  | 'anySegment'
  | 'notes'
  | 'archived'
  | 'archivedBadge'
  | 'running'
  | 'dates'
  | 'save'
  | 'saving'
  | 'cancel'
  | 'saved'
  | 'fixErrors'
  | 'saveFailed'
  | 'notAllowed'
  | 'clientCampaign'
  | 'clientCampaignHint'
  | 'noCampaign'
  | 'clientTied'
  | 'clientUntied';

/** Marketing campaigns, in both languages. */
export const campaignsStrings: Strings<Key> = {
  ns: 'campaigns',
  en: {
    heading: 'Campaigns',
    hint: 'Marketing campaigns that clients and deals can be tied to.',
    loading: 'Loading campaigns…',
    loadFailed: 'Could not load the campaigns: {{message}}',
    empty: 'No campaigns yet.',
    addCampaign: 'Add campaign',
    newCampaign: 'New campaign',
    editCampaign: 'Edit {{name}}',
    edit: 'Edit {{name}}',
    name: 'Name',
    channel: 'Channel',
    startDate: 'Start date',
    endDate: 'End date',
    endDateHint: 'Empty while the campaign runs.',
    cost: 'Cost',
    currency: 'Currency',
    targetRegions: 'Target regions',
    targetIndustries: 'Target industries',
    anySegment: 'Any segment',
    notes: 'Notes',
    archived: 'Archived (not offered for new deals and clients)',
    archivedBadge: 'Archived',
    running: 'running',
    dates: '{{from}} – {{to}}',
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
    saved: '{{name}} saved.',
    fixErrors: 'Some fields need attention; nothing was lost.',
    saveFailed: 'Could not save: {{message}}',
    notAllowed: 'Only marketing and the head of sales edit campaigns.',
    clientCampaign: 'Came from campaign',
    clientCampaignHint: 'The campaign that brought this client.',
    noCampaign: 'No campaign',
    clientTied: 'Tied to {{name}}.',
    clientUntied: 'No longer tied to a campaign.',
  },
  uk: {
    heading: 'Маркетингові акції',
    hint: 'Маркетингові акції, до яких можна прив’язати клієнтів і угоди.',
    loading: 'Завантаження акцій…',
    loadFailed: 'Не вдалося завантажити акції: {{message}}',
    empty: 'Акцій ще немає.',
    addCampaign: 'Додати акцію',
    newCampaign: 'Нова акція',
    editCampaign: 'Редагування: {{name}}',
    edit: 'Редагувати {{name}}',
    name: 'Назва',
    channel: 'Канал',
    startDate: 'Початок',
    endDate: 'Кінець',
    endDateHint: 'Порожньо, поки акція триває.',
    cost: 'Вартість',
    currency: 'Валюта',
    targetRegions: 'Цільові регіони',
    targetIndustries: 'Цільові галузі',
    anySegment: 'Будь-який сегмент',
    notes: 'Нотатки',
    archived: 'В архіві (не пропонується для нових угод і клієнтів)',
    archivedBadge: 'В архіві',
    running: 'триває',
    dates: '{{from}} – {{to}}',
    save: 'Зберегти',
    saving: 'Зберігаємо…',
    cancel: 'Скасувати',
    saved: '«{{name}}» збережено.',
    fixErrors: 'Деякі поля потребують уваги; нічого не втрачено.',
    saveFailed: 'Не вдалося зберегти: {{message}}',
    notAllowed: 'Акції редагують лише маркетинг і керівник відділу продажів.',
    clientCampaign: 'Прийшов з акції',
    clientCampaignHint: 'Акція, що привела цього клієнта.',
    noCampaign: 'Без акції',
    clientTied: 'Прив’язано до «{{name}}».',
    clientUntied: 'Більше не прив’язано до акції.',
  },
};
