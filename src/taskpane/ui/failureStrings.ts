import type { RecordKind } from '../../app/RecordNotFoundError';
import type { Strings } from '../i18n/useT';

/**
 * Why something failed, where a screen has no words of its own for it: the local store's failures, the
 * app's typed refusals after a screen's colon (useAppFailureReason), and a code for the administrator (useFailureWords).
 */
export const failureStrings = {
  ns: 'failure',
  en: {
    storageFull: 'The device’s storage is full: free some space first.',
    storageFullAfterColon: 'the device’s storage is full. Free some space, then try again.',
    storeRefused: 'Clientbook could not read or write its data on this device; if it happens again, tell your administrator.',
    code: 'Error code for your administrator: {{code}}',
    somethingFailed: 'something went wrong. Try again; if it keeps failing, tell your administrator.',
    notAccepted: 'what was given was not accepted; check it, then try again.',
    notAllowed: 'your role in the team does not allow this; ask the head of sales.',
    notInTeam: 'you are not in the team’s member list yet; ask the head of sales to add you.',
    'notFound.client': 'the client is no longer there; a colleague may have deleted it.',
    'notFound.deal': 'the deal is no longer there; a colleague may have deleted it.',
    'notFound.product': 'the product is no longer in the catalogue; a colleague may have deleted it.',
    'notFound.invoice': 'the planned receipt is no longer there; a colleague may have deleted it.',
    'notFound.payment': 'the payment is no longer there; a colleague may have deleted it.',
    'notFound.campaign': 'the campaign is no longer there; a colleague may have deleted it.',
    'notFound.serviceCase': 'the service case is no longer there; a colleague may have deleted it.',
    'notFound.historyEntry': 'the history entry is no longer there; a colleague may have deleted it.',
    'notFound.referenceItem': 'the picklist value is no longer there; a colleague may have removed it.',
    'notFound.template': 'the template is no longer there; a colleague may have deleted it.',
    'notFound.mailing': 'the mailing is no longer there; a colleague may have deleted it.',
    'notFound.savedQuery': 'the saved query is no longer there; a colleague may have deleted it.',
  },
  uk: {
    storageFull: 'На пристрої закінчилося місце: спершу звільніть місце.',
    storageFullAfterColon: 'на пристрої закінчилося місце. Звільніть місце й спробуйте ще раз.',
    storeRefused: 'Clientbook не зміг прочитати чи записати дані на цьому пристрої; якщо це повториться, зверніться до адміністратора.',
    code: 'Код помилки для адміністратора: {{code}}',
    somethingFailed: 'щось пішло не так. Спробуйте ще раз; якщо не вийде й тоді, зверніться до адміністратора.',
    notAccepted: 'введене не прийнято; перевірте його й спробуйте ще раз.',
    notAllowed: 'ваша роль у команді цього не дозволяє; зверніться до керівника відділу продажів.',
    notInTeam: 'вас ще немає у списку команди; попросіть керівника відділу продажів додати вас.',
    'notFound.client': 'цього клієнта вже немає; можливо, його видалив колега.',
    'notFound.deal': 'цієї угоди вже немає; можливо, її видалив колега.',
    'notFound.product': 'цього товару вже немає в каталозі; можливо, його видалив колега.',
    'notFound.invoice': 'цього запланованого надходження вже немає; можливо, його видалив колега.',
    'notFound.payment': 'цієї оплати вже немає; можливо, її видалив колега.',
    'notFound.campaign': 'цієї кампанії вже немає; можливо, її видалив колега.',
    'notFound.serviceCase': 'цього сервісного звернення вже немає; можливо, його видалив колега.',
    'notFound.historyEntry': 'цього запису історії вже немає; можливо, його видалив колега.',
    'notFound.referenceItem': 'цього значення довідника вже немає; можливо, його прибрав колега.',
    'notFound.template': 'цього шаблону вже немає; можливо, його видалив колега.',
    'notFound.mailing': 'цієї розсилки вже немає; можливо, її видалив колега.',
    'notFound.savedQuery': 'цього збереженого запиту вже немає; можливо, його видалив колега.',
  },
} satisfies Strings<
  | 'storageFull'
  | 'storageFullAfterColon'
  | 'storeRefused'
  | 'code'
  | 'somethingFailed'
  | 'notAccepted'
  | 'notAllowed'
  | 'notInTeam'
  | `notFound.${RecordKind}`
>;
