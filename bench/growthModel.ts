/**
 * Predicts how long a solve of a given size will take from solves measured earlier in the run, assuming
 * time grows as size^k with k at least `minExponent` (or the slope between the two largest measured
 * sizes, when steeper). Used to skip, with a printed reason, solves that would blow the bench's budget.
 */
export class GrowthModel {
  private points: { size: number; seconds: number }[] = [];

  constructor(private readonly minExponent: number) {}

  add(size: number, seconds: number): void {
    this.points.push({ size, seconds });
    this.points.sort((a, b) => a.size - b.size);
  }

  exponent(): number {
    const p = this.points;
    if (p.length < 2) return this.minExponent;
    const a = p[p.length - 2];
    const b = p[p.length - 1];
    if (!(b.size > a.size) || !(a.seconds > 0)) return this.minExponent;
    return Math.max(this.minExponent, Math.log(b.seconds / a.seconds) / Math.log(b.size / a.size));
  }

  /** Seconds predicted from the largest measured size not above `size` (else the smallest); null with none. */
  predict(size: number): { seconds: number; fromSize: number; fromSeconds: number; exponent: number } | null {
    if (this.points.length === 0) return null;
    let base = this.points[0];
    for (const p of this.points) if (p.size <= size) base = p;
    const exponent = this.exponent();
    return { seconds: base.seconds * (size / base.size) ** exponent, fromSize: base.size, fromSeconds: base.seconds, exponent };
  }
}
