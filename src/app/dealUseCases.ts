/**
 * Deals on the client card: create and edit (amount from lines or entered directly), move through
 * stages, close as Success or Refusal, reopen, and link history entries to a deal.
 */
import type { Deal } from '../domain/model/Deal';
import type { DealLine } from '../domain/model/DealLine';
import type { HistoryEntry } from '../domain/model/HistoryEntry';
import { MAX_AMOUNT_MINOR } from '../domain/model/Money';
import type { ReferenceItem } from '../domain/model/ReferenceItem';
import { dealAmount } from '../domain/rules/dealAmount';
import { activeStages, moveDealToStage, openedChange, refuseDeal, reopenDeal, stageProbability, winDeal, type Actor } from '../domain/rules/dealLifecycle';
import type { AppDeps } from './AppDeps';
import { changedFields } from './changedFields';
import { DeletedWhileEditingError, savedUnlessDeleted } from './DeletedWhileEditingError';
import { newDealCurrency } from './dealQueries';
import { checkAmount, checkCode, checkCurrency, checkDate, checkDiscount, checkPercent, checkQuantity } from './moneyChecks';
import { RecordNotFoundError } from './RecordNotFoundError';
import { requireMayDelete } from './requireRole';
import { ValidationError, type FieldError } from './validation';

export type DealLineInput = {
  /** Keeps the line's identity when editing; absent for a new line. */
  id?: string;
  /** A catalogue product, or '' / absent for a free-text line. */
  productId?: string;
  /** Free text; for a product line it defaults to the product's name. */
  description?: string;
  quantity: number;
  /** Minor units; for a product line it defaults to the product's price (same currency only). */
  unitPriceMinor?: number;
  discountPercent?: number;
};

export type DealInput = {
  clientId: string;
  title: string;
  /** Defaults to the currency of the client's latest deal, else the team's. */
  currency?: string;
  /** Member email; defaults to the signed-in user. */
  owner?: string;
  /** A 'dealStage' code; defaults to the first active stage. */
  stage?: string;
  /** Defaults to the stage's probability. */
  probability?: number;
  expectedCloseDate?: string;
  salesChannel?: string;
  campaignId?: string;
  /** When there are lines the amount follows from them and `amountMinor` must be left out. */
  lines?: DealLineInput[];
  /** The amount entered directly, for a deal without lines. */
  amountMinor?: number;
  notes?: string;
};

/** The editable fields of a deal; stage and status change only through their own use cases. */
export type DealChanges = Partial<Omit<DealInput, 'clientId' | 'stage'>>;

async function actor({ mailHost, clock }: AppDeps): Promise<Actor> {
  return { by: mailHost.userProfile().email.toLowerCase(), at: clock.now().toISOString() };
}

async function loadDeal(deps: AppDeps, id: string): Promise<Deal> {
  const deal = await deps.deals.getDeal(id);
  if (!deal) throw new RecordNotFoundError('deal', id);
  return deal;
}

/** Builds the lines, filling product names and prices from the catalogue; problems go to `errors`. */
async function buildLines(deps: AppDeps, inputs: readonly DealLineInput[], currency: string, errors: FieldError[]): Promise<DealLine[]> {
  const lines: DealLine[] = [];
  for (const [i, input] of inputs.entries()) {
    const at = (field: string) => `lines.${i}.${field}`;
    const productId = input.productId ?? '';
    const product = productId ? await deps.deals.getProduct(productId) : undefined;
    if (productId && !product) errors.push({ field: at('productId'), key: 'errors.unknownValue' });
    let unitPriceMinor = input.unitPriceMinor;
    if (unitPriceMinor === undefined && product) {
      if (product.currency === currency) unitPriceMinor = product.unitPriceMinor;
      else errors.push({ field: at('unitPriceMinor'), key: 'errors.currencyMismatch' });
    }
    const description = (input.description ?? product?.name ?? '').trim();
    if (!description && !productId) errors.push({ field: at('description'), key: 'errors.required' });
    if (unitPriceMinor === undefined) {
      if (!product) errors.push({ field: at('unitPriceMinor'), key: 'errors.required' });
    } else checkAmount(unitPriceMinor, at('unitPriceMinor'), errors);
    checkQuantity(input.quantity, at('quantity'), errors);
    const discountPercent = input.discountPercent ?? 0;
    checkDiscount(discountPercent, at('discountPercent'), errors);
    lines.push({ id: input.id ?? deps.ids.newId(), productId, description, quantity: input.quantity, unitPriceMinor: unitPriceMinor ?? 0, discountPercent });
  }
  return lines;
}

/**
 * The amount of a deal: from its lines, or the one entered. With lines, an entered amount other than
 * theirs is refused (a form may send the amount it shows; that one is fine).
 */
function amountOf(lines: DealLine[], direct: number | undefined, currency: string, errors: FieldError[]): number {
  if (lines.length) {
    if (errors.length) return 0;
    const minor = dealAmount(lines, currency).minor;
    if (direct !== undefined && direct !== null && direct !== minor) errors.push({ field: 'amountMinor', key: 'errors.amountFromLines' });
    else if (minor > MAX_AMOUNT_MINOR) errors.push({ field: 'amountMinor', key: 'errors.amountTooLarge' });
    return minor;
  }
  const minor = direct ?? 0;
  checkAmount(minor, 'amountMinor', errors);
  return minor;
}

async function checkDealFields(deps: AppDeps, items: readonly ReferenceItem[], d: Omit<Deal, 'lines'>, current: Deal | undefined, errors: FieldError[]) {
  if (!d.title.trim()) errors.push({ field: 'title', key: 'errors.required' });
  checkCurrency(d.currency, 'currency', errors);
  checkPercent(d.probability, 'probability', errors);
  checkDate(d.expectedCloseDate, 'expectedCloseDate', errors, { optional: true });
  checkCode(items, 'salesChannel', d.salesChannel, 'salesChannel', errors, { current: current?.salesChannel });
  if (d.campaignId && d.campaignId !== current?.campaignId && !(await deps.deals.getCampaign(d.campaignId))) {
    errors.push({ field: 'campaignId', key: 'errors.unknownValue' });
  }
}

/** Opens a deal for a client at its first stage (or the one given), with the stage's probability. */
export async function createDeal(deps: AppDeps, input: DealInput): Promise<Deal> {
  const { store, deals } = deps;
  const errors: FieldError[] = [];
  if (!(await store.getClient(input.clientId))) throw new RecordNotFoundError('client', input.clientId);
  const items = await store.referenceItems();
  const stage = input.stage ?? activeStages(items)[0]?.code ?? '';
  checkCode(items, 'dealStage', stage, 'stage', errors, { required: true });
  const who = await actor(deps);
  const currency = input.currency ?? newDealCurrency(await deals.dealsOf(input.clientId));
  const lines = await buildLines(deps, input.lines ?? [], currency, errors);
  const base: Omit<Deal, 'lines'> = {
    id: deps.ids.newId(),
    clientId: input.clientId,
    title: input.title.trim(),
    amountMinor: 0,
    currency,
    owner: (input.owner || who.by).trim().toLowerCase(),
    stage,
    probability: input.probability ?? stageProbability(items, stage),
    expectedCloseDate: input.expectedCloseDate ?? '',
    salesChannel: input.salesChannel ?? '',
    campaignId: input.campaignId ?? '',
    stageHistory: [openedChange(stage, who)],
    status: 'open',
    closedAt: '',
    refusal: null,
    notes: (input.notes ?? '').trim(),
    createdAt: who.at,
    updatedAt: who.at,
  };
  await checkDealFields(deps, items, base, undefined, errors);
  const amountMinor = amountOf(lines, input.amountMinor, currency, errors);
  if (errors.length) throw new ValidationError(errors);
  const deal: Deal = { ...base, lines, amountMinor };
  await deals.saveDeal(deal);
  return deal;
}

/** A deal's editable fields as its form sends them, to tell which of them the manager changed. */
function editableFields({ title, currency, owner, probability, expectedCloseDate, salesChannel, campaignId, notes, lines, amountMinor }: Deal): DealChanges {
  return { title, currency, owner, probability, expectedCloseDate, salesChannel, campaignId, notes, lines, amountMinor };
}

/**
 * Edits a deal's fields. Giving `lines` recomputes the amount; an empty list of lines lets the amount
 * be entered directly. The currency is fixed once the deal has planned receipts. With `read`, the deal
 * as the form opened it, only the fields changed from it are applied (saveClient says why).
 */
export async function updateDeal(deps: AppDeps, dealId: string, typed: DealChanges, read?: Deal): Promise<Deal> {
  const { store, deals, clock } = deps;
  const current = await deals.getDeal(dealId);
  const shown = read ?? current;
  if (!shown) throw new RecordNotFoundError('deal', dealId);
  const edited = { kind: 'deal', title: shown.title } as const;
  if (!current) throw new DeletedWhileEditingError(edited);
  const changes = read ? changedFields(editableFields(read), typed) : typed;
  const errors: FieldError[] = [];
  const currency = changes.currency ?? current.currency;
  if (currency !== current.currency && (await deals.invoicesOfDeal(dealId)).length) errors.push({ field: 'currency', key: 'errors.currencyLocked' });
  // A closed deal's probability is its outcome (100 won, 0 refused); it changes by reopening.
  if (current.status !== 'open' && changes.probability !== undefined && changes.probability !== current.probability) errors.push({ field: 'probability', key: 'errors.closedDeal' });
  const items = await store.referenceItems();
  const fields = Object.entries(changes).filter(([k, v]) => v !== undefined && k !== 'lines' && k !== 'amountMinor');
  const next: Deal = {
    ...current,
    ...Object.fromEntries(fields),
    title: (changes.title ?? current.title).trim(),
    owner: (changes.owner ?? current.owner).trim().toLowerCase(),
    notes: (changes.notes ?? current.notes).trim(),
    currency,
    updatedAt: clock.now().toISOString(),
  };
  await checkDealFields(deps, items, next, current, errors);
  const lines = changes.lines ? await buildLines(deps, changes.lines, currency, errors) : current.lines;
  const direct = lines.length ? changes.amountMinor : (changes.amountMinor ?? current.amountMinor);
  next.lines = lines;
  next.amountMinor = amountOf(lines, direct, currency, errors);
  if (errors.length) throw new ValidationError(errors);
  await savedUnlessDeleted(edited, () => deals.saveDeal(next, { read: read ?? current, basis: current }));
  return next;
}

/** Moves an open deal to another stage; its probability becomes the stage's default. */
export async function moveDealStage(deps: AppDeps, dealId: string, stage: string): Promise<Deal> {
  const deal = await loadDeal(deps, dealId);
  const moved = moveDealToStage(deal, stage, await deps.store.referenceItems(), await actor(deps));
  await deps.deals.saveDeal(moved);
  return moved;
}

/** Closes a deal as Success. */
export async function closeDealAsWon(deps: AppDeps, dealId: string, note = ''): Promise<Deal> {
  const won = winDeal(await loadDeal(deps, dealId), await actor(deps), note);
  await deps.deals.saveDeal(won);
  return won;
}

/** Closes a deal as Refusal with a reason from the 'refusalReason' list; the current stage is recorded. */
export async function closeDealAsRefused(deps: AppDeps, dealId: string, reason: string, note = ''): Promise<Deal> {
  const deal = await loadDeal(deps, dealId);
  const errors: FieldError[] = [];
  checkCode(await deps.store.referenceItems(), 'refusalReason', reason, 'reason', errors, { required: true });
  if (errors.length) throw new ValidationError(errors);
  const refused = refuseDeal(deal, reason, await actor(deps), note);
  await deps.deals.saveDeal(refused);
  return refused;
}

/** Reopens a won or refused deal; the closing and the reopening stay in its stage history. */
export async function reopenClosedDeal(deps: AppDeps, dealId: string, note = ''): Promise<Deal> {
  const reopened = reopenDeal(await loadDeal(deps, dealId), await deps.store.referenceItems(), await actor(deps), note);
  await deps.deals.saveDeal(reopened);
  return reopened;
}

export type LinkHistoryOptions = {
  /** Take the entry off the deal it is linked to: only where the manager chose to move it. */
  move?: boolean;
};

/**
 * Links a history entry to a deal of the same client ('' unlinks it). An entry already linked to
 * another deal stays there unless `move` is asked: moved silently, it would leave that deal's
 * timeline without a word (a logged email is one entry, whichever button links it). A link to a
 * deal since deleted holds nothing and may be replaced.
 */
export async function linkHistoryToDeal(deps: AppDeps, entryId: string, dealId: string, { move = false }: LinkHistoryOptions = {}): Promise<HistoryEntry> {
  const entry = await deps.store.getHistoryEntry(entryId);
  if (!entry) throw new RecordNotFoundError('historyEntry', entryId);
  if (dealId) {
    const deal = await loadDeal(deps, dealId);
    if (deal.clientId !== entry.clientId) throw new ValidationError([{ field: 'dealId', key: 'errors.otherClient' }]);
    const linkedTo = entry.dealId ?? '';
    if (linkedTo && linkedTo !== dealId && !move && (await deps.deals.getDeal(linkedTo))) {
      throw new ValidationError([{ field: 'dealId', key: 'errors.otherDeal' }]);
    }
  }
  const linked: HistoryEntry = { ...entry, dealId, updatedAt: deps.clock.now().toISOString() };
  await deps.store.recordHistory(linked, null);
  return linked;
}

/**
 * Deletes a deal entered by mistake, with its planned receipts, so it leaves the refusal and sales
 * figures a refusal would have stayed in. Money received is a fact: a deal with payments is refused
 * until they are deleted. Its history entries stay on the client's history, still naming it: they
 * record contacts that happened, and rewriting them would send an edit of each to the team store.
 * Only the head of sales or the deal's own manager may (mayDelete).
 */
export async function deleteDeal(deps: AppDeps, dealId: string): Promise<void> {
  await requireMayDelete(deps, (await loadDeal(deps, dealId)).owner);
  if ((await deps.deals.paymentsOfDeal(dealId)).length) throw new ValidationError([{ field: 'dealId', key: 'errors.hasPayments' }]);
  await deps.deals.deleteDeal(dealId);
}
