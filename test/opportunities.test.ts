// Opportunities: the search's snake_case filters and startAfter paging, the stage dropdown that
// follows the chosen pipeline, and the upsert's required follower fields.
import zapier from 'zapier-platform-core';
import { searchOpportunities } from '../families/opportunities';
import { steps } from '../operations';
import { AUTH, bundleFor, interceptHighLevel, perform } from './support/harness';

const step = (key: string) => steps.find((s) => s.key === key)!;

const opportunity = (id: string, createdAt: string, name = `Deal ${id}`) => ({
  id,
  name,
  createdAt,
  status: 'open',
  contact: { name: 'Jane Doe' },
});

describe('Search Opportunities', () => {
  const search = step('search_opportunities');

  it('sends snake_case filters with the connected location, newest first, one page of the asked size', async () => {
    const seen = interceptHighLevel();
    await perform(search, bundleFor(search));
    expect(seen).toHaveLength(1);
    expect(seen[0].query).toEqual({
      location_id: AUTH.locationId,
      q: 'acme',
      pipeline_id: 'VDm7RPYC2GLUvdpKmBfC',
      pipeline_stage_id: 'e93ba61a-53b3-45e7-985a-c7732dbcdb69',
      status: 'open',
      assigned_to: 'y0BeYjuRIlDwsDcOHOJo',
      contact_id: 'seD4PfOuKoVMLkEZqohJ',
      order: 'added_desc',
      limit: '10',
    });
  });

  it('returns the newest first and names unnamed opportunities after their contact', async () => {
    interceptHighLevel(() => ({
      status: 200,
      body: { opportunities: [opportunity('old', '2026-11-01T10:00:00.000Z'), opportunity('new', '2026-11-20T10:00:00.000Z', '')] },
    }));
    const result = (await perform(search, bundleFor(search, { inputData: {} }))) as any[];
    expect(result.map((o) => o.id)).toEqual(['new', 'old']);
    expect(result[0].name).toBe('Jane Doe');
  });

  it("continues a dropdown after the last record with HighLevel's startAfter cursor", async () => {
    const seen = interceptHighLevel(() => ({
      status: 200,
      body: { opportunities: [], meta: { startAfter: 1732096800000, startAfterId: 'lastOfPage2' } },
    }));
    const cursor: Record<string, string> = {};
    // A z with the cursor store Zapier keeps for paging dropdowns.
    const z: any = {
      request: (options: any) =>
        fetch(`${options.url}?${new URLSearchParams(options.params)}`, {
          method: options.method,
          headers: { ...options.headers, Authorization: `Bearer ${AUTH.access_token}` },
        }).then(async (r) => ({ status: r.status, content: await r.text(), headers: r.headers, request: { method: options.method } })),
      cursor: {
        get: async () => cursor.value ?? null,
        set: async (v: string) => {
          cursor.value = v;
        },
      },
      errors: zapier.errors,
    };
    cursor.value = JSON.stringify({ startAfter: '1732000000000', startAfterId: 'lastOfPage1' });
    await searchOpportunities(z, { authData: AUTH, inputData: {}, meta: { page: 1, isFillingDynamicDropdown: true } } as any, {}, 100);
    expect(seen[0].query).toMatchObject({ startAfter: '1732000000000', startAfterId: 'lastOfPage1', limit: '100' });
    expect(seen[0].query.page).toBeUndefined();
    expect(JSON.parse(cursor.value)).toEqual({ startAfter: '1732096800000', startAfterId: 'lastOfPage2' });
  });

  it('falls back to page numbers for a next page when no cursor is kept', async () => {
    const seen = interceptHighLevel();
    await perform(search, bundleFor(search, { inputData: {}, meta: { page: 2, limit: 50, isFillingDynamicDropdown: true } }));
    expect(seen[0].query).toMatchObject({ page: '3', limit: '50', order: 'added_desc' });
  });
});

describe('Stage dropdown', () => {
  const stages = step('list_pipeline_stages');
  const pipelines = {
    pipelines: [
      {
        id: 'p1',
        name: 'SEO Sales',
        stages: [
          { id: 's1', name: 'New Lead' },
          { id: 's2', name: 'Won' },
        ],
      },
      { id: 'p2', name: 'Web Design', stages: [{ id: 's3', name: 'Brief' }] },
    ],
  };

  it('lists only the stages of the pipeline chosen in the step', async () => {
    const seen = interceptHighLevel(() => ({ status: 200, body: pipelines }));
    const result = (await perform(stages, bundleFor(stages, { inputData: { pipelineId: 'p2' } }))) as any[];
    expect(seen[0].query).toEqual({ locationId: AUTH.locationId });
    expect(result).toEqual([expect.objectContaining({ id: 's3', name: 'Brief', pipelineId: 'p2', pipelineName: 'Web Design' })]);
  });

  it('before a pipeline is chosen, lists every stage labelled with its pipeline', async () => {
    interceptHighLevel(() => ({ status: 200, body: pipelines }));
    const result = (await perform(stages, bundleFor(stages, { inputData: {} }))) as any[];
    expect(result.map((s) => s.name)).toEqual(['SEO Sales › New Lead', 'SEO Sales › Won', 'Web Design › Brief']);
  });

  it('is what the Stage fields of the actions use, next to a pipeline field that refreshes them', () => {
    for (const key of ['create_opportunity', 'update_opportunity', 'upsert_opportunity']) {
      const inputs = step(key).definition.operation.inputFields.filter((f: any) => typeof f === 'object');
      expect(inputs.find((f: any) => f.key === 'pipelineStageId').dynamic).toBe('list_pipeline_stages.id.name');
      expect(inputs.find((f: any) => f.key === 'pipelineId')).toMatchObject({
        dynamic: 'list_pipelines.id.name',
        altersDynamicFields: true,
      });
    }
  });
});

describe('Upsert Opportunity', () => {
  const upsert = step('upsert_opportunity');

  it('sends the follower fields HighLevel requires even when left empty, and the value as a number', async () => {
    const seen = interceptHighLevel();
    await perform(upsert, bundleFor(upsert, { inputData: { pipelineId: 'p1', name: 'Deal', monetaryValue: '1500.50' } }));
    expect(seen[0].body).toEqual({
      locationId: AUTH.locationId,
      pipelineId: 'p1',
      name: 'Deal',
      followers: [],
      followersActionType: 'add',
      isRemoveAllFollowers: false,
      monetaryValue: 1500.5,
    });
  });

  it('refuses a value that is not a number before sending anything', async () => {
    const seen = interceptHighLevel();
    await expect(perform(upsert, bundleFor(upsert, { inputData: { pipelineId: 'p1', monetaryValue: 'lots' } }))).rejects.toThrow(
      /Value \(`monetaryValue`\) must be a number/,
    );
    expect(seen).toHaveLength(0);
  });
});

describe('other opportunity actions', () => {
  it('Remove Followers sends the users in the body and "remove all" in the query', async () => {
    const seen = interceptHighLevel();
    const remove = step('remove_opportunity_followers');
    await perform(remove, bundleFor(remove, { inputData: { opportunityId: 'o1', followers: 'u1, u2', isRemoveAllFollowers: 'no' } }));
    expect(seen[0]).toMatchObject({
      method: 'DELETE',
      path: '/opportunities/o1/followers',
      query: { isRemoveAllFollowers: 'false' },
      body: { followers: ['u1', 'u2'] },
    });
  });

  it('Find Opportunity needs a text or a contact, and sends nothing without', async () => {
    const seen = interceptHighLevel();
    const find = step('find_opportunity');
    await expect(perform(find, bundleFor(find, { inputData: { status: 'open' } }))).rejects.toThrow(
      /Give a Search Text \(`q`\) or a Contact \(`contactId`\): Find Opportunity needs one of them/,
    );
    expect(seen).toHaveLength(0);
  });

  it('Find Opportunity returns the newest match first', async () => {
    interceptHighLevel(() => ({
      status: 200,
      body: { opportunities: [opportunity('old', '2026-10-01T10:00:00.000Z'), opportunity('new', '2026-11-01T10:00:00.000Z')] },
    }));
    const find = step('find_opportunity');
    const result = (await perform(find, bundleFor(find, { inputData: { q: 'jane@example.com' } }))) as any[];
    expect(result[0].id).toBe('new');
  });

  it("Create Opportunity sends custom fields in HighLevel's shape", async () => {
    const seen = interceptHighLevel();
    const create = step('create_opportunity');
    await perform(create, bundleFor(create));
    expect(seen[0].body).toMatchObject({
      locationId: AUTH.locationId,
      status: 'open',
      monetaryValue: 1500,
      customFields: [{ id: '3sv6dSiXQNJ6dpB0amsq', field_value: 'Gold' }],
    });
  });
});
