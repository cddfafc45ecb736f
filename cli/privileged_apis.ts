// What `miniapp build` tells about privileged APIs: which ones the scripts call (by scope, privacy
// class and app.json declaration), and each declaration app.json lacks for them, as a warning at
// the call.
import { catalogueEntry, type ApiEntry } from '../bridge/catalogue/index.js';
import { DiagnosticCode, type ApiCall, type Diagnostic } from '../compiler.js';
import type { Manifest } from '../spec/bundle.js';

/** Scopes whose purpose app.json's `permission` must give. */
const PURPOSE_REQUIRED = new Set(['scope.userLocation', 'scope.userFuzzyLocation', 'scope.userLocationBackground']);

function privileged(entry: ApiEntry | undefined): entry is ApiEntry {
  return entry !== undefined && (entry.scope !== undefined || entry.privacy !== undefined || entry.requiredPrivateInfo === true);
}

/** One line per privileged API the scripts call, first call first. */
export function privilegedReport(calls: ApiCall[]): string[] {
  const seen = new Map<string, ApiCall>();
  for (const call of calls) if (!seen.has(call.name) && privileged(catalogueEntry(call.name))) seen.set(call.name, call);
  return [...seen.values()].map((call) => {
    const entry = catalogueEntry(call.name)!;
    const needs = [entry.scope, entry.privacy && `privacy: ${entry.privacy}`, entry.requiredPrivateInfo && 'requiredPrivateInfos'].filter(Boolean).join(', ');
    return `  wx.${call.name} (${needs}) at ${call.file}:${call.start.line}:${call.start.column}`;
  });
}

/** A warning at each call whose API app.json does not declare as WeChat requires. */
export function missingDeclarations(calls: ApiCall[], manifest: Manifest): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  const warned = new Set<string>();
  for (const call of calls) {
    const entry = catalogueEntry(call.name);
    if (!privileged(entry)) continue;
    const warn = (what: string, message: string) => {
      if (warned.has(`${call.name} ${what}`)) return;
      warned.add(`${call.name} ${what}`);
      warnings.push({ code: DiagnosticCode.MissingDeclaration, severity: 'warning', file: call.file, message, start: call.start });
    };
    if (entry.requiredPrivateInfo && !manifest.requiredPrivateInfos.includes(call.name)) {
      warn('infos', `wx.${call.name} must be listed in app.json's "requiredPrivateInfos", or it fails`);
    }
    if (entry.scope !== undefined && PURPOSE_REQUIRED.has(entry.scope) && typeof manifest.permission[entry.scope]?.desc !== 'string') {
      warn('permission', `wx.${call.name} needs app.json's "permission": { "${entry.scope}": { "desc": "<why the app needs it>" } }, or it fails`);
    }
  }
  return warnings;
}
