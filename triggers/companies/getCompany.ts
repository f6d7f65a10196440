import { fetchThen, recordIn } from '../../families/conversations';
import { AGENCY_NOTE, companyIdOf, companySample } from '../../families/locations';
import { contentHash } from '../../steps/dedupe';
import { trigger } from '../../steps/define';

const what = () => 'The agency of this connection';
// The agency of the connection: HighLevel lets an agency token read only its own company.
const request = (_input: Record<string, any>, bundle: any) => ({ path: { companyId: companyIdOf(bundle) } });

export default trigger({
  key: 'get_company',
  noun: 'Agency',
  label: 'Get Company',
  description: `Triggers when your agency's (company's) details change, for example its plan, sub-account count or contact details. ${AGENCY_NOTE}`,
  endpoint: 'GET /companies/{companyId}',
  scopes: ['companies.readonly'],
  what,
  perform: fetchThen({ endpoint: 'GET /companies/{companyId}', what, request }, (data) => ({ company: recordIn(data, 'company') })),
  record: 'company',
  // The company carries no updated stamp: a hash of its content marks a change.
  dedupe: { changedBy: 'content', idAs: 'companyId' },
  sample: { ...companySample, id: `${companySample.id}:${contentHash(companySample)}`, companyId: companySample.id },
  outputLabels: { id: 'Change ID', companyId: 'Agency (Company) ID', name: 'Agency Name' },
});
