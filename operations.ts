// The registry: every step the connector offers. Each kind lists its own steps beside them
// (triggers/index.ts, creates/index.ts, searches/index.ts); the app definition, the OAuth scopes,
// the generated docs and the contract test all read the lists below, so a new step cannot miss its scope.
import type { Definition, Step } from './steps/define';
import { triggers } from './triggers';
import { creates } from './creates';
import { searches } from './searches';

/**
 * Every family's steps. A family is one of HighLevel's API families (contacts, calendars, invoices...):
 * its steps live in triggers/<family>, creates/<family> and searches/<family> (instant triggers too,
 * beside its polling ones), the helpers they share in families/<family>.
 */
export const families: Record<string, Step[]> = Object.fromEntries(
  [...new Set([...Object.keys(triggers), ...Object.keys(creates), ...Object.keys(searches)])].map((family) => [
    family,
    [...(triggers[family] ?? []), ...(creates[family] ?? []), ...(searches[family] ?? [])],
  ]),
);

export const steps: Step[] = Object.values(families).flat();

/**
 * The connection test reads the connected sub-account or agency; an agency connection lists the
 * sub-accounts where the app is installed and exchanges its token for theirs.
 */
export const CONNECTION_SCOPES = ['locations.readonly', 'companies.readonly', 'oauth.readonly', 'oauth.write'];

export const requiredScopes = (): string[] => {
  const scopes = new Set(CONNECTION_SCOPES);
  for (const step of steps) {
    for (const scope of step.scopes) scopes.add(scope);
    for (const call of step.alsoCalls) for (const scope of call.scopes) scopes.add(scope);
  }
  return [...scopes].sort();
};

/** The Zapier definitions of the steps of one kind, by key. */
export const byKind = (kind: Step['kind']): Record<string, Definition> => {
  const definitions: Record<string, Definition> = {};
  for (const step of steps) if (step.kind === kind) definitions[step.key] = step.definition;
  return definitions;
};
