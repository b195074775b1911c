import highsLoader from 'highs';
import type { HighsLike } from '../src/model/highsSolver.ts';

/** Loads the HiGHS wasm in Node (the package finds its .wasm next to its own module). */
export async function loadHighs(): Promise<HighsLike> {
  return (await highsLoader()) as unknown as HighsLike;
}
