import type { Record } from './Record';

export const roles = ['manager', 'head-of-sales', 'marketing', 'after-sales'] as const;
export type Role = (typeof roles)[number];

export type Member = Record & {
  email: string;
  name: string;
  role: Role;
};
