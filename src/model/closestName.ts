/** Lower-case and drop spaces, underscores, hyphens and dots: 'Zone ID' and 'zone_id' compare equal. */
function normalise(s: string): string {
  return s.toLowerCase().replace(/[\s_.-]+/g, '');
}

/** Levenshtein distance, with an early exit once it must exceed `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      cur.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * The candidate most plausibly meant by `wanted`, or null if none is close: equal after normalising,
 * one containing the other (zone vs zone_id), or within an edit distance of about a third of its length.
 */
export function closestName(wanted: string, candidates: Iterable<string>): string | null {
  const w = normalise(wanted);
  if (!w) return null;
  const max = Math.max(1, Math.floor(w.length / 3));
  let best: string | null = null;
  let bestScore = Infinity;
  for (const c of candidates) {
    const n = normalise(c);
    if (!n) continue;
    let score = editDistance(w, n, max);
    if (score > max && n.length >= 3 && (w.includes(n) || n.includes(w))) score = max;
    if (score <= max && score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}
