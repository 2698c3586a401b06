import { Caption1, Checkbox, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { formatMoney } from '../../../../domain/model/Money';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { EditableListScreen } from '../../../ui/EditableListScreen';
import { useLive } from '../../../ui/useLive';
import { useRecordListStyles } from '../../../ui/useRecordListStyles';
import { useReferenceItems } from '../../../ui/useReferenceItems';
import { catalogueStrings } from '../catalogueStrings';
import { ProductForm } from './ProductForm';

const useStyles = makeStyles({
  properties: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The catalogue: every product with its code, category, price and properties; the head of sales edits it. */
export function CatalogueScreen() {
  const { t, locale } = useT(catalogueStrings);
  const app = useApp();
  const styles = useStyles();
  const listStyles = useRecordListStyles();
  const { labelOf } = useReferenceItems();
  const [showArchived, setShowArchived] = useState(false);
  const { data, error } = useLive(() => app.deals.queries.products(), []);
  const canEdit = useLive(() => app.logging.canEditTeamPolicy(), []).data ?? false;

  return (
    <EditableListScreen
      kind="product"
      items={data?.filter((p) => showArchived || !p.archived)}
      error={error}
      labels={t}
      hint={canEdit ? t('hint') : t('readOnly')}
      addLabel={t('addProduct')}
      canEdit={canEdit}
      filters={
        data?.some((p) => p.archived) && <Checkbox label={t('showArchived')} checked={showArchived} onChange={(_, d) => setShowArchived(d.checked === true)} />
      }
      renderForm={(p, { onSaved, onCancel }) => <ProductForm product={p} onCancel={onCancel} onSaved={onSaved} />}
      renderDetails={(p) => (
        <>
          <Text>{formatMoney({ minor: p.unitPriceMinor, currency: p.currency }, locale)}</Text>
          <Caption1 className={listStyles.muted}>{[p.code, p.category && labelOf('productCategory', p.category)].filter(Boolean).join(' · ')}</Caption1>
          {p.properties.length > 0 && (
            <ul className={styles.properties}>
              {p.properties.map((prop) => (
                <li key={prop.name}>
                  <Caption1>{`${prop.name}: ${prop.value}`}</Caption1>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    />
  );
}
