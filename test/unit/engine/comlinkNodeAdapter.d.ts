// comlink ships types for its Node adapter only beside the UMD build; the ESM file the tests load has the same API.
declare module 'comlink/dist/esm/node-adapter.mjs' {
  export { default } from 'comlink/dist/umd/node-adapter';
}
