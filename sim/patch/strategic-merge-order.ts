// `$setElementOrder/<list>`: the order kubectl wants after a strategic merge. Same algorithm
// as strategicpatch.normalizeElementOrder: items named in the directive follow its order,
// server-only items keep their relative order, and the two are merged by server position.
import { deepEqual, isObject } from "../core/json";

function identity(item: unknown, mergeKey: string | undefined): unknown {
  return mergeKey && isObject(item) ? item[mergeKey] : item;
}

function indexIn(list: unknown[], item: unknown, mergeKey: string | undefined): number {
  const id = identity(item, mergeKey);
  return list.findIndex((candidate) => deepEqual(identity(candidate, mergeKey), id));
}

export function orderByDirective(merged: unknown[], order: unknown[], serverOrder: unknown[], mergeKey: string | undefined): unknown[] {
  const inPatch = merged.filter((item) => indexIn(order, item, mergeKey) >= 0);
  const serverOnly = merged.filter((item) => indexIn(order, item, mergeKey) < 0);
  inPatch.sort((a, b) => indexIn(order, a, mergeKey) - indexIn(order, b, mergeKey));
  const result: unknown[] = [];
  let i = 0;
  let j = 0;
  while (i < serverOnly.length || j < inPatch.length) {
    if (i >= serverOnly.length) result.push(inPatch[j++]);
    else if (j >= inPatch.length) result.push(serverOnly[i++]);
    else {
      const li = indexIn(serverOrder, serverOnly[i], mergeKey);
      const ri = indexIn(serverOrder, inPatch[j], mergeKey);
      if (li >= 0 && ri >= 0 && li < ri) result.push(serverOnly[i++]);
      else result.push(inPatch[j++]);
    }
  }
  return result;
}
