// Writes a compiled template as JavaScript: an array of spec/bundle.ts template nodes, with each
// binding as a function of the data root and the scope. The text helper `S` comes from the
// template factory that wraps it.
import type { DataPath } from '../../spec/bundle.js';
import type { SourceNode, SourceValue } from './ir.js';

function paths(key: string, list: DataPath[] | undefined): string {
  return list !== undefined && list.length > 0 ? `,${key}:${JSON.stringify(list)}` : '';
}

function value(v: SourceValue): string {
  if (typeof v === 'string') return JSON.stringify(v);
  return `{f:function(d,s){return ${v.code}}${paths('d', v.d)}${paths('s', v.s)}}`;
}

function list(nodes: SourceNode[]): string {
  return `[${nodes.map(node).join(',')}]`;
}

function node(n: SourceNode): string {
  switch (n.k) {
    case 1: {
      const attrs = n.a.length ? `,a:[${n.a.map(([name, v]) => `[${JSON.stringify(name)},${value(v)}]`).join(',')}]` : '';
      const events = n.e.length ? `,e:[${n.e.map(([type, flags, v]) => `[${JSON.stringify(type)},${flags},${value(v)}]`).join(',')}]` : '';
      const children = n.c.length ? `,c:${list(n.c)}` : '';
      return `{k:1,t:${JSON.stringify(n.t)}${attrs}${events}${children}${paths('d', n.d)}${paths('s', n.s)}}`;
    }
    case 2:
      return `{k:2,v:${value(n.v)}}`;
    case 3:
      return `{k:3,b:[${n.b.map(([c, nodes]) => `[${c === null ? 'null' : value(c)},${list(nodes)}]`).join(',')}]${paths('d', n.d)}${paths('s', n.s)}}`;
    case 4: {
      const lp = n.lp !== undefined ? `,lp:${JSON.stringify(n.lp)}${n.ls ? ',ls:true' : ''}` : '';
      const key = n.key !== undefined ? `,key:${JSON.stringify(n.key)}` : '';
      return `{k:4,l:${value(n.l)}${lp},i:${JSON.stringify(n.i)},x:${JSON.stringify(n.x)}${key},c:${list(n.c)}${paths('d', n.d)}${paths('s', n.s)}${paths('bd', n.bd)}${paths('bs', n.bs)}}`;
    }
  }
}

/** The registration of one WXML file in logic.js. */
export function generateTemplate(file: string, nodes: SourceNode[]): string {
  return `__miniapp.template(${JSON.stringify(file)}, function (S) {\n  return ${list(nodes)};\n});\n`;
}
