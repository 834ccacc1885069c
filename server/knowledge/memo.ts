/**
 * Memoisation of a pure function of an immutable object (a loaded knowledge base, a built index) and a string key.
 * The object is held weakly, so a knowledge base that is dropped takes its answers with it.
 */
export function memoByObject<O extends object, V>(compute: (owner: O, key: string) => V): (owner: O, key: string) => V {
  const memo = new WeakMap<O, Map<string, V>>();
  return (owner, key) => {
    let byKey = memo.get(owner);
    if (!byKey) {
      byKey = new Map();
      memo.set(owner, byKey);
    }
    if (!byKey.has(key)) {
      byKey.set(key, compute(owner, key));
    }
    return byKey.get(key)!;
  };
}
