// The compiler's form of a template before it is written out: spec/bundle.ts's template nodes,
// with each binding still as JavaScript source.
import type { DataPath, EventFlags } from '../../spec/bundle.js';

export interface SourceBinding {
  /** A JavaScript expression over the data root `d`, the scope `s` and the text helper `S`. */
  code: string;
  d: DataPath[];
  s: DataPath[];
}

export type SourceValue = string | SourceBinding;

export interface Summary {
  d: DataPath[];
  s: DataPath[];
}

export interface SourceElement extends Summary {
  k: 1;
  t: string;
  a: [string, SourceValue][];
  e: [string, EventFlags, SourceValue][];
  /** `model:` bindings: [attribute, data path]. */
  m: [string, DataPath][];
  c: SourceNode[];
}

export interface SourceText {
  k: 2;
  v: SourceValue;
}

export interface SourceIf extends Summary {
  k: 3;
  b: [SourceBinding | null, SourceNode[]][];
}

export interface SourceFor extends Summary {
  k: 4;
  l: SourceBinding;
  lp?: DataPath;
  ls?: boolean;
  i: string;
  x: string;
  key?: string;
  c: SourceNode[];
  bd: DataPath[];
  bs: DataPath[];
}

export interface SourceSlot extends Summary {
  k: 5;
  n: SourceValue;
  slot?: SourceValue;
}

export interface SourceTemplateCall extends Summary {
  k: 6;
  is: SourceValue;
  data?: SourceBinding;
}

export type SourceNode = SourceElement | SourceText | SourceIf | SourceFor | SourceSlot | SourceTemplateCall;
