import type { FlowNetwork } from '../../../../src/model/flow/flowNetwork.ts';
import { RowBuilder, type LinearProgram } from '../../../../src/model/linearProgram.ts';

/**
 * The min-cost-flow problem as a general LP for HiGHS: one column per arc, one conservation row per
 * node (out minus in = supply). A self-loop's +1 and -1 cancel, so it appears in no row.
 */
export function networkProgram(net: FlowNetwork): LinearProgram {
  const rowsOf: Map<number, number>[] = Array.from({ length: net.nodeCount }, () => new Map());
  for (let a = 0; a < net.arcCount; a++) {
    const out = rowsOf[net.from[a]];
    out.set(a, (out.get(a) ?? 0) + 1);
    const into = rowsOf[net.to[a]];
    into.set(a, (into.get(a) ?? 0) - 1);
  }
  const rows = new RowBuilder();
  for (let v = 0; v < net.nodeCount; v++) {
    const entries = [...rowsOf[v]].filter(([, c]) => c !== 0);
    rows.add(entries.map(([a]) => a), entries.map(([, c]) => c), net.supply[v], net.supply[v]);
  }
  return rows.build({ cost: Float64Array.from(net.cost), lower: Float64Array.from(net.lower), upper: Float64Array.from(net.upper) });
}
