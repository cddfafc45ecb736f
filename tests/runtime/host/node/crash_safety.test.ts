// Killing a process while it writes storage never tears the store and never loses a write it
// acknowledged: a child writes in a loop and is killed (SIGKILL) at a random moment, many times.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { FileStorage, readStore } from '../../../../runtime/host/node/file_storage.js';
import { fixture } from '../../../helpers/app.js';

const writer = fileURLToPath(new URL('./storage_writer.mjs', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'miniapp-crash-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs one writer and kills it `afterMs` after its first acknowledged write; returns the acknowledged keys. */
function writeAndKill(round: string, afterMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, fixture('storage-writer'), dataDir, round], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: string[] = [];
    let buffered = '';
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        if (!line.startsWith('ack ')) continue;
        if (acked.length === 0) setTimeout(() => child.kill('SIGKILL'), afterMs);
        acked.push(line.slice(4));
      }
    });
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the writer stopped by itself: ${errors}`));
      else resolve(acked);
    });
  });
}

describe('the file-backed store under SIGKILL', () => {
  it('keeps every acknowledged write, across many kills', async () => {
    const storage = new FileStorage(dataDir);
    const file = storage.file('wxcrashtest00001', 'default');
    const everAcked: string[] = [];
    for (let round = 0; round < 12; round++) {
      const acked = await writeAndKill(`r${round}`, 50 + ((round * 97) % 400));
      expect(acked.length).toBeGreaterThan(0);
      everAcked.push(...acked);
      // The store parses (it is never torn) and holds every write acknowledged in any round.
      const store = readStore(file);
      for (const key of everAcked) {
        const [r, i] = key.split('-');
        expect(JSON.parse(store[key] ?? 'null'), key).toMatchObject({ round: r, i: Number(i) });
      }
    }
    expect(everAcked.length).toBeGreaterThan(12);
    // Only the store and possibly a temporary file of the last write remain.
    expect(readdirSync(join(dataDir, 'wxcrashtest00001', 'default')).filter((f) => !f.endsWith('.tmp'))).toEqual(['storage.json']);
  }, 120_000);
});
