/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen } from '@testing-library/react';
import { NotAllowedError } from '../../../src/app/requireRole';
import { useDealErrors } from '../../../src/taskpane/modules/deals/hooks/useDealErrors';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(30_000);

/** A deal form's footer line for a failure the deal's own words cover. */
function Failed({ error }: { error: unknown }) {
  const errors = useDealErrors();
  return (
    <>
      <button onClick={() => errors.fail(error)}>Fail</button>
      <p data-testid="said">{errors.failure}</p>
    </>
  );
}

const closed = Object.assign(new Error('The deal is won; reopen it first'), { name: 'DealTransitionError', problem: 'closed' });

describe('a deal form’s failure the deal’s rules word', () => {
  it.each([
    ['a move the deal’s state refuses (en)', closed, undefined, 'The deal is closed: reopen it first.'],
    ['a role refusal (uk)', new NotAllowedError('manager', ['head-of-sales']), new FakeMailHost({ displayLanguage: 'uk-UA' }), 'Ваша роль не дозволяє цієї зміни.'],
  ])('keeps its own words for %s, with no code line', async (_, error, host, said) => {
    const { user } = await renderPane(<Failed error={error} />, { host });
    await user.click(await screen.findByRole('button', { name: 'Fail' }));
    expect(screen.getByTestId('said')).toHaveTextContent(new RegExp(`^${said.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });
});
