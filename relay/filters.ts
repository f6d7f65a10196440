// Subscription filters as given, and which tags a ContactTagUpdate added.
// Filters map a dotted path into the delivered body to a value or a list of values (any matches);
// all keys must match. Strings compare trimmed and case-insensitive; "*" means present and non-empty.
// The store checks them, in SQL, as it inserts deliveries (relay_matches in store/schema.ts).

export type Filters = Record<string, string | string[]>;

/** The filters as given, or why they are invalid. */
export function parseFilters(input: unknown): Filters | string {
  if (input === undefined || input === null) return {};
  if (typeof input !== 'object' || Array.isArray(input)) return 'filters must be an object of field paths to values';
  const filters: Filters = {};
  for (const [path, value] of Object.entries(input)) {
    if (!/^[A-Za-z0-9_$-]+(\.[A-Za-z0-9_$-]+)*$/.test(path)) return `filters: "${path}" is not a dotted field path`;
    const values = Array.isArray(value) ? value : [value];
    if (!values.length || values.some((v) => !['string', 'number', 'boolean'].includes(typeof v) || String(v).trim() === '')) {
      return `filters.${path} must be a non-empty value or list of values`;
    }
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
  if (typeof tags === 'string') return tags.split(',').map((t) => t.trim()).filter(Boolean);
  return undefined;
}
