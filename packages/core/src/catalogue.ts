import type { Rule } from '@mtlint/engine';
import { rules as shipped } from '@mtlint/rules';
import { deepFreeze } from './freeze.js';

/**
 * A map that can be read and not changed: a `Map` typed `ReadonlyMap` still has `set`, `delete` and `clear`
 * at run time, and one caller's `rules.set(…)` would change every later lint.
 */
class ReadonlyRuleMap implements ReadonlyMap<string, Rule> {
  readonly #map: Map<string, Rule>;
  constructor(entries: Iterable<readonly [string, Rule]>) {
    this.#map = new Map(entries);
    Object.freeze(this);
  }
  get size() {
    return this.#map.size;
  }
  get(id: string) {
    return this.#map.get(id);
  }
  has(id: string) {
    return this.#map.has(id);
  }
  keys() {
    return this.#map.keys();
  }
  values() {
    return this.#map.values();
  }
  entries() {
    return this.#map.entries();
  }
  forEach(callback: (rule: Rule, id: string, map: ReadonlyMap<string, Rule>) => void, thisArg?: unknown) {
    this.#map.forEach((rule, id) => callback.call(thisArg, rule, id, this));
  }
  [Symbol.iterator]() {
    return this.#map.entries();
  }
  get [Symbol.toStringTag]() {
    return 'ReadonlyMap';
  }
}

/** Every rule mtlint ships, by id: metadata (`meta`), examples and detectors. Read-only: the rules and their metadata are frozen. */
export const rules: ReadonlyMap<string, Rule> = new ReadonlyRuleMap(shipped.map((r) => [r.meta.id, deepFreeze({ ...r })]));
