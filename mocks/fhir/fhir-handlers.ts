import { http, HttpResponse, type PathParams } from 'msw';
import {
  MockFhirError,
  type MemoryFhirServer,
  type MockResource,
  type WriteResult,
} from './memory-fhir-server';

/**
 * The mock server's base is `/fhir` right after any host (http://fhir.mock.test/fhir,
 * http://fhir.mock.localhost/fhir …): the base URL is a setting, and tests run on jsdom's origin.
 * Only resource-type paths match (capitalised), so the dev server's own modules under
 * src/data/fhir/ are never taken for FHIR requests.
 */
const ROOT = String.raw`^https?://[^/]+/fhir`;
const TYPE = String.raw`(?<type>[A-Z][A-Za-z]{1,63})`;
const ID = String.raw`(?<id>[A-Za-z0-9\-.]{1,64})`;
const ROUTES = {
  base: new RegExp(`${ROOT}/?$`),
  metadata: new RegExp(`${ROOT}/metadata$`),
  type: new RegExp(`${ROOT}/${TYPE}$`),
  instance: new RegExp(`${ROOT}/${TYPE}/${ID}$`),
};

interface ResolverArgs {
  readonly request: Request;
  readonly params: PathParams;
}

const FHIR_JSON = { 'Content-Type': 'application/fhir+json' };
const PAGE_SIZE = 50;

function versionHeaders(resource: MockResource | undefined): Record<string, string> {
  if (!resource) return {};
  return {
    ETag: `W/"${resource.meta.versionId}"`,
    'Last-Modified': new Date(resource.meta.lastUpdated).toUTCString(),
  };
}

function errorResponse(error: unknown) {
  const failure =
    error instanceof MockFhirError
      ? error
      : new MockFhirError(500, 'exception', error instanceof Error ? error.message : String(error));
  return HttpResponse.json(failure.outcome, { status: failure.status, headers: FHIR_JSON });
}

function baseOf(request: Request): string {
  const url = new URL(request.url);
  const at = url.pathname.indexOf('/fhir');
  return `${url.origin}${url.pathname.slice(0, at + '/fhir'.length)}`;
}

const STATUS_TEXT: Record<number, string> = { 200: 'OK', 201: 'Created', 204: 'No Content' };

function entryResponse(result: WriteResult) {
  const resource = result.resource;
  return {
    ...(resource ? { resource } : {}),
    response: {
      status: `${String(result.status)} ${STATUS_TEXT[result.status] ?? ''}`.trim(),
      ...(resource
        ? {
            location: `${resource.resourceType}/${resource.id}/_history/${resource.meta.versionId}`,
            etag: `W/"${resource.meta.versionId}"`,
            lastModified: resource.meta.lastUpdated,
          }
        : {}),
    },
  };
}

async function bodyOf(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new MockFhirError(400, 'invalid', 'The body is not JSON');
  }
}

/**
 * MSW handlers serving `server` over the FHIR REST API: metadata, read, search (paged), create,
 * update and delete with If-Match, and transaction Bundles. `server.fault` makes every request
 * fail as a network error (offline) or with an HTTP status.
 */
export function createFhirHandlers(server: MemoryFhirServer) {
  /** Runs the handler unless a fault is switched on. */
  const guarded =
    (handler: (args: ResolverArgs) => Promise<Response> | Response) =>
    async (args: ResolverArgs): Promise<Response> => {
      server.countRequest();
      const fault = server.fault;
      if (fault.kind === 'offline') return HttpResponse.error();
      if (fault.kind === 'status') {
        return errorResponse(
          new MockFhirError(fault.status, 'transient', `Mock server fault ${String(fault.status)}`),
        );
      }
      try {
        return await handler(args);
      } catch (error) {
        return errorResponse(error);
      }
    };

  return [
    http.get(
      ROUTES.metadata,
      guarded(() =>
        HttpResponse.json(
          {
            resourceType: 'CapabilityStatement',
            status: 'active',
            kind: 'instance',
            date: '2025-01-01',
            fhirVersion: '4.0.1',
            format: ['json'],
            rest: [{ mode: 'server', interaction: [{ code: 'transaction' }] }],
          },
          { headers: FHIR_JSON },
        ),
      ),
    ),
    http.get(
      ROUTES.type,
      guarded(({ request, params }) => {
        const type = String(params.type);
        const url = new URL(request.url);
        const found = server.search(type, url.searchParams);
        const offset = Number(url.searchParams.get('_offset') ?? '0');
        const count = Math.min(
          Number(url.searchParams.get('_count') ?? String(PAGE_SIZE)),
          PAGE_SIZE,
        );
        const page = found.slice(offset, offset + count);
        const base = baseOf(request);
        const link = [{ relation: 'self', url: request.url }];
        if (offset + count < found.length) {
          const next = new URL(request.url);
          next.searchParams.set('_offset', String(offset + count));
          link.push({ relation: 'next', url: next.toString() });
        }
        return HttpResponse.json(
          {
            resourceType: 'Bundle',
            type: 'searchset',
            total: found.length,
            link,
            entry: page.map((resource) => ({
              fullUrl: `${base}/${resource.resourceType}/${resource.id}`,
              resource,
              search: { mode: 'match' },
            })),
          },
          { headers: FHIR_JSON },
        );
      }),
    ),
    http.get(
      ROUTES.instance,
      guarded(({ params }) => {
        const resource = server.read(String(params.type), String(params.id));
        if (!resource) {
          throw new MockFhirError(
            404,
            'not-found',
            `${String(params.type)}/${String(params.id)} is not known`,
          );
        }
        return HttpResponse.json(resource, {
          headers: { ...FHIR_JSON, ...versionHeaders(resource) },
        });
      }),
    ),
    http.post(
      ROUTES.type,
      guarded(async ({ request, params }) => {
        const { resource } = server.create(String(params.type), await bodyOf(request));
        return HttpResponse.json(resource, {
          status: 201,
          headers: {
            ...FHIR_JSON,
            ...versionHeaders(resource),
            Location: resource ? `${resource.resourceType}/${resource.id}/_history/1` : '',
          },
        });
      }),
    ),
    http.put(
      ROUTES.instance,
      guarded(async ({ request, params }) => {
        const result = server.put(
          String(params.type),
          String(params.id),
          await bodyOf(request),
          server.parseEtag(request.headers.get('If-Match')),
        );
        return HttpResponse.json(result.resource, {
          status: result.status,
          headers: { ...FHIR_JSON, ...versionHeaders(result.resource) },
        });
      }),
    ),
    http.delete(
      ROUTES.instance,
      guarded(({ request, params }) => {
        server.remove(
          String(params.type),
          String(params.id),
          server.parseEtag(request.headers.get('If-Match')),
        );
        return new HttpResponse(null, { status: 204 });
      }),
    ),
    http.post(
      ROUTES.base,
      guarded(async ({ request }) => {
        const body = await bodyOf(request);
        if (
          typeof body !== 'object' ||
          body === null ||
          !('resourceType' in body) ||
          body.resourceType !== 'Bundle' ||
          !('type' in body) ||
          body.type !== 'transaction'
        ) {
          throw new MockFhirError(
            400,
            'invalid',
            'The mock server accepts transaction Bundles only',
          );
        }
        const entries: unknown[] = 'entry' in body && Array.isArray(body.entry) ? body.entry : [];
        const results = server.transaction(entries);
        return HttpResponse.json(
          {
            resourceType: 'Bundle',
            type: 'transaction-response',
            entry: results.map(entryResponse),
          },
          { headers: FHIR_JSON },
        );
      }),
    ),
  ];
}
