import { z } from "zod";
import { toSourceKey } from "@/lib/sources/domain";

/**
 * What a reader can search and filter published verdicts by. One set of zod schemas serves the
 * /search page (a bad value is dropped and named in a message), the read API (a bad value is a
 * 400) and the API's OpenAPI document (generated from these schemas, so doc and code agree).
 */

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a slug: lower-case letters, digits and hyphens")
  .max(120);

const day = z.iso.date("must be a date written YYYY-MM-DD");

export const filterFields = {
  q: z.string().max(200, "must be at most 200 characters").describe('Words to search for (web-search syntax: "a phrase", or, -word).'),
  rating: slug.max(40).describe("Rating key, e.g. false or mostly-true."),
  topic: slug.describe("Topic slug."),
  claimant: slug.describe("Claimant slug."),
  source: z
    .string()
    .max(253)
    .refine((value) => toSourceKey(value) !== null, "must be a domain name, e.g. example.org")
    .describe("Domain of a publisher that carried the claim (an article in which the claim appears), e.g. example.org."),
  from: day.describe("Published on or after this day (UTC)."),
  to: day.describe("Published on or before this day (UTC)."),
} as const;

export type FilterName = keyof typeof filterFields;
export const FILTER_NAMES = Object.keys(filterFields) as FilterName[];

/** Validated filters, normalised (source as its source key, dates as Date at 00:00 UTC). */
export type SearchFilters = {
  q?: string;
  rating?: string;
  topic?: string;
  claimant?: string;
  source?: string;
  from?: Date;
  /** Exclusive upper bound: the day after `to`. */
  toExclusive?: Date;
};

export type ParameterProblem = { param: string; message: string };

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

/** The first value of a query parameter, trimmed; empty counts as absent (an empty form field). */
export function firstValue(params: RawParams, name: string): string | undefined {
  const raw = params instanceof URLSearchParams ? (params.get(name) ?? undefined) : params[name];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  return value === undefined || value === "" ? undefined : value;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Reads every filter from query parameters. Each bad value is left out and reported, so the
 * caller decides: the page ignores it with a message, the API answers 400.
 */
export function parseFilters(params: RawParams): { filters: SearchFilters; problems: ParameterProblem[] } {
  const filters: SearchFilters = {};
  const problems: ParameterProblem[] = [];
  const values: Partial<Record<FilterName, string>> = {};
  for (const name of FILTER_NAMES) {
    const value = firstValue(params, name);
    if (value === undefined) continue;
    const result = filterFields[name].safeParse(value);
    if (result.success) values[name] = result.data;
    else problems.push({ param: name, message: result.error.issues[0]?.message ?? "is not valid" });
  }

  if (values.q) filters.q = values.q;
  if (values.rating) filters.rating = values.rating;
  if (values.topic) filters.topic = values.topic;
  if (values.claimant) filters.claimant = values.claimant;
  if (values.source) filters.source = toSourceKey(values.source) ?? undefined;
  const from = values.from ? new Date(`${values.from}T00:00:00Z`) : undefined;
  const to = values.to ? new Date(`${values.to}T00:00:00Z`) : undefined;
  if (from && to && to < from) {
    problems.push({ param: "to", message: "must not be before from" });
    filters.from = from;
  } else {
    if (from) filters.from = from;
    if (to) filters.toExclusive = new Date(to.getTime() + DAY_MS);
  }
  return { filters, problems };
}

/** The filters back as query parameters (for links that keep them, e.g. pagination). */
export function filtersToParams(filters: SearchFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.rating) params.set("rating", filters.rating);
  if (filters.topic) params.set("topic", filters.topic);
  if (filters.claimant) params.set("claimant", filters.claimant);
  if (filters.source) params.set("source", filters.source);
  if (filters.from) params.set("from", filters.from.toISOString().slice(0, 10));
  if (filters.toExclusive) params.set("to", new Date(filters.toExclusive.getTime() - DAY_MS).toISOString().slice(0, 10));
  return params;
}
