import { describe, expect, it } from 'vitest';
import { isRefusedAddress } from './address-policy.ts';

describe('isRefusedAddress', () => {
  it('refuses loopback, private, link-local and metadata addresses in both families', () => {
    for (const a of ['127.0.0.1', '127.8.9.10', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fe80::1', 'fd12:3456::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '64:ff9b::a9fe:a9fe', '224.0.0.1']) {
      expect(isRefusedAddress(a), a).toBe(true);
    }
  });
  it('allows public addresses', () => {
    for (const a of ['93.184.215.14', '8.8.8.8', '172.32.0.1', '2606:4700::6810:84e5', '::ffff:8.8.8.8']) {
      expect(isRefusedAddress(a), a).toBe(false);
    }
  });
  it('refuses what is not an IP address', () => {
    expect(isRefusedAddress('localhost')).toBe(true);
  });
});
