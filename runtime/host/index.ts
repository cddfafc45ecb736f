// The embedding API of the runtime.
export { createMiniApp, DEFAULT_LIMITS, MiniApp, type MiniAppEvents, type MiniAppOptions, type MiniAppState } from './mini_app.js';
export type { AppError, AppErrorKind, Limits, PerformanceEntry } from '../../bridge/protocol.js';
