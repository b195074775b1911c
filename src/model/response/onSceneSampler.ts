import type { Rng } from './rng.ts';

/**
 * On-scene times with a given mean per grade: lognormal with coefficient of variation cv
 * (sigma^2 = ln(1 + cv^2), mu = ln(mean) - sigma^2 / 2), or exponential. Normals come from Marsaglia's
 * polar method, the second of each pair kept for the next draw.
 */
export class OnSceneSampler {
  private readonly mu: Float64Array;
  private readonly sigma: number;
  private spare = 0;
  private hasSpare = false;

  constructor(
    private readonly means: Float64Array,
    private readonly lognormal: boolean,
    cv: number,
    private readonly rng: Rng,
  ) {
    const s2 = Math.log(1 + cv * cv);
    this.sigma = Math.sqrt(s2);
    this.mu = Float64Array.from(means, (m) => Math.log(m) - s2 / 2);
  }

  draw(grade: number): number {
    if (!this.lognormal) return this.means[grade] * this.rng.exponential();
    return Math.exp(this.mu[grade] + this.sigma * this.normal());
  }

  private normal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * this.rng.uniform() - 1;
      v = 2 * this.rng.uniform() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * Math.log(s)) / s);
    this.spare = v * f;
    this.hasSpare = true;
    return u * f;
  }
}
