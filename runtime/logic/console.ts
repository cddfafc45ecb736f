// `console` inside the logic thread: each call becomes one log message to the host.
import type { LogLevel } from '../../bridge/protocol.js';
import { post } from './host.js';

function show(value: unknown, depth: number): string {
  if (typeof value === 'string') return depth === 0 ? value : JSON.stringify(value);
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return `[Function ${value.name || '(anonymous)'}]`;
  if (typeof value === 'symbol' || typeof value === 'bigint') return String(value);
  if (value instanceof Error) return value.stack ? `${value.name}: ${value.message}\n${value.stack}` : `${value.name}: ${value.message}`;
  if (value !== null && typeof value === 'object') {
    try {
      return JSON.stringify(value);
    } catch {
      return Object.prototype.toString.call(value);
    }
  }
  return String(value);
}

/** Formats console arguments as one line, `%s`/`%d`/`%o` substitutions included. */
export function formatLog(args: unknown[]): string {
  if (args.length === 0) return '';
  let rest = args;
  let head = '';
  if (typeof args[0] === 'string' && args[0].includes('%')) {
    let i = 1;
    head = args[0].replace(/%[sdifoOj%]/g, (m) => {
      if (m === '%%') return '%';
      if (i >= args.length) return m;
      const v = args[i++];
      if (m === '%d' || m === '%i') return String(parseInt(String(v), 10));
      if (m === '%f') return String(parseFloat(String(v)));
      return show(v, m === '%s' ? 0 : 1);
    });
    rest = args.slice(i);
    return [head, ...rest.map((v) => show(v, 0))].join(' ');
  }
  return rest.map((v) => show(v, 0)).join(' ');
}

function logger(level: LogLevel) {
  return (...args: unknown[]) => post({ t: 'log', level, text: formatLog(args) });
}

/** The console object installed as a global in the logic thread. */
export const logicConsole = {
  debug: logger('debug'),
  log: logger('log'),
  info: logger('info'),
  warn: logger('warn'),
  error: logger('error'),
};
