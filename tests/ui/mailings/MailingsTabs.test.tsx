/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { MailingsScreen } from '../../../src/taskpane/modules/mailings/components/MailingsScreen';
import { layOutPane } from '../../support/layOutPane';
import { renderPane } from '../../support/renderPane';

afterEach(() => jest.restoreAllMocks());

describe('the mailings sections in a narrow pane', () => {
  it('keeps the sections in one row and opens the one that does not fit from More', async () => {
    layOutPane(200);
    const { user } = await renderPane(<MailingsScreen />);

    const row = await screen.findByRole('tablist', { name: 'Mailing sections' });
    expect(within(row).getByRole('tab', { name: 'Templates' })).toHaveAttribute('aria-selected', 'true');
    const more = await within(row).findByRole('tab', { name: /^More sections: \d$/ });
    expect(within(row).queryByRole('tab', { name: 'Mailing settings' })).not.toBeInTheDocument();

    await user.click(more);
    await user.click(within(await screen.findByRole('menu')).getByRole('menuitem', { name: 'Mailing settings' }));
    expect(within(row).getByRole('tab', { name: 'Mailing settings' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('textbox', { name: /Never-mail domains/ })).toBeInTheDocument();
  });

  it('shows every section as a tab where the pane is wide enough', async () => {
    layOutPane(600);
    await renderPane(<MailingsScreen />);
    const row = await screen.findByRole('tablist', { name: 'Mailing sections' });
    for (const name of ['Templates', 'Bulk mailing', 'Mailing settings']) expect(within(row).getByRole('tab', { name })).toBeInTheDocument();
    expect(within(row).queryByRole('tab', { name: /^More sections/ })).not.toBeInTheDocument();
  });
});
