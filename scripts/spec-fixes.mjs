// Where HighLevel's live API differs from its documents (other spellings, epoch dates, extra wrapping,
// outages), the one list is docs/live-api-differences.md.
// Where HighLevel's documents are wrong or silent: this file, in one place for the contract test,
// the sandbox and the spec sync; what the running app itself needs (scopes the documents leave out)
// is in highlevel/specFixes.ts, which this file may import from but never the other way round.

// A property typed `object` with no properties whose example is a plain value (dateOfBirth:
// "1990-09-25", monetaryValue: 220, firstObjectLabel: "student") accepts that value's type too.
const forgiveContradictions = (node) => {
  if (!node || typeof node !== 'object') return node;
  const example = typeof node.example;
  if (node.type === 'object' && !node.properties && ['string', 'number', 'boolean'].includes(example)) {
    node.type = ['object', example];
  }
  Object.values(node).forEach(forgiveContradictions);
  return node;
};

// The webhook-event documents (docs/webhook-events/*.md) show each event's example body; these fill
// what they leave out or get wrong, so samples and tests start from what HighLevel really delivers:
// - `type`: the Appointment Update/Delete examples say AppointmentCreate; invoice and record examples have none;
// - `webhookId` and `timestamp`: every delivery carries them (WebhookAuthentication.md), no example shows them;
// - `locationId`: invoice examples name the sub-account only as `altId` (with `altType: location`);
// - `priceType`: the PriceUpdate and PriceDelete examples put the price's type under `type`;
// - `objectKey`: record examples do not say which custom object the record belongs to; the relay
//   contract filters record events on `objectKey`, as HighLevel's record payloads name it.
const EXAMPLE_DELIVERY = { webhookId: '0b8f2a3c-6d4e-4f51-9a7b-2c1d3e4f5a60', timestamp: '2026-11-20T09:31:30.255Z' };

const completeEventExample = (type, example) => {
  const body = { ...example, type };
  if (!body.locationId && body.altType === 'location' && body.altId) body.locationId = body.altId;
  if (/^Record(Create|Update|Delete)$/.test(type) && !body.objectKey) body.objectKey = 'custom_objects.pets';
  // PriceUpdate and PriceDelete examples name the price's type `type` (PriceCreate's: `priceType`), which the event's type overwrites.
  if (/^Price(Create|Update|Delete)$/.test(type) && example.type && example.type !== type && !body.priceType) body.priceType = example.type;
  return { ...body, ...EXAMPLE_DELIVERY, ...pick(example, ['webhookId', 'timestamp']) };
};

const pick = (o, keys) => Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));

/**
 * Requirements the documents state that HighLevel cannot mean. Record Payment requires `card`
 * (brand, last 4) and `cheque` (number) on every payment, cash and bank transfer too: each is asked
 * only for its own payment method.
 */
const NOT_REQUIRED = { 'invoices.RecordPaymentDto': ['card', 'cheque'] };

const relaxRequirements = (components) => {
  for (const [name, keys] of Object.entries(NOT_REQUIRED)) {
    const schema = components?.schemas?.[name];
    if (schema?.required) schema.required = schema.required.filter((k) => !keys.includes(k));
  }
  return components;
};

// ---- Answers ----
// The sandbox (Prism) and the contract test answer a request with its endpoint's documented success
// answer: the example where the documents give one, else a body made of the schema's property
// examples (`documentedBody`). Where the documents give no answer, or one no record could have,
// ANSWERS gives it, saying where it comes from. Dates are ISO-8601; values are examples like the
// documents' own (their IDs, the project's example tag).

const SCHEMA = (name) => ({ $ref: `#/components/schemas/${name}` });

/**
 * The body Prism makes of a schema of `doc` when the answer has no example: a value's default,
 * else its enum's first value, else its (first) example; else each property's, one item of an
 * array, the first of alternatives.
 */
const documentedBody = (doc, node, depth = 0) => {
  let s = node;
  while (s?.$ref)
    s = s.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce((at, key) => at?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
  if (!s || depth > 12) return undefined;
  if (s.allOf) {
    const { allOf, ...own } = s;
    return Object.assign({}, ...allOf.map((x) => documentedBody(doc, x, depth + 1)), documentedBody(doc, own, depth + 1));
  }
  if (s.oneOf || s.anyOf) return documentedBody(doc, (s.oneOf ?? s.anyOf)[0], depth + 1);
  if (s.default !== undefined) return structuredClone(s.default);
  if (s.enum?.length) return s.enum[0];
  if (s.example !== undefined) return structuredClone(s.example);
  if (s.examples?.length) return structuredClone(s.examples[0]);
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  if (type === 'array' || s.items) return [documentedBody(doc, s.items ?? {}, depth + 1)].filter((v) => v !== undefined);
  if (type === 'object' || s.properties) {
    return Object.fromEntries(
      Object.entries(s.properties ?? {})
        .map(([k, v]) => [k, documentedBody(doc, v, depth + 1)])
        .filter(([, v]) => v !== undefined),
    );
  }
  if (type === 'string') return s.format === 'date-time' ? '2019-08-24T14:15:22Z' : 'string';
  if (type === 'number' || type === 'integer') return 0;
  if (type === 'boolean') return true;
  return undefined;
};

/**
 * A contact as HighLevel's contact lists answer it: the live search answer of highlevel-api-docs
 * issue #314 (test/fixtures/real/contacts-search.json; its values are placeholders), its birthday
 * as a date, a tag of the project's examples, and `businessId`, which the documents' list schema
 * (ContactsSearchSchema) has.
 */
const LISTED_CONTACT = {
  id: 'Hc8tL2pQ9vXz4RkWm1Ab',
  locationId: 've9EPM428h8vShlRW1KT',
  contactName: 'sam rivera',
  firstName: 'sam',
  lastName: 'rivera',
  email: 'sam.rivera@example.com',
  phone: '+14155550188',
  phoneLabel: 'Mobile',
  companyName: 'Rivera Roofing',
  businessName: 'Rivera Roofing',
  businessId: '641c094001436dbc2081e642',
  address: '1 Test St',
  city: 'Austin',
  state: 'TX',
  postalCode: '78701',
  country: 'US',
  website: 'https://rivera-roofing.example.com',
  timezone: 'America/Chicago',
  type: 'lead',
  dnd: false,
  dndSettings: { SMS: { status: 'inactive', message: '', code: '' } },
  inboundDndSettings: { all: { status: 'inactive', message: '' } },
  dateOfBirth: '1990-03-13T00:00:00.000Z',
  validEmail: true,
  assignedTo: 'y0BeYjuRIlDwsDcOHOJo',
  source: 'public api',
  tags: ['rankr-lead', 'referral'],
  followers: [],
  customFields: [{ id: '3sv6dSiXQNJ6dpB0amsq', value: 'Gold' }],
  attributionSource: { medium: 'api', sessionSource: 'CRM UI' },
  lastAttributionSource: { medium: 'api' },
  dateAdded: '2026-07-27T15:02:11.482Z',
  dateUpdated: '2026-07-28T09:12:40.007Z',
  searchAfter: [1785229960007, 'Hc8tL2pQ9vXz4RkWm1Ab'],
};

/** A relation as the RelationCreate event shows it (docs/webhook-events/RelationCreate.md). */
const RELATION = {
  type: 'object',
  properties: Object.fromEntries(
    ['id', 'associationId', 'firstObjectKey', 'firstRecordId', 'secondObjectKey', 'secondRecordId', 'locationId'].map((k) => [
      k,
      { type: 'string' },
    ]),
  ),
};
const RELATION_EXAMPLE = {
  id: '67ae0d741119d218c9d0c477',
  associationId: '669e5795add2094075906c65',
  firstObjectKey: 'custom_objects.mad',
  firstRecordId: '67a349a79b28947ec1f65bb5',
  secondObjectKey: 'contact',
  secondRecordId: 'emqfhnG3g9D9chy9inTz',
  locationId: 'eHy2cOSZxMQzQ6Yyvl8P',
};

/** A day after the documents' examples of opportunities, appointments and invoices were made. */
const LATER = '2021-08-05T10:12:00.000Z';

/**
 * Success answers by endpoint: `schema` replaces the documented one; `example` is the body, or a
 * function of the documented body (made from the schema) that returns it.
 */
const ANSWERS = {
  // The documents say only "Success". The live answer of issue #314 (#289 shows the same wrapper).
  'POST /contacts/search': {
    schema: {
      type: 'object',
      properties: { contacts: { type: 'array', items: SCHEMA('contacts.ContactsSearchSchema') }, total: { type: 'number' } },
    },
    example: { contacts: [LISTED_CONTACT], total: 1 },
  },
  // The two older lists document the search's 12-field ContactsSearchSchema, which the live search
  // answers with some 35 fields (issue #314): the same contact.
  'GET /contacts/': { example: { contacts: [LISTED_CONTACT], count: 1 } },
  'GET /contacts/business/{businessId}': { example: { contacts: [LISTED_CONTACT], count: 1 } },
  // The documents give no answer: the matched contact under `contact`, as Get Contact documents one.
  'GET /contacts/search/duplicate': {
    schema: { type: 'object', properties: { contact: SCHEMA('contacts.GetContectByIdSchema') } },
  },
  // The documents type each task as an array. Tasks with the fields of apps/contacts.json's TaskSchema
  // and the sub-account and day added, as the TaskCreate and TaskComplete events show them: one pending, one completed.
  'POST /locations/{locationId}/tasks/search': {
    example: {
      tasks: [
        {
          id: 'UlRWGLSXh0ji5qbiGu4i',
          title: 'Loram ipsum',
          body: 'Loram ipsum',
          assignedTo: '63e4qiWDsFJjOYAC8phG',
          dueDate: '2021-11-26T12:41:02.193Z',
          completed: false,
          contactId: 'CWBf1PR9LvvBkcYqiXlc',
          locationId: 've9EPM428h8vShlRW1KT',
          dateAdded: '2021-11-26T12:41:02.193Z',
        },
        {
          id: '5HrB1IbmnKMBXloldFuP',
          title: 'test',
          body: 'testing',
          assignedTo: 'bNl8QNGXhIQJLv8eeASQ',
          dueDate: '2021-12-22T06:55:00.000Z',
          completed: true,
          contactId: 'WFwVrSSjZ2CNHbZThQX2',
          locationId: 've9EPM428h8vShlRW1KT',
          dateAdded: '2021-11-29T13:37:28.304Z',
        },
      ],
    },
  },
  // The documents type each estimate as a string: estimates as the other estimate endpoints answer one.
  'GET /invoices/estimate/list': {
    schema: {
      type: 'object',
      properties: {
        estimates: { type: 'array', items: SCHEMA('invoices.EstimateResponseDto') },
        total: { type: 'number', example: 1 },
        traceId: { type: 'string', example: '010c7a01-857f-4619-970d-xyxyxyxy' },
      },
    },
  },
  // The relation endpoints document an association (key, labels, object keys) as their answer: a
  // relation as RelationCreate shows it, and the list under `relations`.
  'POST /associations/relations': { schema: RELATION, example: RELATION_EXAMPLE },
  'GET /associations/relations/{recordId}': {
    schema: { type: 'object', properties: { relations: { type: 'array', items: RELATION } } },
    example: { relations: [RELATION_EXAMPLE] },
  },
  // The documents' conversation (ConversationSchema) with what apps/conversations.json documents of a
  // conversation elsewhere: the assignee, user and flags of the example the search's page shows
  // (ConversationDto, test/fixtures/real/conversations-search.json), its dates as Create
  // Conversation answers them (ConversationCreateResponseDto), and the direction the search filters
  // on (its `lastMessageDirection` parameter).
  'GET /conversations/search': {
    example: (documented) => {
      Object.assign(documented.conversations[0], {
        assignedTo: 'tDtDnQdgm2LXpyiqYvZ6',
        userId: 'tDtDnQdgm2LXpyiqYvZ6',
        inbox: true,
        starred: true,
        deleted: false,
        lastMessageDirection: 'inbound',
        lastMessageDate: '2023-10-01T12:00:00Z',
        dateAdded: '2023-10-01T12:00:00Z',
        dateUpdated: '2023-10-01T12:00:00Z',
      });
      return documented;
    },
  },
  // A finished call, as the properties' own examples describe it (`callStatus` completed, type 1):
  // made from the schema, the enums' first values would make it a pending call of `TYPE_CALL`.
  'GET /conversations/messages/{id}': {
    example: (documented) => ({
      ...documented,
      messageType: 'TYPE_CALL',
      direction: 'outbound',
      status: 'delivered',
      meta: { callDuration: '120', callStatus: 'completed' },
    }),
  },
  // The documents type each stage of a pipeline as an array, and show none. The pipeline the
  // documented opportunities are in (their `pipelineId`), with their stage: its ID (their
  // `pipelineStageId`) and its name, as a workflow's delivery names an opportunity's stage
  // (test/fixtures/real/workflow-webhook-opportunity.json).
  'GET /opportunities/pipelines': {
    example: (documented) => {
      Object.assign(documented.pipelines[0], {
        id: 'VDm7RPYC2GLUvdpKmBfC',
        stages: [{ id: 'e93ba61a-53b3-45e7-985a-c7732dbcdb69', name: 'Responded' }],
      });
      return documented;
    },
  },
  // The documents give the list one file object as its example and type its items as text: that
  // object as a folder (the list's `type` parameter) with the `_id` a file has (/medias/{id}
  // names it; Upload File answers it as `fileId`).
  'GET /medias/files': {
    example: {
      files: [
        {
          _id: '64af50c42d567a3b4f5989e0',
          type: 'folder',
          altId: 'locationId',
          altType: 'location',
          name: 'file name',
          parentId: 'parent folder id',
          url: 'file url',
          path: 'file path',
        },
      ],
    },
  },
  // Lists whose one documented record is in the one state the documents show get a second record,
  // the same one in the state a trigger reports, so that each trigger has an event to find:
  // an opportunity won and moved a day after it was created (the documented one changed stage and
  // status only at its creation), an appointment marked no-show, a paid invoice, a cancelled subscription.
  'GET /opportunities/search': {
    example: (documented) => {
      const [opportunity] = documented.opportunities;
      documented.opportunities.push({
        ...opportunity,
        id: 'zT46WSCPbudrq4zhWMk7',
        status: 'won',
        lastStatusChangeAt: LATER,
        lastStageChangeAt: LATER,
        updatedAt: LATER,
      });
      return documented;
    },
  },
  'GET /calendars/events': {
    example: (documented) => {
      // Another appointment: not an instance of the documented one's recurring event.
      const [{ masterEventId: _master, ...event }] = documented.events;
      documented.events.push({ ...event, id: 'ocQHyuzHvysMo5N5VsXd', isRecurring: false, appointmentStatus: 'noshow', dateUpdated: LATER });
      return documented;
    },
  },
  'GET /invoices/': {
    example: (documented) => {
      const [invoice] = documented.invoices;
      documented.invoices.push({
        ...invoice,
        _id: '6578278e879ad2646715ba9d',
        invoiceNumber: '20',
        status: 'paid',
        amountPaid: invoice.total,
        amountDue: 0,
        updatedAt: LATER,
      });
      return documented;
    },
  },
  'GET /payments/subscriptions': {
    example: (documented) => {
      const [subscription] = documented.data;
      documented.data.push({ ...subscription, _id: '64bf78af39118e4011926cbb', status: 'canceled' });
      return documented;
    },
  },
};

/** Properties the documents leave untyped or out of a schema, by component. */
const PROPERTIES = {
  // "Updated / New Opportunity", typed only `object`: the opportunity as the create and update answers document it.
  'opportunities.UpsertOpportunitySuccessfulResponseDto': { opportunity: SCHEMA('opportunities.SearchOpportunitiesResponseSchema') },
  // An estimate's number (set by CreateEstimatesDto's `estimateNumber`) and its status (what the
  // estimate list filters on: its `status` parameter), which the answer leaves out.
  'invoices.EstimateResponseDto': {
    estimateNumber: { type: 'number', description: 'Estimate number', example: 1001 },
    status: {
      type: 'string',
      description: 'Estimate status',
      enum: ['draft', 'sent', 'accepted', 'declined', 'invoiced', 'viewed'],
      example: 'draft',
    },
  },
};

const addProperties = (components) => {
  for (const [name, properties] of Object.entries(PROPERTIES)) {
    const schema = components?.schemas?.[name];
    if (schema) schema.properties = { ...schema.properties, ...properties };
  }
};

const fixAnswers = (doc) => {
  for (const [endpoint, { schema, example }] of Object.entries(ANSWERS)) {
    const [method, path] = endpoint.split(' ');
    const operation = doc.paths[path]?.[method.toLowerCase()];
    if (!operation) continue;
    const status = Object.keys(operation.responses ?? {}).find((code) => code.startsWith('2')) ?? '200';
    operation.responses ??= {};
    operation.responses[status] ??= { description: 'Success' };
    const response = operation.responses[status];
    const json = { schema: schema ?? response.content?.['application/json']?.schema };
    if (example !== undefined) json.example = typeof example === 'function' ? example(documentedBody(doc, json.schema)) : example;
    response.content = { 'application/json': json };
  }
};

/** Every fix, on a whole document (the sandbox, the contract test) or on its components. */
const fixDocuments = (node) => {
  forgiveContradictions(node);
  const components = node.components ?? node;
  relaxRequirements(components);
  addProperties(components);
  if (node.paths) fixAnswers(node);
  return node;
};

export { forgiveContradictions, fixDocuments, documentedBody, completeEventExample };
