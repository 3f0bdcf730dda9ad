import { createServer, type Server } from 'node:http';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { storeFhirServer } from './stored-rows';

/** The suite's port (playwright.config.ts); the two below sit beside it, so two runs can share a machine. */
const E2E_PORT = Number(process.env.E2E_PORT ?? '4317');
/** A stand-in FHIR server on this machine (one of this suite's own ports), answering anything. */
const FHIR_PORT = E2E_PORT + 19;
const FHIR_BASE = `http://127.0.0.1:${String(FHIR_PORT)}/fhir`;
/** Another origin on this machine that nothing should ever reach. */
const ELSEWHERE = `http://127.0.0.1:${String(E2E_PORT + 20)}/steal`;

function startFakeFhirServer(): Promise<Server> {
  const server = createServer((_request, response) => {
    response.writeHead(200, {
      'Content-Type': 'application/fhir+json',
      'Access-Control-Allow-Origin': '*',
    });
    response.end('{"resourceType":"CapabilityStatement"}');
  });
  return new Promise((resolve) => {
    server.listen(FHIR_PORT, '127.0.0.1', () => {
      resolve(server);
    });
  });
}

/** What a fetch from the page came to: an HTTP status, or the error it failed with. */
function fetchFromPage(page: Page, url: string): Promise<string> {
  return page.evaluate(async (target) => {
    try {
      const response = await fetch(target);
      return `status ${String(response.status)}`;
    } catch (error) {
      return `failed: ${error instanceof Error ? error.name : String(error)}`;
    }
  }, url);
}

/** Start-up has read the settings and narrowed connect-src. */
async function connectPolicyApplied(page: Page): Promise<string | null> {
  const meta = page.locator('head meta[data-connect-policy]');
  await expect(meta).toHaveCount(1);
  return meta.getAttribute('content');
}

test('the built page carries a strict policy, with no inline script or style to allow', async ({
  page,
}) => {
  const response = await page.request.get('/patients');
  const html = await response.text();
  const header = response.headers()['content-security-policy'] ?? '';
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  for (const policy of [header, (meta ?? '').replaceAll('&#39;', "'")]) {
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("style-src 'self';");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
  }
  expect(header).toContain("frame-ancestors 'none'");
  expect(html, 'inline script').not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  expect(html, 'inline style element').not.toMatch(/<style\b/);
  expect(html, 'style attribute').not.toMatch(/\sstyle=/);
  expect(html, 'event handler attribute').not.toMatch(/\son[a-z]+=/);
  expect(html, 'the development-only MSW worker').not.toContain('mockServiceWorker');
  expect((await page.request.get('/mockServiceWorker.js')).headers()['content-type']).toContain(
    'text/html',
  );
});

test('with no FHIR server set, a fetch to any other origin is blocked by the policy', async ({
  page,
  securityViolations,
}) => {
  await page.goto('/patients');
  await expect(page.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible();
  expect(await connectPolicyApplied(page)).toBe("connect-src 'self'");

  expect(await fetchFromPage(page, '/favicon.svg')).toBe('status 200');
  expect(await fetchFromPage(page, ELSEWHERE)).toBe('failed: TypeError');
  expect(await fetchFromPage(page, 'https://example.org/')).toBe('failed: TypeError');
  expect(await fetchFromPage(page, FHIR_BASE)).toBe('failed: TypeError');
  await expect
    .poll(() => securityViolations.filter((v) => v.startsWith('connect-src')).length)
    .toBe(3);
  expect(securityViolations.join('\n')).toContain(`127.0.0.1:${String(E2E_PORT + 20)}`);
  securityViolations.splice(0);
});

test('with a FHIR server set, the app may reach that server and still nothing else', async ({
  page,
  securityViolations,
}) => {
  const server = await startFakeFhirServer();
  try {
    await page.goto('/patients');
    await expect(page.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible();
    await storeFhirServer(page, FHIR_BASE);
    await page.reload();
    expect(await connectPolicyApplied(page)).toBe(
      `connect-src 'self' http://127.0.0.1:${String(FHIR_PORT)}`,
    );
    expect(await fetchFromPage(page, `${FHIR_BASE}/metadata`)).toBe('status 200');
    expect(await fetchFromPage(page, ELSEWHERE)).toBe('failed: TypeError');
    await expect.poll(() => securityViolations.length).toBe(1);
    expect(securityViolations[0]).toContain(
      `connect-src http://127.0.0.1:${String(E2E_PORT + 20)}`,
    );
    securityViolations.splice(0);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});
