// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { applyConnectPolicy, canConnectTo, connectPolicyFor, fhirOrigin } from './connect-policy';

afterEach(() => {
  for (const meta of document.head.querySelectorAll('meta')) meta.remove();
});

describe('connect policy', () => {
  it('limits connections to the app when no FHIR server is set', () => {
    expect(connectPolicyFor('')).toBe("connect-src 'self'");
  });

  it('adds only the FHIR server origin, never its path or anything smuggled in', () => {
    expect(connectPolicyFor('https://fhir.example.test:8443/r4/base?x=1')).toBe(
      "connect-src 'self' https://fhir.example.test:8443",
    );
    expect(fhirOrigin("https://a.test/; script-src 'unsafe-inline'")).toBe('https://a.test');
    expect(fhirOrigin('javascript:alert(1)')).toBeUndefined();
    expect(fhirOrigin('not a url')).toBeUndefined();
  });

  it('adds one meta policy and reports what it allows', () => {
    expect(canConnectTo('https://fhir.example.test/r4')).toBe(true);
    applyConnectPolicy('https://fhir.example.test/r4');
    applyConnectPolicy('https://other.example.test/');
    const metas = document.head.querySelectorAll('meta[http-equiv="Content-Security-Policy"]');
    expect(metas).toHaveLength(1);
    expect(metas[0]?.getAttribute('content')).toBe("connect-src 'self' https://fhir.example.test");
    expect(canConnectTo('https://fhir.example.test/r4/Patient')).toBe(true);
    expect(canConnectTo('https://other.example.test/')).toBe(false);
  });
});
