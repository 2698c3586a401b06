import type { Product, ProductProperty } from '../domain/model/Product';
import type { AppDeps } from './AppDeps';
import { changedFields } from './changedFields';
import { DeletedWhileEditingError, savedUnlessDeleted } from './DeletedWhileEditingError';
import { checkAmount, checkCode, checkCurrency } from './moneyChecks';
import { RecordNotFoundError } from './RecordNotFoundError';
import { requireRole } from './requireRole';
import { ValidationError, type FieldError } from './validation';

export type ProductInput = {
  /** Absent for a new product. */
  id?: string;
  name: string;
  code: string;
  category: string;
  unitPriceMinor: number;
  currency: string;
  properties?: ProductProperty[];
  archived?: boolean;
};

/** A product's fields as its form sends them, to tell which of them were changed. */
function productFields({ id, name, code, category, unitPriceMinor, currency, properties, archived }: Product): ProductInput {
  return { id, name, code, category, unitPriceMinor, currency, properties, archived };
}

/**
 * Adds or edits a catalogue product (the head of sales' job). Codes are unique (case-insensitive);
 * prices are minor units. With `read`, the product as the form opened it, only the fields changed
 * from it are applied (saveClient says why).
 */
export async function saveProduct(deps: AppDeps, typed: ProductInput, read?: Product): Promise<Product> {
  const { deals, store, ids, clock } = deps;
  await requireRole(deps, ['head-of-sales']);
  const existing = typed.id ? await deals.getProduct(typed.id) : undefined;
  const edited = { kind: 'product', name: (read ?? typed).name.trim() } as const;
  if (typed.id && !existing) throw read ? new DeletedWhileEditingError(edited) : new RecordNotFoundError('product', typed.id);
  const input = read && existing ? { ...productFields(existing), ...changedFields(productFields(read), typed) } : typed;
  const errors: FieldError[] = [];
  const name = input.name.trim();
  const code = input.code.trim();
  if (!name) errors.push({ field: 'name', key: 'errors.required' });
  if (code) {
    const all = await deals.products();
    if (all.some((p) => p.id !== input.id && p.code.toLowerCase() === code.toLowerCase())) errors.push({ field: 'code', key: 'errors.duplicateCode' });
  }
  checkCode(await store.referenceItems(), 'productCategory', input.category, 'category', errors, { current: existing?.category });
  checkAmount(input.unitPriceMinor, 'unitPriceMinor', errors);
  checkCurrency(input.currency, 'currency', errors);
  if (errors.length) throw new ValidationError(errors);
  const now = clock.now().toISOString();
  const product: Product = {
    id: existing?.id ?? ids.newId(),
    name,
    code,
    category: input.category,
    unitPriceMinor: input.unitPriceMinor,
    currency: input.currency,
    properties: (input.properties ?? existing?.properties ?? [])
      .map((p) => ({ name: p.name.trim(), value: p.value.trim() }))
      .filter((p) => p.name),
    archived: input.archived ?? existing?.archived ?? false,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  await savedUnlessDeleted(edited, () => deals.saveProduct(product, existing && { read: read ?? existing, basis: existing }));
  return product;
}
