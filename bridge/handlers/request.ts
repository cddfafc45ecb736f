// wx.request through the host: only to the domains the host allows (WeChat's "request domain
// list"), at most 10 at a time (later ones wait their turn), with a timeout.
import { ApiFail, type ApiHandler } from '../handler.js';
import type { JsonObject, JsonValue } from '../protocol.js';

export interface RequestOptions {
  /** Allowed origins (`https://api.example.com`, `http://127.0.0.1:8080`); a request elsewhere fails. */
  domains: string[];
  /** The fetch to use (the platform's by default). */
  fetch?: typeof fetch;
}

/** WeChat's limit of requests in flight at once. */
export const MAX_CONCURRENT_REQUESTS = 10;

/** Runs at most `limit` tasks at once; the others wait in order. */
class Gate {
  private running = 0;
  private readonly queue: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.queue.push(resolve));
    this.running++;
    try {
      return await task();
    } finally {
      this.running--;
      this.queue.shift()?.();
    }
  }
}

function withQuery(url: URL, data: JsonValue | undefined): URL {
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
    for (const [key, value] of Object.entries(data)) url.searchParams.append(key, typeof value === 'string' ? value : JSON.stringify(value));
  } else if (typeof data === 'string' && data !== '') {
    url.search += (url.search ? '&' : '') + data;
  }
  return url;
}

/** The `request` handler. One per app: the 10-at-a-time limit is the app's. */
export function requestHandler(options: RequestOptions): ApiHandler {
  const allowed = new Set(options.domains.map((d) => new URL(d).origin));
  const gate = new Gate(MAX_CONCURRENT_REQUESTS);
  const doFetch = options.fetch ?? fetch;
  return async (args) => {
    let url: URL;
    try {
      url = new URL(args.url as string);
    } catch {
      throw new ApiFail('invalid url');
    }
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !allowed.has(url.origin)) throw new ApiFail('url not in domain list');
    const method = args.method as string;
    const header = { ...(args.header as Record<string, string>) };
    const data = args.data;
    let body: string | undefined;
    if (method === 'GET' || method === 'HEAD') withQuery(url, data);
    else if (data !== undefined) {
      body = typeof data === 'string' ? data : JSON.stringify(data);
      if (typeof data !== 'string' && !Object.keys(header).some((h) => h.toLowerCase() === 'content-type')) header['content-type'] = 'application/json';
    }
    return gate.run(async () => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), args.timeout as number);
      try {
        const response = await doFetch(url, { method, headers: header, body, signal: controller.signal, redirect: 'manual' });
        const text = await response.text();
        let responseData: JsonValue = text;
        if (args.dataType === 'json') {
          try {
            responseData = JSON.parse(text) as JsonValue;
          } catch {
            // WeChat hands over the text when it is not JSON.
          }
        }
        const headers: JsonObject = {};
        response.headers.forEach((value, name) => {
          headers[name] = value;
        });
        return { data: responseData, statusCode: response.status, header: headers, cookies: response.headers.getSetCookie?.() ?? [] };
      } catch (error) {
        if (controller.signal.aborted) throw new ApiFail('timeout');
        throw new ApiFail((error as Error).message);
      } finally {
        clearTimeout(timer);
      }
    });
  };
}
