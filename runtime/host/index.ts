// The embedding API of the runtime, for Node: createMiniApp runs the logic thread in a
// worker_threads worker; createNodeHost lends it file-backed storage, a consent prompt and mock
// providers. The browser's entry is browser/index.ts.
import { MiniApp, type MiniAppOptions } from './mini_app.js';
import { nodePlatform } from './node/platform.js';

export { DEFAULT_LIMITS, MiniApp, type MemoryUsage, type MiniAppEvents, type MiniAppOptions, type MiniAppState } from './mini_app.js';
export type { HostOptions } from './services.js';
export type { PageLocation } from './navigation.js';
export { WorkerPool, type WorkerPoolOptions } from './worker_pool.js';
export { DEFAULT_DEVICE, DEVICES, type Device, type DeviceName } from './devices.js';
export { createNodeHost, type NodeHostOptions } from './node/node_host.js';
export { FileStorage } from './node/file_storage.js';
export { FilePermissionStore } from './node/file_permissions.js';
export { ApiFail, type ApiCallContext, type ApiHandler } from '../../bridge/handler.js';
export type { ExtensionApi } from '../../bridge/bridge.js';
export { MockLoginProvider } from '../../bridge/mocks/login.js';
export { MockPaymentProvider } from '../../bridge/mocks/payment.js';
export { MockLocationProvider } from '../../bridge/mocks/location.js';
export { MOCK_MERCHANT_ORIGIN, MockMerchantServer } from '../../bridge/mocks/merchant.js';
export type { AppError, AppErrorKind, Limits, LogicMemory, PerformanceEntry } from '../../bridge/protocol.js';
export { STARTUP_PHASES } from '../../bridge/protocol.js';

/** Starts a mini-program. See {@link MiniAppOptions}. */
export function createMiniApp(options: MiniAppOptions): MiniApp {
  return new MiniApp(options, nodePlatform);
}
