// The Chromium the browser tests drive, found as `npm test`'s setup finds it (scripts/chromium.mjs):
// the executable MINIAPP_CHROMIUM names, else Debian's /usr/bin/chromium; its existence now is the
// final word. Without one, each browser test file skips its tests and prints one line saying why;
// under CI they run, and fail, because a green CI must have run them all.
import { DEBIAN_CHROMIUM, isCI, planChromium, skipLine } from '../../scripts/chromium.mjs';

// The tests never install anything, so they do not ask sudo.
const plan = planChromium({ sudo: () => false });

/** Why there is no Chromium, when there is none. */
const reason =
  plan.action === 'use'
    ? undefined
    : plan.action === 'skip'
      ? plan.reason
      : // Root with apt-get: the setup would have installed it, had these tests been started by `npm test`.
        `no Chromium at ${DEBIAN_CHROMIUM}; \`npm test\` installs Debian's chromium before the tests (as root, with apt-get), or set MINIAPP_CHROMIUM`;

/** The Chromium executable, or undefined when there is none. */
export const chromiumPath = plan.action === 'use' ? plan.path : undefined;

/** Why the browser tests are skipped, or undefined when they run (under CI they always run). */
export const chromiumSkip = reason !== undefined && !isCI() ? skipLine(reason) : undefined;

if (chromiumSkip !== undefined) console.warn(chromiumSkip);

/** The executable to launch; throws, with the reason, where there is none (under CI). */
export function chromiumExecutable(): string {
  if (chromiumPath === undefined) throw new Error(`no Chromium for the browser tests: ${reason}`);
  return chromiumPath;
}
