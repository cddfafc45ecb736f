// Simulated devices: what the system information APIs report and how wide the screen is (750 rpx).
// The figures are the devices' own (points, not pixels), as WeChat reports them on each.
import type { Device } from '../../bridge/handlers/system.js';

export type { Device };

export const DEVICES = {
  'iPhone 6/7/8': { screenWidth: 375, screenHeight: 667, pixelRatio: 2, statusBarHeight: 20, safeAreaBottomInset: 0, brand: 'Apple', model: 'iPhone 6/7/8', system: 'iOS 16.0', platform: 'ios' },
  'iPhone X': { screenWidth: 375, screenHeight: 812, pixelRatio: 3, statusBarHeight: 44, safeAreaBottomInset: 34, brand: 'Apple', model: 'iPhone X', system: 'iOS 16.0', platform: 'ios' },
  'iPhone 12/13 Pro Max': { screenWidth: 428, screenHeight: 926, pixelRatio: 3, statusBarHeight: 47, safeAreaBottomInset: 34, brand: 'Apple', model: 'iPhone 12/13 Pro Max', system: 'iOS 16.0', platform: 'ios' },
  'Pixel 5': { screenWidth: 393, screenHeight: 851, pixelRatio: 2.75, statusBarHeight: 28, safeAreaBottomInset: 0, brand: 'Google', model: 'Pixel 5', system: 'Android 13', platform: 'android' },
} satisfies Record<string, Device>;

export type DeviceName = keyof typeof DEVICES;

/** The device an app runs on when the host names none: WeChat DevTools' default. */
export const DEFAULT_DEVICE: DeviceName = 'iPhone 6/7/8';

/** A device by name (throwing on an unknown one, with the names there are), or the host's own. */
export function resolveDevice(device: DeviceName | Device | undefined): Device {
  if (device === undefined) return DEVICES[DEFAULT_DEVICE];
  if (typeof device !== 'string') return device;
  const found = (DEVICES as Record<string, Device>)[device];
  if (found === undefined) throw new Error(`unknown device "${device}" (there are: ${Object.keys(DEVICES).join(', ')})`);
  return found;
}
