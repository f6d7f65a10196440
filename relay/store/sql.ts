// SQL the store's operations share: which subscriptions want an event, whether filters pass a body,
// intervals in milliseconds, and named parameters for the statements that take many.

/** SQL: subscription `s` wants events of type `type` from sub-account `location` (of agency `company`, when known). */
export const wants = (type: string, location: string, company: string) =>
  `${type} = ANY (s.events)
   AND (s.location_id = ${location}
        OR s.company_id = coalesce(${company}, (SELECT company_id FROM agency_locations WHERE location_id = ${location})))`;

/** SQL: a subscription's filters pass a body (relay_matches, in schema.ts, says how). */
export const passes = (filters: string, body: string) => `(${filters} = '{}' OR relay_matches(${filters}, ${body}))`;

/** SQL: `name` (a number of milliseconds) as an interval. */
export const ms = (name: string) => `(${name}::float8 * interval '1 millisecond')`;

/**
 * A statement written with `:name` parameters, as the drivers take it (`$1`, `$2`... and their values in
 * order). `::type` casts are left alone.
 */
export function named(sql: string, params: Record<string, unknown>): [string, unknown[]] {
  const names = Object.keys(params);
  const used = new Set<string>();
  const text = sql.replace(/(?<![:\w]):([a-zA-Z]\w*)/g, (_, name: string) => {
    const index = names.indexOf(name);
    if (index < 0) throw new Error(`no value for parameter :${name}`);
    used.add(name);
    return `$${index + 1}`;
  });
  // PostgreSQL cannot type a parameter the statement never uses.
  const unused = names.filter((name) => !used.has(name));
  if (unused.length) throw new Error(`parameters not in the statement: ${unused.join(', ')}`);
  return [text, names.map((name) => params[name])];
}
