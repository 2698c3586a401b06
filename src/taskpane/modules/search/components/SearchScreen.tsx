import { Body1, Button, Caption1, Field, makeStyles, SearchBox, Spinner, Subtitle1, tokens } from '@fluentui/react-components';
import { PersonAddRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { searchPage } from '../../../../app/queries';
import { useT } from '../../../i18n/useT';
import { LiveNotice } from '../../../ui/LiveNotice';
import { FailureMessage } from '../../../ui/FailureMessage';
import { useFailedLabel } from '../../../ui/useFailedLabel';
import { useNavigation } from '../../../ui/Route';
import { useRemembered } from '../../../ui/useRemembered';
import { useClientSearch, type SearchShown } from '../hooks/useClientSearch';
import { searchStrings } from '../searchStrings';
import { draftFromQuery } from '../utils/draftFromQuery';
import { ClientHitCard } from './ClientHitCard';

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  summary: { color: tokens.colorNeutralForeground2 },
  more: { alignSelf: 'flex-start' },
  // A client Show more brings to the top keeps a little room above it, where its focus ring shows.
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, '& > li': { scrollMarginTop: tokens.spacingVerticalM } },
  empty: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

/** Search clients by name, contact email and domain; open a card, or create the client that is missing. After Delete client, says it was deleted. */
export function SearchScreen() {
  const styles = useStyles();
  const { t } = useT(searchStrings);
  const labelled = useFailedLabel();
  const { go, route } = useNavigation();
  const deletedClient = route.screen === 'search' ? (route.deletedClient ?? '') : '';
  // Said once, not again on coming back here from a card opened below it; after the first render,
  // into a live region already in the page, so screen readers announce it.
  const [deletionSaid, setDeletionSaid] = useRemembered('deletedClientSaid', false);
  const [saysDeletion] = useState(() => deletedClient !== '' && !deletionSaid);
  useEffect(() => {
    if (saysDeletion) setDeletionSaid(true);
  }, [saysDeletion, setDeletionSaid]);
  // Kept with the screen's place: Back from a client opened here finds the search and its list as left.
  const [text, setText] = useRemembered('text', '');
  const [shownFor, setShownFor] = useRemembered<SearchShown>('shown', { term: '', limit: searchPage });
  const { term, hits, total, totalCapped, loading, error } = useClientSearch(text, shownFor);
  const list = useRef<HTMLUListElement>(null);
  // Show more hands the focus to the first client it added, once they are drawn; it is itself pushed down.
  const firstAdded = useRef<number | null>(null);
  useEffect(() => {
    const from = firstAdded.current;
    if (from === null || !hits || hits.length <= from) return;
    firstAdded.current = null;
    const added = list.current?.children[from];
    added?.querySelector('button')?.focus({ preventScroll: true });
    // At the top of the pane, with the ones added after it below: scrolled into view just enough, it sat under the status line.
    added?.scrollIntoView?.({ block: 'start' });
  }, [hits]);
  const shown = hits?.length ?? 0;
  const unshown = term ? (totalCapped ? total + 1 : total) - shown : 0;
  const showMore = () => {
    firstAdded.current = shown;
    setShownFor({ term, limit: shown + searchPage });
  };
  const create = () => go({ screen: 'create-client', draft: draftFromQuery(text) });
  // Enter opens the one client found; pressed before the answer for what was typed arrived, it waits for it.
  const [enterFor, setEnterFor] = useState<string | null>(null);
  useEffect(() => {
    if (enterFor && enterFor === term && !loading && hits?.length === 1) go({ screen: 'client', clientId: hits[0]!.client.id, tab: 'card' });
  }, [enterFor, term, loading, hits, go]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    setEnterFor(text.trim());
  };
  return (
    <section className={styles.screen} aria-labelledby="search-heading">
      <div className={styles.head}>
        <Subtitle1 as="h2" id="search-heading">
          {t('heading')}
        </Subtitle1>
        <Button appearance="primary" icon={<PersonAddRegular />} onClick={create}>
          {t('createClient')}
        </Button>
      </div>
      <LiveNotice message={saysDeletion && deletionSaid ? t('clientDeleted', { name: deletedClient }) : ''} />
      <Field label={t('label')} hint={t('hint')}>
        <SearchBox
          value={text}
          onChange={(_, data) => {
            setText(data.value);
            setEnterFor(null);
          }}
          onKeyDown={onKeyDown}
          placeholder={t('placeholder')}
          autoComplete="off"
          dismiss={{ 'aria-label': t('clear') }}
          autoFocus
        />
      </Field>
      {error ? (
        <FailureMessage {...labelled((message) => t('failed', { message }), error)} />
      ) : !hits ? (
        <Spinner size="tiny" label={t('searching')} />
      ) : hits.length === 0 ? (
        <div className={styles.empty} role="status">
          <Body1>{term ? t('noResults', { text: term }) : t('noClients')}</Body1>
          {term && <Caption1>{t('noResultsHint')}</Caption1>}
        </div>
      ) : (
        <>
          <Caption1 className={styles.summary} role="status" aria-busy={loading}>
            {!term ? t('recent') : totalCapped ? t('foundOver', { count: total, shown }) : unshown > 0 ? t('foundSome', { count: total, shown }) : t('found', { count: shown })}
          </Caption1>
          <ul className={styles.list} ref={list}>
            {hits.map((hit) => (
              <li key={hit.client.id}>
                <ClientHitCard hit={hit} />
              </li>
            ))}
          </ul>
          {unshown > 0 && (
            <Button className={styles.more} onClick={showMore} disabledFocusable={loading}>
              {t('showMore', { count: Math.min(unshown, searchPage) })}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
