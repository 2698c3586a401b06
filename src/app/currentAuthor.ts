import type { Department } from '../domain/model/Department';
import type { AppDeps } from './AppDeps';

/** Who writes an entry: the signed-in user, and the department their role belongs to. */
export async function currentAuthor({ mailHost, store }: Pick<AppDeps, 'mailHost' | 'store'>) {
  const profile = mailHost.userProfile();
  const me = (await store.members()).find((m) => m.email.toLowerCase() === profile.email.toLowerCase());
  const department: Department = me?.role === 'marketing' ? 'marketing' : me?.role === 'after-sales' ? 'after-sales' : 'sales';
  return { author: profile.email.toLowerCase(), authorName: profile.displayName || profile.email, department };
}
