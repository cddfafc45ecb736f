// EventChannel: the two pages of a wx.navigateTo talk through it. The opener's end hears what the
// opened page emits (the `events` given to navigateTo are its first listeners) and the opened page's
// end (`this.getOpenerEventChannel()`) hears what the opener emits (`res.eventChannel.emit`).
import { callUser } from './report.js';

type Listener = (...args: unknown[]) => unknown;

export class EventChannel {
  private readonly listeners = new Map<string, { fn: Listener; once: boolean }[]>();
  /** The other end: what this end emits, it hears. */
  private peer: EventChannel | null = null;

  static pair(events: unknown): [opener: EventChannel, opened: EventChannel] {
    const opener = new EventChannel();
    const opened = new EventChannel();
    opener.peer = opened;
    opened.peer = opener;
    if (events !== null && typeof events === 'object') {
      for (const [name, fn] of Object.entries(events as Record<string, unknown>)) if (typeof fn === 'function') opener.on(name, fn as Listener);
    }
    return [opener, opened];
  }

  on(name: string, fn: Listener): void {
    if (typeof fn !== 'function') throw new TypeError('EventChannel.on: the listener must be a function');
    const list = this.listeners.get(String(name)) ?? [];
    list.push({ fn, once: false });
    this.listeners.set(String(name), list);
  }

  once(name: string, fn: Listener): void {
    this.on(name, fn);
    this.listeners.get(String(name))!.at(-1)!.once = true;
  }

  /** Removes one listener, or every listener of the event when none is given. */
  off(name: string, fn?: Listener): void {
    if (fn === undefined) this.listeners.delete(String(name));
    else this.listeners.set(String(name), (this.listeners.get(String(name)) ?? []).filter((l) => l.fn !== fn));
  }

  emit(name: string, ...args: unknown[]): void {
    this.peer?.hear(String(name), args);
  }

  private hear(name: string, args: unknown[]): void {
    const list = this.listeners.get(name);
    if (list === undefined) return;
    this.listeners.set(name, list.filter((l) => !l.once));
    for (const l of list) callUser(l.fn, undefined, args, undefined, `EventChannel "${name}" listener`);
  }
}

/** Opened ends waiting for their page, by the id of the wx.navigateTo call that opens it. */
const waiting = new Map<number, EventChannel>();

export function awaitOpenedPage(call: number, channel: EventChannel): void {
  waiting.set(call, channel);
}

/** The opened end for the page navigateTo call `call` opens (one that is not waited for gets a fresh end of its own). */
export function takeOpenedChannel(call: number | undefined): EventChannel {
  const channel = call === undefined ? undefined : waiting.get(call);
  if (call !== undefined) waiting.delete(call);
  return channel ?? EventChannel.pair(undefined)[1];
}

export function forgetOpenedChannel(call: number): void {
  waiting.delete(call);
}
