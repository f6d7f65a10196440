// Where the relay may POST: Zapier's hook host, plus the hosts an operator lists in RELAY_TARGET_HOSTS.
// Subscribing checks a target URL's host name against the list; connecting checks the addresses the
// name resolves to, so a listed public name cannot lead to a private, loopback or metadata address.
import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions, type LookupOneOptions } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/** Zapier's REST-hook host: allowed by default, over HTTPS only. */
export const ZAPIER_HOOK_HOST = 'hooks.zapier.com';

/** A host name as URLs compare it: lower case, IPv6 without brackets. */
export const hostOf = (url: URL) => url.hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');

/** Why the relay will not post to `text`, or undefined when it may. `listed` are RELAY_TARGET_HOSTS. */
export function targetProblem(text: string, listed: readonly string[]): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'targetUrl must be an http(s) URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'targetUrl must be an http(s) URL';
  if (url.username || url.password) return 'targetUrl must not carry a user name or password';
  const host = hostOf(url);
  if (listed.includes(host)) return undefined;
  if (host === ZAPIER_HOOK_HOST) return url.protocol === 'https:' ? undefined : `targetUrl must use https with ${ZAPIER_HOOK_HOST}`;
  return `targetUrl host ${host} is not allowed: the relay posts to ${ZAPIER_HOOK_HOST} and the hosts in RELAY_TARGET_HOSTS`;
}

/** Answers of targetProblem per list in force, by URL: a relay posts to a few URLs, thousands of times each. */
const answers = new WeakMap<readonly string[], Map<string, string | undefined>>();

/** targetProblem, remembered (at most 10,000 URLs per list; then it starts over). */
export function rememberedTargetProblem(text: string, listed: readonly string[]): string | undefined {
  let known = answers.get(listed);
  if (!known || known.size >= 10_000) {
    known = new Map();
    answers.set(listed, known);
  }
  if (known.has(text)) return known.get(text);
  const problem = targetProblem(text, listed);
  known.set(text, problem);
  return problem;
}

/** Addresses no public name may resolve to (RFC 6890 special-purpose ranges, cloud metadata included). */
const SPECIAL = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  SPECIAL.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  SPECIAL.addSubnet(network, prefix, 'ipv6');

/** A private, loopback, link-local, metadata or otherwise non-public address (IPv4-mapped IPv6 too). */
export function isSpecialAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return SPECIAL.check(mapped, 'ipv4');
  const family = isIP(address);
  return family === 0 || SPECIAL.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for net/tls connections (undici's `connect.lookup`): resolves as usual, then refuses a
 * special address unless the host name or that address is listed in RELAY_TARGET_HOSTS.
 */
export function checkedLookup(listed: readonly string[], resolve = dnsLookup) {
  return (hostname: string, options: LookupOneOptions | LookupAllOptions, callback: LookupCallback): void => {
    resolve(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '');
      const name = hostname.toLowerCase();
      const allowed = (addresses as LookupAddress[]).filter(
        (a) => !isSpecialAddress(a.address) || listed.includes(name) || listed.includes(a.address),
      );
      if (!allowed.length) {
        const refused: NodeJS.ErrnoException = new Error(
          `${hostname} resolves to a private or reserved address; the relay does not post there`,
        );
        refused.code = 'ERR_RELAY_TARGET_ADDRESS';
        return callback(refused, '');
      }
      if ((options as LookupAllOptions).all) return callback(null, allowed);
      callback(null, allowed[0].address, allowed[0].family);
    });
  };
}

/** A subscription as listed: a user name or password in its URL (stored before they were refused) never leaves. */
export function withoutCredentials<T extends { targetUrl: string }>(subscription: T): T {
  try {
    const url = new URL(subscription.targetUrl);
    if (!url.username && !url.password) return subscription;
    url.username = '';
    url.password = '';
    return { ...subscription, targetUrl: url.toString() };
  } catch {
    return subscription;
  }
}
