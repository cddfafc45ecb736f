// bridge.event's baseline worker: posts back every message it gets.
const scope = globalThis as unknown as { onmessage: ((event: MessageEvent) => void) | null; postMessage(message: unknown): void };
scope.onmessage = (event) => scope.postMessage(event.data);
export {};
