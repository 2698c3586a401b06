/**
 * A small typed Graph client on fetch. Its only configuration is where Graph is (the real
 * service or the local emulator) and where tokens come from, so tests and production share
 * one code path. It does not retry: the sync engine owns retries so that a throttled call
 * pauses the whole queue, not just one request.
 */
import { GraphHttpError, parseRetryAfter } from './GraphHttpError';

export type TokenSource = () => Promise<string>;

export type GraphClientConfig = {
  /** The Graph root including the version, e.g. "https://graph.microsoft.com/v1.0". */
  baseUrl: string;
  token: TokenSource;
  /** Stops every call at once (Connect's Cancel): a stopped call rejects with the signal's reason, not as a network failure to retry. */
  signal?: AbortSignal;
};

export type GraphResponse<T> = { status: number; headers: Headers; body: T };

export type GraphRequestOptions = { body?: unknown; headers?: Record<string, string> };

export type BatchRequest = {
  id: string;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Relative to the version root, e.g. "/sites/{id}/lists/{id}/items". */
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
};

export type BatchResponse = { id: string; status: number; headers: Record<string, string>; body: unknown };

export const USER_AGENT = 'NONISV|Clientbook|Clientbook/0.1';
/** A call that has not answered in this time is treated like a dropped connection. */
const TIMEOUT_MS = 30_000;

type ErrorBody = { error?: { code?: string; message?: string } };

export class GraphClient {
  private readonly baseUrl: string;

  constructor(private readonly config: GraphClientConfig) {
    this.baseUrl = config.baseUrl.replace(/\/$/, '');
  }

  /** Calls Graph; `pathOrUrl` is relative to the version root or an absolute nextLink/deltaLink. */
  async request<T>(method: string, pathOrUrl: string, options: GraphRequestOptions = {}): Promise<GraphResponse<T>> {
    const { signal } = this.config;
    signal?.throwIfAborted();
    const url = /^https?:\/\//.test(pathOrUrl) ? pathOrUrl : `${this.baseUrl}${pathOrUrl}`;
    const token = await this.config.token();
    signal?.throwIfAborted();
    const headers: Record<string, string> = {
      Authorization: `Bearer ${token}`,
      Accept: 'application/json',
      'User-Agent': USER_AGENT,
      ...options.headers,
    };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: callSignal(signal),
      });
      text = await response.text();
    } catch (cause) {
      signal?.throwIfAborted();
      throw new GraphHttpError(0, 'networkError', `${method} ${pathOrUrl} got no answer`, null, { cause });
    }
    const body = text ? parseJson(text) : undefined;
    if (!response.ok) {
      const error = (body as ErrorBody | undefined)?.error;
      throw new GraphHttpError(
        response.status,
        error?.code ?? `http${response.status}`,
        `${method} ${pathOrUrl}: ${response.status} ${error?.message ?? response.statusText}`,
        parseRetryAfter(response.headers.get('Retry-After')),
      );
    }
    return { status: response.status, headers: response.headers, body: body as T };
  }

  async get<T>(path: string, headers?: Record<string, string>): Promise<T> {
    return (await this.request<T>('GET', path, { headers })).body;
  }

  async post<T>(path: string, body: unknown, headers?: Record<string, string>): Promise<T> {
    return (await this.request<T>('POST', path, { body, headers })).body;
  }

  async patch<T>(path: string, body: unknown, headers?: Record<string, string>): Promise<T> {
    return (await this.request<T>('PATCH', path, { body, headers })).body;
  }

  /**
   * One $batch round trip (at most 20 requests). The outer 200 says nothing about the inner
   * calls: each response carries its own status, in no particular order.
   */
  async batch(requests: BatchRequest[]): Promise<Map<string, BatchResponse>> {
    if (requests.length > 20) throw new RangeError(`A $batch holds at most 20 requests, got ${requests.length}`);
    const payload = {
      requests: requests.map((r) => ({
        ...r,
        headers: r.body !== undefined ? { 'Content-Type': 'application/json', ...r.headers } : r.headers,
      })),
    };
    const { body } = await this.request<{ responses: BatchResponse[] }>('POST', '/$batch', { body: payload });
    return new Map(body.responses.map((r) => [r.id, { ...r, headers: r.headers ?? {} }]));
  }
}

/** The timeout, or the caller's stop as well when it gave one, whichever comes first. */
function callSignal(stop: AbortSignal | undefined): AbortSignal {
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  if (!stop) return timeout;
  // Not AbortSignal.any: Outlook on older Macs runs a Safari without it.
  const either = new AbortController();
  for (const s of [stop, timeout]) s.addEventListener('abort', () => either.abort(s.reason), { once: true });
  return either.signal;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The typed error of an inner $batch response that failed, with its own Retry-After. */
export function batchError(response: BatchResponse): GraphHttpError {
  const error = (response.body as ErrorBody | undefined)?.error;
  const retryAfter = Object.entries(response.headers).find(([k]) => k.toLowerCase() === 'retry-after')?.[1];
  return new GraphHttpError(response.status, error?.code ?? `http${response.status}`, error?.message ?? `status ${response.status}`, parseRetryAfter(retryAfter));
}
