import { appEventHook } from '../../steps/define';
import newOpportunity from './newOpportunity';
import { eventPipelineField } from './opportunityEvents';
import { opportunityEvents } from './opportunityEvents.appEvent';

export default appEventHook({
  key: 'opportunity_updated_hook',
  noun: 'Opportunity',
  label: 'Opportunity Updated (Instant)',
  description:
    'Triggers when anything about an opportunity changes (name, value, stage, status, owner, contact), in any pipeline or the one you choose.',
  events: ['OpportunityUpdate'],
  adapter: opportunityEvents,
  fields: [eventPipelineField],
  filterBy: { pipelineId: 'pipelineId' },
  list: { step: newOpportunity },
});
