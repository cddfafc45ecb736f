// A 30-page app written into a temporary folder for inject.logic: each page a script of about 6 KB
// (a table of products and some methods) and a template using one of 10 components; about 200 KB
// of logic in all. `lazy` adds lazyCodeLoading: "requiredComponents".
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const PAGES = 30;
const COMPONENTS = 10;

function pageScript(i: number): string {
  const products = Array.from({ length: 55 }, (_, k) => `    { id: ${i * 100 + k}, name: 'Product ${i}-${k}', price: ${(k * 3.7 + i).toFixed(2)}, tags: ['t${k % 5}', 'p${i}'] },`).join('\n');
  const methods = Array.from({ length: 8 }, (_, m) => `  method${m}(event) {\n    const items = this.data.items.filter((item) => item.price > ${m} && item.tags.indexOf('t${m % 5}') >= 0);\n    this.setData({ count: items.length, last: event && event.type });\n  },`).join('\n');
  return `// Page ${i}\nconst products = [\n${products}\n];\n\nPage({\n  data: { items: products.slice(0, 5), count: 0, last: '' },\n${methods}\n});\n`;
}

function componentScript(c: number): string {
  const helpers = Array.from({ length: 6 }, (_, m) => `    helper${m}(value) {\n      return String(value).split('').reverse().join('') + '${c}-${m}';\n    },`).join('\n');
  return `Component({\n  properties: { label: { type: String, value: 'c${c}' } },\n  data: { shown: true },\n  methods: {\n${helpers}\n  },\n});\n`;
}

export function writeThirtyPageApp(lazy: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'miniapp-30-pages-'));
  const files: Record<string, string> = { 'app.js': 'App({ globalData: {} });\n' };
  const pages = Array.from({ length: PAGES }, (_, i) => `pages/p${i}/p${i}`);
  files['app.json'] = JSON.stringify({ pages, ...(lazy ? { lazyCodeLoading: 'requiredComponents' } : {}) }, null, 2);
  for (let c = 0; c < COMPONENTS; c++) {
    const path = `components/c${c}/c${c}`;
    files[`${path}.json`] = '{ "component": true }';
    files[`${path}.wxml`] = `<view class="c${c}">{{ label }}</view>`;
    files[`${path}.js`] = componentScript(c);
  }
  pages.forEach((path, i) => {
    files[`${path}.json`] = JSON.stringify({ usingComponents: { item: `/components/c${i % COMPONENTS}/c${i % COMPONENTS}` } });
    files[`${path}.wxml`] = `<item label="page ${i}" />\n<view wx:for="{{ items }}" wx:key="id" class="product">{{ item.name }}: {{ item.price }}</view>`;
    files[`${path}.js`] = pageScript(i);
  });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}
