// The same list rendered twice, once stamped (a plain body) and once as fragments (a wx:if on the
// looped element), through 80 random changes of its data (items added, removed, reordered,
// replaced; fields, nested fields and outer data changed) and taps on its items: both show the same
// nodes and attributes, and the taps give the handler the same event.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, startApp, type TestApp } from '../../helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp(fixture('stamp-differential'));
});
afterAll(() => t.close());

/** A list as the view shows it, and as snapshots record it. */
function shown(id: string): string {
  return t.query(`#${id}`)!.innerHTML;
}

describe('a stamped list and the same list as fragments', () => {
  it('stay the same through random changes and taps', async () => {
    for (let step = 0; step < 80; step++) {
      await t.tap('#step');
      expect(shown('a'), `after step ${step}`).toBe(shown('b'));
      const snapshot = t.wxml();
      const a = snapshot.slice(snapshot.indexOf('id="a"') + 6, snapshot.indexOf('id="b"'));
      const b = snapshot.slice(snapshot.indexOf('id="b"') + 6, snapshot.indexOf('id="picked"'));
      expect(a, `snapshot after step ${step}`).toBe(b);
      const rows = t.queryAll('#a .row').length;
      if (step % 5 === 4 && rows > 0) {
        const k = 1 + (step % rows);
        const picks: string[] = [];
        for (const list of ['a', 'b']) {
          await t.tap(`#${list} .row:nth-child(${k}) .name`);
          picks.push(t.text('#picked'));
        }
        expect(picks[0], `tap after step ${step}`).toBe(picks[1]);
      }
    }
    expect(t.errors).toEqual([]);
  });
});
