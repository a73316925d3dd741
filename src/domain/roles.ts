/**
 * The four product-operations roles the app prepares for. A card belongs to a role when it
 * carries the role's tag; studying, readiness, the plan and rehearsal all select by these tags.
 */
export const ROLES = [
  { id: 'specialist', tag: 'specialist', label: 'Product operations specialist' },
  { id: 'analyst', tag: 'product-data-analyst', label: 'Product data analyst' },
  { id: 'manager', tag: 'operations-manager', label: 'Product operations manager' },
  { id: 'director', tag: 'director', label: 'Director of product operations' },
] as const;

export type RoleId = (typeof ROLES)[number]['id'];

export const ROLE_IDS: readonly RoleId[] = ROLES.map((role) => role.id);

/** The role a tag names, if any. */
export function roleOfTag(tag: string): RoleId | undefined {
  return ROLES.find((role) => role.tag === tag)?.id;
}

/** The roles a card's tags name, in the order of ROLES. */
export function rolesOfTags(tags: readonly string[]): RoleId[] {
  return ROLES.filter((role) => tags.includes(role.tag)).map((role) => role.id);
}

/** The tag that marks a role's cards. */
export function roleTag(role: RoleId): string {
  return ROLES.find((r) => r.id === role)!.tag;
}
