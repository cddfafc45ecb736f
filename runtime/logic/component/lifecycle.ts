// When lifetimes run. A component is queued for `attached` when it is created (so the queue is in
// tree pre-order: a component before what it renders) and for `ready` when it is fully built
// (post-order: children first). `attached` runs once the update that created it is done; `ready`
// once the view has applied that update. `detached` runs when it is destroyed, children first.
import { afterApplied } from '../render_queue.js';
import { callUser } from '../report.js';
import type { ComponentInstance } from './instance.js';
import { linkRelations, unlinkRelations } from './relations.js';

const attachQueue: ComponentInstance[] = [];
let attachHead = 0;
/** Renders in progress: lifetimes wait until the outermost one is done. */
let holds = 0;
/** True while the queue is being run: a setData in a lifetime does not run it again from inside. */
let flushing = false;
let readyQueue: ComponentInstance[] = [];
const destroyed = new WeakSet<ComponentInstance>();

export function queueAttach(inst: ComponentInstance): void {
  attachQueue.push(inst);
}

export function queueReady(inst: ComponentInstance): void {
  readyQueue.push(inst);
}

/** Holds lifetimes while a tree is being rendered (release with releaseLifetimes). */
export function holdLifetimes(): void {
  holds++;
}

export function releaseLifetimes(): void {
  holds--;
}

/** Runs `attached` for the queued components, in order, and schedules their `ready` (not during a render). */
export function flushLifetimes(): void {
  if (holds > 0 || flushing) return;
  flushing = true;
  try {
    while (attachHead < attachQueue.length) {
      const inst = attachQueue[attachHead++];
      if (destroyed.has(inst) || inst.__attached) continue;
      inst.__attached = true;
      inst.__page.__components.add(inst);
      inst.__lifetime('attached');
      linkRelations(inst);
    }
  } finally {
    flushing = false;
    attachQueue.length = 0;
    attachHead = 0;
  }
  if (readyQueue.length > 0) {
    const ready = readyQueue;
    readyQueue = [];
    afterApplied(() => {
      for (const inst of ready) if (inst.__attached && !destroyed.has(inst)) inst.__lifetime('ready');
    });
  }
}

/** The component left the page: `detached`, and its relations are undone. */
export function detachInstance(inst: ComponentInstance): void {
  destroyed.add(inst);
  if (!inst.__attached) return;
  inst.__attached = false;
  inst.__page.__components.delete(inst);
  inst.__lifetime('detached');
  unlinkRelations(inst);
}

/** The component was moved by a keyed wx:for: `moved`, and `linkChanged` on its relations. */
export function movedInstance(inst: ComponentInstance): void {
  if (!inst.__attached) return;
  inst.__lifetime('moved');
  for (const relation of inst.__def.relations) {
    const fn = relation.linkChanged;
    if (fn === null) continue;
    for (const other of inst.__relations.get(relation.key) ?? []) callUser(fn, inst, [other], inst.__page.is, `${inst.is} relation ${relation.key} linkChanged`);
  }
}
