import { AGENCY_NOTE, companySample } from '../../families/locations';
import { recordIn } from '../../highlevel/answers';
import { contentHash } from '../../steps/dedupe';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'get_company',
  noun: 'Agency',
  label: 'Agency Updated',
  catalog: 'Get Company',
  description: `Triggers when your agency's (company's) details change, for example its plan, sub-account count or contact details. ${AGENCY_NOTE}`,
  // {companyId} is the connection's own agency: HighLevel lets an agency token read only its own company.
  endpoint: 'GET /companies/{companyId}',
  scopes: ['companies.readonly'],
  access: 'agency',
  what: () => 'The agency of this connection',
  record: (data) => recordIn(data, 'company'),
  // The company carries no updated stamp: a hash of its content marks a change.
  dedupe: { changedBy: 'content', idAs: 'companyId' },
  sample: () => ({ ...companySample, id: `${companySample.id}:${contentHash(companySample)}`, companyId: companySample.id }),
  outputLabels: { id: 'Change ID', companyId: 'Agency (Company) ID', name: 'Agency Name' },
});
