export const departments = ['sales', 'marketing', 'after-sales'] as const;
export type Department = (typeof departments)[number];
