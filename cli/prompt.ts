// Asking the person at the terminal, for `miniapp run`: consent to a scope, the privacy terms, a
// payment. Without a terminal (a pipe, CI) nothing is asked and the answer is no, said on stderr.
import { createInterface } from 'node:readline/promises';
import type { ConsentPrompt, PrivacyPrompt } from '../bridge/permissions/engine.js';
import type { PaymentConfirm } from '../bridge/handlers/payment.js';

/** One question at a time: prompts can come from several calls at once. */
let queue: Promise<unknown> = Promise.resolve();

function ask(question: string, refusal: string): Promise<boolean> {
  const answer = queue.then(async () => {
    if (!process.stdin.isTTY) {
      process.stderr.write(`miniapp: ${refusal}\n`);
      return false;
    }
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    try {
      return /^y(es)?$/i.test((await rl.question(`${question} [y/N] `)).trim());
    } finally {
      rl.close();
    }
  });
  queue = answer;
  return answer;
}

export const terminalConsent: ConsentPrompt = ({ appId, scope, desc, api }) =>
  ask(`${appId} asks for ${scope} (${api})${desc ? `: ${desc}` : ''}. Allow?`, `${scope} asked for by ${api}: denied (no terminal to ask; pass --grant ${scope})`);

export const terminalPrivacy: PrivacyPrompt = ({ contractName, api }) =>
  ask(`${api} needs you to agree to ${contractName}. Agree?`, `${api} needs privacy consent: not given (no terminal to ask; pass --grant privacy)`);

export const terminalPayment: PaymentConfirm = ({ amount, description }) =>
  ask(`Pay ${(amount / 100).toFixed(2)} for ${description}?`, 'a payment was cancelled (no terminal to confirm it)');
