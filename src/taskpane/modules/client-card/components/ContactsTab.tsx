import { Button, Caption1, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { DeleteRegular, EditRegular, PersonAddRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { telHref } from '../../../../domain/model/PhoneNumber';
import type { Contact } from '../../../../domain/model/Contact';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { DeletedRowNotice } from '../../../ui/DeletedRowNotice';
import { FailureMessage } from '../../../ui/FailureMessage';
import { useWithdrawnOnFormError } from '../../../ui/latestOutcome';
import { useLeave, useRowsKeptWhileTyping } from '../../../ui/LeaveGuard';
import { useFailedLabel } from '../../../ui/useFailedLabel';
import type { FailureWords } from '../../../ui/useFailureWords';
import { clientCardStrings } from '../clientCardStrings';
import { ContactForm } from './ContactForm';

const useStyles = makeStyles({
  plain: { margin: 0 },
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  links: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  secondary: { color: tokens.colorNeutralForeground2 },
});

type ContactsTabProps = { clientId: string; contacts: Contact[] };

/** The client's contact people with mailto: and tel: links; add, edit, delete (after confirmation). */
export function ContactsTab({ clientId, contacts }: ContactsTabProps) {
  const { t } = useT(clientCardStrings);
  const app = useApp();
  const styles = useStyles();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Contact | null>(null);
  const [failure, setFailure] = useState<FailureWords | null>(null);
  const labelled = useFailedLabel();
  const addButton = useRef<HTMLButtonElement>(null);
  const { rows, rowRef, gone } = useRowsKeptWhileTyping(contacts, (c) => c.id);
  // Only the latest outcome shows: a failed delete's message is done with once a form opens here, or
  // shows its own error, and read beside the form as if it were about it.
  useWithdrawnOnFormError(() => setFailure(null));
  // One form at a time: opening another closes the open one, so it asks first if that one holds typing.
  const tab = useRef<HTMLDivElement>(null);
  const leave = useLeave();
  const openForm = (which: string | 'new') =>
    leave(() => {
      setFailure(null);
      setEditing(which);
    }, [tab.current]);

  const confirmDelete = async () => {
    if (!deleting) return;
    try {
      await app.deleteContact(deleting.id);
      setFailure(null);
    } catch (error) {
      setFailure(labelled((message) => t('deleteFailed', { message }), error));
    }
    setDeleting(null);
  };

  const sorted = [...rows].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <div ref={tab} className={styles.tab}>
      {editing === 'new' ? (
        <ContactForm clientId={clientId} onDone={() => setEditing(null)} />
      ) : (
        <div>
          <Button ref={addButton} icon={<PersonAddRegular />} onClick={() => openForm('new')}>
            {t('addContact')}
          </Button>
        </div>
      )}
      {failure && <FailureMessage {...failure} />}
      {!sorted.length && editing !== 'new' && <Text as="p" className={styles.plain}>{t('noContacts')}</Text>}
      <ul className={styles.list}>
        {sorted.map((c) =>
          editing === c.id ? (
            <li key={c.id} ref={rowRef(c.id)}>
              {gone(c.id) && <DeletedRowNotice record={{ kind: 'contact', name: c.name || c.emails[0] || '' }} />}
              <ContactForm clientId={clientId} contact={c} onDone={() => setEditing(null)} />
            </li>
          ) : (
            <li key={c.id} ref={rowRef(c.id)} className={styles.item}>
              <Text weight="semibold">{c.name || c.emails[0]}</Text>
              {c.position && <Caption1 className={styles.secondary}>{c.position}</Caption1>}
              <div className={styles.links}>
                {c.emails.map((e) => (
                  <Link key={e} href={`mailto:${e}`} aria-label={t('emailTo', { address: e })}>
                    {e}
                  </Link>
                ))}
                {c.phones.map((p) => {
                  const href = telHref(p);
                  // A value stored before phones were checked, with no digits to dial, shows as text.
                  return href ? (
                    <Link key={p} href={href} aria-label={t('callTo', { phone: p })}>
                      {p}
                    </Link>
                  ) : (
                    <Text key={p}>{p}</Text>
                  );
                })}
              </div>
              <div className={styles.actions}>
                <Button size="small" appearance="subtle" icon={<EditRegular />} aria-label={t('editContactOf', { name: c.name || c.emails[0] || '' })} onClick={() => openForm(c.id)}>
                  {t('editContact')}
                </Button>
                <Button size="small" appearance="subtle" icon={<DeleteRegular />} aria-label={t('deleteContactOf', { name: c.name || c.emails[0] || '' })} onClick={() => setDeleting(c)}>
                  {t('deleteContact')}
                </Button>
              </div>
            </li>
          ),
        )}
      </ul>
      <ConfirmDialog
        open={deleting !== null}
        title={t('deleteTitle', { name: deleting?.name || deleting?.emails[0] || '' })}
        confirmLabel={t('delete')}
        cancelLabel={t('cancel')}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDeleting(null)}
        fallbackFocus={() => addButton.current}
      >
        {t('deleteBody')}
      </ConfirmDialog>
    </div>
  );
}
