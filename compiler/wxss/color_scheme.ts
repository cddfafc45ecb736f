// `@media (prefers-color-scheme: dark)` follows the host's theme, as in WeChat, not the theme of
// the system the view happens to run on (a browser's, or none in happy-dom). Each such query
// becomes its rules under `:where([data-miniapp-theme="dark"])`, an attribute the render layer puts
// on its container and changes with the theme; `:where` keeps the rules' specificity as written.
// The query's other conditions stay a media query (`screen and (prefers-color-scheme: dark)` →
// `@media screen`); a query list is split (`a, (prefers-color-scheme: dark)`: the rules under
// `@media a`, and themed). A `not` query is left as written.
import type { AtRule, Container, Root } from 'postcss';
import { THEME_ATTRIBUTE } from '../../spec/bundle.js';

const FEATURE = /\(\s*prefers-color-scheme\s*:\s*(light|dark)\s*\)/i;

/** Splits a media query list at its top-level commas. */
function queries(params: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < params.length; i++) {
    const c = params[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      out.push(params.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(params.slice(start).trim());
  return out;
}

/** A query without its prefers-color-scheme feature (and the `and` joining it): '' when nothing is left. */
function withoutFeature(query: string): string {
  return query
    .replace(new RegExp(`\\s*\\band\\s+${FEATURE.source}`, 'i'), '')
    .replace(new RegExp(`${FEATURE.source}\\s*\\band\\b\\s*`, 'i'), '')
    .replace(FEATURE, '')
    .trim()
    .replace(/^(?:only\s+)?all$/i, '');
}

function inKeyframes(node: Container): boolean {
  for (let p: Container | undefined = node; p !== undefined && p.type !== 'root'; p = p.parent as Container | undefined) {
    if (p.type === 'atrule' && /keyframes$/i.test((p as AtRule).name)) return true;
  }
  return false;
}

/** Rewrites every prefers-color-scheme query of a compiled sheet (its selectors already scoped). */
export function themeColorScheme(root: Root): void {
  const media: AtRule[] = [];
  root.walkAtRules(/^media$/i, (rule) => {
    if (FEATURE.test(rule.params)) media.push(rule);
  });
  // Innermost first: a themed query inside another is rewritten before its parent is copied.
  for (const rule of media.reverse()) {
    const kept: string[] = [];
    for (const query of queries(rule.params)) {
      const match = FEATURE.exec(query);
      if (match === null || /^not\b/i.test(query)) {
        kept.push(query);
        continue;
      }
      const copy = rule.clone();
      const under = `:where([${THEME_ATTRIBUTE}="${match[1].toLowerCase()}"])`;
      copy.walkRules((r) => {
        if (!inKeyframes(r)) r.selectors = r.selectors.map((selector) => `${under} ${selector}`);
      });
      const rest = withoutFeature(query);
      if (rest === '') rule.before(copy.nodes);
      else {
        copy.params = rest;
        rule.before(copy);
      }
    }
    if (kept.length === 0) rule.remove();
    else rule.params = kept.join(', ');
  }
}
