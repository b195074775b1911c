import { fileURLToPath } from 'node:url';

/** The repository root: scenario "dataset" folders and the default data/ are relative to it. */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
