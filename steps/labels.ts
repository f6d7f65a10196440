// Output field labels from sample keys: `dateAdded` -> `Date Added`, `contactId` -> `Contact ID`,
// nested keys joined as Zapier flattens them (`address__city`).
const WORDS: Record<string, string> = { id: 'ID', url: 'URL', dnd: 'DND', sms: 'SMS', utm: 'UTM', ip: 'IP', ssn: 'SSN' };

const humanized = new Map<string, string>();

/** The label of a key; the same keys recur across the steps' samples, so each is worked out once. */
export const humanize = (key: string): string => {
  let label = humanized.get(key);
  if (label === undefined) {
    label = labelOf(key);
    humanized.set(key, label);
  }
  return label;
};

const labelOf = (key: string): string =>
  key
    .split('__')
    .map((part) =>
      part
        .replace(/_/g, ' ')
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
        .split(' ')
        .filter(Boolean)
        .map((w) => WORDS[w.toLowerCase()] ?? w.charAt(0).toUpperCase() + w.slice(1))
        .join(' '),
    )
    .join(' ');

type OutputType = 'string' | 'number' | 'boolean' | 'datetime';
export interface OutputField {
  key: string;
  label: string;
  type?: OutputType;
}

const ISO = /^\d{4}-\d{2}-\d{2}T/;

/** Output fields for every leaf of a sample, as Zapier flattens it (arrays of objects as `key[]field`). */
export const outputFieldsFor = (sample: Record<string, unknown>, prefix = ''): OutputField[] =>
  Object.entries(sample).flatMap(([k, v]) => {
    const key = prefix ? `${prefix}__${k}` : k;
    if (v && typeof v === 'object' && !Array.isArray(v)) return outputFieldsFor(v as Record<string, unknown>, key);
    if (Array.isArray(v) && v.length && v[0] && typeof v[0] === 'object') {
      return Object.keys(v[0]).map((sub) => ({ key: `${key}[]${sub}`, label: `${humanize(key)} ${humanize(sub)}` }));
    }
    const type: OutputType | undefined =
      typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'boolean' : typeof v === 'string' && ISO.test(v) ? 'datetime' : undefined;
    return [{ key: Array.isArray(v) ? `${key}[]` : key, label: humanize(key), ...(type ? { type } : {}) }];
  });
