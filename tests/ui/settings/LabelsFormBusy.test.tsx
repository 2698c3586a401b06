/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import { LabelsForm } from '../../../src/taskpane/modules/settings/components/LabelsForm';
import { renderPane } from '../../support/renderPane';

describe('a settings list form while it saves', () => {
  it('keeps Save focusable, pressed with Enter, and saves once however often it is pressed again', async () => {
    const onSubmit = jest.fn(() => new Promise<string | undefined>(() => undefined));
    const { user } = await renderPane(<LabelsForm initial={{ en: 'Kyiv', uk: 'Київ' }} submitLabel="Save" onSubmit={onSubmit} />);
    const save = await screen.findByRole('button', { name: 'Save' });
    save.focus();
    await user.keyboard('{Enter}');
    // aria-disabled, not disabled: a disabled button drops the keyboard focus to the page.
    await waitFor(() => expect(save).toHaveAttribute('aria-disabled', 'true'));
    expect(save).not.toBeDisabled();
    expect(save).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});
