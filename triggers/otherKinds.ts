// Triggers of the same event come in up to three kinds (README, "Instant triggers"): polling, app event
// ("(Instant)", via the relay) and workflow ("(Instant, via Workflow)"). Each one's description names
// the others, so a builder who searches for "contact" sees the choice. One list, by key.
import type { Step } from '../steps/define';

/** The triggers of one event, each of a different kind (or scope: the chosen record's, the sub-account's). */
const SAME_EVENT: string[][] = [
  ['new_contact', 'contact_created_hook'],
  ['contact_updated', 'contact_updated_hook'],
  ['contact_tag_added', 'contact_tag_added_hook', 'contact_tag_added_instant'],
  ['new_task', 'task_created_hook'],
  ['task_completed', 'task_completed_hook'],
  ['get_contact_notes', 'note_created_hook'],
  ['appointment_booked', 'appointment_created_hook', 'appointment_booked_instant'],
  ['appointment_status_changed', 'appointment_updated_hook'],
  ['new_opportunity', 'opportunity_created_hook'],
  ['get_opportunity', 'opportunity_updated_hook'],
  ['opportunity_stage_changed', 'opportunity_stage_changed_hook', 'opportunity_stage_changed_instant'],
  ['opportunity_status_changed', 'opportunity_status_changed_hook'],
  ['new_inbound_message', 'inbound_message_hook', 'customer_replied_instant'],
  ['new_form_submission', 'form_submitted_instant'],
  ['new_invoice', 'invoice_created_hook'],
  ['invoice_paid', 'invoice_paid_hook'],
  ['new_payment', 'payment_received_instant'],
  ['new_order', 'order_created_hook'],
  ['new_record', 'record_created_hook'],
  ['get_record', 'record_updated_hook'],
  ['new_product', 'product_created_hook'],
  ['find_associations', 'association_created_hook'],
  ['get_record_relations', 'relation_created_hook'],
  ['list_users', 'user_created_hook'],
  ['list_locations', 'sub_account_created_hook'],
];

const kindOf = (step: Step) =>
  step.relay ? 'an instant trigger' : step.workflowTrigger ? 'an instant trigger from a workflow' : 'a polling trigger';

/** "Also as an instant trigger: Contact Created (Instant)." for each other kind of the step's event. */
const alsoAs = (others: Step[]): string => {
  const byKind: Record<string, string[]> = {};
  for (const other of others) {
    const kind = kindOf(other);
    byKind[kind] = [...(byKind[kind] ?? []), other.label];
  }
  return Object.entries(byKind)
    .map(([kind, labels]) => `Also as ${kind}: ${labels.join(', ')}.`)
    .join(' ');
};

/** The registry's triggers, each description naming the other kinds of its event. */
export const withOtherKinds = (all: Record<string, Step[]>): Record<string, Step[]> => {
  const byKey = new Map<string, Step>();
  for (const steps of Object.values(all)) for (const step of steps) byKey.set(step.key, step);
  // Only the triggers of an event with more than one kind change: a copy with the longer description.
  const noted = new Map<string, Step>();
  for (const group of SAME_EVENT) {
    for (const key of group) {
      const step = byKey.get(key);
      if (!step) throw new Error(`triggers/otherKinds.ts: no trigger ${key}`);
      const display = step.definition.display;
      const description = `${display.description} ${alsoAs(group.filter((k) => k !== key).map((k) => byKey.get(k)!))}`;
      noted.set(key, { ...step, definition: { ...step.definition, display: { ...display, description } } });
    }
  }
  const result: Record<string, Step[]> = {};
  for (const [family, steps] of Object.entries(all)) result[family] = steps.map((step) => noted.get(step.key) ?? step);
  return result;
};
