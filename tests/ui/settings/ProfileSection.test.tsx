/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { ProfileSection } from '../../../src/taskpane/modules/settings/components/ProfileSection';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

describe('ProfileSection', () => {
  it('keeps a long email address whole: cut short on screen, the full address on hover', async () => {
    const email = 'maria.koval-petrenko@sales.clientbook.example';
    await renderPane(<ProfileSection />, { host: new FakeMailHost({ user: { email, displayName: 'Maria Koval' } }) });
    const address = screen.getByText(email);
    expect(address).toHaveAttribute('title', email);
    expect(getComputedStyle(address).textOverflow).toBe('ellipsis');
    expect(getComputedStyle(address).whiteSpace).toBe('nowrap');
  });

  it('offers no hover text when Outlook gives no address', async () => {
    await renderPane(<ProfileSection />, { host: new FakeMailHost({ user: { email: '', displayName: 'Maria Koval' } }) });
    const profile = screen.getByRole('region', { name: 'Your profile' });
    expect(profile.querySelector('[title]')).toBeNull();
    expect(screen.getByText('—')).toBeInTheDocument();
  });
});
