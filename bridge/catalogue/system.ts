// The device, the window and the app, as the host describes them.
import { api, syncForm, type ApiEntry } from './entry.js';

const getSystemInfo = api({ name: 'getSystemInfo', sync: false, params: {}, doc: 'device, window and app information in one object' });

export const systemApis: ApiEntry[] = [
  getSystemInfo,
  syncForm(getSystemInfo, []),
  api({ name: 'getWindowInfo', sync: true, positional: [], params: {}, doc: '`windowWidth`, `screenWidth`, `pixelRatio`, `safeArea`, …' }),
  api({ name: 'getDeviceInfo', sync: true, positional: [], params: {}, doc: '`brand`, `model`, `system`, `platform`, …' }),
  api({ name: 'getAppBaseInfo', sync: true, positional: [], params: {}, doc: '`SDKVersion`, `language`, `version`, `theme`, …' }),
  api({ name: 'getSystemSetting', sync: true, positional: [], params: {}, doc: '`bluetoothEnabled`, `locationEnabled`, `wifiEnabled`, `deviceOrientation`' }),
  api({ name: 'getAppAuthorizeSetting', sync: true, positional: [], params: {}, doc: '`cameraAuthorized`, `locationAuthorized`, … (`authorized`, `denied` or `not determined`), `locationReducedAccuracy`' }),
  api({ name: 'getMenuButtonBoundingClientRect', sync: true, positional: [], params: {}, doc: 'the capsule button\'s rectangle' }),
];
