// Polling dedupe: Zapier fires once per new `id`. New-record triggers use the record's own id;
// "changed record" triggers use a composite id of the record id and its updated stamp (or a content
// hash where HighLevel keeps no stamp), and keep the original id in a field of its own.
import { createHash } from 'node:crypto';

export type Dedupe =
  | 'id'
  | {
      /**
       * The record's updated-at field, or 'content' for a hash of the record; or several fields
       * whose values together name one change (a stage and the time the record moved there).
       */
      changedBy: string | string[];
      /** Field that keeps HighLevel's own id, e.g. `contactId`. */
      idAs: string;
    };

const stable = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(stable).join(',')}]`
    : value && typeof value === 'object'
      ? `{${Object.keys(value)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${stable((value as any)[k])}`)
          .join(',')}}`
      : (JSON.stringify(value) ?? 'null');

export const contentHash = (record: unknown): string => createHash('sha1').update(stable(record)).digest('hex').slice(0, 16);

/** The change part of a composite id: the named fields' values, or a content hash when all are missing. */
const changeStamp = (record: Record<string, any>, changedBy: string | string[]): string => {
  if (changedBy === 'content') return contentHash(record);
  const values = [changedBy].flat().map((k) => record[k]);
  return values.every((v) => v === undefined || v === null) ? contentHash(record) : values.map((v) => v ?? '').join(':');
};

export const dedupeItem = (record: Record<string, any>, dedupe: Dedupe = 'id'): Record<string, any> => {
  if (dedupe === 'id') return record;
  const stamp = changeStamp(record, dedupe.changedBy);
  return { ...record, id: `${record.id}:${stamp}`, [dedupe.idAs]: record.id };
};

const time = (v: unknown): number => {
  const t = typeof v === 'number' ? v : Date.parse(String(v ?? ''));
  return Number.isNaN(t) ? -Infinity : t;
};

/** Newest first by the given date field; items without it keep their order at the end. */
export const newestFirst = <T extends Record<string, any>>(items: T[], field?: string): T[] =>
  field ? [...items].sort((a, b) => time(b[field]) - time(a[field])) : items;

/** The dedupe key in words, for the README's operations table. */
export const describeDedupe = (dedupe: Dedupe = 'id'): string =>
  dedupe === 'id'
    ? '`id`'
    : `\`id\` = record id + ${
        dedupe.changedBy === 'content'
          ? 'content hash'
          : [dedupe.changedBy]
              .flat()
              .map((k) => `\`${k}\``)
              .join(' + ')
      } (record id in \`${dedupe.idAs}\`)`;
