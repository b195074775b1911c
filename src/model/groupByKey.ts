/**
 * Items 0..n-1 grouped by an integer key in [0, groups), keeping their order within each group (a
 * counting sort): group g's items are `items[offsets[g] .. offsets[g + 1])`.
 */
export function groupByKey(keys: Int32Array, groups: number): { offsets: Int32Array; items: Int32Array } {
  const n = keys.length;
  const offsets = new Int32Array(groups + 1);
  for (let i = 0; i < n; i++) offsets[keys[i] + 1]++;
  for (let g = 0; g < groups; g++) offsets[g + 1] += offsets[g];
  const next = offsets.slice(0, groups);
  const items = new Int32Array(n);
  for (let i = 0; i < n; i++) items[next[keys[i]]++] = i;
  return { offsets, items };
}
