// The old `<canvas canvas-id>` with wx.createCanvasContext, in the real QuickJS and happy-dom (with
// a canvas adapter that records what the view's 2d context is asked to do): the calls wait for
// draw(), which clears the canvas first unless `reserve`, waits for the images it draws, and calls
// back once the view drew them; the old `set*` calls set the 2d context's properties.
import { afterEach, describe, expect, it } from 'vitest';
import { fixture, startApp, type TestApp } from '../../helpers/app.js';
import { recordingAdapter } from '../../helpers/canvas.js';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** Waits until `check` passes (the image loads in a later task). */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    await t!.app.settled();
  }
}

describe('wx.createCanvasContext', () => {
  it('draws on the old canvas what was called before draw(), once its image loaded, then calls back', async () => {
    const calls: unknown[][] = [];
    t = await startApp(fixture('canvas-legacy'), {}, { canvasAdapter: recordingAdapter(calls) });
    await until(() => t!.text('#drawn') === '1');
    expect(t.errors).toEqual([]);
    expect(JSON.parse(t.text('#out'))).toEqual({ font: '20px sans-serif', fillStyle: 'object', lineWidth: 4, width: true });
    const canvas = t.query('canvas.wx-canvas-element') as HTMLCanvasElement;
    expect([canvas.width, canvas.height]).toEqual([300, 150]);
    expect(calls).toEqual([
      ['set', 'fillStyle', '#ff0000'],
      ['fillRect', 0, 0, 50, 25],
      ['set', 'strokeStyle', 'blue'],
      ['set', 'lineWidth', 4],
      ['beginPath'],
      ['moveTo', 0, 0],
      ['lineTo', 100, 50],
      ['stroke'],
      ['set', 'font', '20px sans-serif'],
      ['set', 'textAlign', 'center'],
      ['fillText', 'hi', 100, 80],
      ['createRadialGradient', 50, 50, 0, 50, 50, 30],
      ['addColorStop', 0, 'white'],
      ['addColorStop', 1, 'black'],
      ['set', 'fillStyle', expect.objectContaining({ kind: 'radial' })],
      ['fillRect', 60, 0, 30, 30],
      ['drawImage', expect.anything(), 120, 10, 30, 20],
    ]);
    // The image drawn is the one loaded from its path.
    expect((calls.at(-1)![1] as HTMLImageElement).src).toMatch(/^data:image\/png;base64,/);
  });

  it('starts over on each draw() unless reserve; draws nothing where the canvas is not, with a warning', async () => {
    const calls: unknown[][] = [];
    t = await startApp(fixture('canvas-legacy'), {}, { canvasAdapter: recordingAdapter(calls) });
    await until(() => t!.text('#drawn') === '1');
    calls.length = 0;
    await t.tap('#again');
    // The state starts over too: the green is set again after the clear.
    expect(calls).toEqual([['set', 'fillStyle', 'green'], ['fillRect', 0, 0, 10, 10]]);
    calls.length = 0;
    await t.tap('#keep');
    expect(calls).toEqual([['fillRect', 10, 10, 10, 10]]);
    expect(t.text('#drawn')).toBe('2');
    await t.tap('#nowhere');
    expect(t.logs.some((l) => l.level === 'warn' && l.text.includes('no <canvas canvas-id="missing">'))).toBe(true);
    expect(t.errors).toEqual([]);
  });
});
