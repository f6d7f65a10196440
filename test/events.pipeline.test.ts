// Sub-account-wide event triggers for opportunities and appointments: each fires once per real
// event (new, unchanged, changed, as Zapier's dedupe sees the ids), costs one request per poll,
// and the appointment window is sent in epoch milliseconds.
import { steps } from '../operations';
import { AUTH, appTester, bundleFor, interceptHighLevel, perform, type Answer } from './support/harness';

const step = (key: string) => steps.find((s) => s.key === key)!;

const PIPELINES = {
  pipelines: [
    {
      id: 'p1',
      name: 'SEO Sales',
      stages: [
        { id: 's1', name: 'New Lead' },
        { id: 's2', name: 'Proposal Sent' },
      ],
    },
  ],
};

/** Polls a trigger whose answers come from `records`; returns its items and the requests it sent. */
const poll = async (key: string, listKey: string, records: object[], inputData: object = {}) => {
  const answer: Answer = (req) =>
    req.template === '/opportunities/pipelines' ? { status: 200, body: PIPELINES } : { status: 200, body: { [listKey]: records } };
  const seen = interceptHighLevel(answer);
  const items = (await perform(step(key), bundleFor(step(key), { inputData }))) as any[];
  return { items, seen };
};

/** Zapier's dedupe: the first poll only remembers ids; later polls fire items with unseen ids. */
const zap = () => {
  const known = new Set<string>();
  let first = true;
  return (items: { id: string }[]) => {
    const fired = first ? [] : items.filter((i) => !known.has(i.id));
    for (const i of items) known.add(i.id);
    first = false;
    return fired.map((i) => i.id);
  };
};

const opportunity = (id: string, extra: object = {}) => ({
  id,
  name: `Deal ${id}`,
  pipelineId: 'p1',
  pipelineStageId: 's1',
  status: 'open',
  createdAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-20T09:00:00.000Z',
  lastStageChangeAt: '2026-11-20T09:00:00.000Z',
  lastStatusChangeAt: '2026-11-20T09:00:00.000Z',
  ...extra,
});

describe('New Opportunity', () => {
  it('fires for a new opportunity once, never for an unchanged or changed one, in one request', async () => {
    const fire = zap();
    const a = opportunity('a');
    fire((await poll('new_opportunity', 'opportunities', [a])).items);
    const { items, seen } = await poll('new_opportunity', 'opportunities', [
      opportunity('b', { createdAt: '2026-11-21T09:00:00.000Z' }),
      a,
    ]);
    expect(fire(items)).toEqual(['b']);
    expect(seen).toHaveLength(1);
    expect(seen[0].query).toMatchObject({ location_id: AUTH.locationId, order: 'added_desc' });
    expect(fire((await poll('new_opportunity', 'opportunities', [opportunity('b'), a])).items)).toEqual([]);
    expect(
      fire(
        (
          await poll('new_opportunity', 'opportunities', [
            opportunity('b', { pipelineStageId: 's2', updatedAt: '2026-11-22T09:00:00.000Z' }),
            a,
          ])
        ).items,
      ),
    ).toEqual([]);
  });

  it('filters by the chosen pipeline at HighLevel', async () => {
    const { seen } = await poll('new_opportunity', 'opportunities', [], { pipelineId: 'p1' });
    expect(seen[0].query.pipeline_id).toBe('p1');
  });
});

describe('Opportunity Stage Changed', () => {
  const moved = (stage: string, at: string) => opportunity('a', { pipelineStageId: stage, lastStageChangeAt: at, updatedAt: at });

  it('fires once per stage move with the stage by name; unchanged keeps its id; one request per poll', async () => {
    const fire = zap();
    const first = await poll('opportunity_stage_changed', 'opportunities', [moved('s2', '2026-11-21T10:00:00.000Z')]);
    fire(first.items);
    expect(first.items[0]).toMatchObject({
      id: 'a:s2:2026-11-21T10:00:00.000Z',
      opportunityId: 'a',
      stageName: 'Proposal Sent',
      pipelineName: 'SEO Sales',
    });

    const unchanged = await poll('opportunity_stage_changed', 'opportunities', [moved('s2', '2026-11-21T10:00:00.000Z')]);
    expect(unchanged.items[0].id).toBe(first.items[0].id);
    expect(fire(unchanged.items)).toEqual([]);
    // Stage names come from the cache the first poll filled: this poll was the search alone.
    expect(unchanged.seen.map((r) => r.template)).toEqual(['/opportunities/search']);

    const back = await poll('opportunity_stage_changed', 'opportunities', [moved('s1', '2026-11-22T10:00:00.000Z')]);
    expect(fire(back.items)).toEqual(['a:s1:2026-11-22T10:00:00.000Z']);
    expect(back.items[0].stageName).toBe('New Lead');
    expect(back.seen).toHaveLength(1);
    expect(fire((await poll('opportunity_stage_changed', 'opportunities', [moved('s1', '2026-11-22T10:00:00.000Z')])).items)).toEqual([]);
  });

  it('ignores opportunities that never left the stage they were created in', async () => {
    const { items } = await poll('opportunity_stage_changed', 'opportunities', [opportunity('fresh')]);
    expect(items).toEqual([]);
  });

  it('reads the pipelines when Zapier offers no cache (local runs)', async () => {
    const answer: Answer = (req) =>
      req.template === '/opportunities/pipelines'
        ? { status: 200, body: PIPELINES }
        : { status: 200, body: { opportunities: [moved('s2', '2026-11-21T10:00:00.000Z')] } };
    const seen = interceptHighLevel(answer);
    const z: any = { cache: { get: () => Promise.reject(new Error('rpc is not available')), set: () => Promise.reject(new Error('no')) } };
    const { stageDirectory } = await import('../triggers/opportunities/opportunityEvents');
    const viaTester = await appTester(async (tz: any, bundle: any) => stageDirectory({ ...tz, cache: z.cache }, bundle), {
      authData: AUTH,
    } as any);
    expect(viaTester).toMatchObject({ s2: { stageName: 'Proposal Sent', pipelineName: 'SEO Sales' } });
    expect(seen.map((r) => r.template)).toEqual(['/opportunities/pipelines']);
  });

  it('filters by pipeline and stage at HighLevel', async () => {
    const { seen } = await poll('opportunity_stage_changed', 'opportunities', [], { pipelineId: 'p1', pipelineStageId: 's2' });
    expect(seen[0].query).toMatchObject({ pipeline_id: 'p1', pipeline_stage_id: 's2' });
  });
});

describe('Opportunity Status Changed', () => {
  const changed = (status: string, at: string) => opportunity('a', { status, lastStatusChangeAt: at, updatedAt: at });

  it('fires once per status change (won, lost, reopened); unchanged keeps its id; one request per poll', async () => {
    const fire = zap();
    const won = await poll('opportunity_status_changed', 'opportunities', [changed('won', '2026-11-21T10:00:00.000Z')]);
    fire(won.items);
    expect(won.items[0]).toMatchObject({ id: 'a:won:2026-11-21T10:00:00.000Z', opportunityId: 'a', statusChange: 'won' });
    expect(won.seen).toHaveLength(1);

    const unchanged = await poll('opportunity_status_changed', 'opportunities', [changed('won', '2026-11-21T10:00:00.000Z')]);
    expect(unchanged.items[0].id).toBe(won.items[0].id);
    expect(fire(unchanged.items)).toEqual([]);

    const lost = await poll('opportunity_status_changed', 'opportunities', [changed('lost', '2026-11-22T10:00:00.000Z')]);
    expect(fire(lost.items)).toEqual(['a:lost:2026-11-22T10:00:00.000Z']);
    expect(fire(lost.items)).toEqual([]);

    const reopened = await poll('opportunity_status_changed', 'opportunities', [changed('open', '2026-11-23T10:00:00.000Z')]);
    expect(reopened.items[0].statusChange).toBe('reopened');
    expect(fire(reopened.items)).toEqual(['a:open:2026-11-23T10:00:00.000Z']);
  });

  it('does not take a new open opportunity for a reopened one', async () => {
    const { items } = await poll('opportunity_status_changed', 'opportunities', [opportunity('fresh')]);
    expect(items).toEqual([]);
  });

  it('asks HighLevel for won, lost or abandoned directly, and for open ones when watching reopened', async () => {
    const lost = await poll('opportunity_status_changed', 'opportunities', [], { statusChange: 'lost' });
    expect(lost.seen[0].query.status).toBe('lost');
    const reopened = await poll(
      'opportunity_status_changed',
      'opportunities',
      [changed('won', '2026-11-21T10:00:00.000Z'), { ...changed('open', '2026-11-23T10:00:00.000Z'), id: 'b' }],
      { statusChange: 'reopened' },
    );
    expect(reopened.seen[0].query.status).toBe('open');
    expect(reopened.items.map((i) => i.opportunityId)).toEqual(['b']);
  });
});

const DAY = 24 * 60 * 60 * 1000;
const appointment = (id: string, extra: object = {}) => ({
  id,
  title: `Call ${id}`,
  calendarId: 'cal1',
  appointmentStatus: 'confirmed',
  startTime: '2026-11-25T10:00:00-05:00',
  endTime: '2026-11-25T10:30:00-05:00',
  dateAdded: '2026-11-21T15:00:00.000Z',
  dateUpdated: '2026-11-21T15:00:00.000Z',
  ...extra,
});

describe('Appointment Booked', () => {
  it('fires for a new booking once, never for an unchanged or changed one, in one request', async () => {
    const fire = zap();
    fire((await poll('appointment_booked', 'events', [appointment('e1')], { calendarId: 'cal1' })).items);
    const next = await poll(
      'appointment_booked',
      'events',
      [appointment('e1'), appointment('e2', { dateAdded: '2026-11-22T15:00:00.000Z' })],
      { calendarId: 'cal1' },
    );
    expect(next.items.map((i) => i.id)).toEqual(['e2', 'e1']);
    expect(fire(next.items)).toEqual(['e2']);
    expect(next.seen).toHaveLength(1);
    expect(
      fire((await poll('appointment_booked', 'events', [appointment('e1'), appointment('e2')], { calendarId: 'cal1' })).items),
    ).toEqual([]);
    expect(
      fire(
        (await poll('appointment_booked', 'events', [appointment('e1', { appointmentStatus: 'cancelled' })], { calendarId: 'cal1' })).items,
      ),
    ).toEqual([]);
  });

  it('asks for the chosen calendar over a window in epoch milliseconds, from 30 days back to 330 ahead', async () => {
    const before = Date.now();
    const { seen } = await poll('appointment_booked', 'events', [], { calendarId: 'cal1' });
    const { startTime, endTime, calendarId, locationId } = seen[0].query;
    expect({ calendarId, locationId }).toEqual({ calendarId: 'cal1', locationId: AUTH.locationId });
    expect(startTime).toMatch(/^\d{13}$/);
    expect(endTime).toMatch(/^\d{13}$/);
    expect(Math.abs(Number(startTime) - (before - 30 * DAY))).toBeLessThan(60_000);
    expect(Number(endTime) - Number(startTime)).toBe(360 * DAY);
  });

  it("watches the connected user's appointments when no calendar is chosen, and says so when there is no user", async () => {
    const { seen } = await poll('appointment_booked', 'events', []);
    expect(seen[0].query).toMatchObject({ userId: AUTH.userId });
    expect(seen[0].query.calendarId).toBeUndefined();
    const none = interceptHighLevel();
    await expect(
      perform(step('appointment_booked'), bundleFor(step('appointment_booked'), { inputData: {}, authData: { ...AUTH, userId: '' } })),
    ).rejects.toThrow(/Choose a Calendar/);
    expect(none).toHaveLength(0);
  });

  it("shows epoch appointment times as ISO-8601 in the Zap owner's time zone", async () => {
    const start = Date.UTC(2026, 10, 25, 15, 0);
    const { items } = await poll(
      'appointment_booked',
      'events',
      [appointment('e1', { startTime: start, endTime: String(start + 30 * 60_000) })],
      { calendarId: 'cal1' },
    );
    expect(items[0]).toMatchObject({ startTime: '2026-11-25T10:00:00-05:00', endTime: '2026-11-25T10:30:00-05:00' });
  });
});

describe('Appointment Status Changed', () => {
  it('fires once per status reached; unchanged keeps its id; one request per poll', async () => {
    const fire = zap();
    const first = await poll('appointment_status_changed', 'events', [appointment('e1')], { calendarId: 'cal1' });
    fire(first.items);
    expect(first.items[0]).toMatchObject({ id: 'e1:confirmed', appointmentId: 'e1' });
    expect(first.seen).toHaveLength(1);
    const unchanged = await poll('appointment_status_changed', 'events', [appointment('e1', { notes: 'edited' })], { calendarId: 'cal1' });
    expect(unchanged.items[0].id).toBe('e1:confirmed');
    expect(fire(unchanged.items)).toEqual([]);
    const showed = await poll('appointment_status_changed', 'events', [appointment('e1', { appointmentStatus: 'showed' })], {
      calendarId: 'cal1',
    });
    expect(fire(showed.items)).toEqual(['e1:showed']);
    expect(fire(showed.items)).toEqual([]);
  });

  it('only reports confirmed, cancelled, showed and no-show, or the chosen status', async () => {
    const events = [
      appointment('e1', { appointmentStatus: 'new' }),
      appointment('e2', { appointmentStatus: 'noshow' }),
      appointment('e3', { appointmentStatus: 'cancelled' }),
    ];
    expect((await poll('appointment_status_changed', 'events', events, { calendarId: 'cal1' })).items.map((i) => i.id).sort()).toEqual([
      'e2:noshow',
      'e3:cancelled',
    ]);
    expect(
      (await poll('appointment_status_changed', 'events', events, { calendarId: 'cal1', appointmentStatus: 'noshow' })).items.map(
        (i) => i.id,
      ),
    ).toEqual(['e2:noshow']);
  });
});

describe('instant twins', () => {
  it('Opportunity Stage Changed (Instant) shows a recent move with its stage and pipeline by name', async () => {
    const moved = opportunity('a', {
      pipelineStageId: 's2',
      lastStageChangeAt: '2026-11-21T10:00:00.000Z',
      contact: { id: 'c1', name: 'Jane Doe', email: 'jane@example.com' },
    });
    const { items } = await poll('opportunity_stage_changed_instant', 'opportunities', [moved]);
    expect(items[0]).toMatchObject({
      pipleline_stage: 'Proposal Sent',
      pipeline_name: 'SEO Sales',
      contact_id: 'c1',
      full_name: 'Jane Doe',
      opportunityId: 'a',
      stageName: 'Proposal Sent',
      stageId: 's2',
      pipelineName: 'SEO Sales',
      contactId: 'c1',
      name: 'Jane Doe',
    });
  });

  it("Appointment Booked (Instant) shows the connected user's recent bookings without any input", async () => {
    const { items, seen } = await poll('appointment_booked_instant', 'events', [appointment('e1', { contactId: 'c1' })]);
    expect(seen[0].query).toMatchObject({ userId: AUTH.userId });
    expect(items[0]).toMatchObject({
      appointmentId: 'e1',
      calendarId: 'cal1',
      startTime: '2026-11-25T10:00:00-05:00',
      appointmentStatus: 'confirmed',
      contactId: 'c1',
    });
  });
});
