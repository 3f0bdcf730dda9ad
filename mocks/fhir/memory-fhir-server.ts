/**
 * An in-memory FHIR R4 server for component tests and `npm run dev:mocks` (MSW serves it over
 * HTTP: see handlers.ts). It versions every resource (meta.versionId "1", "2", … as HAPI does),
 * honours If-Match on update and delete (412 on a mismatch), runs transaction Bundles atomically,
 * and pages searches with `next` links. Tests can change a resource as another client would, take
 * the server offline, or make it fail, to drive the app's sync states.
 *
 * It is a stand-in: it checks only what the sync relies on (no structure validation). The
 * integration and end-to-end tests use a real FHIR server (scripts/fhir-server.ts).
 */

export interface MockResource {
  resourceType: string;
  id: string;
  meta: { versionId: string; lastUpdated: string };
  [element: string]: unknown;
}

export interface OperationOutcome {
  resourceType: 'OperationOutcome';
  issue: { severity: 'error'; code: string; diagnostics: string }[];
}

/** An answer with an HTTP status other than 2xx. */
export class MockFhirError extends Error {
  readonly status: number;
  readonly outcome: OperationOutcome;
  constructor(status: number, code: string, diagnostics: string) {
    super(diagnostics);
    this.status = status;
    this.outcome = {
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'error', code, diagnostics }],
    };
  }
}

export interface WriteResult {
  readonly status: number;
  readonly resource?: MockResource;
}

/** What the fault switch does to every request: nothing, no answer at all, or an HTTP error. */
export type MockFault = { kind: 'none' } | { kind: 'offline' } | { kind: 'status'; status: number };

const ID = /^[A-Za-z0-9\-.]{1,64}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `W/"3"` or `"3"` → `3`. */
function parseEtag(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const match = /^(?:W\/)?"([^"]+)"$/.exec(value.trim());
  if (!match?.[1]) throw new MockFhirError(400, 'invalid', `If-Match is not an ETag: ${value}`);
  return match[1];
}

function referenceOf(value: unknown): string | undefined {
  return isRecord(value) && typeof value.reference === 'string' ? value.reference : undefined;
}

function referencesIn(resource: MockResource, element: string): string[] {
  const value = resource[element];
  const list = Array.isArray(value) ? value : [value];
  return list.map(referenceOf).filter((ref): ref is string => ref !== undefined);
}

function lowerNames(resource: MockResource): string[] {
  const names = Array.isArray(resource.name) ? resource.name : [];
  return names
    .flatMap((name) => {
      if (!isRecord(name)) return [];
      const given: unknown[] = Array.isArray(name.given) ? name.given : [];
      return [name.family, ...given].filter((n): n is string => typeof n === 'string');
    })
    .map((n) => n.toLowerCase());
}

function identifierMatches(resource: MockResource, wanted: string): boolean {
  const identifiers = Array.isArray(resource.identifier) ? resource.identifier : [];
  return identifiers.some(
    (identifier) =>
      isRecord(identifier) &&
      (identifier.value === wanted ||
        `${typeof identifier.system === 'string' ? identifier.system : ''}|${String(identifier.value)}` ===
          wanted),
  );
}

function matches(resource: MockResource, params: URLSearchParams): boolean {
  for (const [name, raw] of params) {
    if (name.startsWith('_') && name !== '_id') continue;
    const values = raw.split(',');
    switch (name) {
      case '_id':
        if (!values.includes(resource.id)) return false;
        break;
      case 'subject':
      case 'patient':
      case 'target':
      case 'encounter': {
        const element = name === 'patient' ? 'subject' : name;
        const refs = referencesIn(resource, element);
        if (!values.some((value) => refs.some((ref) => ref === value || ref.endsWith(`/${value}`))))
          return false;
        break;
      }
      case 'name':
        if (
          !values.some((value) =>
            lowerNames(resource).some((n) => n.startsWith(value.toLowerCase())),
          )
        )
          return false;
        break;
      case 'identifier':
        if (!values.some((value) => identifierMatches(resource, value))) return false;
        break;
      default:
        throw new MockFhirError(400, 'not-supported', `The mock server cannot search by ${name}`);
    }
  }
  return true;
}

export function createMemoryFhirServer(options: { now?: () => Date } = {}) {
  const now = options.now ?? (() => new Date());
  let store = new Map<string, MockResource>();
  let nextId = 1;
  let fault: MockFault = { kind: 'none' };
  let requests = 0;

  const keyOf = (type: string, id: string) => `${type}/${id}`;

  function stamp(
    body: Record<string, unknown>,
    type: string,
    id: string,
    version: number,
  ): MockResource {
    const content = Object.fromEntries(Object.entries(body).filter(([name]) => name !== 'meta'));
    return {
      ...content,
      resourceType: type,
      id,
      meta: { versionId: String(version), lastUpdated: now().toISOString() },
    };
  }

  function checkBody(body: unknown, type: string): Record<string, unknown> {
    if (!isRecord(body) || body.resourceType !== type) {
      throw new MockFhirError(400, 'invalid', `The body is not a ${type} resource`);
    }
    return body;
  }

  function put(type: string, id: string, body: unknown, ifMatch?: string): WriteResult {
    if (!ID.test(id)) throw new MockFhirError(400, 'invalid', `Not a FHIR id: ${id}`);
    const resource = checkBody(body, type);
    if (resource.id !== id)
      throw new MockFhirError(400, 'invalid', 'The body id differs from the URL');
    const existing = store.get(keyOf(type, id));
    if (ifMatch !== undefined && existing?.meta.versionId !== ifMatch) {
      throw new MockFhirError(
        412,
        'conflict',
        `Version ${ifMatch} is not the current version of ${type}/${id}`,
      );
    }
    const version = existing ? Number(existing.meta.versionId) + 1 : 1;
    const stored = stamp(resource, type, id, version);
    store.set(keyOf(type, id), stored);
    return { status: existing ? 200 : 201, resource: stored };
  }

  function create(type: string, body: unknown): WriteResult {
    const resource = checkBody(body, type);
    const id = `mock-${String(nextId++)}`;
    const stored = stamp(resource, type, id, 1);
    store.set(keyOf(type, id), stored);
    return { status: 201, resource: stored };
  }

  function remove(type: string, id: string, ifMatch?: string): WriteResult {
    const existing = store.get(keyOf(type, id));
    if (ifMatch !== undefined && existing?.meta.versionId !== ifMatch) {
      throw new MockFhirError(
        412,
        'conflict',
        `Version ${ifMatch} is not the current version of ${type}/${id}`,
      );
    }
    store.delete(keyOf(type, id));
    return { status: 204 };
  }

  function instance(url: string): [string, string] {
    const [type, id, ...rest] = url.split('?')[0]?.split('/').filter(Boolean) ?? [];
    if (!type || (id === undefined && rest.length > 0)) {
      throw new MockFhirError(400, 'invalid', `Not a resource URL: ${url}`);
    }
    return [type, id ?? ''];
  }

  function runEntry(raw: unknown, index: number): WriteResult {
    const entry = isRecord(raw) ? raw : {};
    const request = isRecord(entry.request) ? entry.request : {};
    const method = request.method;
    const url = typeof request.url === 'string' ? request.url : '';
    if (request.ifMatch !== undefined && typeof request.ifMatch !== 'string') {
      throw new MockFhirError(
        400,
        'invalid',
        `Bundle.entry[${String(index)}].request.ifMatch is not text`,
      );
    }
    const ifMatch = parseEtag(request.ifMatch);
    const [type, id] = instance(url);
    switch (method) {
      case 'PUT':
        return put(type, id, entry.resource, ifMatch);
      case 'POST':
        return create(type, entry.resource);
      case 'DELETE':
        return remove(type, id, ifMatch);
      default:
        throw new MockFhirError(
          400,
          'not-supported',
          `The mock server cannot run ${String(method)} in a Bundle`,
        );
    }
  }

  return {
    /** Requests answered so far (fault or not): tests use it to prove nothing was sent. */
    get requestCount(): number {
      return requests;
    },
    countRequest(): void {
      requests += 1;
    },
    get fault(): MockFault {
      return fault;
    },
    setFault(next: MockFault): void {
      fault = next;
    },
    reset(): void {
      store = new Map();
      nextId = 1;
      fault = { kind: 'none' };
      requests = 0;
    },
    read(type: string, id: string): MockResource | undefined {
      const found = store.get(keyOf(type, id));
      return found ? structuredClone(found) : undefined;
    },
    /** Everything stored, for assertions. */
    all(): MockResource[] {
      return [...store.values()].map((resource) => structuredClone(resource));
    },
    search(type: string, params: URLSearchParams): MockResource[] {
      return [...store.values()]
        .filter((resource) => resource.resourceType === type && matches(resource, params))
        .map((resource) => structuredClone(resource));
    },
    put,
    create,
    remove,
    parseEtag,
    /** A transaction Bundle: every entry lands, or (on any failure) none does. */
    transaction(entries: readonly unknown[]): WriteResult[] {
      const before = new Map(store);
      const idBefore = nextId;
      try {
        return entries.map(runEntry);
      } catch (error) {
        store = before;
        nextId = idBefore;
        throw error;
      }
    },
    /** Stores resources as they are (tests seed the server with them). */
    seed(resources: readonly Record<string, unknown>[]): void {
      for (const resource of resources) {
        const type = String(resource.resourceType);
        const id = typeof resource.id === 'string' ? resource.id : `mock-${String(nextId++)}`;
        store.set(keyOf(type, id), stamp(resource, type, id, 1));
      }
    },
    /** Changes a stored resource as another client would: a new version, a new lastUpdated. */
    editAsAnotherClient(
      type: string,
      id: string,
      change: (resource: MockResource) => Record<string, unknown>,
    ): MockResource {
      const existing = store.get(keyOf(type, id));
      if (!existing) throw new Error(`${type}/${id} is not on the mock server`);
      const stored = stamp(
        change(structuredClone(existing)),
        type,
        id,
        Number(existing.meta.versionId) + 1,
      );
      store.set(keyOf(type, id), stored);
      return structuredClone(stored);
    },
  };
}

export type MemoryFhirServer = ReturnType<typeof createMemoryFhirServer>;
