import { conditionProblem } from '../../../src/domain/analytics/query/conditionProblem';

describe('conditionProblem', () => {
  it('asks for a number where a blank or a word would compare as 0 or match nothing', () => {
    expect(conditionProblem({ field: 'amount', op: 'gt', value: ' ' }, 'money')).toBe('valueMissing');
    expect(conditionProblem({ field: 'amount', op: 'gt', value: 'ten' }, 'money')).toBe('notANumber');
    expect(conditionProblem({ field: 'amount', op: 'gte', value: '1 500,50' }, 'money')).toBeNull();
    expect(conditionProblem({ field: 'probability', op: 'lt', value: '40' }, 'number')).toBeNull();
  });

  it('asks for a real date', () => {
    expect(conditionProblem({ field: 'closedAt', op: 'gte', value: '' }, 'date')).toBe('valueMissing');
    expect(conditionProblem({ field: 'closedAt', op: 'gte', value: '2026-13-45' }, 'date')).toBe('notADate');
    expect(conditionProblem({ field: 'closedAt', op: 'gte', value: '2026-03-01' }, 'date')).toBeNull();
  });

  it('takes a blank for "is" only where the value is picked from a list, and none for "is empty"', () => {
    expect(conditionProblem({ field: 'region', op: 'eq', value: '' }, 'text', true)).toBeNull();
    expect(conditionProblem({ field: 'title', op: 'eq', value: '' }, 'text')).toBe('valueMissing');
    expect(conditionProblem({ field: 'title', op: 'contains', value: '' }, 'text')).toBe('valueMissing');
    expect(conditionProblem({ field: 'amount', op: 'empty', value: '' }, 'money')).toBeNull();
  });
});
