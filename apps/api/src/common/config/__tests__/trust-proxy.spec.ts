import { ConfigError, loadConfig, parseTrustProxy, trustsProxyAt } from '../config.js';

describe('TRUST_PROXY', () => {
  it('is off by default, on for the on/off words, or the proxy’s addresses', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(parseTrustProxy('true')).toBe(true);
    expect(parseTrustProxy('off')).toBe(false);
    expect(parseTrustProxy('172.30.0.10')).toEqual(['172.30.0.10']);
    expect(parseTrustProxy(' 10.0.0.0/8, fd00::/8 ')).toEqual(['10.0.0.0/8', 'fd00::/8']);
  });

  it('refuses what is neither, in one sentence', () => {
    for (const bad of ['maybe', '172.30.0', '10.0.0.0/33', '10.0.0.1/8/2', ','])
      expect(parseTrustProxy(bad)).toBeNull();
    expect(() => loadConfig({ TRUST_PROXY: 'nginx' })).toThrow(ConfigError);
    expect(() => loadConfig({ TRUST_PROXY: 'nginx' })).toThrow(
      /^TRUST_PROXY must be true, false, or the proxy/,
    );
  });

  it('believes the proxy at a listed address or subnet only', () => {
    const proxy = parseTrustProxy('172.30.0.10,10.1.0.0/16')!;
    expect(trustsProxyAt(proxy, '172.30.0.10')).toBe(true);
    expect(trustsProxyAt(proxy, '::ffff:172.30.0.10')).toBe(true);
    expect(trustsProxyAt(proxy, '10.1.200.3')).toBe(true);
    expect(trustsProxyAt(proxy, '172.30.0.11')).toBe(false);
    expect(trustsProxyAt(proxy, undefined)).toBe(false);
    expect(trustsProxyAt(true, '203.0.113.9')).toBe(true);
    expect(trustsProxyAt(false, '172.30.0.10')).toBe(false);
  });
});
