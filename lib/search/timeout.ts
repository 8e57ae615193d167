/**
 * Whether a database error is PostgreSQL cancelling a statement for running past its
 * statement_timeout (SQLSTATE 57014), however the driver adapter wrapped it.
 */
export function isStatementTimeout(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const candidate = current as { code?: unknown; message?: unknown; meta?: { code?: unknown; message?: unknown }; cause?: unknown };
    if (candidate.code === "57014" || candidate.meta?.code === "57014") return true;
    if (typeof candidate.message === "string" && candidate.message.includes("canceling statement due to statement timeout")) return true;
    current = candidate.cause;
  }
  return false;
}

export const SEARCH_TIMEOUT_MESSAGE = "took too long to search: use fewer very common words, fewer excluded words, or add a filter";
