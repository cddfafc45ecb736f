// Device, window and app information, from what the host says of its screen and itself.
import type { ApiHandler } from '../handler.js';
import type { JsonObject } from '../protocol.js';

/** A device as the system information APIs report it (points, not pixels). */
export interface Device {
  /** Screen size in px (CSS pixels); the width is 750 rpx. */
  screenWidth: number;
  screenHeight: number;
  pixelRatio: number;
  /** The status bar above the navigation bar. */
  statusBarHeight: number;
  /** What the screen's bottom edge takes from the safe area (a home indicator). */
  safeAreaBottomInset: number;
  brand: string;
  model: string;
  system: string;
  platform: 'ios' | 'android' | 'devtools';
}

/** What the host tells of the device it simulates or runs on, and of itself. */
export interface SystemInfoOptions extends Device {
  language?: string;
  /** The host app's version (WeChat's `version`). */
  version?: string;
  /** The base library version the framework follows. */
  SDKVersion?: string;
  /** The system theme; only an app with app.json's `darkmode` is told it (WeChat's `theme` is absent otherwise). */
  theme?: 'light' | 'dark';
  /** `getNetworkType`'s answer. */
  networkType?: string;
  /** `getSystemSetting`: the system's switches (Bluetooth off, location on, Wi-Fi on with a `wifi` network, unless said). */
  systemSetting?: { bluetoothEnabled?: boolean; locationEnabled?: boolean; wifiEnabled?: boolean };
  /** `getAppAuthorizeSetting`: what the system lets the host app use; each one not given is `authorized`, as in WeChat's simulator. */
  appAuthorize?: Partial<Record<AppAuthorization, Authorization>> & { locationReducedAccuracy?: boolean };
}

/** The system permissions of the host app that `getAppAuthorizeSetting` reports (WeChat's names, without `Authorized`). */
export const APP_AUTHORIZATIONS = ['album', 'bluetooth', 'camera', 'location', 'microphone', 'notification', 'notificationAlert', 'notificationBadge', 'notificationSound', 'phoneCalendar'] as const;
export type AppAuthorization = (typeof APP_AUTHORIZATIONS)[number];
export type Authorization = 'authorized' | 'denied' | 'not determined';

/** The navigation bar under the status bar, and the capsule (menu) button in it: WeChat's sizes, 7 px from the right edge. */
const NAVIGATION_BAR = 44;
const MENU = { width: 87, height: 32, right: 7 };

/** The system information APIs' handlers. `options` is read at each call: a resized screen answers with its new size. */
export function systemHandlers(options: SystemInfoOptions, appId: string): Record<string, ApiHandler> {
  const window = (): JsonObject => {
    const { screenWidth, screenHeight, statusBarHeight } = options;
    // A page under the default navigation bar: the window starts below it.
    const screenTop = statusBarHeight + NAVIGATION_BAR;
    return {
      pixelRatio: options.pixelRatio,
      screenWidth,
      screenHeight,
      windowWidth: screenWidth,
      windowHeight: screenHeight - screenTop,
      statusBarHeight,
      safeArea: {
        left: 0,
        right: screenWidth,
        top: statusBarHeight,
        bottom: screenHeight - options.safeAreaBottomInset,
        width: screenWidth,
        height: screenHeight - options.safeAreaBottomInset - statusBarHeight,
      },
      screenTop,
    };
  };
  const device = (): JsonObject => ({
    brand: options.brand,
    model: options.model,
    system: options.system,
    platform: options.platform,
    benchmarkLevel: 1,
    abi: '',
    deviceAbi: '',
    cpuType: '',
    memorySize: 0,
  });
  const app = (): JsonObject => ({
    SDKVersion: options.SDKVersion ?? '3.0.0',
    enableDebug: false,
    host: { appId },
    language: options.language ?? 'zh_CN',
    version: options.version ?? '8.0.0',
    ...(options.theme === undefined ? {} : { theme: options.theme }),
    fontSizeSetting: 16,
  });
  const systemInfo = (): JsonObject => ({ ...device(), ...window(), ...app(), fontSizeSetting: 16 });
  return {
    getSystemInfo: systemInfo,
    getWindowInfo: window,
    getDeviceInfo: device,
    getAppBaseInfo: app,
    getMenuButtonBoundingClientRect() {
      const top = options.statusBarHeight + (NAVIGATION_BAR - MENU.height) / 2;
      const right = options.screenWidth - MENU.right;
      return { width: MENU.width, height: MENU.height, top, bottom: top + MENU.height, right, left: right - MENU.width };
    },
    getAccountInfoSync() {
      return { miniProgram: { appId, envVersion: 'develop', version: '' }, plugin: {} };
    },
    getNetworkType() {
      return { networkType: options.networkType ?? 'wifi' };
    },
    getSystemSetting() {
      const setting = options.systemSetting ?? {};
      return {
        bluetoothEnabled: setting.bluetoothEnabled ?? false,
        locationEnabled: setting.locationEnabled ?? true,
        wifiEnabled: setting.wifiEnabled ?? (options.networkType ?? 'wifi') === 'wifi',
        deviceOrientation: options.screenWidth > options.screenHeight ? 'landscape' : 'portrait',
      };
    },
    getAppAuthorizeSetting() {
      const given = options.appAuthorize ?? {};
      const answer: JsonObject = {};
      for (const name of APP_AUTHORIZATIONS) answer[`${name}Authorized`] = given[name] ?? 'authorized';
      answer.locationReducedAccuracy = given.locationReducedAccuracy ?? false;
      return answer;
    },
  };
}
