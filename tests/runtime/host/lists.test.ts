// wx:for over every kind of list, nested loops, wx:if inside a loop, and list changes of every shape.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, startApp, type TestApp } from '../../helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp(fixture('lists'));
});
afterAll(() => t.close());

describe('wx:for', () => {
  it('walks arrays, objects, numbers and strings; a missing list renders nothing', () => {
    expect(t.text('#keyed')).toBe('0:Apple;1:Banana;2:Cherry;');
    expect(t.text('#object')).toBe('tea=3;cake=5;');
    expect(t.text('#number')).toBe('012');
    expect(t.text('#string')).toBe('a-b-c-');
    expect(t.text('#missing')).toBe('');
  });

  it('nests, with the outer item and index visible inside', () => {
    expect(t.text('#nested').replace(/\s+/g, '')).toBe('[red]0.0Annofred;0.1Boofred;[blue]1.0Cyofblue;');
  });

  it('evaluates a wx:if on a looped element per item', () => {
    expect(t.text('#ripe')).toBe('Apple;Cherry;');
  });

  it('a prepended entry is created; the others are kept and their indices updated', async () => {
    const [apple] = Array.from(t.page().querySelectorAll('.fruit'));
    await t.tap('#prepend');
    expect(t.text('#keyed')).toBe('0:Kiwi;1:Apple;2:Banana;3:Cherry;');
    expect(t.page().querySelectorAll('.fruit')[1]).toBe(apple);
    expect(t.text('#ripe')).toBe('Kiwi;Apple;Cherry;');
    expect(t.text('#size')).toBe('4 fruits');
  });

  it('a change under one entry reaches a wx:if inside the loop', async () => {
    await t.tap('#ripen');
    expect(t.text('#ripe')).toBe('Kiwi;Apple;Banana;Cherry;');
  });

  it('an entry written past the end is added, and .length follows', async () => {
    await t.tap('#append');
    expect(t.text('#keyed')).toBe('0:Kiwi;1:Apple;2:Banana;3:Cherry;4:Date;');
    expect(t.text('#size')).toBe('5 fruits');
  });

  it('an inner list replaced under an outer entry updates that group only', async () => {
    const blue = t.page().querySelectorAll('.group')[1];
    const blueText = blue.textContent;
    await t.tap('#join');
    expect(t.text('#nested').replace(/\s+/g, '')).toBe('[red]0.0Annofred;0.1Boofred;0.2Diofred;[blue]1.0Cyofblue;');
    expect(t.page().querySelectorAll('.group')[1].textContent).toBe(blueText);
  });

  it('an outer field change reaches the inner loop that reads it', async () => {
    await t.tap('#rename');
    expect(t.text('#nested').replace(/\s+/g, '')).toBe('[red]0.0Annofred;0.1Boofred;0.2Diofred;[green]1.0Cyofgreen;');
  });

  it('reordered outer entries keep their inner elements and renumber them', async () => {
    const members = Array.from(t.page().querySelectorAll('.member'));
    await t.tap('#swap');
    expect(t.text('#nested').replace(/\s+/g, '')).toBe('[green]0.0Cyofgreen;[red]1.0Annofred;1.1Boofred;1.2Diofred;');
    expect(Array.from(t.page().querySelectorAll('.member'))).toEqual([members[3], members[0], members[1], members[2]]);
  });

  it('an unkeyed list is updated by position', async () => {
    const [first] = Array.from(t.page().querySelectorAll('#unkeyed > *'));
    await t.tap('#shrink');
    expect(t.text('#unkeyed')).toBe('z');
    expect(t.page().querySelector('#unkeyed > *')).toBe(first);
  });

  it('warns once of a key two items share, and renders both; a key field the items lack keys them by position, silently', () => {
    expect(t.text('#duplicate')).toBe('Castor;Pollux;');
    expect(t.text('#dots')).toBe('...');
    const warnings = t.logs.filter((l) => l.level === 'warn').map((l) => l.text);
    expect(warnings).toEqual(['Do not set same key "7" in wx:key (in pages/index/index).']);
  });
});
