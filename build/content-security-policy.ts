import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built app, as one list so the page's `<meta>` and the
 * preview server's header say the same thing.
 *
 * - Scripts only from the app's own origin: no inline script, no `eval` or `new Function`
 *   (zod's JIT is switched off at start-up for this; see src/app/content-security.ts).
 * - Styles only from the app's own files. React's `style` props and the charts set styles through
 *   the CSSOM, which CSP does not govern, so no `'unsafe-inline'` is needed.
 * - `connect-src` allows any http(s) origin here only because the FHIR server's address is a
 *   setting stored on the device, unknown when the page is built. At start-up the app reads it
 *   and adds a second policy, `connect-src 'self' <FHIR origin>`; the browser enforces both, so
 *   connections end up limited to the app and that one server (or the app alone). Until that
 *   second policy is in place no code of the app makes a request.
 */
export const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self' http: https:"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['frame-src', "'none'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'self'"],
];

export function policyText(directives: readonly (readonly [string, string])[]): string {
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** Directives a `<meta>` policy ignores (and logs an error for): only a header can carry them. */
const HEADER_ONLY: readonly (readonly [string, string])[] = [['frame-ancestors', "'none'"]];

/** Headers for `vite preview` (`npm start`, the end-to-end tests, the benches). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': policyText([...CSP_DIRECTIVES, ...HEADER_ONLY]),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

const CHARSET = '<meta charset="UTF-8" />';

/**
 * Puts the policy into the built index.html as a `<meta>` right after the charset, before any
 * script or stylesheet (a meta policy only governs what follows it), so it holds on any static
 * host, not only behind `vite preview`. Build only: the dev server needs inline scripts for hot
 * reload.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'iliopsoas:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!html.includes(CHARSET)) throw new Error(`index.html has no ${CHARSET}`);
        const content = policyText(CSP_DIRECTIVES).replaceAll("'", '&#39;');
        return html.replace(
          CHARSET,
          `${CHARSET}\n    <meta http-equiv="Content-Security-Policy" content="${content}" />`,
        );
      },
    },
  };
}
