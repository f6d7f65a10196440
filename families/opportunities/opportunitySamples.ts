// Opportunities: static samples, output labels, custom fields and the pipeline stages.
import { isObject } from '../../highlevel/answers';
import { customFieldsById, withCustomFields } from '../customFields';

export const opportunitySample = {
  id: 'yWQobCRIhRguQtD2llvk',
  name: 'Local SEO package - Acme Plumbing',
  monetaryValue: 1500,
  pipelineId: 'VDm7RPYC2GLUvdpKmBfC',
  pipelineStageId: 'e93ba61a-53b3-45e7-985a-c7732dbcdb69',
  assignedTo: 'y0BeYjuRIlDwsDcOHOJo',
  status: 'open',
  source: 'Rankr',
  lastStatusChangeAt: '2026-11-20T09:31:30.255Z',
  lastStageChangeAt: '2026-11-21T14:02:11.000Z',
  createdAt: '2026-11-20T09:31:30.255Z',
  updatedAt: '2026-11-21T14:02:11.000Z',
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  locationId: 've9EPM428h8vShlRW1KT',
  contact: {
    id: 'seD4PfOuKoVMLkEZqohJ',
    name: 'Jane Doe',
    companyName: 'Acme Plumbing',
    email: 'jane@example.com',
    phone: '+14155550123',
    tags: ['rankr-lead', 'seo'],
  },
  followers: ['y0BeYjuRIlDwsDcOHOJo'],
};

export const opportunityOutputLabels = {
  id: 'Opportunity ID',
  monetaryValue: 'Value',
  pipelineStageId: 'Stage ID',
  assignedTo: 'Assigned User ID',
  contact__id: 'Contact ID',
  contact__name: 'Contact Name',
  'contact__tags[]': 'Contact Tags',
  'followers[]': 'Follower User IDs',
};

export const pipelineSample = {
  id: 'VDm7RPYC2GLUvdpKmBfC',
  name: 'SEO Sales',
  stages: [
    { id: 'e93ba61a-53b3-45e7-985a-c7732dbcdb69', name: 'New Lead' },
    { id: '7915dedc-8f18-44d5-8bc3-77c04e994a10', name: 'Proposal Sent' },
  ],
  showInFunnel: true,
  showInPieChart: true,
  locationId: 've9EPM428h8vShlRW1KT',
};

export const stageSample = {
  id: 'e93ba61a-53b3-45e7-985a-c7732dbcdb69',
  name: 'New Lead',
  stageName: 'New Lead',
  position: 0,
  pipelineId: 'VDm7RPYC2GLUvdpKmBfC',
  pipelineName: 'SEO Sales',
};

/** An opportunity as Zap steps map it: always a name (some are blank), custom fields by id. */
export const presentOpportunity = (o: Record<string, any>) => ({
  ...o,
  name: o.name || o.contact?.name || o.id,
  ...customFieldsById(o),
});

/** `opportunityOutput` for every step returning opportunities; `opportunityForm` for create and update. */
export const { output: opportunityOutput, form: opportunityForm } = withCustomFields(
  'opportunity',
  presentOpportunity,
  opportunitySample,
  opportunityOutputLabels,
);

/**
 * Stages of one pipeline (or of all, labelled "Pipeline › Stage", when none is chosen yet).
 * HighLevel nests stages in the pipelines answer; items that are not objects are skipped.
 */
export const stagesOf = (pipelines: any[], pipelineId?: string) => {
  const chosen = pipelines.filter(isObject).filter((p) => !pipelineId || p.id === pipelineId);
  return chosen.flatMap((p) =>
    (Array.isArray(p.stages) ? p.stages : [])
      .filter(isObject)
      .filter((s: any) => s.id)
      .map((s: any) => ({
        ...s,
        stageName: s.name,
        name: pipelineId ? (s.name ?? s.id) : `${p.name ?? p.id} › ${s.name ?? s.id}`,
        pipelineId: p.id,
        pipelineName: p.name,
      })),
  );
};
