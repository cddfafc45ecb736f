// Device, window and app information, from what the host says of its screen and itself.
import type { ApiHandler } from '../handler.js';
import type { JsonObject } from '../protocol.js';

/** What the host tells of the device it simulates or runs on. */
export interface SystemInfoOptions {
  /** Screen width in px (750 rpx). */
  screenWidth: number;
  /** Screen height in px; 16:9 of the width by default. */
  screenHeight?: number;
  pixelRatio?: number;
  brand?: string;
  model?: string;
  system?: string;
  platform?: string;
  language?: string;
  /** The host app's version (WeChat's `version`). */
  version?: string;
  /** The base library version the framework follows. */
  SDKVersion?: string;
  theme?: 'light' | 'dark';
  /** `getNetworkType`'s answer. */
  networkType?: string;
}

const STATUS_BAR = 20;
/** The capsule (menu) button: WeChat's size, 7 px from the right edge, centred in a 44 px bar under the status bar. */
const MENU = { width: 87, height: 32, right: 7 };

/** The system information APIs' handlers. */
export function systemHandlers(options: SystemInfoOptions, appId: string): Record<string, ApiHandler> {
  const screenWidth = options.screenWidth;
  const screenHeight = options.screenHeight ?? Math.round((screenWidth * 16) / 9);
  const window = (): JsonObject => ({
    pixelRatio: options.pixelRatio ?? 2,
    screenWidth,
    screenHeight,
    windowWidth: screenWidth,
    windowHeight: screenHeight,
    statusBarHeight: STATUS_BAR,
    safeArea: { left: 0, right: screenWidth, top: STATUS_BAR, bottom: screenHeight, width: screenWidth, height: screenHeight - STATUS_BAR },
    screenTop: 0,
  });
  const device = (): JsonObject => ({
    brand: options.brand ?? 'miniapp',
    model: options.model ?? 'miniapp simulator',
    system: options.system ?? 'miniapp 1.0',
    platform: options.platform ?? 'devtools',
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
    theme: options.theme ?? 'light',
    fontSizeSetting: 16,
  });
  const systemInfo = (): JsonObject => ({ ...device(), ...window(), ...app(), fontSizeSetting: 16 });
  return {
    getSystemInfo: systemInfo,
    getWindowInfo: window,
    getDeviceInfo: device,
    getAppBaseInfo: app,
    getMenuButtonBoundingClientRect() {
      const top = STATUS_BAR + (44 - MENU.height) / 2;
      const right = screenWidth - MENU.right;
      return { width: MENU.width, height: MENU.height, top, bottom: top + MENU.height, right, left: right - MENU.width };
    },
    getAccountInfoSync() {
      return { miniProgram: { appId, envVersion: 'develop', version: '' }, plugin: {} };
    },
    getNetworkType() {
      return { networkType: options.networkType ?? 'wifi' };
    },
  };
}
