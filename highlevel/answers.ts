// HighLevel's documents and its real answers disagree on wrapping (some records come as
// `{ company: {...} }`, others bare) and payloads spell one field several ways. These read every
// form, so a step never breaks on either.

/** A plain object (not null, not an array): what HighLevel's records are. */
export const isObject = (v: unknown): v is Record<string, any> => Boolean(v) && typeof v === 'object' && !Array.isArray(v);

/** The record of an answer, whether HighLevel wraps it under `key` or sends it bare. */
export const recordIn = (data: unknown, key: string): Record<string, any> | undefined =>
  isObject(data) ? (isObject(data[key]) ? data[key] : data) : undefined;

/** The list of an answer: under `key`, the answer itself, or a lone record the document shows instead. */
export const listIn = (data: unknown, key: string): Record<string, any>[] => {
  if (Array.isArray(data)) return data.filter(isObject);
  if (!isObject(data)) return [];
  if (Array.isArray(data[key])) return data[key].filter(isObject);
  return data.id || data._id ? [data] : [];
};

/** The first non-empty text or number among the spellings of one field (payloads name it several ways), as it came. */
export const firstValue = (...values: unknown[]): string | number | undefined =>
  values.find((v): v is string | number => (typeof v === 'string' && v.trim() !== '') || typeof v === 'number');
