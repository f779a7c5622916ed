// Errors of ledger writes: an i18n key, the HTTP status it maps to, and the form field it belongs to.

export class LedgerError extends Error {
  constructor(
    /** An i18n key (ledger.*). */
    readonly code: string,
    readonly status: 400 | 403 | 404 | 409 | 422 = 422,
    readonly field: string = "form",
  ) {
    super(code);
    this.name = "LedgerError";
  }
}

/** Someone else saved the row in between (optimistic concurrency on Commitment.version). */
export class ConflictError extends LedgerError {
  constructor(readonly currentVersion: number | null) {
    super("ledger.conflict", 409);
    this.name = "ConflictError";
  }
}
