// Reading snapshots in miniprogram-simulate's format (what `miniapp run --format wxml` prints too)
// and comparing two by the conformance rule: tags, class tokens, id, style and text.

export interface SnapshotElement {
  tag: string;
  attributes: Record<string, string>;
  children: SnapshotNode[];
}

export type SnapshotNode = SnapshotElement | string;

const OPEN = /^<([\w:-]+)(\s*\/?>)?$/;
const ATTRIBUTE = /^([^\s=]+)="(.*)"$/;
/** The first line of a value that goes on over several lines (a style written over several lines). */
const ATTRIBUTE_START = /^([^\s=]+)="(.*)$/;

/** Parses a snapshot (several top-level nodes allowed; `undefined` is none). */
export function parseSnapshot(text: string): SnapshotNode[] {
  const lines = text.replace(/\n$/, '').split('\n');
  if (lines.length === 1 && lines[0].trim() === 'undefined') return [];
  let i = 0;
  const parseNodes = (closing: string | null): SnapshotNode[] => {
    const nodes: SnapshotNode[] = [];
    while (i < lines.length) {
      const line = lines[i].trim();
      if (closing !== null && line === `</${closing}>`) {
        i++;
        return nodes;
      }
      const open = OPEN.exec(line);
      if (open === null) {
        nodes.push(line);
        i++;
        continue;
      }
      const element: SnapshotElement = { tag: open[1], attributes: {}, children: [] };
      nodes.push(element);
      i++;
      if (open[2] !== undefined) {
        if (open[2].includes('/')) continue;
        element.children = parseNodes(element.tag);
        continue;
      }
      for (; i < lines.length; i++) {
        const attr = lines[i].trim();
        if (attr === '/>' || attr === '>') break;
        const m = ATTRIBUTE.exec(attr);
        if (m !== null) {
          element.attributes[m[1]] = m[2];
          continue;
        }
        const start = ATTRIBUTE_START.exec(attr);
        if (start === null) throw new Error(`bad attribute line ${i + 1}: ${attr}`);
        const value = [start[2]];
        for (i++; i < lines.length && !lines[i].endsWith('"'); i++) value.push(lines[i]);
        if (i === lines.length) throw new Error(`the value of ${start[1]} is not closed`);
        value.push(lines[i].slice(0, -1));
        element.attributes[start[1]] = value.join('\n');
      }
      const end = lines[i].trim();
      i++;
      if (end === '>') element.children = parseNodes(element.tag);
    }
    if (closing !== null) throw new Error(`</${closing}> missing`);
    return nodes;
  };
  return parseNodes(null);
}

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
const classTokens = (value: string | undefined) => (value ?? '').split(/\s+/).filter((t) => t !== '').sort().join(' ');

/** Text nodes folded, empty ones dropped (a snapshot prints an empty text node as an empty line). */
function significant(nodes: SnapshotNode[]): SnapshotNode[] {
  return nodes.filter((n) => typeof n !== 'string' || fold(n) !== '');
}

/** The first difference between two snapshots by the conformance rule, or null when they match. */
export function compareSnapshots(expected: SnapshotNode[], actual: SnapshotNode[], path = ''): string | null {
  const e = significant(expected);
  const a = significant(actual);
  for (let k = 0; k < Math.max(e.length, a.length); k++) {
    const x = e[k];
    const y = a[k];
    const here = `${path}/${k}`;
    if (x === undefined) return `${here}: unexpected ${typeof y === 'string' ? `text "${fold(y)}"` : `<${y.tag}>`}`;
    if (y === undefined) return `${here}: missing ${typeof x === 'string' ? `text "${fold(x)}"` : `<${x.tag}>`}`;
    if (typeof x === 'string' || typeof y === 'string') {
      if (typeof x !== typeof y || fold(x as string) !== fold(y as string)) return `${here}: expected ${JSON.stringify(x)}, got ${JSON.stringify(y)}`;
      continue;
    }
    if (x.tag !== y.tag) return `${here}: expected <${x.tag}>, got <${y.tag}>`;
    if (classTokens(x.attributes.class) !== classTokens(y.attributes.class)) {
      return `${here} <${x.tag}>: class expected "${x.attributes.class ?? ''}", got "${y.attributes.class ?? ''}"`;
    }
    // Whitespace in a style is not significant (a style written over several lines).
    for (const name of ['id', 'style']) {
      if (fold(x.attributes[name] ?? '') !== fold(y.attributes[name] ?? '')) {
        return `${here} <${x.tag}>: ${name} expected "${x.attributes[name] ?? ''}", got "${y.attributes[name] ?? ''}"`;
      }
    }
    const inner = compareSnapshots(x.children, y.children, `${here} <${x.tag}>`);
    if (inner !== null) return inner;
  }
  return null;
}
