// Preloaded by simulate.test.ts to make the CLI fail the way a bug would (not bad input).
JSON.stringify = () => {
  throw new Error('JSON.stringify broke');
};
