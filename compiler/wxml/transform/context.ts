// What a transform needs to know where it is, and what the whole file collects on the way.
import type { DiagnosticSink } from '../../diagnostics.js';
import type { ProjectFiles } from '../../project/files.js';
import type { SourceNode } from '../ir.js';

/** An inline `<wxs module>` to compile: its id, its code and where the code starts in its file. */
export interface InlineWxs {
  id: string;
  source: string;
  offset: number;
  sink: DiagnosticSink;
}

/** What the compilation of one WXML file gathers (including from the files it includes). */
export interface FileState {
  /** The file being compiled. */
  path: string;
  files: ProjectFiles;
  /** Custom component tags the file may use; undefined when unknown (a file only imported). */
  componentTags?: ReadonlySet<string>;
  /** `<template name>` definitions. */
  templates: Map<string, SourceNode[]>;
  /** Files `<import>`ed. */
  imports: string[];
  /** `<wxs>` modules: name → module id. */
  wxs: Map<string, string>;
  /** `.wxs` files it uses. */
  wxsFiles: Set<string>;
  inlineWxs: InlineWxs[];
  /** `<template is>` calls with a static name, to check once every file is compiled. */
  calls: { name: string; sink: DiagnosticSink; offset: number }[];
  /** Files being included, outermost first (a file including itself is an error). */
  includeStack: string[];
  /** Every file's diagnostics sink (the file's own and its includes'). */
  sinks: DiagnosticSink[];
  /** WeChat built-ins rendered inert here that the file was already warned of (once a tag). */
  inertTags: Set<string>;
}

export interface TransformContext {
  /** Where problems in the nodes being transformed are reported (an included file has its own). */
  sink: DiagnosticSink;
  /** wx:for variables and WXS module names in effect. */
  scope: ReadonlySet<string>;
  /** Inside <text>: whitespace-only text is content, not formatting. */
  preserveWhitespace: boolean;
  file: FileState;
}
