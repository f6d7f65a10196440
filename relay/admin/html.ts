// HTML built from templates that escape every value put into them: event data is hostile (a contact's
// name can hold markup), so nothing reaches the page unescaped unless it was itself built here.

export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"'`]/g, (c) => ESCAPES[c]);
}

type Value = Html | string | number | boolean | null | undefined | Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(value);
}

/** `html\`<p>${name}</p>\``: values escaped; Html values (and lists of them) kept as built. */
export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let text = strings[0];
  for (const [i, value] of values.entries()) text += render(value) + strings[i + 1];
  return new Html(text);
}

/** A target URL as the page shows it: its host and its last 6 characters (Zapier hook URLs are secrets). */
export function maskUrl(url: string | null | undefined): string {
  if (!url) return '(removed)';
  let host = '?';
  try {
    host = new URL(url).host;
  } catch {
    // shown as ? plus the tail
  }
  return `${host}/…${url.slice(-6)}`;
}

export function when(date: Date | null | undefined): string {
  return date
    ? date
        .toISOString()
        .replace('T', ' ')
        .replace(/\.\d+Z$/, ' UTC')
    : '—';
}

export function duration(seconds: number): string {
  const s = Math.floor(seconds);
  const [d, h, m] = [Math.floor(s / 86400), Math.floor((s % 86400) / 3600), Math.floor((s % 3600) / 60)];
  return d ? `${d} d ${h} h` : h ? `${h} h ${m} min` : m ? `${m} min ${s % 60} s` : `${s} s`;
}
