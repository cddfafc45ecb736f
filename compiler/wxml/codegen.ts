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
      const models = n.m.length ? `,m:${JSON.stringify(n.m)}` : '';
      const children = n.c.length ? `,c:${list(n.c)}` : '';
      return `{k:1,t:${JSON.stringify(n.t)}${attrs}${events}${models}${children}${paths('d', n.d)}${paths('s', n.s)}}`;
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
    case 5: {
      const slot = n.slot !== undefined ? `,slot:${value(n.slot)}` : '';
      return `{k:5,n:${value(n.n)}${slot}${paths('d', n.d)}${paths('s', n.s)}}`;
    }
    case 6: {
      const data = n.data !== undefined ? `,data:${value(n.data)}` : '';
      return `{k:6,is:${value(n.is)}${data}${paths('d', n.d)}${paths('s', n.s)}}`;
    }
  }
}

export interface TemplateFileParts {
  nodes: SourceNode[];
  templates: Map<string, SourceNode[]>;
  imports: string[];
  wxs: Map<string, string>;
}

/** The registration of one WXML file in logic.js: a factory returning its TemplateFile. */
export function generateTemplate(file: string, parts: TemplateFileParts): string {
  const fields = [`n:${list(parts.nodes)}`];
  if (parts.templates.size > 0) {
    fields.push(`t:{${[...parts.templates].map(([name, nodes]) => `${JSON.stringify(name)}:${list(nodes)}`).join(',')}}`);
  }
  if (parts.imports.length > 0) fields.push(`i:${JSON.stringify(parts.imports)}`);
  if (parts.wxs.size > 0) fields.push(`w:${JSON.stringify(Object.fromEntries(parts.wxs))}`);
  return `__miniapp.template(${JSON.stringify(file)}, function (S) {\n  return {${fields.join(',')}};\n});\n`;
}
