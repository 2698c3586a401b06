import { makeStyles, MessageBar, MessageBarBody, Subtitle1, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Template } from '../../../../domain/model/Template';
import { useT } from '../../../i18n/useT';
import { OverflowTabs } from '../../../ui/OverflowTabs';
import { useMailItem } from '../../../ui/useMailItem';
import { useMailingsApp } from '../hooks/useMailingsApp';
import { mailingsStrings } from '../mailingsStrings';
import { BulkMailing } from './BulkMailing';
import { MailingSettingsForm } from './MailingSettingsForm';
import { TemplateEditor } from './TemplateEditor';
import { TemplateList } from './TemplateList';

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
});

const allTabs = ['templates', 'bulk', 'settings'] as const;
type Tab = (typeof allTabs)[number];
/** While a message is being written the screen offers its templates and settings, not a bulk mailing. */
const composeTabs: readonly Tab[] = ['templates', 'settings'];
const tabLabel = { templates: 'tabTemplates', bulk: 'tabBulk', settings: 'tabSettings' } as const;

/** Mailings: templates (and inserting one into the message being written), bulk mailing, settings. */
export function MailingsScreen() {
  const styles = useStyles();
  const { t } = useT(mailingsStrings);
  const { mailings } = useMailingsApp();
  const { item } = useMailItem();
  const [tab, setTab] = useState<Tab>('templates');
  const [editing, setEditing] = useState<{ template: Template | null } | null>(null);
  return (
    <section className={styles.screen} aria-labelledby="mailings-heading">
      <Subtitle1 as="h2" id="mailings-heading">
        {t('heading')}
      </Subtitle1>
      {!mailings ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('cannotSend')}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <OverflowTabs
            tabs={item?.mode === 'compose' ? composeTabs : allTabs}
            keepOrder={allTabs}
            selected={tab}
            onSelect={setTab}
            labelOf={(key) => t(tabLabel[key])}
            label={t('sections')}
            more={t('moreTabs')}
            moreLabel={(n) => t('moreTabsLabel', { n })}
          />
          {tab === 'templates' &&
            (editing ? (
              <TemplateEditor key={editing.template?.id ?? 'new'} mailings={mailings} template={editing.template} onDone={() => setEditing(null)} />
            ) : (
              <TemplateList mailings={mailings} onEdit={(template) => setEditing({ template })} />
            ))}
          {tab === 'bulk' && <BulkMailing mailings={mailings} />}
          {tab === 'settings' && <MailingSettingsForm mailings={mailings} />}
        </>
      )}
    </section>
  );
}
