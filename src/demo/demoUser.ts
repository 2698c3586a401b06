import type { UserProfile } from '../domain/ports';

/**
 * The demo's team: ?user=petro on the demo page signs its mailbox in as another manager, so two
 * windows of the team demo (npm run demo:team) act as two members of one team. Without the
 * parameter, or with an unknown name, the mailbox is Maria's as always.
 */
export const demoUsers: Record<string, UserProfile> = {
  maria: { displayName: 'Maria Koval', email: 'maria.koval@clientbook.example' },
  petro: { displayName: 'Petro Ivanenko', email: 'petro.ivanenko@clientbook.example' },
  taras: { displayName: 'Taras Melnyk', email: 'taras.melnyk@clientbook.example' },
  oksana: { displayName: 'Оксана Кравець', email: 'oksana.kravets@clientbook.example' },
};

export function demoUserFrom(search: string): UserProfile | undefined {
  const name = new URLSearchParams(search).get('user')?.trim().toLowerCase();
  return name ? demoUsers[name] : undefined;
}
