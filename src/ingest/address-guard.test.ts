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
});
