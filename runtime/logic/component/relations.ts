// relations: links between a component and a parent or ancestor component, made when both define
// the relation (one side `parent`/`ancestor`, the other `child`/`descendant`, each naming the
// other's path or a behavior it has), when the child is attached, and undone when it is detached.
import { callUser } from '../report.js';
import { BehaviorDefinition } from './behavior.js';
import type { RelationDefinition } from './definition.js';
import type { ComponentInstance } from './instance.js';

/** Components above an instance, nearest first (its host's ancestors in the tree it is written in). */
export interface AncestorWalk {
  ancestorInstances(): ComponentInstance[];
}

function targets(inst: ComponentInstance, target: string | BehaviorDefinition): boolean {
  return target instanceof BehaviorDefinition ? inst.__def.behaviors.has(target) : inst.is === target;
}

function counterpart(upper: ComponentInstance, lower: ComponentInstance, type: 'parent' | 'ancestor'): RelationDefinition | undefined {
  const wanted = type === 'parent' ? 'child' : 'descendant';
  return upper.__def.relations.find((r) => r.type === wanted && targets(lower, r.target));
}

function call(fn: RelationDefinition['linked'], self: ComponentInstance, other: ComponentInstance, where: string): void {
  if (fn !== null) callUser(fn, self, [other], self.__page.is, where);
}

/** Links a newly attached component to its parent and ancestors as their relations say. */
export function linkRelations(inst: ComponentInstance): void {
  const relations = inst.__def.relations.filter((r) => r.type === 'parent' || r.type === 'ancestor');
  if (relations.length === 0 || inst.__host === null) return;
  const ancestors = (inst.__host as unknown as AncestorWalk).ancestorInstances();
  for (const relation of relations) {
    const candidates = relation.type === 'parent' ? ancestors.slice(0, 1) : ancestors;
    for (const upper of candidates) {
      if (!targets(upper, relation.target)) continue;
      const other = counterpart(upper, inst, relation.type as 'parent' | 'ancestor');
      if (other === undefined) continue;
      const lowerList = inst.__relations.get(relation.key) ?? [];
      inst.__relations.set(relation.key, [...lowerList, upper]);
      const upperList = upper.__relations.get(other.key) ?? [];
      upper.__relations.set(other.key, [...upperList, inst]);
      call(other.linked, upper, inst, `${upper.is} relation ${other.key} linked`);
      call(relation.linked, inst, upper, `${inst.is} relation ${relation.key} linked`);
      break;
    }
  }
}

/** Undoes a detached component's links to its parent and ancestors. */
export function unlinkRelations(inst: ComponentInstance): void {
  for (const relation of inst.__def.relations) {
    if (relation.type !== 'parent' && relation.type !== 'ancestor') continue;
    for (const upper of inst.__relations.get(relation.key) ?? []) {
      const other = counterpart(upper, inst, relation.type);
      if (other === undefined) continue;
      upper.__relations.set(other.key, (upper.__relations.get(other.key) ?? []).filter((c) => c !== inst));
      call(other.unlinked, upper, inst, `${upper.is} relation ${other.key} unlinked`);
      call(relation.unlinked, inst, upper, `${inst.is} relation ${relation.key} unlinked`);
    }
    inst.__relations.delete(relation.key);
  }
}
