// Reading what the framework posts through `__host.post`. Mini-program code can call `__host`
// too, so every message is checked for its shape before the worker acts on it or forwards it.
import type { FrameworkMessage, LogLevel } from '../../bridge/protocol.js';

/** Thrown (into QuickJS) for a message that is not a FrameworkMessage. */
export class MalformedMessage extends TypeError {
  override name = 'TypeError';
}

const LEVELS: ReadonlySet<string> = new Set<LogLevel>(['debug', 'log', 'info', 'warn', 'error']);
const KINDS = new Set(['exception', 'timeout', 'stack', 'memory', 'crash']);
const PRIVACY = new Set(['agree', 'disagree', 'none']);

function bad(reason: string): never {
  throw new MalformedMessage(`__host.post: ${reason}`);
}

const isId = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v > 0;
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/** Parses and checks a message from the framework; throws MalformedMessage when it is not one. */
export function parseFrameworkMessage(json: string): FrameworkMessage {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    bad('the message is not JSON');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) bad('the message is not an object');
  const m = value as Record<string, unknown>;
  switch (m.t) {
    case 'log':
      if (typeof m.level !== 'string' || !LEVELS.has(m.level) || typeof m.text !== 'string') bad('a log needs a level and a text');
      return { t: 'log', level: m.level as LogLevel, text: m.text };
    case 'error': {
      const e = m.error as Record<string, unknown> | null;
      if (e === null || typeof e !== 'object' || !KINDS.has(e.kind as string) || typeof e.message !== 'string' || typeof e.fatal !== 'boolean') bad('an error needs a kind, a message and fatal');
      if ((e.page !== undefined && !isText(e.page, 1024)) || (e.stack !== undefined && typeof e.stack !== 'string')) bad('an error\'s page and stack are strings');
      return { t: 'error', error: { kind: e.kind as never, page: e.page as string | undefined, message: e.message.slice(0, 64 * 1024), stack: (e.stack as string | undefined)?.slice(0, 64 * 1024), fatal: e.fatal } };
    }
    case 'page':
      if (!isId(m.root) || !isText(m.route, 1024)) bad('a page needs a root node and a route');
      return { t: 'page', root: m.root, route: m.route };
    case 'invoke':
      if (!isId(m.id) || !isText(m.api, 128)) bad('an invoke needs an id and an API name');
      return { t: 'invoke', id: m.id, api: m.api, args: m.args };
    case 'privacy':
      if (!isId(m.id) || !PRIVACY.has(m.event as string)) bad('a privacy answer needs an id and an event');
      return { t: 'privacy', id: m.id, event: m.event as 'agree' | 'disagree' | 'none' };
    default:
      return bad(`unknown message type ${JSON.stringify(m.t)?.slice(0, 64)}`);
  }
}
