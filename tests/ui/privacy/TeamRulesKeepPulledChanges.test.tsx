/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, waitFor } from '@testing-library/react';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { TEAM_LOGGING_POLICY_ID } from '../../../src/domain/model/LoggingSettings';
import { LoggingRulesSection } from '../../../src/taskpane/modules/settings/components/LoggingRulesSection';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(20_000);

it('Save team rules keeps the never-log rule another head of sales added while the form was open, beside the allowance chosen in it', async () => {
  const { user, dbName } = await renderPane(<LoggingRulesSection />, {
    seed: (app) => app.logging.saveTeamPolicy({ internalDomains: [], neverLog: [], storedPart: 'body' }),
  });
  await user.selectOptions(await screen.findByLabelText('A logged email keeps at most'), 'Also the subject');

  // The sync pulls the colleague's edit into the store while the form is open.
  const db = new ClientbookDb(dbName);
  await db.loggingSettings.update(TEAM_LOGGING_POLICY_ID, { neverLog: ['hr@fabrikam.com'] });
  await user.click(screen.getByRole('button', { name: 'Save team rules' }));

  expect(await screen.findByText('Saved.')).toBeInTheDocument();
  await waitFor(async () => expect(await db.loggingSettings.get(TEAM_LOGGING_POLICY_ID)).toMatchObject({ neverLog: ['hr@fabrikam.com'], storedPart: 'subject' }));
});
