import { describe, expect, it } from 'vitest';
import { nonPublicRange } from './address-guard.js';

describe('nonPublicRange', () => {
  it('publicAddresses: lets public unicast addresses through', () => {
    expect(nonPublicRange('93.184.216.34')).toBeNull();
    expect(nonPublicRange('2606:2800:220:1:248:1893:25c8:1946')).toBeNull();
  });

  it('nonPublicAddresses: names the range of loopback, private, link-local and other addresses', () => {
    expect(nonPublicRange('127.0.0.1')).toBe('loopback');
    expect(nonPublicRange('10.1.2.3')).toBe('private');
    expect(nonPublicRange('192.168.0.10')).toBe('private');
    expect(nonPublicRange('172.20.0.1')).toBe('private');
    expect(nonPublicRange('169.254.169.254')).toBe('linkLocal');
    expect(nonPublicRange('100.64.0.1')).toBe('carrierGradeNat');
    expect(nonPublicRange('0.0.0.0')).toBe('unspecified');
    expect(nonPublicRange('::1')).toBe('loopback');
    expect(nonPublicRange('fd00::1')).toBe('uniqueLocal');
    expect(nonPublicRange('fe80::1')).toBe('linkLocal');
  });

  it('mappedAddresses: judges an IPv4-mapped IPv6 address as the IPv4 address inside', () => {
    expect(nonPublicRange('::ffff:127.0.0.1')).toBe('loopback');
    expect(nonPublicRange('::ffff:10.0.0.1')).toBe('private');
  });

  // Issue 18: every IPv6 spelling of a non-public IPv4 address is non-public, one test per form.
  it('ipv4Compatible: ::a.b.c.d and its hex spelling ::a9fe:a9fe are the IPv4 address inside', () => {
    expect(nonPublicRange('::a9fe:a9fe')).toBe('linkLocal');
    expect(nonPublicRange('::169.254.169.254')).toBe('linkLocal');
    expect(nonPublicRange('::7f00:1')).toBe('loopback');
    expect(nonPublicRange('::a00:1')).toBe('private');
    expect(nonPublicRange('0:0:0:0:0:0:c0a8:0001')).toBe('private');
    expect(nonPublicRange('::808:808')).toBeNull();
  });

  it('ipv4MappedHex: ::ffff:a9fe:a9fe is 169.254.169.254', () => {
    expect(nonPublicRange('::ffff:a9fe:a9fe')).toBe('linkLocal');
    expect(nonPublicRange('0:0:0:0:0:ffff:7f00:1')).toBe('loopback');
  });

  it('siit: ::ffff:0:a.b.c.d (RFC 6145) is refused', () => {
    expect(nonPublicRange('::ffff:0:a9fe:a9fe')).not.toBeNull();
    expect(nonPublicRange('::ffff:0:10.0.0.1')).not.toBeNull();
  });

  it('nat64: 64:ff9b::/96 and the local-use 64:ff9b:1::/48 are refused', () => {
    expect(nonPublicRange('64:ff9b::a9fe:a9fe')).not.toBeNull();
    expect(nonPublicRange('64:ff9b::10.0.0.1')).not.toBeNull();
    expect(nonPublicRange('64:ff9b:1::a9fe:a9fe')).not.toBeNull();
  });

  it('sixToFour: 2002::/16 embedding a private IPv4 is refused', () => {
    expect(nonPublicRange('2002:a9fe:a9fe::1')).not.toBeNull();
    expect(nonPublicRange('2002:a00:1::1')).not.toBeNull();
    expect(nonPublicRange('2002:c0a8:101::')).not.toBeNull();
  });

  it('teredo: 2001::/32 is refused', () => {
    expect(nonPublicRange('2001:0:4136:e378:8000:63bf:3fff:fdd2')).not.toBeNull();
  });
});
