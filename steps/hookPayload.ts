// What an instant trigger received: the body HighLevel (a workflow's Webhook action, or the relay
// forwarding an app event) posted to the Zap's hook URL, read the same way for both kinds.
import type { Bundle } from 'zapier-platform-core';
import { isObject } from '../highlevel/answers';
import type { Payload } from './core';

/** Form bodies name nested keys `customData[zapier_secret]`; this nests them as JSON would. */
const nestBrackets = (entries: Iterable<[string, unknown]>): Payload => {
  const out: Payload = {};
  for (const [name, value] of entries) {
    const keys = name.replace(/\]/g, '').split('[');
    let node = out;
    for (const k of keys.slice(0, -1)) {
      if (!isObject(node[k])) node[k] = {};
      node = node[k];
    }
    node[keys[keys.length - 1]] = value;
  }
  return out;
};

// `key=value&...`; the first key may be bracketed (`customData[zapier_secret]=...`) but cannot open JSON.
const FORM = /^[^=&\s{[][^=&\s]*=[^\s]*(&[^=&\s]+=[^\s]*)*$/;

/** A raw body as an object: JSON, form-encoded, or anything else kept whole under `payload`. */
const parseBody = (content: string): Payload => {
  try {
    const json = JSON.parse(content);
    return isObject(json) ? json : { payload: json };
  } catch {
    return FORM.test(content.trim()) ? nestBrackets(new URLSearchParams(content.trim())) : { payload: content };
  }
};

/**
 * What HighLevel posted: the raw body parsed here (JSON keys are kept as written; form keys are
 * nested), else Zapier's parsed body, nested only when it came form-encoded.
 */
export const readPayload = (bundle: Bundle): Payload => {
  const cleaned = (bundle as any).cleanedRequest;
  const content = bundle.rawRequest?.content;
  if (typeof content === 'string' && content.trim()) {
    const parsed = parseBody(content);
    // A raw body Zapier cut short reads as text: its own parse is then the better one.
    const unreadable = Object.keys(parsed).length === 1 && typeof parsed.payload === 'string';
    if (!(unreadable && isObject(cleaned) && Object.keys(cleaned).length)) return parsed;
  }
  if (isObject(cleaned)) {
    const form = /x-www-form-urlencoded/i.test(headerValue(bundle, 'content-type') ?? '');
    return form ? nestBrackets(Object.entries(cleaned)) : cleaned;
  }
  return cleaned === undefined || cleaned === null ? {} : { payload: cleaned };
};

/** Header names as Zapier hands them over (`Http-X-Zapier-Secret`, `x_zapier_secret`), made plain. */
export const headerValue = (bundle: Bundle, name: string): string | undefined => {
  const headers = bundle.rawRequest?.headers ?? (bundle as any).cleanedRequest?.headers ?? {};
  for (const [key, value] of Object.entries(headers ?? {})) {
    if (
      key
        .toLowerCase()
        .replace(/_/g, '-')
        .replace(/^http-/, '') === name
    )
      return String(value);
  }
  return undefined;
};
