// The status page's charts: one SVG bar chart per series, a bar per hour over the last 24 hours, so a
// spike or a gap shows without reading numbers. Each bar has a tooltip (<title>) with its count.
import type { HourlyCount } from '../store/history';
import { html, type Html } from './html';

export const HOURS = 24;

export interface Series {
  title: string;
  /** Counter name in relay_hourly_counts (see counts.ts). */
  name: string;
  colour: string;
}

export const SERIES: Series[] = [
  { title: 'Events received', name: 'received', colour: '#2563eb' },
  { title: 'Refused (by reason)', name: 'refused', colour: '#d97706' },
  { title: 'Delivered', name: 'delivered', colour: '#16a34a' },
  { title: 'Retried', name: 'retried', colour: '#9333ea' },
  { title: 'Dead', name: 'dead', colour: '#dc2626' },
];

/** The hours shown, oldest first: the current hour and the 23 before it. */
export function hours(now: Date): Date[] {
  const current = Math.floor(now.getTime() / 3_600_000) * 3_600_000;
  return Array.from({ length: HOURS }, (_, i) => new Date(current - (HOURS - 1 - i) * 3_600_000));
}

/** Per hour, the series' count; for `refused`, also each reason's total over the day. */
export function bucket(counts: HourlyCount[], name: string, now: Date): { values: number[]; reasons: Map<string, number> } {
  const slots = hours(now).map((hour) => hour.getTime());
  const values = slots.map(() => 0);
  const reasons = new Map<string, number>();
  for (const count of counts) {
    const slot = slots.indexOf(count.hour.getTime());
    if (count.name !== name || slot < 0) continue;
    values[slot] += count.count;
    if (count.reason) reasons.set(count.reason, (reasons.get(count.reason) ?? 0) + count.count);
  }
  return { values, reasons };
}

const WIDTH = 288;
const HEIGHT = 90;

export function chart(series: Series, counts: HourlyCount[], now: Date): Html {
  const { values, reasons } = bucket(counts, series.name, now);
  const slots = hours(now);
  const max = Math.max(...values);
  const total = values.reduce((a, b) => a + b, 0);
  const barWidth = WIDTH / HOURS;
  const bars = values.map((value, i) => {
    const height = max ? Math.max(value ? 2 : 0, (value / max) * (HEIGHT - 4)) : 0;
    const label = `${slots[i].toISOString().slice(11, 16)} UTC: ${value}`;
    return html`<rect x="${(i * barWidth + 1).toFixed(1)}" y="${(HEIGHT - height).toFixed(1)}" width="${(barWidth - 2).toFixed(1)}" height="${height.toFixed(1)}" fill="${series.colour}"><title>${label}</title></rect>`;
  });
  const breakdown = [...reasons].sort((a, b) => b[1] - a[1]).map(([reason, n]) => html`<li>${reason}: ${n}</li>`);
  return html`<figure class="chart" data-series="${series.name}">
  <figcaption>${series.title} <strong>${total}</strong> <span class="muted">max ${max}/h</span></figcaption>
  <svg viewBox="0 0 ${WIDTH} ${HEIGHT + 14}" role="img" aria-label="${series.title}, last 24 hours: ${total}">
    <line x1="0" y1="${HEIGHT + 0.5}" x2="${WIDTH}" y2="${HEIGHT + 0.5}" class="axis"/>
    ${bars}
    <text x="0" y="${HEIGHT + 12}" class="tick">-24 h</text>
    <text x="${WIDTH / 2}" y="${HEIGHT + 12}" class="tick" text-anchor="middle">-12 h</text>
    <text x="${WIDTH}" y="${HEIGHT + 12}" class="tick" text-anchor="end">now</text>
  </svg>
  ${breakdown.length ? html`<ul class="reasons">${breakdown}</ul>` : ''}
</figure>`;
}
