// spec/compatibility.md stays true to the lists `miniapp doctor` reports against: the APIs that
// work in part, the built-in components drawn in part or not at all, and the JSON fields ignored.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, FRAMEWORK_APIS } from '../../bridge/catalogue/index.js';
import { APP_JSON_FIELDS, PAGE_JSON_FIELDS, SUBPACKAGE_FIELDS, WINDOW_FIELDS, type ConfigFields } from '../../compiler/project/config_fields.js';
import { PARTIAL_COMPONENTS } from '../../runtime/view/components/partial.js';
import { UNSUPPORTED } from '../../runtime/view/components/unsupported.js';
import { isStandIn } from '../../runtime/logic/api/absent.js';
import { createWx } from '../../runtime/logic/api/wx.js';

const doc = readFileSync(fileURLToPath(new URL('../../spec/compatibility.md', import.meta.url)), 'utf8');

interface Row {
  section: string;
  /** The backticked names of the first cell (`wx.` left off). */
  names: string[];
  first: string;
  status: string;
}

const rows: Row[] = [];
let section = '';
for (const line of doc.split('\n')) {
  if (line.startsWith('## ')) section = line.slice(3);
  if (!line.startsWith('| ') || line.startsWith('| ---')) continue;
  const cells = line.split(/(?<!\\)\|/);
  const first = cells[1].trim();
  rows.push({ section, first, status: cells[2].trim(), names: [...first.matchAll(/`([^`]+)`/g)].map((m) => m[1].replace(/^wx\./, '')) });
}

const partialApis = new Map<string, string>([
  ...CATALOGUE.filter((e) => e.partial !== undefined).map((e) => [e.name, e.partial!] as const),
  ...Object.entries(FRAMEWORK_APIS).flatMap(([name, a]) => (a.partial === undefined ? [] : [[name, a.partial] as const])),
]);

describe('spec/compatibility.md', () => {
  it('marks Partial exactly the APIs whose catalogue entry (or framework API) says what they lack', () => {
    for (const name of partialApis.keys()) {
      expect(rows.some((r) => r.status === 'Partial' && r.names.includes(name)), name).toBe(true);
    }
    const known = new Set([...CATALOGUE.map((e) => e.name), ...Object.keys(FRAMEWORK_APIS)]);
    for (const row of rows.filter((r) => r.section.startsWith('APIs'))) {
      for (const name of row.names.filter((n) => known.has(n))) expect(partialApis.has(name), `${name} (${row.status})`).toBe(row.status === 'Partial');
    }
  });

  it('lists as framework APIs exactly what the logic thread\'s wx answers without the host', () => {
    const wx = createWx([]);
    const local = Object.keys(wx).filter((name) => !isStandIn(wx[name]));
    expect(new Set(local)).toEqual(new Set(Object.keys(FRAMEWORK_APIS)));
  });

  it('marks the built-in components as the render layer draws them', () => {
    const components = rows.filter((r) => r.section === 'Built-in components');
    expect(new Set(components.filter((r) => r.status === 'Partial').flatMap((r) => r.names))).toEqual(new Set(Object.keys(PARTIAL_COMPONENTS)));
    expect(new Set(components.filter((r) => r.status === 'Not available here').flatMap((r) => r.names))).toEqual(new Set(UNSUPPORTED));
  });

  it('lists the JSON fields miniapp ignores, each kind in its own row', () => {
    const ignored = (prefix: string, fields: ConfigFields) => {
      const row = rows.find((r) => r.status === 'Ignored' && r.first.startsWith(prefix));
      expect(row, prefix).toBeDefined();
      // The fields are the names after the colon.
      const listed = [...row!.first.slice(row!.first.indexOf(':')).matchAll(/`([^`]+)`/g)].map((m) => m[1]);
      expect(new Set(listed)).toEqual(new Set(Object.keys(fields.ignored)));
      for (const name of fields.read) expect(fields.ignored[name], name).toBeUndefined();
    };
    ignored('app.json fields', APP_JSON_FIELDS);
    ignored('`window` (and page', WINDOW_FIELDS);
    ignored('page and component', PAGE_JSON_FIELDS);
    ignored("a subpackage's", SUBPACKAGE_FIELDS);
  });
});
