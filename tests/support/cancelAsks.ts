import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/**
 * Types `typed` into `field` of the open form, then presses its Cancel: "Close without saving?" is
 * asked with the focus on "Keep editing", which keeps the typing; asked again, "Close without saving"
 * closes the form.
 */
export async function cancelAsks(user: UserEvent, form: () => HTMLElement | null, field: () => HTMLElement, typed: string) {
  await user.type(field(), typed);
  await user.click(within(form() as HTMLElement).getByRole('button', { name: 'Cancel' }));
  const dialog = await screen.findByRole('dialog', { name: 'Close without saving?' });
  expect(within(dialog).getByText('What you typed in this form is not saved yet. Closing it loses it.')).toBeInTheDocument();
  await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Keep editing' })).toHaveFocus());
  await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
  await waitFor(() => expect(dialog).not.toBeInTheDocument());
  expect(form()).toBeInTheDocument();
  expect(field()).toHaveValue(typed);

  await user.click(within(form() as HTMLElement).getByRole('button', { name: 'Cancel' }));
  await user.click(await screen.findByRole('button', { name: 'Close without saving' }));
  await waitFor(() => expect(form()).not.toBeInTheDocument());
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
}
