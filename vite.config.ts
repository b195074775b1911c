import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const PREVIEW_PORT = 4173;

export default defineConfig({
  resolve: {
    // vega-datasets has no "exports" for its data files; mirrors the tsconfig `paths` entry.
    alias: [
      {
        find: /^vega-datasets\/data\/(.*)$/,
        replacement: `${fileURLToPath(new URL('./node_modules/vega-datasets/data', import.meta.url))}/$1`,
      },
    ],
  },
  // Pre-bundled up front so the dev server does not re-optimise (and reload the page) mid-test.
  optimizeDeps: {
    include: ['highs', 'comlink', 'maplibre-gl', 'd3', '@turf/turf', 'papaparse', 'topojson-client'],
  },
  worker: { format: 'es' },
  build: { target: 'es2022' },
  server: { port: 5173 },
  preview: { port: PREVIEW_PORT, strictPort: true },
});
