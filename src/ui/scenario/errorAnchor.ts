/**
 * The field an engine error belongs next to: the longest field path that is the error's path or an
 * ancestor of it ("floors.zones.E09000021" -> "floors.zones.E09000021", else "floors"). Null if none.
 */
export function errorAnchor(errorPath: string, fieldPaths: Iterable<string>): string | null {
  let best: string | null = null;
  for (const p of fieldPaths) {
    const covers = errorPath === p || errorPath.startsWith(`${p}.`) || errorPath.startsWith(`${p}[`);
    if (covers && (best === null || p.length > best.length)) best = p;
  }
  return best;
}
