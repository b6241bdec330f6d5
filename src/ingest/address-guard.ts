/**
 * Which network addresses Rasd may fetch from. A URL in a feed or a JSON Lines file is data from
 * someone else, so by default only public unicast addresses are reachable: private (10/8, 172.16/12,
 * 192.168/16, fc00::/7), loopback, link-local (which holds cloud metadata services), carrier-grade
 * NAT, multicast, reserved and unspecified ranges are refused — checked on the addresses DNS
 * returns, at every redirect hop, so a public name that resolves to 127.0.0.1 is refused too.
 * IPv4-mapped (`::ffff:a.b.c.d`) and IPv4-compatible (`::a.b.c.d`, also written `::a9fe:a9fe`)
 * IPv6 addresses are judged as the IPv4 address they carry; the translation and tunnel ranges that
 * embed an IPv4 address (NAT64 64:ff9b::/96 and 64:ff9b:1::/48, SIIT ::ffff:0:0:0/96, 6to4
 * 2002::/16, Teredo 2001::/32) are refused whole, since what they reach depends on a gateway.
 */
import ipaddr from 'ipaddr.js';

/** The range name of a non-public address (`loopback`, `private`, …), or null for a public one. */
export function nonPublicRange(address: string): string | null {
  if (!ipaddr.isValid(address)) return 'invalid';
  const parsed = ipaddr.process(address);
  const range = parsed.range();
  if (range !== 'unicast') return range;
  const embedded = parsed.kind() === 'ipv6' ? ipv4Compatible(parsed as ipaddr.IPv6) : null;
  if (embedded && embedded.range() !== 'unicast') return embedded.range();
  return null;
}

/**
 * The IPv4 address inside an IPv4-compatible IPv6 address (::/96, deprecated but still routed by
 * some stacks). ipaddr.js converts `::169.254.169.254` but not the same address written in hex,
 * `::a9fe:a9fe`, which it calls unicast.
 */
function ipv4Compatible(address: ipaddr.IPv6): ipaddr.IPv4 | null {
  const parts = address.parts;
  if (parts.slice(0, 6).some((part) => part !== 0)) return null;
  const [high = 0, low = 0] = parts.slice(6);
  return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
}

/** The address named in `allowed` (compared in canonical form, so `::ffff:10.0.0.1` is `10.0.0.1`). */
export function isListedAddress(address: string, allowed: readonly string[]): boolean {
  if (!ipaddr.isValid(address)) return false;
  const canonical = ipaddr.process(address).toString();
  return allowed.some((item) => ipaddr.isValid(item) && ipaddr.process(item).toString() === canonical);
}
