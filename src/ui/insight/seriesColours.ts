/**
 * Okabe-Ito colours (distinguishable with the common colour-vision deficiencies); the fixed model is
 * also dashed, so the two officer lines differ without colour too.
 */
export const SERIES_COLOURS = {
  present: '#4d5660',
  presentFill: '#d5dbe0',
  scenario: '#0072b2',
  fixed: '#d55e00',
  gain: '#0072b2',
  loss: '#d55e00',
} as const;
