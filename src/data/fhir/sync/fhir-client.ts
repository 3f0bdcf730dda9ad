import {
  bundleSchema,
  capabilityStatementSchema,
  describeOutcome,
  serverResourceSchema,
  versionFromEtag,
  versionFromLocation,
  type ServerResource,
  type WireBundle,
  type WireCapabilityStatement,
} from './fhir-wire';

/**
 * The FHIR R4 REST calls the sync makes, and nothing else. Every request goes to the configured
 * base URL only: redirects are refused, next-page links must stay under the base, no cookies or
 * credentials are sent, and each request gives up after a timeout.
 */

/** Why a request failed, in the terms the sync state and the clinician need. */
export type FhirFailureKind =
  /** No answer: this device is offline, or the server is down or unreachable (also CORS). */
  | 'offline'
  /** The server did not answer in time. */
  | 'timeout'
  /** 5xx or 429: the server is in trouble; trying again later may work. */
  | 'server'
  /** 412 (or 409): a version changed on the server since this device last saw it. */
  | 'conflict'
  /** 401 or 403: the server wants a sign-in this app does not support yet. */
  | 'unauthorized'
  /** Another 4xx: the server refused the request as it is; retrying will not help. */
  | 'rejected'
  /** The answer is not the FHIR this app expects. */
  | 'not-fhir';

const RETRYABLE: ReadonlySet<FhirFailureKind> = new Set(['offline', 'timeout', 'server']);

export class FhirRequestError extends Error {
  readonly kind: FhirFailureKind;
  readonly status: number | undefined;
  constructor(kind: FhirFailureKind, message: string, status?: number, options?: ErrorOptions) {
    super(message, options);
    this.name = 'FhirRequestError';
    this.kind = kind;
    this.status = status;
  }
  /** Offline, timeout and server trouble are worth retrying; the rest need a person. */
  get retryable(): boolean {
    return RETRYABLE.has(this.kind);
  }
}

export function isRetryable(error: unknown): boolean {
  return error instanceof FhirRequestError && error.retryable;
}

export interface FhirClientOptions {
  /** e.g. https://fhir.example.org/r4 — with or without a trailing slash. */
  readonly baseUrl: string;
  /** Defaults to the global fetch, looked up at call time (so test doubles apply). */
  readonly fetch?: typeof fetch;
  readonly timeoutMs?: number;
}

export type TransactionMethod = 'PUT' | 'POST' | 'DELETE';

export interface TransactionEntry {
  readonly fullUrl?: string;
  readonly resource?: object;
  readonly request: {
    readonly method: TransactionMethod;
    readonly url: string;
    readonly ifMatch?: string;
  };
}

export interface TransactionResult {
  readonly status: number;
  /** The version the server gave the written resource (absent for a delete). */
  readonly versionId: string | undefined;
  readonly lastModified: string | undefined;
}

/** A read that may find nothing: 404 or 410 (deleted). */
export type ReadResult = ServerResource | null;

const FHIR_JSON = 'application/fhir+json';
const MAX_PAGES = 100;

function kindOfStatus(status: number): FhirFailureKind {
  if (status === 412 || status === 409) return 'conflict';
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 429 || status >= 500) return 'server';
  return 'rejected';
}

function statusMessage(status: number, detail: string | undefined): string {
  const base =
    status === 412 || status === 409
      ? 'The record was changed on the server since this device last synced it'
      : status === 401 || status === 403
        ? 'The FHIR server asks for a sign-in, which this app does not support yet'
        : status === 429
          ? 'The FHIR server is busy (too many requests)'
          : status >= 500
            ? `The FHIR server had an error (HTTP ${status})`
            : `The FHIR server refused the request (HTTP ${status})`;
  return detail ? `${base}: ${detail}` : base;
}

export function normaliseBaseUrl(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '');
}

export function createFhirClient(options: FhirClientOptions) {
  const base = normaliseBaseUrl(options.baseUrl);
  const host = (() => {
    try {
      return new URL(base).host;
    } catch {
      return base;
    }
  })();
  const timeoutMs = options.timeoutMs ?? 20_000;

  function absolute(pathOrUrl: string): string {
    if (/^https?:/i.test(pathOrUrl)) {
      // Only links under the configured base are followed (a next page, for example).
      if (
        pathOrUrl !== base &&
        !pathOrUrl.startsWith(`${base}/`) &&
        !pathOrUrl.startsWith(`${base}?`)
      ) {
        throw new FhirRequestError(
          'not-fhir',
          `The FHIR server sent a link outside its own address (${pathOrUrl.slice(0, 200)})`,
        );
      }
      return pathOrUrl;
    }
    const path = pathOrUrl.replace(/^\/+/, '');
    return path === '' ? base : `${base}/${path}`;
  }

  async function request(
    method: 'GET' | TransactionMethod,
    pathOrUrl: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; headers: Headers; body: unknown }> {
    const url = absolute(pathOrUrl);
    const doFetch = options.fetch ?? globalThis.fetch;
    let response: Response;
    try {
      response = await doFetch(url, {
        method,
        headers: {
          Accept: FHIR_JSON,
          ...(body === undefined ? {} : { 'Content-Type': FHIR_JSON }),
          ...headers,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        credentials: 'omit',
        cache: 'no-store',
        redirect: 'error',
        referrerPolicy: 'no-referrer',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'TimeoutError') {
        throw new FhirRequestError(
          'timeout',
          `The FHIR server at ${host} did not answer within ${Math.round(timeoutMs / 1000)} s`,
          undefined,
          { cause: error },
        );
      }
      const offline = typeof navigator !== 'undefined' && !navigator.onLine;
      throw new FhirRequestError(
        'offline',
        offline
          ? 'This device is offline'
          : `The FHIR server at ${host} could not be reached (it may be down, or not allow this app’s address)`,
        undefined,
        { cause: error },
      );
    }
    const raw = await response.text().catch(() => '');
    let parsed: unknown = undefined;
    if (raw !== '') {
      try {
        parsed = JSON.parse(raw);
      } catch {
        if (response.ok) {
          throw new FhirRequestError('not-fhir', `The server at ${host} did not answer with JSON`);
        }
      }
    }
    if (!response.ok && response.status !== 404 && response.status !== 410) {
      throw new FhirRequestError(
        kindOfStatus(response.status),
        statusMessage(response.status, describeOutcome(parsed)),
        response.status,
      );
    }
    return { status: response.status, headers: response.headers, body: parsed };
  }

  function parseBundle(body: unknown, what: string): WireBundle {
    const parsed = bundleSchema.safeParse(body);
    if (!parsed.success) {
      throw new FhirRequestError('not-fhir', `The server's answer to ${what} is not a FHIR Bundle`);
    }
    return parsed.data;
  }

  function parseResource(body: unknown, what: string): ServerResource {
    const parsed = serverResourceSchema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new FhirRequestError(
        'not-fhir',
        `The server's answer to ${what} is not a versioned FHIR resource (${issue?.path.join('.') ?? ''} ${issue?.message ?? ''})`.trim(),
      );
    }
    return parsed.data;
  }

  return {
    baseUrl: base,

    /** GET [base]/metadata */
    async capabilities(): Promise<WireCapabilityStatement> {
      const { status, body } = await request('GET', 'metadata');
      const parsed = capabilityStatementSchema.safeParse(body);
      if (status !== 200 || !parsed.success) {
        throw new FhirRequestError(
          'not-fhir',
          `The address ${base} did not answer /metadata with a FHIR CapabilityStatement`,
          status,
        );
      }
      return parsed.data;
    },

    /** GET [base]/[type]/[id]; null when the server has no such resource (404) or deleted it (410). */
    async read(type: string, id: string): Promise<ReadResult> {
      const { status, body } = await request('GET', `${type}/${encodeURIComponent(id)}`);
      if (status === 404 || status === 410) return null;
      return parseResource(body, `${type}/${id}`);
    },

    /** GET [base]/[type]?params, following `next` links (under the base only). */
    async searchAll(type: string, params: Record<string, string>): Promise<ServerResource[]> {
      const query = new URLSearchParams(params).toString();
      let next: string | undefined = `${type}?${query}`;
      const found: ServerResource[] = [];
      for (let page = 0; next !== undefined; page += 1) {
        if (page >= MAX_PAGES) {
          throw new FhirRequestError(
            'not-fhir',
            `Searching ${type} returned more than ${MAX_PAGES} pages`,
          );
        }
        const { status, body } = await request('GET', next);
        if (status !== 200) {
          throw new FhirRequestError(
            'rejected',
            `Searching ${type} failed (HTTP ${status})`,
            status,
          );
        }
        const bundle = parseBundle(body, `a ${type} search`);
        for (const entry of bundle.entry ?? []) {
          // Included resources and OperationOutcomes (search.mode 'include' / 'outcome') are skipped.
          if (entry.search?.mode !== undefined && entry.search.mode !== 'match') continue;
          if (entry.resource === undefined) continue;
          const resource = parseResource(entry.resource, `a ${type} search`);
          if (resource.resourceType === type) found.push(resource);
        }
        next = bundle.link?.find((link) => link.relation === 'next')?.url;
      }
      return found;
    },

    /**
     * POST [base] with a transaction Bundle: all entries land together or none do. Returns one
     * result per entry, in order. A 412 anywhere fails the whole transaction with kind 'conflict'.
     */
    async transaction(entries: readonly TransactionEntry[]): Promise<TransactionResult[]> {
      const { status, body } = await request(
        'POST',
        '',
        { resourceType: 'Bundle', type: 'transaction', entry: entries },
        { Prefer: 'return=minimal' },
      );
      if (status !== 200) {
        throw new FhirRequestError('rejected', `The transaction failed (HTTP ${status})`, status);
      }
      const bundle = parseBundle(body, 'a transaction');
      const results = bundle.entry ?? [];
      if (bundle.type !== 'transaction-response' || results.length !== entries.length) {
        throw new FhirRequestError(
          'not-fhir',
          `The server answered a transaction of ${entries.length} entries with ${results.length}`,
        );
      }
      return results.map((result, index) => {
        const entryStatus = Number.parseInt(result.response?.status ?? '', 10);
        const written = serverResourceSchema.safeParse(result.resource);
        const versionId =
          versionFromEtag(result.response?.etag) ??
          versionFromLocation(result.response?.location) ??
          (written.success ? written.data.meta.versionId : undefined);
        const method = entries[index]?.request.method;
        if (!Number.isFinite(entryStatus) || entryStatus >= 400) {
          throw new FhirRequestError(
            kindOfStatus(entryStatus),
            statusMessage(entryStatus, describeOutcome(result.response?.outcome)),
            entryStatus,
          );
        }
        if (method !== 'DELETE' && versionId === undefined) {
          throw new FhirRequestError(
            'not-fhir',
            'The server did not say which version it stored (no ETag, versioned Location or meta.versionId)',
          );
        }
        return {
          status: entryStatus,
          versionId,
          lastModified:
            result.response?.lastModified ??
            (written.success ? written.data.meta.lastUpdated : undefined),
        };
      });
    },
  };
}

export type FhirClient = ReturnType<typeof createFhirClient>;
