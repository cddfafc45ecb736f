// The hot crossings between the worker and QuickJS, made with the wasm module's own C functions
// (quickjs-emscripten's FFI) rather than its handle layer: a task's message goes in as a string
// written straight into the wasm heap, the framework's answer comes out read straight from it, and
// the host functions the framework calls get their arguments as pointers. No scope, no handle and
// no lifetime object is made per call; each value made is freed at once.
//
// It reads one fact of the build's value layout: the release build boxes values in 64 bits (NaN
// boxing), the tag in the upper word. tests/runtime/host/quickjs_raw.test.ts checks it against
// QuickJS's own `typeof`.
import type {
  JSContextPointer,
  JSRuntimePointer,
  JSValueConstPointer,
  JSValuePointer,
  QuickJSContext,
  QuickJSFFI,
  QuickJSHandle,
  QuickJSWASMModule,
} from 'quickjs-emscripten-core';

/** What a host function answers: a string, a boolean, a number, or nothing (undefined). */
export type RawResult = string | boolean | number | undefined | void;

/** A host function's arguments, read on demand. */
export interface RawArgs {
  /** Argument `i` if it is a string, else undefined. */
  string(i: number): string | undefined;
  /** Argument `i` if it is a number, else NaN. */
  number(i: number): number;
}

/** A host function implemented on pointers. */
export type RawHostFunction = (args: RawArgs) => RawResult;

/** The outcome of a call: the function's value (freed by whoever takes it), or what it threw. */
export type RawOutcome = { value: JSValuePointer; error?: undefined } | { value?: undefined; error: QuickJSHandle };

/** The parts of the emscripten module the crossing uses (quickjs-emscripten keeps it private). */
interface HeapModule {
  _malloc(size: number): number;
  _free(pointer: number): void;
}

/** The tags of QuickJS values in the upper word of a NaN-boxed value. */
const enum Tag {
  Int = 0,
  String = -7,
  StringRope = -6,
  /** Tags from here (as unsigned after adding 9) up are the boxed doubles. */
  First = -9,
  Float64 = 8,
}

/** Below this size the text buffer is kept between calls; a larger one is freed after use. */
const KEPT_BUFFER_BYTES = 64 * 1024;

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** UTF-8 length of a string (lone surrogates as 3 bytes, as TextEncoder writes U+FFFD). */
function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2;
      i++;
    } else bytes += 2;
  }
  return bytes;
}

export class RawQuickJS {
  private readonly ffi: QuickJSFFI;
  private readonly module: HeapModule;
  private readonly memory: WebAssembly.Memory;
  private readonly ctx: JSContextPointer;
  private readonly rt: JSRuntimePointer;
  private readonly undefinedValue: JSValueConstPointer;
  private heap: Uint8Array;
  private words: Int32Array;
  /** One argument slot (a pointer to a value), reused by every call. */
  private readonly argv: number;
  /** The text buffer strings are written into before QuickJS copies them. */
  private buffer = 0;
  private bufferBytes = 0;
  /** Host functions by their placeholder (what quickjs-emscripten's registry holds). */
  private readonly functions = new Map<unknown, RawHostFunction>();
  private argvOfCall = 0;
  private argcOfCall = 0;
  private readonly args: RawArgs = {
    string: (i) => (i < this.argcOfCall ? this.stringAt(this.ffi.QTS_ArgvGetJSValueConstPointer(this.argvOfCall as JSValueConstPointer, i)) : undefined),
    number: (i) => (i < this.argcOfCall ? this.numberAt(this.ffi.QTS_ArgvGetJSValueConstPointer(this.argvOfCall as JSValueConstPointer, i)) : NaN),
  };

  constructor(
    quickjs: QuickJSWASMModule,
    private readonly context: QuickJSContext,
  ) {
    this.ffi = quickjs.getFFI() as QuickJSFFI;
    this.module = (quickjs as unknown as { module: HeapModule }).module;
    this.memory = quickjs.getWasmMemory();
    this.ctx = (context as unknown as { ctx: { value: JSContextPointer } }).ctx.value;
    this.rt = (context.runtime as unknown as { rt: { value: JSRuntimePointer } }).rt.value;
    this.undefinedValue = this.ffi.QTS_GetUndefined();
    this.argv = this.malloc(4);
    this.heap = new Uint8Array(this.memory.buffer);
    this.words = new Int32Array(this.memory.buffer);
    // Calls from QuickJS to a host function arrive here first: ours are answered on pointers,
    // any other goes on to quickjs-emscripten's own handling.
    const callbacks = (context as unknown as { cToHostCallbacks: { callFunction: (ctx: JSContextPointer, thisPtr: JSValueConstPointer, argc: number, argv: JSValueConstPointer, fnId: number) => number } }).cToHostCallbacks;
    const generic = callbacks.callFunction;
    const registered = (fnId: number) => (context as unknown as { getFunction(id: number): unknown }).getFunction(fnId);
    callbacks.callFunction = (ctx, thisPtr, argc, argv, fnId) => {
      const fn = this.functions.get(registered(fnId));
      if (fn === undefined) return generic(ctx, thisPtr, argc, argv, fnId);
      return this.callHost(fn, argc, argv);
    };
  }

  /** A function QuickJS code can call, answered by `fn` on pointers. */
  newFunction(name: string, length: number, fn: RawHostFunction): QuickJSHandle {
    // The registry needs a function of its own: this one only names `fn`, and the dispatch above
    // never lets QuickJS reach it.
    const placeholder = { [name]: () => undefined }[name];
    Object.defineProperty(placeholder, 'length', { value: length });
    this.functions.set(placeholder, fn);
    return this.context.newFunction(name, placeholder);
  }

  /** A global object of host functions (`__host`): each `[name, length, fn]` answered by `fn` on pointers. */
  defineHostObject(global: string, functions: [string, number, RawHostFunction][]): void {
    const object = this.context.newObject();
    for (const [name, length, fn] of functions) {
      const handle = this.newFunction(name, length, fn);
      this.context.setProp(object, name, handle);
      handle.dispose();
    }
    this.context.setProp(this.context.global, global, object);
    object.dispose();
  }

  /** Calls `fn` with no argument or one string. */
  call(fn: QuickJSHandle, text?: string): RawOutcome {
    const arg = text === undefined ? 0 : this.newString(text);
    if (arg !== 0) this.refresh();
    this.words[this.argv >> 2] = arg;
    const result = this.ffi.QTS_Call(this.ctx, fn.value, this.undefinedValue, arg === 0 ? 0 : 1, this.argv as never);
    if (arg !== 0) this.ffi.QTS_FreeValuePointer(this.ctx, arg);
    const error = this.ffi.QTS_ResolveException(this.ctx, result);
    if (error !== 0) {
      this.ffi.QTS_FreeValuePointer(this.ctx, result);
      return { error: this.context.getMemory(this.rt).heapValueHandle(error) };
    }
    return { value: result };
  }

  /** The string a call returned ('' for any other value), and the value freed. */
  takeString(value: JSValuePointer): string {
    const text = this.stringAt(value) ?? '';
    this.ffi.QTS_FreeValuePointer(this.ctx, value);
    return text;
  }

  free(value: JSValuePointer): void {
    this.ffi.QTS_FreeValuePointer(this.ctx, value);
  }

  /** Runs the promise jobs queued, if any; quickjs-emscripten's own loop does the rare case. */
  executePendingJobs(): QuickJSHandle | undefined {
    if (this.ffi.QTS_IsJobPending(this.rt) === 0) return undefined;
    const jobs = this.context.runtime.executePendingJobs();
    return jobs.error;
  }

  private callHost(fn: RawHostFunction, argc: number, argv: JSValueConstPointer): number {
    const outerArgv = this.argvOfCall;
    const outerArgc = this.argcOfCall;
    this.argvOfCall = argv;
    this.argcOfCall = argc;
    try {
      return this.toValue(fn(this.args));
    } catch (error) {
      const handle = error instanceof Error ? this.context.newError({ name: error.name, message: error.message }) : this.context.newError(String(error));
      const thrown = this.ffi.QTS_Throw(this.ctx, handle.value);
      handle.dispose();
      return thrown;
    } finally {
      this.argvOfCall = outerArgv;
      this.argcOfCall = outerArgc;
    }
  }

  private toValue(result: RawResult): number {
    switch (typeof result) {
      case 'string':
        return this.newString(result);
      case 'boolean':
        return this.ffi.QTS_DupValuePointer(this.ctx, result ? this.ffi.QTS_GetTrue() : this.ffi.QTS_GetFalse());
      case 'number':
        return this.ffi.QTS_NewFloat64(this.ctx, result);
      default:
        return 0;
    }
  }

  /** The upper word of the value at `pointer`. */
  private tag(pointer: number): number {
    this.refresh();
    return this.words[(pointer >> 2) + 1];
  }

  private stringAt(pointer: number): string | undefined {
    const tag = this.tag(pointer);
    if (tag !== Tag.String && tag !== Tag.StringRope) return undefined;
    const chars = this.ffi.QTS_GetString(this.ctx, pointer as JSValueConstPointer);
    this.refresh();
    const end = this.heap.indexOf(0, chars);
    const text = decoder.decode(this.heap.subarray(chars, end));
    this.ffi.QTS_FreeCString(this.ctx, chars);
    return text;
  }

  private numberAt(pointer: number): number {
    const tag = this.tag(pointer);
    const float = (tag - Tag.First) >>> 0 >= Tag.Float64 - Tag.First;
    return tag === Tag.Int || float ? this.ffi.QTS_GetFloat64(this.ctx, pointer as JSValueConstPointer) : NaN;
  }

  /** A new string value (a pointer QuickJS frees), its text written into the buffer first. */
  private newString(text: string): JSValuePointer {
    let need = text.length * 3 + 1;
    if (need > this.bufferBytes) {
      need = utf8Length(text) + 1;
      if (need > this.bufferBytes) {
        if (this.buffer !== 0) this.module._free(this.buffer);
        // Cleared first: if the allocation fails, no freed buffer is left to use.
        this.buffer = 0;
        this.bufferBytes = 0;
        const bytes = Math.max(need, 1024);
        this.buffer = this.malloc(bytes);
        this.bufferBytes = bytes;
      }
    }
    this.refresh();
    const { written } = encoder.encodeInto(text, this.heap.subarray(this.buffer, this.buffer + this.bufferBytes - 1));
    this.heap[this.buffer + written] = 0;
    const value = this.ffi.QTS_NewString(this.ctx, this.buffer as never);
    if (this.bufferBytes > KEPT_BUFFER_BYTES) {
      this.module._free(this.buffer);
      this.buffer = 0;
      this.bufferBytes = 0;
    }
    return value;
  }

  private malloc(bytes: number): number {
    const pointer = this.module._malloc(bytes);
    if (pointer === 0) throw new Error('out of memory');
    return pointer;
  }

  /** The views follow the wasm memory when it grows (its buffer is then a new one). */
  private refresh(): void {
    if (this.heap.buffer !== this.memory.buffer) {
      this.heap = new Uint8Array(this.memory.buffer);
      this.words = new Int32Array(this.memory.buffer);
    }
  }
}
