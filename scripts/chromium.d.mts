// Types for chromium.mjs, which runs with plain Node before anything is built.

export const DEBIAN_CHROMIUM: string;

/** What is known of the machine; each fact defaults to this machine's. */
export interface ChromiumFacts {
  env?: NodeJS.ProcessEnv;
  executable?: (path: string) => boolean;
  uid?: number;
  aptGet?: boolean;
  sudo?: () => boolean;
}

export type ChromiumPlan =
  | { action: 'use'; path: string; source: 'MINIAPP_CHROMIUM' | 'debian' }
  | { action: 'install'; path: string; commands: string[][] }
  | { action: 'skip'; reason: string };

export function isExecutable(path: string): boolean;
export function onPath(name: string, env?: NodeJS.ProcessEnv): string | undefined;
export function isCI(env?: NodeJS.ProcessEnv): boolean;
export function skipLine(reason: string): string;
export function planChromium(facts?: ChromiumFacts): ChromiumPlan;
export function setupChromium(
  facts?: ChromiumFacts,
  io?: { log?: (line: string) => void; run?: (command: string[]) => string | undefined },
): Exclude<ChromiumPlan, { action: 'install' }>;
