import { mergeRecords } from '../../../src/sync/mergeRecords';
import type { SyncRecord } from '../../../src/sync/syncPorts';

const record = (fields: Record<string, unknown>, updatedAt: string): SyncRecord => ({ id: 'c1', createdAt: '2026-01-01T00:00:00.000Z', ...fields, updatedAt });

describe('mergeRecords', () => {
  const base = record({ name: 'Contoso', phone: '1', notes: '', domains: ['contoso.com'] }, '2026-01-01T00:00:00.000Z');

  it('takes each side’s own changes without a conflict', () => {
    const local = record({ ...base, phone: '2' }, '2026-01-02T00:00:00.000Z');
    const remote = record({ ...base, domains: ['contoso.com', 'contoso.ua'] }, '2026-01-03T00:00:00.000Z');
    const { record: merged, conflicts } = mergeRecords(base, local, remote);
    expect(merged).toMatchObject({ phone: '2', domains: ['contoso.com', 'contoso.ua'], updatedAt: '2026-01-03T00:00:00.000Z' });
    expect(conflicts).toEqual([]);
  });

  it('lets the later write win a field both sides changed and reports the losing value', () => {
    const local = record({ ...base, notes: 'mine' }, '2026-01-04T00:00:00.000Z');
    const remote = record({ ...base, notes: 'theirs' }, '2026-01-03T00:00:00.000Z');
    const { record: merged, conflicts } = mergeRecords(base, local, remote);
    expect(merged.notes).toBe('mine');
    expect(conflicts).toEqual([{ field: 'notes', kept: 'mine', lost: 'theirs', keptAt: local.updatedAt, lostAt: remote.updatedAt }]);
    expect(mergeRecords(base, remote, local).record.notes).toBe('mine');
  });

  it('sees no conflict when both sides made the same change, nested values included', () => {
    const local = record({ ...base, address: { city: 'Kyiv' } }, '2026-01-02T00:00:00.000Z');
    const remote = record({ ...base, address: { city: 'Kyiv' } }, '2026-01-03T00:00:00.000Z');
    expect(mergeRecords(base, local, remote).conflicts).toEqual([]);
  });

  it('treats every differing field as a conflict when there is no common base (the same id created twice)', () => {
    const local = record({ subject: 'Hello', author: 'a@contoso.com' }, '2026-01-02T00:00:00.000Z');
    const remote = record({ subject: 'Hello', author: 'b@contoso.com' }, '2026-01-02T00:00:00.000Z');
    const one = mergeRecords(undefined, local, remote);
    const other = mergeRecords(undefined, remote, local);
    expect(one.conflicts.map((c) => c.field)).toEqual(['author']);
    expect(one.record).toEqual(other.record);
  });
});
