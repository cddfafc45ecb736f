// A long build's progress: the compiler tells each stage's files done of those found, and the
// terminal shows it after a moment (a line kept up to date, or a line per stage in a log).
import { describe, expect, it } from 'vitest';
import { compileProject, type CompileStage } from '../../compiler/index.js';
import { buildProgress, PROGRESS_DELAY_MS } from '../../cli/progress.js';
import { template } from '../helpers/app.js';

describe('build progress', () => {
  it('the compiler reports every stage in order, each ending with all its files done', () => {
    const seen: [CompileStage, number, number][] = [];
    const { bundle } = compileProject(template('shop'), { progress: (stage, done, total) => seen.push([stage, done, total]) });
    const stages = seen.map(([stage]) => stage).filter((stage, i, all) => all[i - 1] !== stage);
    expect(stages).toEqual(['scripts', 'templates', 'wxs', 'styles']);
    for (const [stage, done, total] of seen) expect(done, stage).toBeLessThanOrEqual(total);
    const last = (stage: CompileStage) => seen.filter(([s]) => s === stage).at(-1)!;
    expect(last('scripts')).toEqual(['scripts', bundle.manifest.modules.length, bundle.manifest.modules.length]);
    expect(last('styles')).toEqual(['styles', Object.keys(bundle.manifest.components).length, Object.keys(bundle.manifest.components).length]);
    // Counted one by one.
    const scripts = seen.filter(([s]) => s === 'scripts').map(([, done]) => done);
    expect(scripts).toEqual([...scripts].sort((a, b) => a - b));
    expect(scripts.at(-1)! - scripts[0]).toBe(bundle.manifest.modules.length);
  });

  function terminal(isTTY: boolean) {
    let time = 0;
    const written: string[] = [];
    const progress = buildProgress({ isTTY, write: (text: string) => written.push(text) }, () => time);
    return { progress, written, wait: (ms: number) => (time += ms) };
  }

  it('shows nothing for a quick build', () => {
    const { progress, written, wait } = terminal(true);
    progress.report('scripts', 0, 3);
    wait(PROGRESS_DELAY_MS / 2);
    progress.report('scripts', 3, 3);
    progress.end();
    expect(written).toEqual([]);
  });

  it('keeps one line up to date on a terminal, and clears it at the end', () => {
    const { progress, written, wait } = terminal(true);
    wait(PROGRESS_DELAY_MS);
    progress.report('scripts', 1, 40);
    progress.report('scripts', 2, 40);
    wait(100);
    progress.report('scripts', 3, 40);
    progress.report('scripts', 40, 40);
    progress.report('templates', 0, 12);
    progress.end();
    expect(written).toEqual([
      '\r\x1b[Kminiapp: compiling scripts 1/40',
      '\r\x1b[Kminiapp: compiling scripts 3/40',
      '\r\x1b[Kminiapp: compiling scripts 40/40',
      '\r\x1b[Kminiapp: compiling templates 0/12',
      '\r\x1b[K',
    ]);
  });

  it('writes a line per stage into a log', () => {
    const { progress, written, wait } = terminal(false);
    wait(PROGRESS_DELAY_MS);
    progress.report('scripts', 1, 40);
    progress.report('scripts', 2, 40);
    progress.report('templates', 0, 12);
    progress.end();
    expect(written).toEqual(['miniapp: compiling scripts…\n', 'miniapp: compiling templates…\n']);
  });
});
