/** One change, as the append-only audit log keeps it. */
export interface AuditEntry {
  readonly id: number;
  readonly at: string;
  readonly actor: string;
  readonly action: 'create' | 'update' | 'delete' | 'import' | 'accept' | 'reject';
  readonly entity: string;
  readonly entityId: string;
  readonly before: unknown;
  readonly after: unknown;
}

export interface AuditLog {
  listAudit(filter: { readonly entity?: string; readonly entityId?: string; readonly limit?: number }): Promise<AuditEntry[]>;
}
