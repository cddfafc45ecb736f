// What a transform needs to know where it is.
import type { DiagnosticSink } from '../../diagnostics.js';

export interface TransformContext {
  sink: DiagnosticSink;
  /** wx:for variables in effect. */
  scope: ReadonlySet<string>;
  /** Inside <text>: whitespace-only text is content, not formatting. */
  preserveWhitespace: boolean;
}
