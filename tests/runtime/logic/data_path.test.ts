import { describe, expect, it } from 'vitest';
import { copyData, parseDataPath, readDataPath, writeDataPath } from '../../../runtime/logic/data_path.js';

describe('setData paths', () => {
  it('parses dots and indices', () => {
    expect(parseDataPath('a')).toEqual(['a']);
    expect(parseDataPath('a.b.c')).toEqual(['a', 'b', 'c']);
    expect(parseDataPath('list[3].done')).toEqual(['list', '3', 'done']);
    expect(parseDataPath('matrix[1][02]')).toEqual(['matrix', '1', '2']);
    expect(parseDataPath('a-b.c_d')).toEqual(['a-b', 'c_d']);
    expect(parseDataPath('a[1][2].b[3]')).toEqual(['a', '1', '2', 'b', '3']);
    expect(parseDataPath('list[10][0]')).toEqual(['list', '10', '0']);
  });

  it('refuses malformed paths with the place of the problem', () => {
    expect(() => parseDataPath('a..b')).toThrow('setData: invalid data path "a..b": empty name at character 3');
    expect(() => parseDataPath('a[x]')).toThrow('index "x" is not a non-negative integer');
    expect(() => parseDataPath('a[1')).toThrow('unclosed "["');
    expect(() => parseDataPath('[0]')).toThrow('index without a name');
    expect(() => parseDataPath('a]')).toThrow('unexpected "]"');
    expect(() => parseDataPath('a[1]b')).toThrow('a name must follow "." after "]"');
    expect(() => parseDataPath('a.')).toThrow('empty name');
    expect(() => parseDataPath('')).toThrow('empty path');
    expect(() => parseDataPath('__proto__.polluted')).toThrow('"__proto__" is not a data field');
    expect(() => parseDataPath('a.__proto__.b')).toThrow('"__proto__" is not a data field');
    expect(() => parseDataPath('a[01].__proto__')).toThrow('"__proto__" is not a data field');
  });

  it('writes at a path, creating objects and arrays on the way', () => {
    const data: Record<string, unknown> = { list: [{ done: false }] };
    writeDataPath(data, ['list', '0', 'done'], true);
    writeDataPath(data, ['a', 'b', 'c'], 1);
    writeDataPath(data, ['grid', '1', 'x'], 2);
    expect(data).toEqual({ list: [{ done: true }], a: { b: { c: 1 } }, grid: [undefined, { x: 2 }] });
    expect(Array.isArray(data.grid)).toBe(true);
    expect(readDataPath(data, ['a', 'b', 'c'])).toBe(1);
    expect(readDataPath(data, ['a', 'x', 'y'])).toBeUndefined();
  });

  it('copies plain data deeply so later changes by the caller do not leak in', () => {
    const source = { list: [{ id: 1 }], when: new Date(0) };
    const copy = copyData(source) as typeof source;
    source.list[0].id = 2;
    expect(copy.list[0].id).toBe(1);
    expect(copy.when).toBe(source.when);
  });

  it('refuses cyclic data', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => copyData(cyclic)).toThrow('nested too deeply (or contains a cycle)');
  });
});
