// Subscription filters as given (their meaning: the Filters type in contract.ts), and which tags a
// ContactTagUpdate added. The store checks filters, in SQL, as it inserts deliveries (relay_matches
// in store/schema.ts).

import type { Filters } from './contract';
import { isStorableText } from './verify';

export type { Filters };

/**
 * The store checks every filter of every subscription of a sub-account against each of its events: these
 * bound that work, so that no subscription can slow the others' events (relay/README.md, "Limits").
 * HighLevel's bodies nest a few levels; a Zap filters on a handful of fields.
 */
export const FILTER_LIMITS = { keys: 20, pathDepth: 8, pathLength: 200, values: 100, valueLength: 500 };

/** The filters as given, or why they are invalid (naming the limit broken, if any). */
export function parseFilters(input: unknown): Filters | string {
  if (input === undefined || input === null) return {};
  if (typeof input !== 'object' || Array.isArray(input)) return 'filters must be an object of field paths to values';
  const entries = Object.entries(input);
  if (entries.length > FILTER_LIMITS.keys) return `filters: ${entries.length} fields, over the limit of ${FILTER_LIMITS.keys}`;
  const filters: Filters = {};
  for (const [path, value] of entries) {
    if (path.length > FILTER_LIMITS.pathLength)
      return `filters: a path of ${path.length} characters, over the limit of ${FILTER_LIMITS.pathLength}`;
    if (!/^[A-Za-z0-9_$-]+(\.[A-Za-z0-9_$-]+)*$/.test(path)) return `filters: "${path}" is not a dotted field path`;
    const depth = path.split('.').length;
    if (depth > FILTER_LIMITS.pathDepth) return `filters: "${path}" has ${depth} levels, over the limit of ${FILTER_LIMITS.pathDepth}`;
    const values = Array.isArray(value) ? value : [value];
    if (!values.length || values.some((v) => !['string', 'number', 'boolean'].includes(typeof v) || String(v).trim() === '')) {
      return `filters.${path} must be a non-empty value or list of values`;
    }
    if (values.length > FILTER_LIMITS.values) return `filters.${path}: ${values.length} values, over the limit of ${FILTER_LIMITS.values}`;
    const long = values.find((v) => String(v).length > FILTER_LIMITS.valueLength);
    if (long !== undefined)
      return `filters.${path}: a value of ${String(long).length} characters, over the limit of ${FILTER_LIMITS.valueLength}`;
    if (values.some((v) => !isStorableText(String(v)))) return `filters.${path}: values must be text without U+0000 or lone surrogates`;
    filters[path] = Array.isArray(value) ? value.map(String) : String(value);
  }
  return filters;
}

const normal = (value: unknown) => String(value).trim().toLowerCase();

/** Tags in `current` that were not in `previous` (null: the contact was never seen, so all of them). */
export function addedTags(previous: string[] | null, current: string[]): string[] {
  const before = new Set((previous ?? []).map(normal));
  return current.filter((tag) => !before.has(normal(tag)));
}

/** A body's tags as a list of strings (HighLevel sends an array; be lenient with a single string). */
export function tagsOf(body: Record<string, unknown>): string[] | undefined {
  const tags = body.tags;
  if (Array.isArray(tags)) return tags.filter((t): t is string => typeof t === 'string' && t.trim() !== '');
  if (typeof tags === 'string')
    return tags
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean);
  return undefined;
}
