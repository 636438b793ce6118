/** Who is acting: recorded in the audit log and checked against the role's scope. */
export const ROLES = ['administrator', 'unit_editor', 'member_viewer', 'public'] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  readonly id: string;
  readonly role: Role;
  /** For a unit editor: the unit whose records they may change (CICTE, CICAD, DPS). */
  readonly unit: string | null;
  /** For a member-state viewer: the ISO alpha-3 of their country. */
  readonly country: string | null;
}

/** The actor for work done from the command line by the machine's operator. */
export const SYSTEM_ACTOR: Actor = { id: 'system', role: 'administrator', unit: null, country: null };
