// theme.json (app.json's `themeLocation`) and the values that name its variables. In app.json's
// `window` and `tabBar` and in a page's .json, a value written `@name` stands for theme.json's
// `light.name` in the light theme and `dark.name` in the dark one, as WeChat's DarkMode guide says;
// each is resolved here in both themes, so the runtime only picks one. Only the fields WeChat lists
// may name a variable: elsewhere `@…` is text like any other (a title may start with @).
import type { Theme } from '../../spec/bundle.js';
import { DiagnosticCode, DiagnosticSink, type Diagnostic } from '../diagnostics.js';
import type { ProjectFiles } from './files.js';
import { isObject, parseJsonFile, type JsonFile } from './json.js';

export const THEMES: readonly Theme[] = ['light', 'dark'];

/** theme.json's two sections: each variable's value by name. */
export type ThemeVariables = Record<Theme, Record<string, unknown>>;

/**
 * What `@name` values are looked up in: theme.json's variables; null when app.json names no
 * theme.json; `unreadable` when the one it names is missing or broken (reported already).
 */
export type ThemeLookup = ThemeVariables | 'unreadable' | null;

/** Fields of app.json's `window` and of a page's .json that may name a variable. */
export const THEMED_WINDOW_FIELDS = ['navigationBarBackgroundColor', 'navigationBarTextStyle', 'backgroundColor', 'backgroundTextStyle', 'backgroundColorTop', 'backgroundColorBottom'];
/** Fields of `tabBar` that may name a variable, and of each of its tabs. */
export const THEMED_TAB_BAR_FIELDS = ['color', 'selectedColor', 'backgroundColor', 'borderStyle'];
export const THEMED_TAB_FIELDS = ['iconPath', 'selectedIconPath'];

/** A value that names a variable: `@name`. */
export function isVariable(value: unknown): value is string {
  return typeof value === 'string' && value.length > 1 && value.startsWith('@');
}

/**
 * Reads theme.json at `location` (app.json's `themeLocation`, from the root): both sections must be
 * objects. `unreadable` when it is missing or broken; its problems go to `diagnostics`, a missing file to
 * `missing` (reported at app.json's `themeLocation`).
 */
export function readThemeFile(files: ProjectFiles, location: string, diagnostics: Diagnostic[], missing: (message: string) => void): ThemeVariables | 'unreadable' {
  const file = location.replace(/^\//, '');
  if (!files.exists(file)) {
    missing(`themeLocation "${location}" is not a file of the project`);
    return 'unreadable';
  }
  const source = files.read(file);
  const sink = new DiagnosticSink(file, source);
  const json = parseJsonFile(source, sink);
  let variables: ThemeVariables | null = null;
  if (json !== null) {
    if (!isObject(json.value)) sink.error(DiagnosticCode.JsonSchema, `${file} must hold an object with "light" and "dark"`, 0, source.length);
    else {
      const value = json.value;
      const sections = THEMES.map((theme) => {
        const section = value[theme];
        if (isObject(section)) return section;
        const at = json.at(section === undefined ? [] : [theme]);
        sink.error(DiagnosticCode.JsonSchema, `${file} needs a "${theme}" object of variables`, at.offset, at.offset + (section === undefined ? 1 : at.length));
        return null;
      });
      if (sections[0] !== null && sections[1] !== null) variables = { light: sections[0], dark: sections[1] };
    }
  }
  diagnostics.push(...sink.diagnostics);
  return variables ?? 'unreadable';
}

/**
 * Both themes' copies of `object`, each `@name` value of its `fields` replaced by that theme's
 * variable. A variable theme.json lacks (or no theme.json) is reported through `report` with the
 * field, and the value stays as written (as it does, unreported, when theme.json is unreadable).
 */
export function resolveThemed(
  object: Record<string, unknown>,
  fields: readonly string[],
  variables: ThemeLookup,
  report: (field: string, message: string) => void,
): Record<Theme, Record<string, unknown>> {
  const light = { ...object };
  const dark = { ...object };
  for (const field of fields) {
    const written = object[field];
    if (!isVariable(written)) continue;
    const name = written.slice(1);
    if (variables === 'unreadable') continue;
    if (variables === null) {
      report(field, `"${field}" names the theme variable "${written}", but app.json has no "themeLocation" (theme.json) to define it`);
      continue;
    }
    const lacking = THEMES.filter((theme) => !Object.prototype.hasOwnProperty.call(variables[theme], name));
    if (lacking.length > 0) {
      report(field, `"${field}": the theme variable "${written}" is not defined in theme.json's ${lacking.map((t) => `"${t}"`).join(' and ')}`);
      continue;
    }
    light[field] = variables.light[name];
    dark[field] = variables.dark[name];
  }
  return { light, dark };
}

/** app.json's `tabBar` in both themes: its own fields and its tabs' icons resolved (anything else as written). */
export function resolveTabBar(value: unknown, variables: ThemeLookup, report: (path: (string | number)[], message: string) => void): Record<Theme, unknown> {
  if (!isObject(value)) return { light: value, dark: value };
  const tabBar = resolveThemed(value, THEMED_TAB_BAR_FIELDS, variables, (field, message) => report(['tabBar', field], message));
  if (Array.isArray(value.list)) {
    const tabs = value.list.map((tab: unknown, i: number) =>
      isObject(tab) ? resolveThemed(tab, THEMED_TAB_FIELDS, variables, (field, message) => report(['tabBar', 'list', i, field], message)) : { light: tab, dark: tab },
    );
    for (const theme of THEMES) tabBar[theme].list = tabs.map((tab) => tab[theme]);
  }
  return tabBar;
}

/** The value at `path` in a JSON value (undefined where there is none). */
export function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let at = value;
  for (const key of path) at = at !== null && typeof at === 'object' ? (at as Record<string | number, unknown>)[key] : undefined;
  return at;
}

/**
 * A page's .json in both themes; `dark` only when one of its window fields names a variable. A
 * variable theme.json lacks is reported at its place in the file.
 */
export function resolvePageConfig(
  file: string,
  json: Record<string, unknown>,
  jsonFile: JsonFile | null,
  variables: ThemeLookup,
  files: ProjectFiles,
  diagnostics: Diagnostic[],
): { light: Record<string, unknown>; dark?: Record<string, unknown> } {
  if (jsonFile === null || !THEMED_WINDOW_FIELDS.some((field) => isVariable(json[field]))) return { light: json };
  const sink = new DiagnosticSink(file, files.read(file));
  const config = resolveThemed(json, THEMED_WINDOW_FIELDS, variables, (field, message) => {
    const at = jsonFile.at([field]);
    sink.error(DiagnosticCode.JsonSchema, message, at.offset, at.offset + at.length);
  });
  diagnostics.push(...sink.diagnostics);
  return config;
}
