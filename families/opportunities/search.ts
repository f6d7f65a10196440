// Opportunities: the search shared by the Search Opportunities trigger and Find Opportunity, with its startAfter paging.
import type { Bundle, ZObject } from 'zapier-platform-core';
import { ghl } from '../../highlevel/request';
import { pageOf } from '../../steps/call';
import type { FieldSpec } from '../../steps/fields';
import { contactIdField, userIdField } from '../contacts';
import { OPPORTUNITY_STATUS, pipelineIdField, stageIdField } from './opportunityFields';

export const searchFilterFields: FieldSpec[] = [
  { key: 'q', label: 'Search Text', helpText: "Matches the opportunity name or the contact's name, email or phone.", example: 'acme' },
  { ...pipelineIdField(false, 'Only opportunities in this pipeline.'), as: 'pipeline_id' },
  { ...stageIdField('Only opportunities in this stage. Choose the pipeline first to see its stages.'), as: 'pipeline_stage_id' },
  {
    key: 'status',
    label: 'Status',
    choices: { ...OPPORTUNITY_STATUS, all: 'All' },
    helpText: 'Only opportunities with this status; leave empty for all.',
    example: 'open',
  },
  { ...userIdField('assignedTo', 'Assigned User', 'Only opportunities owned by this HighLevel user.'), as: 'assigned_to' },
  {
    ...contactIdField,
    required: false,
    as: 'contact_id',
    helpText: 'Only opportunities with this contact. Pick one, or map a Contact ID.',
  },
];

/** Zapier's cursor, only where it is kept: dropdowns asking for their next page. */
const cursorOf = async (z: ZObject, bundle: Bundle) => {
  if (!bundle.meta?.isFillingDynamicDropdown || !bundle.meta?.page) return undefined;
  try {
    const raw = await z.cursor.get();
    const parsed = raw ? JSON.parse(raw) : undefined;
    return parsed?.startAfter && parsed.startAfterId ? (parsed as { startAfter: string; startAfterId: string }) : undefined;
  } catch {
    return undefined;
  }
};

const keepCursor = async (z: ZObject, bundle: Bundle, meta: any) => {
  if (!bundle.meta?.isFillingDynamicDropdown || !meta?.startAfter || !meta?.startAfterId) return;
  try {
    await z.cursor.set(JSON.stringify({ startAfter: String(meta.startAfter), startAfterId: String(meta.startAfterId) }));
  } catch {
    // No cursor store here (for example a test run): the next page falls back to page numbers.
  }
};

/**
 * One GET /opportunities/search, newest first. The first page needs no cursor; a dropdown's next
 * pages continue after the last record via startAfter/startAfterId (HighLevel's own paging),
 * falling back to the page number when no cursor was kept.
 */
export const searchOpportunities = async (z: ZObject, bundle: Bundle, query: Record<string, unknown>, limit: number) => {
  const { page } = pageOf(bundle);
  const cursor = page > 0 ? await cursorOf(z, bundle) : undefined;
  const data = await ghl(z, bundle, 'GET /opportunities/search', {
    location: 'location_id',
    query: {
      ...query,
      order: 'added_desc',
      limit,
      ...(cursor ? { startAfter: cursor.startAfter, startAfterId: cursor.startAfterId } : page > 0 ? { page: page + 1 } : {}),
    },
  });
  await keepCursor(z, bundle, data?.meta);
  return data;
};
