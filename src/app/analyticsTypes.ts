/** The analytics' shapes the UI works with, so screens depend on src/app rather than domain internals. */
export type { Alarm, AlarmKind, AlarmThresholds } from '../domain/analytics/alarms';
export type { CommissionRules, CommissionStatement, PayRule, StatementLine } from '../domain/analytics/commissions';
export type { CurrencyTotal } from '../domain/analytics/CurrencyTotal';
export type { Figure } from '../domain/analytics/Figure';
export type { MarketingDimension, MarketingRow } from '../domain/analytics/marketingEffectiveness';
export type { Period } from '../domain/analytics/Period';
export type { ProductKey, ProductSalesRow, ProductSplit } from '../domain/analytics/productSales';
export type { Condition, FilterGroup, GroupBy, Measure, MeasureKind, Operator, Query, QueryRecordKind, TimeBucket } from '../domain/analytics/query/Query';
export type { FieldSource, FieldType, QueryField } from '../domain/analytics/query/queryFields';
export type { QueryResult, QueryResultRow } from '../domain/analytics/query/runQuery';
export type { SalesDashboard } from '../domain/analytics/salesDashboard';
export { agingBuckets } from '../domain/analytics/receivables';
export { marketingDimensions } from '../domain/analytics/marketingEffectiveness';
export { measureKinds, operators, queryRecordKinds, timeBuckets, emptyQuery } from '../domain/analytics/query/Query';
export { queryFields, statusCodes } from '../domain/analytics/query/queryFields';
export { conditionProblem } from '../domain/analytics/query/conditionProblem';
export { monthsOf } from '../domain/analytics/Period';
export type { FigureAnswer, IdList, Wire } from './analyticsFigures';
