// The status page (GET /): server-rendered HTML, one small stylesheet, no script. Every value is escaped
// (html.ts) and target URLs show only their host and last 6 characters.
import type { DeadFilter, DeadRow, HourlyCount, TracedEvent, ZapRow } from '../store/history';
import { chart, SERIES } from './charts';
import { duration, html, Html, maskUrl, when } from './html';
import { STYLE } from './style';

export interface Health {
  store: 'pglite' | 'postgres';
  processes: Array<{ id: string; seenAt: Date }>;
  version: string;
  uptimeSeconds: number;
  pending: number;
}

export interface PageData {
  prefix: string;
  formToken: string;
  now: Date;
  notice?: string;
  health: Health;
  counts: HourlyCount[];
  zaps: ZapRow[];
  groupBy: 'trigger' | 'account';
  filter: DeadFilter;
  dead: { rows: DeadRow[]; total: number };
  search?: { webhookId: string; event?: TracedEvent };
  /** This page's own path and query, for forms to come back to. */
  back: string;
}

export function layout(title: string, body: Html): string {
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin"><title>${title}</title><style>${new Html(STYLE)}</style></head>
<body>${body}</body></html>`.text;
}

export function loginPage(prefix: string, problem?: string): string {
  return layout(
    'Relay operator: log in',
    html`<main class="login"><h1>HighLevel relay</h1>
<form method="post" action="${prefix}/login">
  <label>Operator token (RELAY_ADMIN_TOKEN)<input type="password" name="token" autocomplete="current-password" required autofocus></label>
  ${problem ? html`<p class="error" role="alert">${problem}</p>` : ''}
  <button type="submit">Log in</button>
</form></main>`,
  );
}

export function offPage(): string {
  return layout(
    'Relay operator page is off',
    html`<main class="login"><h1>The operator page is off</h1>
<p>Set <code>RELAY_ADMIN_TOKEN</code> (a random value of at least 16 characters, e.g. <code>openssl rand -hex 32</code>) in the relay's environment and restart it to turn on this page and the operator routes.</p></main>`,
  );
}

export function statusPage(data: PageData): string {
  const hidden = html`<input type="hidden" name="csrf" value="${data.formToken}"><input type="hidden" name="back" value="${data.back}">`;
  return layout(
    'HighLevel relay',
    html`<header><h1>HighLevel relay</h1>
<form method="post" action="${data.prefix}/logout">${hidden}<button class="link">Log out</button></form></header>
${data.notice ? html`<p class="notice" role="status">${data.notice}</p>` : ''}
<main>
${healthSection(data.health)}
<section id="charts"><h2>Last 24 hours</h2><div class="charts">${SERIES.map((series) => chart(series, data.counts, data.now))}</div>
<p class="muted">Hourly, from every relay process on this store (each adds its counts every minute).</p></section>
${zapsSection(data)}
${deadSection(data, hidden)}
${searchSection(data, hidden)}
</main>`,
  );
}

function healthSection(health: Health): Html {
  const processes =
    health.store === 'pglite'
      ? ['this process (the embedded store serves one)']
      : health.processes.map((p) => `${p.id} (seen ${when(p.seenAt)})`);
  return html`<section id="health"><h2>Health</h2><dl class="health">
<dt>Store</dt><dd>${health.store === 'pglite' ? 'PGlite (embedded)' : 'PostgreSQL'}</dd>
<dt>Relay processes</dt><dd>${processes.length}<ul>${processes.map((p) => html`<li>${p}</li>`)}</ul></dd>
<dt>Version</dt><dd>${health.version}</dd>
<dt>Uptime</dt><dd>${duration(health.uptimeSeconds)}</dd>
<dt>Deliveries pending</dt><dd>${health.pending}</dd>
</dl></section>`;
}

const account = (zap: ZapRow) => (zap.locationId ? `sub-account ${zap.locationId}` : `agency ${zap.companyId}`);

function zapsSection(data: PageData): Html {
  const groups = new Map<string, ZapRow[]>();
  for (const zap of data.zaps) {
    const key = data.groupBy === 'trigger' ? (zap.trigger ?? zap.events.join(', ')) : account(zap);
    groups.set(key, [...(groups.get(key) ?? []), zap]);
  }
  const link = (by: 'trigger' | 'account', label: string) =>
    by === data.groupBy ? html`<strong>${label}</strong>` : html`<a href="${data.prefix}/?group=${by}#zaps">${label}</a>`;
  return html`<section id="zaps"><h2>Zaps <span class="muted">${data.zaps.length} subscriptions</span></h2>
<p>Group by ${link('trigger', 'trigger')} · ${link('account', 'agency or sub-account')}. Failing first.</p>
${data.zaps.length ? '' : html`<p class="muted">No subscriptions yet: they appear when a Zap with an instant trigger is turned on.</p>`}
${[...groups].map(
  ([
    group,
    zaps,
  ]) => html`<h3>${group}</h3><table class="zaps"><thead><tr><th>State</th><th>Subscription</th><th>${data.groupBy === 'trigger' ? 'Account' : 'Trigger'}</th><th>Target</th><th>Last delivery</th><th>Last error</th><th>Pending</th><th>Dead</th><th>Failures 24 h</th></tr></thead><tbody>
${zaps.map((zap) => zapRow(zap, data))}</tbody></table>`,
)}</section>`;
}

function zapRow(zap: ZapRow, data: PageData): Html {
  const state = zap.dead ? 'failing' : zap.failures24h ? 'retrying' : zap.lastDeliveredAt ? 'ok' : 'idle';
  return html`<tr class="${state}" data-subscription="${zap.id}"><td><span class="badge ${state}">${state}</span></td>
<td><code>${zap.id}</code><br><span class="muted">${zap.events.join(', ')}</span></td>
<td>${data.groupBy === 'trigger' ? account(zap) : (zap.trigger ?? '—')}</td>
<td><code>${maskUrl(zap.targetUrl)}</code></td><td>${when(zap.lastDeliveredAt)}</td>
<td>${zap.lastError ?? '—'}${zap.lastErrorAt ? html`<br><span class="muted">${when(zap.lastErrorAt)}</span>` : ''}</td>
<td>${zap.pending}</td><td>${zap.dead ? html`<a href="${data.prefix}/?subscriptionId=${encodeURIComponent(zap.id)}#dead">${zap.dead}</a>` : 0}</td><td>${zap.failures24h}</td></tr>`;
}

const iso = (date?: Date) => (date ? date.toISOString() : '');

function deadSection(data: PageData, hidden: Html): Html {
  const f = data.filter;
  const field = (name: keyof DeadFilter, label: string, value: string, placeholder = '') =>
    html`<label>${label}<input name="${name}" value="${value}" placeholder="${placeholder}"></label>`;
  const filterFields = html`<input type="hidden" name="since" value="${iso(f.since)}"><input type="hidden" name="until" value="${iso(f.until)}">
<input type="hidden" name="subscriptionId" value="${f.subscriptionId ?? ''}"><input type="hidden" name="locationId" value="${f.locationId ?? ''}"><input type="hidden" name="trigger" value="${f.trigger ?? ''}">`;
  return html`<section id="dead"><h2>Dead deliveries <span class="muted">${data.dead.total}</span></h2>
<form method="get" action="${data.prefix}/#dead" class="filter">
${field('since', 'Event since', iso(f.since), 'ISO time, e.g. 2026-01-31T00:00Z')}${field('until', 'until', iso(f.until), 'ISO time')}
${field('trigger', 'Trigger', f.trigger ?? '')}${field('locationId', 'Sub-account', f.locationId ?? '')}${field('subscriptionId', 'Subscription', f.subscriptionId ?? '')}
<button type="submit">Filter</button> <a href="${data.prefix}/#dead">clear</a></form>
${
  data.dead.total
    ? html`<form method="post" action="${data.prefix}/deliveries/replay" class="replay-all">${hidden}${filterFields}
<button type="submit" name="all" value="1">Replay all ${data.dead.total} shown by this filter</button></form>`
    : html`<p class="muted">None${f.since || f.until || f.trigger || f.locationId || f.subscriptionId ? ' for this filter' : ''}.</p>`
}
${
  data.dead.rows.length
    ? html`<table class="dead"><thead><tr><th>Event</th><th>Sub-account</th><th>Trigger</th><th>Last error</th><th>Attempts</th><th>Received</th><th>Dead since</th><th></th></tr></thead><tbody>
${data.dead.rows.map(
  (
    row,
  ) => html`<tr data-delivery="${row.id}"><td>${row.type}<br><a href="${data.prefix}/?webhookId=${encodeURIComponent(row.webhookId)}#search"><code>${row.webhookId}</code></a></td>
<td>${row.locationId ?? '—'}</td><td>${row.trigger ?? '—'}<br><span class="muted">${row.subscriptionId}</span></td><td>${row.lastError ?? '—'}</td><td>${row.attempts}</td>
<td>${when(row.receivedAt)}</td><td>${when(row.deadAt)}</td>
<td><form method="post" action="${data.prefix}/deliveries/${row.id}/replay">${hidden}<button type="submit">Replay</button></form></td></tr>`,
)}</tbody></table>${data.dead.total > data.dead.rows.length ? html`<p class="muted">Showing the latest ${data.dead.rows.length}.</p>` : ''}`
    : ''
}
</section>`;
}

function searchSection(data: PageData, hidden: Html): Html {
  const search = data.search;
  const event = search?.event;
  return html`<section id="search"><h2>Find an event</h2>
<form method="get" action="${data.prefix}/#search" class="filter"><label>webhookId<input name="webhookId" value="${search?.webhookId ?? ''}" required></label><button type="submit">Find</button></form>
${search && !event ? html`<p class="error">No event ${search.webhookId} is kept: never received, or older than the retention.</p>` : ''}
${
  event
    ? html`<dl class="health"><dt>Type</dt><dd>${event.type}</dd><dt>Arrived</dt><dd>${when(event.receivedAt)}</dd>
<dt>Account</dt><dd>${event.locationId ? `sub-account ${event.locationId}` : event.companyId ? `agency ${event.companyId}` : '—'}</dd>
<dt>Matched</dt><dd>${event.deliveries.length} deliveries</dd></dl>
<table class="trace"><thead><tr><th>Subscription</th><th>Target</th><th>Outcome</th><th>Attempts</th><th>Status</th><th>Error</th><th>When</th></tr></thead><tbody>
${event.deliveries.map(
  (
    d,
  ) => html`<tr data-delivery="${d.deliveryId}"><td>${d.trigger ?? '—'}<br><code>${d.subscriptionId}</code></td><td><code>${maskUrl(d.targetUrl)}</code></td>
<td><span class="badge ${d.outcome}">${d.outcome}</span></td><td>${d.attempts}</td><td>${d.statusCode ?? (d.outcome === 'delivered' ? '2xx' : '—')}</td>
<td>${d.error ?? '—'}</td><td>${when(d.at)}</td></tr>`,
)}</tbody></table>
<form method="post" action="${data.prefix}/events/${encodeURIComponent(event.webhookId)}/redeliver">${hidden}<button type="submit">Send this event again to its subscriptions</button></form>`
    : ''
}</section>`;
}
