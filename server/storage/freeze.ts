/** Freezing what storage keeps, so nobody holding a returned record can change what is stored. */

/** Freezes a value and everything reachable from it, in place. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** A private, frozen copy: later changes to `value` do not reach it, and it cannot be changed. */
export function frozenCopy<T>(value: T): T {
  return deepFreeze(structuredClone(value));
}
