// Device services: the clipboard, phone calls, the code scanner, vibration.
import { ApiFail, type ApiHandler } from '../handler.js';
import type { JsonObject } from '../protocol.js';

export interface DeviceOptions {
  /** Dials a number; false when the user cancelled. Without it, the call fails with `cancel`. */
  makePhoneCall?: (phoneNumber: string) => boolean | Promise<boolean>;
  /** Reads a code with the camera; null when the user cancelled. Without it, scanning fails with `cancel`. */
  scanCode?: (scanType: string[]) => { result: string; scanType: string; charSet?: string } | null | Promise<{ result: string; scanType: string; charSet?: string } | null>;
  /** Vibrates (`navigator.vibrate` in a browser); devices without a motor succeed silently, as WeChat's do. */
  vibrate?: (ms: number) => void;
}

/** WeChat's lengths of a short vibration by strength, in ms. */
const VIBRATION = { heavy: 30, medium: 15, light: 10 } as Record<string, number>;
/** A long vibration: 400 ms, as WeChat documents it. */
const LONG_VIBRATION = 400;

/** Handlers for the device APIs. The clipboard is the host's, shared by its apps. */
export function deviceHandlers(options: DeviceOptions, clipboard: { text: string }): Record<string, ApiHandler> {
  return {
    setClipboardData(args) {
      clipboard.text = args.data as string;
    },
    getClipboardData() {
      return { data: clipboard.text };
    },
    async makePhoneCall(args, context) {
      const dial = options.makePhoneCall;
      if (dial === undefined || !(await context.waitForUser(Promise.resolve(dial(args.phoneNumber as string))))) throw new ApiFail('cancel');
    },
    async scanCode(args, context) {
      const scan = options.scanCode;
      const read = scan === undefined ? null : await context.waitForUser(Promise.resolve(scan(args.scanType as string[])));
      if (read === null) throw new ApiFail('cancel');
      return { result: read.result, scanType: read.scanType, charSet: read.charSet ?? 'UTF-8', rawData: '' } as JsonObject;
    },
    vibrateShort(args) {
      options.vibrate?.(VIBRATION[args.type as string] ?? 15);
    },
    vibrateLong() {
      options.vibrate?.(LONG_VIBRATION);
    },
  };
}
