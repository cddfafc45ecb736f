// Reading what the framework posts through `__host.post`. Mini-program code can call `__host`
// too, so every message is checked for its shape before the worker acts on it or forwards it.
import type { FrameworkMessage, LayoutRequest, LogLevel } from '../../bridge/protocol.js';
import { parseInspection, parseSetDataRecords } from './inspection_message.js';
import { MalformedMessage } from './malformed_message.js';

export { MalformedMessage };

const LEVELS: ReadonlySet<string> = new Set<LogLevel>(['debug', 'log', 'info', 'warn', 'error']);
const KINDS = new Set(['exception', 'timeout', 'stack', 'memory', 'crash']);
const PRIVACY = new Set(['agree', 'disagree', 'none']);
/** The phases the framework measures itself. */
const FRAMEWORK_PHASES = new Set(['onLoad', 'onReady']);

function bad(reason: string): never {
  throw new MalformedMessage(`__host.post: ${reason}`);
}

const isId = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v > 0;
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

const MAX_QUERY_REQUESTS = 1024;
const MAX_QUERY_NODES = 16384;
const MAX_QUERY_NAMES = 256;

const names = (v: unknown): string[] | undefined => {
  if (v === undefined) return undefined;
  if (!Array.isArray(v) || v.length > MAX_QUERY_NAMES || !v.every((n) => isText(n, 128))) bad('a query asks for a list of names');
  return v as string[];
};

const flag = (v: unknown): boolean | undefined => {
  if (v !== undefined && typeof v !== 'boolean') bad('a query flag is true or false');
  return v as boolean | undefined;
};

/** One request of a layout query: node ids (0: the viewport) and what to measure. */
function layoutRequest(value: unknown): LayoutRequest {
  if (value === null || typeof value !== 'object') bad('a query request is an object');
  const r = value as Record<string, unknown>;
  const nodes = r.nodes;
  if (!Array.isArray(nodes) || nodes.length > MAX_QUERY_NODES || !nodes.every((n) => n === 0 || isId(n))) bad('a query request names its nodes by id');
  return { nodes: nodes as number[], rect: flag(r.rect), size: flag(r.size), scrollOffset: flag(r.scrollOffset), computedStyle: names(r.computedStyle), properties: names(r.properties) };
}

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
    case 'query':
      if (!isId(m.id) || !Array.isArray(m.requests) || m.requests.length > MAX_QUERY_REQUESTS) bad('a query needs an id and a list of requests');
      return { t: 'query', id: m.id, requests: m.requests.map(layoutRequest) };
    case 'perf': {
      const e = m.entry as Record<string, unknown> | null;
      if (e === null || typeof e !== 'object' || !FRAMEWORK_PHASES.has(e.name as string) || typeof e.startTime !== 'number' || typeof e.duration !== 'number' || (e.path !== undefined && !isText(e.path, 1024))) {
        bad('a performance entry is onLoad or onReady, with its start, duration and page');
      }
      return { t: 'perf', entry: { entryType: 'script', name: e.name as 'onLoad' | 'onReady', startTime: e.startTime as number, duration: e.duration as number, ...(e.path === undefined ? {} : { path: e.path as string }) } };
    }
    case 'shared': {
      if (!isId(m.id)) bad('a share answer needs an id');
      const c = m.content as Record<string, unknown> | null;
      if (c === null) return { t: 'shared', id: m.id, content: null };
      if (typeof c !== 'object' || !isText(c.title, 1024) || !isText(c.path, 4096) || (c.imageUrl !== undefined && !isText(c.imageUrl, 4096))) bad('a share answer has a title, a path and maybe an imageUrl');
      return { t: 'shared', id: m.id, content: { title: c.title as string, path: c.path as string, ...(c.imageUrl === undefined ? {} : { imageUrl: c.imageUrl as string }) } };
    }
    case 'privacy':
      if (!isId(m.id) || !PRIVACY.has(m.event as string)) bad('a privacy answer needs an id and an event');
      if (m.buttonId !== undefined && !isText(m.buttonId, 1024)) bad('a privacy answer\'s buttonId is a string');
      return { t: 'privacy', id: m.id, event: m.event as 'agree' | 'disagree' | 'none', buttonId: m.buttonId as string | undefined };
    case 'inspected':
      if (!isId(m.id)) bad('an inspection answer needs an id');
      return { t: 'inspected', id: m.id, inspection: parseInspection(m.inspection) };
    case 'setData':
      return { t: 'setData', records: parseSetDataRecords(m.records) };
    default:
      return bad(`unknown message type ${JSON.stringify(m.t)?.slice(0, 64)}`);
  }
}

/**
 * API arguments nested deeper than this are refused before they are posted: the structured clone
 * that carries them to the host would run out of stack on the way (deeper in one thread than in
 * the other), so a limit of its own says no at once, inside the sandbox.
 */
export const MAX_ARGUMENT_DEPTH = 1000;

/**
 * Throws, as a JavaScript engine does when data is nested too deep to copy, past
 * MAX_ARGUMENT_DEPTH. `jsonLength`: the length of the JSON text the arguments came in, whose
 * brackets bound their depth (short text needs no walk).
 */
export function checkArgumentDepth(args: unknown, jsonLength: number): void {
  if (jsonLength <= 2 * MAX_ARGUMENT_DEPTH) return;
  // Depth-first without recursion: [value, depth] pairs.
  const stack: [unknown, number][] = [[args, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_ARGUMENT_DEPTH) throw new RangeError('Maximum call stack size exceeded');
    for (const key in value) stack.push([(value as Record<string, unknown>)[key], depth + 1]);
  }
}
