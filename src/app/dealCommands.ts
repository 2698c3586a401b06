import type { Campaign } from '../domain/model/Campaign';
import type { Deal } from '../domain/model/Deal';
import type { Invoice } from '../domain/model/Invoice';
import type { Payment } from '../domain/model/Payment';
import type { Product } from '../domain/model/Product';
import type { ServiceCase } from '../domain/model/ServiceCase';
import type { AppDeps } from './AppDeps';
import { saveCampaign, tieClientToCampaign, type CampaignInput } from './campaignUseCases';
import { saveProduct, type ProductInput } from './catalogueUseCases';
import { closeDealAsRefused, closeDealAsWon, createDeal, deleteDeal, linkHistoryToDeal, moveDealStage, reopenClosedDeal, updateDeal, type DealChanges, type DealInput, type LinkHistoryOptions } from './dealUseCases';
import { recordDepartmentEntry, type DepartmentEntryInput } from './departmentEntryUseCases';
import { correctPayment, deletePayment, deletePlannedReceipt, recordPayment, savePlannedReceipt, type PaymentCorrection, type PaymentInput, type PlannedReceiptInput } from './paymentUseCases';
import { retireReferenceValue, setStageProbability, type RetireInput } from './referenceUseCases';
import { openServiceCase, updateServiceCase, type ServiceCaseChanges, type ServiceCaseInput } from './serviceCaseUseCases';

/**
 * What changes deals, money, campaigns, service cases and picklist values in use (issue 4), bound to
 * one set of ports. createApp loads it on the first such change: home and the first card need none.
 */
export function dealCommands(deps: AppDeps) {
  return {
    saveProduct: (input: ProductInput, read?: Product) => saveProduct(deps, input, read),
    create: (input: DealInput) => createDeal(deps, input),
    update: (dealId: string, changes: DealChanges, read?: Deal) => updateDeal(deps, dealId, changes, read),
    delete: (dealId: string) => deleteDeal(deps, dealId),
    moveToStage: (dealId: string, stage: string) => moveDealStage(deps, dealId, stage),
    closeAsWon: (dealId: string, note?: string) => closeDealAsWon(deps, dealId, note),
    closeAsRefused: (dealId: string, reason: string, note?: string) => closeDealAsRefused(deps, dealId, reason, note),
    reopen: (dealId: string, note?: string) => reopenClosedDeal(deps, dealId, note),
    linkHistory: (entryId: string, dealId: string, options?: LinkHistoryOptions) => linkHistoryToDeal(deps, entryId, dealId, options),
    savePlannedReceipt: (input: PlannedReceiptInput, read?: Invoice) => savePlannedReceipt(deps, input, read),
    deletePlannedReceipt: (invoiceId: string) => deletePlannedReceipt(deps, invoiceId),
    recordPayment: (input: PaymentInput) => recordPayment(deps, input),
    correctPayment: (paymentId: string, input: PaymentCorrection, read?: Payment) => correctPayment(deps, paymentId, input, read),
    deletePayment: (paymentId: string) => deletePayment(deps, paymentId),
    saveCampaign: (input: CampaignInput, read?: Campaign) => saveCampaign(deps, input, read),
    tieClientToCampaign: (clientId: string, campaignId: string) => tieClientToCampaign(deps, clientId, campaignId),
    openServiceCase: (input: ServiceCaseInput) => openServiceCase(deps, input),
    updateServiceCase: (id: string, changes: ServiceCaseChanges, read?: ServiceCase) => updateServiceCase(deps, id, changes, read),
    recordDepartmentEntry: (input: DepartmentEntryInput) => recordDepartmentEntry(deps, input),
    retireReferenceValue: (input: RetireInput) => retireReferenceValue(deps, input),
    setStageProbability: (code: string, probability: number) => setStageProbability(deps, code, probability),
  };
}
