/**
 * Line styles for batch charts: Okabe-Ito colours (distinguishable with the common colour-vision
 * deficiencies), each with its own dash pattern so lines differ without colour too. The fixed method
 * keeps the vermillion dashes it has in the insight panel's charts.
 */
export const LINE_STYLES: readonly { colour: string; dash: string }[] = [
  { colour: '#0072b2', dash: '' },
  { colour: '#d55e00', dash: '7 4' },
  { colour: '#009e73', dash: '2 3' },
  { colour: '#cc79a7', dash: '10 3 2 3' },
  { colour: '#e69f00', dash: '4 2' },
  { colour: '#56b4e9', dash: '12 4' },
  { colour: '#000000', dash: '1 4' },
  { colour: '#7a4d00', dash: '6 2 1 2' },
];

/** Lines a chart draws before it says how many more it left out. */
export const MAX_LINES = LINE_STYLES.length;
