// `<canvas type="2d">`: SelectorQuery's node() answers a Canvas in the logic thread; what its 2d
// context draws travels in the batches of DOM operations and the view replays it on a real canvas
// (here happy-dom with a canvas adapter that records what it is asked to do). Without a 2d
// context the view draws nothing and nothing breaks.
import { afterEach, describe, expect, it } from 'vitest';
import { fixture, startApp, type TestApp } from '../../helpers/app.js';
import { recordingAdapter } from '../../helpers/canvas.js';

/** Waits until `check` passes (image loads and animation frames come in later tasks). */
async function until(t: TestApp, check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    await t.app.settled();
  }
}

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('<canvas type="2d">', () => {
  it("answers node() with a Canvas whose 2d context's drawing reaches the view's canvas", async () => {
    const calls: unknown[][] = [];
    t = await startApp(fixture('canvas'), {}, { canvasAdapter: recordingAdapter(calls) });
    await until(t, () => t!.text('#frames') !== '0' && t!.text('#image') !== '');
    expect(t.errors).toEqual([]);
    expect(JSON.parse(t.text('#result'))).toEqual({
      before: '300x150',
      after: '400x200',
      size: true,
      same: true,
      webglContext: null,
      gl: null,
      font: '10px sans-serif',
      lineWidth: 1,
      fillStyle: '#ff0000',
      wide: 40,
      narrow: true,
      dash: [4, 2],
      stopFailed: true,
      dataURL: 'toDataURL:fail the canvas pixels cannot be read in the logic thread here',
      imageData: 24,
    });
    expect(t.text('#image')).toMatch(/^loaded \d+x\d+$/);
    expect(t.text('#frames')).toBe('3');
    expect(t.text('#refused')).toBe('createImage:fail GET javascript:alert(1) failed: the URL is refused');

    // The view's canvas: a real canvas element inside <wx-canvas>, sized as the logic thread set it.
    const board = t.query('#board')!.querySelector('canvas')!;
    expect(board.getAttribute('width')).toBe('400');
    expect(board.getAttribute('height')).toBe('200');
    // The calls, in order; the one with a NaN argument is dropped, the refused lineWidth never sent.
    const drawn = calls.map((c) => c.map((v) => (v !== null && typeof v === 'object' && 'tagName' in v ? `<${String(v.tagName).toLowerCase()}>` : v)));
    expect(drawn.slice(0, 15)).toEqual([
      ['scale', 2, 2],
      ['set', 'fillStyle', '#ff0000'],
      ['fillRect', 10, 10, 50, 20],
      ['save'],
      ['set', 'font', 'bold 20px sans-serif'],
      ['restore'],
      ['createLinearGradient', 0, 0, 100, 0],
      ['addColorStop', 0, 'white'],
      ['addColorStop', 1, 'black'],
      ['set', 'strokeStyle', { kind: 'linear', addColorStop: expect.any(Function) }],
      ['setLineDash', [4, 2]],
      ['beginPath'],
      ['arc', 50, 50, 20, 0, Math.PI * 2, false],
      ['stroke'],
      ['fillText', 'hi', 5, 90],
    ]);
    // Then the image and the frames, in the order they came.
    expect(drawn).toContainEqual(['drawImage', '<img>', 0, 0, 30, 20]);
    expect(drawn.filter((c) => c[0] === 'clearRect')).toHaveLength(3);
  });

  it('draws nothing, harmlessly, where the DOM has no 2d context; a removed canvas draws nowhere', async () => {
    t = await startApp(fixture('canvas'));
    await until(t, () => t!.text('#frames') !== '0');
    expect(t.errors).toEqual([]);
    expect(t.text('#frames')).toBe('3');
    expect(t.query('#board')!.querySelector('canvas')).not.toBeNull();
    expect(t.query('#board wx-unsupported-box')).toBeNull();
    // A WebGL canvas is not available here: the box says so.
    expect(t.query('#gl wx-unsupported-box')?.textContent).toBe('<canvas type="webgl"> is not supported here');
    await t.tap('#hide');
    await new Promise((resolve) => setTimeout(resolve, 60));
    await t.app.settled();
    expect(t.errors).toEqual([]);
    expect(t.text('#after')).toBe('drawn nowhere');
    expect(t.query('#passing')).toBeNull();
  });
});
