import { Badge, Button, Caption1, Checkbox, makeStyles, MessageBar, MessageBarBody, Spinner, Subtitle1, Text, tokens } from '@fluentui/react-components';
import { AddRegular, EditRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { formatMoney } from '../../../../domain/model/Money';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { useLive } from '../../../ui/useLive';
import { useReferenceItems } from '../../../ui/useReferenceItems';
import { catalogueStrings } from '../catalogueStrings';
import { ProductForm } from './ProductForm';

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground2 },
  properties: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The catalogue: every product with its code, category, price and properties; the head of sales edits it. */
export function CatalogueScreen() {
  const { t, locale } = useT(catalogueStrings);
  const app = useApp();
  const styles = useStyles();
  const { labelOf } = useReferenceItems();
  const [editing, setEditing] = useState<string | null>(null);
  const [showArchived, setShowArchived] = useState(false);
  const [notice, setNotice] = useState('');
  const { data, error } = useLive(() => app.deals.queries.products(), []);
  const canEdit = useLive(() => app.logging.canEditTeamPolicy(), []).data ?? false;

  if (error) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{t('loadFailed', { message: error instanceof Error ? error.message : String(error) })}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!data) return <Spinner size="small" label={t('loading')} />;
  const products = data.filter((p) => showArchived || !p.archived);
  const saved = (name: string) => {
    setEditing(null);
    setNotice(t('saved', { name }));
  };

  return (
    <div className={styles.screen}>
      <Subtitle1 as="h1" id="catalogue-heading">
        {t('heading')}
      </Subtitle1>
      <Caption1 className={styles.muted}>{canEdit ? t('hint') : t('readOnly')}</Caption1>
      {canEdit &&
        (editing === 'new' ? (
          <ProductForm onCancel={() => setEditing(null)} onSaved={(p) => saved(p.name)} />
        ) : (
          <div>
            <Button
              appearance="primary"
              icon={<AddRegular />}
              onClick={() => {
                setNotice('');
                setEditing('new');
              }}
            >
              {t('addProduct')}
            </Button>
          </div>
        ))}
      <div aria-live="polite">
        {notice && (
          <MessageBar intent="success">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {data.some((p) => p.archived) && <Checkbox label={t('showArchived')} checked={showArchived} onChange={(_, d) => setShowArchived(d.checked === true)} />}
      {products.length ? (
        <ul className={styles.list} aria-labelledby="catalogue-heading">
          {products.map((p) =>
            editing === p.id ? (
              <li key={p.id}>
                <ProductForm product={p} onCancel={() => setEditing(null)} onSaved={(s) => saved(s.name)} />
              </li>
            ) : (
              <li key={p.id} className={styles.item} aria-label={p.name}>
                <div className={styles.line}>
                  <Text weight="semibold" className={styles.grow}>
                    {p.name}
                  </Text>
                  {p.archived && (
                    <Badge appearance="outline" color="subtle" shape="rounded">
                      {t('archivedBadge')}
                    </Badge>
                  )}
                  {canEdit && (
                    <Button
                      appearance="subtle"
                      size="small"
                      icon={<EditRegular />}
                      aria-label={t('edit', { name: p.name })}
                      title={t('edit', { name: p.name })}
                      onClick={() => {
                        setNotice('');
                        setEditing(p.id);
                      }}
                    />
                  )}
                </div>
                <Text>{formatMoney({ minor: p.unitPriceMinor, currency: p.currency }, locale)}</Text>
                <Caption1 className={styles.muted}>{[p.code, p.category && labelOf('productCategory', p.category)].filter(Boolean).join(' · ')}</Caption1>
                {p.properties.length > 0 && (
                  <ul className={styles.properties}>
                    {p.properties.map((prop) => (
                      <li key={prop.name}>
                        <Caption1>{`${prop.name}: ${prop.value}`}</Caption1>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ),
          )}
        </ul>
      ) : (
        <Text className={styles.muted}>{t('empty')}</Text>
      )}
    </div>
  );
}
