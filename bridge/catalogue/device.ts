// Device services: the clipboard, phone calls, the code scanner, vibration.
import { api, type ApiEntry } from './entry.js';

export const deviceApis: ApiEntry[] = [
  api({ name: 'setClipboardData', sync: false, params: { data: { schema: { type: 'string' }, required: true } }, privacy: 'clipboard', doc: 'puts text on the clipboard' }),
  api({ name: 'getClipboardData', sync: false, params: {}, privacy: 'clipboard', doc: '`data`: the clipboard\'s text' }),
  api({ name: 'makePhoneCall', sync: false, params: { phoneNumber: { schema: { type: 'string' }, required: true } }, doc: 'the host dials a number (after the user confirms)', partial: 'the host\'s handler places the call (the Node host has none: fail cancel)' }),
  api({
    name: 'scanCode',
    sync: false,
    params: { onlyFromCamera: { schema: { type: 'boolean' }, default: false }, scanType: { schema: { type: 'array', items: { type: 'string' } }, default: ['barCode', 'qrCode'] } },
    privacy: 'camera',
    doc: '`result`, `scanType`, `charSet` of a code the host\'s scanner read',
    partial: 'the host\'s handler scans (the Node host has none: fail cancel)',
  }),
  api({ name: 'vibrateShort', sync: false, params: { type: { schema: { type: 'string', enum: ['heavy', 'medium', 'light'] }, default: 'medium' } }, doc: 'a short vibration where the device has one', partial: 'only where the host has a vibrator' }),
  api({ name: 'vibrateLong', sync: false, params: {}, doc: 'a 400 ms vibration where the device has one', partial: 'only where the host has a vibrator' }),
];
