/**
 * Which network addresses Rasd may fetch from. A URL in a feed or a JSON Lines file is data from
 * someone else, so by default only public unicast addresses are reachable: private (10/8, 172.16/12,
 * 192.168/16, fc00::/7), loopback, link-local (which holds cloud metadata services), carrier-grade
 * NAT, multicast, reserved and unspecified ranges are refused — checked on the addresses DNS
 * returns, at every redirect hop, so a public name that resolves to 127.0.0.1 is refused too.
 * IPv4-mapped IPv6 addresses are judged as the IPv4 address they carry.
 */
import ipaddr from 'ipaddr.js';

/** The range name of a non-public address (`loopback`, `private`, …), or null for a public one. */
export function nonPublicRange(address: string): string | null {
  if (!ipaddr.isValid(address)) return 'invalid';
  const range = ipaddr.process(address).range();
  return range === 'unicast' ? null : range;
}

/** The address named in `allowed` (compared in canonical form, so `::ffff:10.0.0.1` is `10.0.0.1`). */
export function isListedAddress(address: string, allowed: readonly string[]): boolean {
  if (!ipaddr.isValid(address)) return false;
  const canonical = ipaddr.process(address).toString();
  return allowed.some((item) => ipaddr.isValid(item) && ipaddr.process(item).toString() === canonical);
}
