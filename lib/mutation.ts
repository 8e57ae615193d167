import "server-only";
import { refresh } from "next/cache";
import type { z } from "zod";
import { recordAudit, type AuditEntry } from "@/lib/audit";
import { db as appDb } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { ACTION_DESCRIPTIONS, can, type Action } from "@/lib/permissions";
import { refreshPublicPages } from "@/lib/public-cache";
import { getCurrentUser, type CurrentUser } from "@/lib/session";

/**
 * The one write path (docs/decisions/006-sign-in-and-permissions.md): validate the input (zod) →
 * check the permission (lib/permissions.ts) → change inside a transaction that also records the
 * audit event → refresh the public pages the change touches. Every staff mutation goes through
 * `runMutation`; server actions hand its result to their form.
 */

export type FieldErrors = Record<string, string[]>;

export type MutationResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      /**
       * 400 invalid input, 401 signed out, 403 not allowed, 404 gone, 409 edited by someone else,
       * 410 a one-time link expired or used, 429 too many tries (public submissions from one
       * address, guesses of a password).
       */
      status: 400 | 401 | 403 | 404 | 409 | 410 | 429;
      message: string;
      fieldErrors?: FieldErrors;
      /** For 409: the record as it now is, so the form can show what changed. */
      current?: Record<string, unknown>;
    };

/** Thrown inside a mutation's `change` to refuse it; the transaction rolls back. */
export class MutationRefused extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 410 | 429,
    message: string,
    readonly details: { fieldErrors?: FieldErrors; current?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.name = "MutationRefused";
  }
}

/** Optimistic concurrency: a versioned updateMany that matched nothing was based on a stale copy. */
export function staleEdit(what: string, current?: Record<string, unknown>): MutationRefused {
  return new MutationRefused(
    409,
    `Someone else saved this ${what} after you opened it. Your changes were not saved; they are still in the form. Review the current version, then save again.`,
    { current },
  );
}

export type Change<T> = {
  result: T;
  audit: Omit<AuditEntry, "actorId"> | Omit<AuditEntry, "actorId">[];
  /** Cache tags of public pages that show what changed (lib/public-cache.ts). */
  refresh?: string[];
};

export type MutationSpec<S extends z.ZodType, T> = {
  action: Action;
  schema: S;
  input: unknown;
  change: (tx: Prisma.TransactionClient, data: z.output<S>, actor: CurrentUser) => Promise<Change<T>>;
};

export type MutationDeps = {
  db: PrismaClient;
  currentUser: () => Promise<CurrentUser | null>;
  refresh: (tags: readonly string[]) => void | Promise<void>;
};

const appDeps: MutationDeps = { db: appDb, currentUser: getCurrentUser, refresh: refreshPublicPages };

export async function runMutation<S extends z.ZodType, T>(
  spec: MutationSpec<S, T>,
  deps: MutationDeps = appDeps,
): Promise<MutationResult<T>> {
  const parsed = spec.schema.safeParse(spec.input);
  if (!parsed.success) return invalidInput(parsed.error);

  const authorised = await authorise(spec.action, deps);
  if (!authorised.ok) return authorised;
  const actor = authorised.data;

  return commit(
    deps,
    (tx) => spec.change(tx, parsed.data, actor),
    (entry) => ({ ...entry, actorId: actor.id }),
  );
}

/**
 * The transaction step shared by every variant of the write path: the change and its audit events
 * commit together (a MutationRefused rolls both back and becomes the refusal), then the public
 * pages it names are refreshed.
 */
async function commit<T>(
  deps: { db: PrismaClient; refresh?: MutationDeps["refresh"] },
  change: (tx: Prisma.TransactionClient) => Promise<Change<T> & { actorId?: string | null }>,
  stamp: (entry: Omit<AuditEntry, "actorId">, outcome: { actorId?: string | null }) => AuditEntry,
): Promise<MutationResult<T>> {
  try {
    const { result, refresh } = await deps.db.$transaction(async (tx) => {
      const outcome = await change(tx);
      for (const entry of [outcome.audit].flat()) await recordAudit(tx, stamp(entry, outcome));
      return outcome;
    });
    if (refresh?.length) await deps.refresh?.(refresh);
    return { ok: true, data: result };
  } catch (error) {
    if (error instanceof MutationRefused) {
      return { ok: false, status: error.status, message: error.message, ...error.details };
    }
    throw error;
  }
}

/**
 * The permission step of the write path on its own, for mutations that must do slow outside
 * work (fetching a web page) before their transaction, and should not do it for someone who
 * may not make the change. `runMutation` checks again.
 */
export async function authorise(action: Action, deps: MutationDeps = appDeps): Promise<MutationResult<CurrentUser>> {
  const actor = await deps.currentUser();
  if (!actor) return { ok: false, status: 401, message: "You are signed out. Sign in again; what you typed is still here." };
  if (!can(actor.role, action)) return { ok: false, status: 403, message: `Your role cannot ${ACTION_DESCRIPTIONS[action]}.` };
  return { ok: true, data: actor };
}

/**
 * One message per field: the first check that failed. Zod runs a field's later checks after an
 * earlier one failed (an empty address is both "missing" and "not a web address"), and the form
 * would show both messages run together.
 */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    fieldErrors[key] ??= [issue.message];
  }
  return fieldErrors;
}

function invalidInput(error: z.ZodError): MutationResult<never> {
  return { ok: false, status: 400, message: "Some fields need attention.", fieldErrors: fieldErrorsOf(error) };
}

export type PublicMutationSpec<S extends z.ZodType, T> = {
  schema: S;
  input: unknown;
  /**
   * In place of the permission, which the public has none of: e.g. the per-address rate limit.
   * Returns a refusal, or null to go on.
   */
  admit: (data: z.output<S>) => Promise<Extract<MutationResult<never>, { ok: false }> | null>;
  change: (tx: Prisma.TransactionClient, data: z.output<S>) => Promise<Change<T> & { actorId?: string | null }>;
};

/**
 * The write path for people without a staff session (a tipline submission, accepting an
 * invitation): the same steps as runMutation, with `admit` in place of the permission. The audit
 * event's actor is null (the public) unless the change names one (the account it just created).
 * What the public writes here never changes a public page, so nothing is refreshed.
 */
export async function runPublicMutation<S extends z.ZodType, T>(
  spec: PublicMutationSpec<S, T>,
  db: PrismaClient = appDb,
): Promise<MutationResult<T>> {
  const parsed = spec.schema.safeParse(spec.input);
  if (!parsed.success) return invalidInput(parsed.error);
  const refusal = await spec.admit(parsed.data);
  if (refusal) return refusal;
  return commit(
    { db },
    (tx) => spec.change(tx, parsed.data),
    (entry, outcome) => ({ ...entry, actorId: outcome.actorId ?? null }),
  );
}

export type SystemMutationSpec<S extends z.ZodType, T> = {
  /** Who acts, named in each audit event as `after.system`: a scheduled job or a command, e.g. "npm run user:create". */
  system: string;
  schema: S;
  input: unknown;
  change: (tx: Prisma.TransactionClient, data: z.output<S>) => Promise<Change<T>>;
};

/**
 * The write path for the system itself (the daily contact purge, `npm run user:create`), which acts
 * without a session and so has no permission to check; whoever can run it already holds the
 * database. The same steps otherwise: validate → change in a transaction with its audit events →
 * refresh. The events' actor is null, as for the public, and `after.system` says which job or
 * command it was (docs/decisions/006-sign-in-and-permissions.md).
 */
export async function runSystemMutation<S extends z.ZodType, T>(
  spec: SystemMutationSpec<S, T>,
  deps: { db: PrismaClient; refresh?: MutationDeps["refresh"] } = appDeps,
): Promise<MutationResult<T>> {
  const parsed = spec.schema.safeParse(spec.input);
  if (!parsed.success) return invalidInput(parsed.error);
  return commit(
    deps,
    (tx) => spec.change(tx, parsed.data),
    (entry) => ({
      ...entry,
      actorId: null,
      after: { ...entry.after, system: spec.system },
    }),
  );
}

/** For server actions: after a successful save, re-render the staff page the form is on. */
export async function refreshedOnSuccess<T>(pending: Promise<MutationResult<T>>): Promise<MutationResult<T>> {
  const result = await pending;
  if (result.ok) refresh();
  return result;
}
