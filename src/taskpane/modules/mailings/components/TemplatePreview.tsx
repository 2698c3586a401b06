import { Caption1, Field, makeStyles, MessageBar, MessageBarBody, Select, Subtitle2, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Mailings } from '../../../../app/mailingUseCases';
import { sanitiseHtml } from '../../../../app/sanitiseHtml';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { useLive } from '../../../ui/useLive';
import { useMergeFieldName } from '../hooks/useMergeFieldName';
import { mailingsStrings } from '../mailingsStrings';

const useStyles = makeStyles({
  preview: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  message: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: 'anywhere',
    '& p': { marginTop: 0 },
  },
  subject: { fontWeight: tokens.fontWeightSemibold },
  // As wide as the pane, not as the longest client's name: "No recipient (merge fields empty)" ran past a 320 px pane.
  select: { minWidth: 0 },
});

type RenderedTemplate = Awaited<ReturnType<Mailings['preview']>>;

export type TemplatePreviewProps = { mailings: Mailings; subject: string; bodyHtml: string };

/** The template filled for a chosen contact, with the fields that are empty for them. */
export function TemplatePreview({ mailings, subject, bodyHtml }: TemplatePreviewProps) {
  const styles = useStyles();
  const app = useApp();
  const { t } = useT(mailingsStrings);
  const [clientId, setClientId] = useState('');
  const [contactId, setContactId] = useState('');
  const clients = useLive(async () => (await app.queries.searchClients('', 200)).map((h) => h.client).sort((a, b) => a.name.localeCompare(b.name)), []);
  const card = useLive(() => (clientId ? app.queries.clientCard(clientId) : Promise.resolve(null)), [clientId]);
  const [rendered, setRendered] = useState<RenderedTemplate | null>(null);
  useEffect(() => {
    let live = true;
    void mailings.preview({ subject, bodyHtml }, clientId || null, contactId || null).then((r) => live && setRendered(r));
    return () => {
      live = false;
    };
  }, [mailings, subject, bodyHtml, clientId, contactId]);

  const fieldName = useMergeFieldName(mailings.fields);
  const list = (fields: string[]) => fields.map(fieldName).join(', ');
  return (
    <section className={styles.preview} aria-labelledby="template-preview-heading">
      <Subtitle2 as="h3" id="template-preview-heading">
        {t('previewHeading')}
      </Subtitle2>
      <Field label={t('previewFor')}>
        <Select
          className={styles.select}
          value={clientId}
          onChange={(_, d) => {
            setClientId(d.value);
            setContactId('');
          }}
        >
          <option value="">{t('previewNobody')}</option>
          {(clients.data ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
      </Field>
      {clientId && (card.data?.contacts.length ?? 0) > 0 && (
        <Select className={styles.select} aria-label={t('previewFor')} value={contactId} onChange={(_, d) => setContactId(d.value)}>
          <option value="">—</option>
          {card.data!.contacts.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name || c.emails[0]}
            </option>
          ))}
        </Select>
      )}
      {rendered && rendered.emptyFields.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('emptyFields', { fields: list(rendered.emptyFields) })}</MessageBarBody>
        </MessageBar>
      )}
      {rendered && rendered.unknownFields.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('unknownFields', { fields: list(rendered.unknownFields) })}</MessageBarBody>
        </MessageBar>
      )}
      {rendered && rendered.fallbackFields.length > 0 && <Caption1>{t('fallbackFields', { fields: list(rendered.fallbackFields) })}</Caption1>}
      {rendered && (
        <div className={styles.message} data-testid="template-preview">
          <div className={styles.subject}>{rendered.subject}</div>
          {/* Filled values are escaped and the template is sanitised; sanitised once more for display. */}
          <div dangerouslySetInnerHTML={{ __html: sanitiseHtml(rendered.html) }} />
        </div>
      )}
    </section>
  );
}
