// Instant triggers of agency-level app events (a sub-account created or updated, the app installed or
// uninstalled, a user created): HighLevel sends them about the agency, so a Zap subscribes the agency
// (`companyId`) at the relay, which matches every event naming that agency, or naming one of its
// sub-accounts it knows. They need an agency connection, and ask for no sub-account.
import type { Bundle, ZObject } from 'zapier-platform-core';
import { connectedCompany, isAgencyConnection } from '../highlevel/connection';
import type { Step } from './define';
import { parseInput } from './fields';
import { subscribe } from './relayClient';
import { filtersOf, restHook, type RestHookSpec } from './restHook';

export const agencyHook = (spec: RestHookSpec): Step => {
  const step = restHook(spec);
  const operation = step.definition.operation;
  return {
    ...step,
    relay: { ...step.relay!, agency: true },
    definition: {
      ...step.definition,
      operation: {
        ...operation,
        // Without restHook's first field, the Sub-Account to watch: the agency is watched whole.
        inputFields: operation.inputFields.slice(1),
        performSubscribe: async (z: ZObject, bundle: Bundle) => {
          if (!isAgencyConnection(bundle)) {
            throw new z.errors.Error(
              `${spec.label} needs an agency connection: HighLevel sends this event to the agency, not to a sub-account. ` +
                'Connect HighLevel as an agency user (choose the agency, not a sub-account, when connecting).',
              'AgencyConnectionRequired',
            );
          }
          const filters = filtersOf(spec, parseInput(spec.fields ?? [], bundle.inputData, bundle.meta?.timezone));
          return subscribe(z, {
            targetUrl: String(bundle.targetUrl ?? ''),
            events: spec.events,
            companyId: connectedCompany(bundle),
            ...(Object.keys(filters).length ? { filters } : {}),
            trigger: spec.key,
          });
        },
      },
    },
  };
};
