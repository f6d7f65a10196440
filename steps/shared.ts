// zapier-platform-core deep-copies the whole app definition on every invocation (`npm run bench`
// measures it), and its copy keeps an object that several steps share as one. So the step builders
// (define.ts, workflowHook.ts, appEventHook.ts) give equal parts (an input field, an output field, a sample)
// as one object, not one per step.
const interned = new Map<string, object>();

/** The one object equal to `value` (by its JSON) that the definition uses everywhere. */
export const shared = <T extends object>(value: T): T => {
  const key = JSON.stringify(value);
  if (!interned.has(key)) interned.set(key, value);
  return interned.get(key) as T;
};

const outputFields = new Map<string, { key: string; label: string; type?: string }>();

/** shared() for an output field, the most common part by far: its three values name it, without JSON. */
export const sharedOutputField = <T extends { key: string; label: string; type?: string }>(field: T): T => {
  const name = `${field.key}\n${field.label}\n${field.type ?? ''}`;
  if (!outputFields.has(name)) outputFields.set(name, field);
  return outputFields.get(name) as T;
};
