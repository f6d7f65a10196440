import { trigger } from '../../steps/define';

export default trigger({
  key: 'list_campaigns',
  noun: 'Campaign',
  label: 'New Campaign',
  catalog: 'List Campaigns',
  description: 'Triggers when a campaign is added to the connected sub-account.',
  endpoint: 'GET /campaigns/',
  scopes: ['campaigns.readonly'],
  fields: [
    {
      key: 'status',
      label: 'Status',
      choices: { draft: 'Draft', published: 'Published' },
      helpText: 'Only campaigns in this state; leave empty for all.',
      example: 'published',
    },
  ],
  location: 'query',
  list: 'campaigns',
  sample: { id: 'qkMAHo2CDfqbvAwNHGdb', name: 'New Lead Nurture', status: 'published', locationId: 've9EPM428h8vShlRW1KT' },
  outputLabels: { id: 'Campaign ID' },
});
