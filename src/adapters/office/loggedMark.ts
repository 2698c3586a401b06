/**
 * The mark Outlook shows on a logged message: the "Clientbook" category (Mailbox 1.8), or, where
 * categories are not available, a custom property only this add-in reads.
 */
import { officeAsync } from './officeAsync';
import type { OfficeApi, OfficeItem } from './officeTypes';

const CLIENTBOOK_CATEGORY = 'Clientbook';
/** The custom property used where Mailbox 1.8 (categories) is not supported. */
const LOGGED_PROPERTY = 'clientbookLogged';

const isClientbook = (name: string | undefined) => (name ?? '').toLowerCase() === CLIENTBOOK_CATEGORY.toLowerCase();

export function loggedMark(office: OfficeApi) {
  const mailbox = office.context.mailbox;
  const categoriesSupported = () => office.context.requirements.isSetSupported('Mailbox', '1.8');

  const masterHasCategory = async () =>
    (await officeAsync<Office.CategoryDetails[]>('Reading the master categories', (done) => mailbox.masterCategories.getAsync(done)) ?? []).some((c) =>
      isClientbook(c.displayName),
    );

  // An item can only carry a category that is in the mailbox's master list.
  async function ensureMasterCategory() {
    if (await masterHasCategory()) return;
    const category = { displayName: CLIENTBOOK_CATEGORY, color: office.MailboxEnums.CategoryColor.Preset7 };
    try {
      await officeAsync<void>('Creating the Clientbook category', (done) => mailbox.masterCategories.addAsync([category], done));
    } catch (error) {
      // Another pane, or another device, may have created it a moment ago: that is what we wanted.
      if (!(await masterHasCategory())) throw error;
    }
  }

  const customProperties = (item: OfficeItem) =>
    officeAsync<Office.CustomProperties>('Loading the custom properties', (done) => item.loadCustomPropertiesAsync(done));

  return {
    async mark(item: OfficeItem): Promise<void> {
      if (categoriesSupported()) {
        await ensureMasterCategory();
        await officeAsync<void>('Adding the Clientbook category', (done) => item.categories.addAsync([CLIENTBOOK_CATEGORY], done));
        return;
      }
      const properties = await customProperties(item);
      properties.set(LOGGED_PROPERTY, 'true');
      await officeAsync<void>('Saving the custom properties', (done) => properties.saveAsync(done));
    },

    /** Undo of an automatic log: the category (Mailbox 1.8), or the custom property where categories are not available. */
    async unmark(item: OfficeItem): Promise<void> {
      if (categoriesSupported()) {
        await officeAsync<void>('Removing the Clientbook category', (done) => item.categories.removeAsync([CLIENTBOOK_CATEGORY], done));
        return;
      }
      const properties = await customProperties(item);
      properties.remove(LOGGED_PROPERTY);
      await officeAsync<void>('Saving the custom properties', (done) => properties.saveAsync(done));
    },

    async isMarked(item: OfficeItem): Promise<boolean> {
      if (categoriesSupported()) {
        const categories = await officeAsync<Office.CategoryDetails[] | null>('Reading the categories', (done) => item.categories.getAsync(done));
        return (categories ?? []).some((c) => isClientbook(c.displayName));
      }
      return (await customProperties(item)).get(LOGGED_PROPERTY) === 'true';
    },
  };
}
