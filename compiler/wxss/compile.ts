// One WXSS sheet → CSS: its `@import`s inlined (imports.ts), then every rule's selectors rewritten
// for its scope (selectors.ts), and `prefers-color-scheme` queries made to follow the host's theme
// (color_scheme.ts). Keyframe selectors (`from`, `50%`) are left alone; declarations
// are kept as written: `rpx` and `env(safe-area-inset-*)` are resolved by the render layer for the
// simulated device (runtime/view/units.ts).
import type { Rule } from 'postcss';
import { DiagnosticCode } from '../diagnostics.js';
import { themeColorScheme } from './color_scheme.js';
import type { SheetLoader } from './imports.js';
import { rewriteSelector, type SheetScope } from './selectors.js';

/** A sheet compiled; its problems go to the loader's diagnostics. */
export interface CompiledWxss {
  css: string;
  /** Some rule was confined with the scope's marker class (see StyleConfig.marked). */
  marked: boolean;
}

function insideKeyframes(rule: Rule): boolean {
  for (let p = rule.parent; p !== undefined && p.type !== 'root'; p = p.parent as typeof p) {
    if (p.type === 'atrule' && /keyframes$/i.test((p as { name: string }).name)) return true;
  }
  return false;
}

/** Compiles the sheet `file` for `scope` (no CSS when it cannot be parsed). */
export function compileWxss(loader: SheetLoader, file: string, scope: SheetScope): CompiledWxss {
  const root = loader.load(file);
  if (root === null) return { css: '', marked: false };
  let marked = false;
  root.walkRules((rule) => {
    if (insideKeyframes(rule)) return;
    try {
      const result = rewriteSelector(rule.selector, scope);
      rule.selector = result.selector;
      marked ||= result.marked;
    } catch (error) {
      loader.reportAt(rule, file, `bad selector "${rule.selector}": ${(error as Error).message}`, DiagnosticCode.WxssSyntax, 'error', rule.selector.length);
    }
  });
  themeColorScheme(root);
  return { css: `/* ${file} */\n${root.toString()}\n`, marked };
}
