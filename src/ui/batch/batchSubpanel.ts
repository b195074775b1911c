/** One view of the batch panel. */
export interface BatchSubpanel {
  element: HTMLElement;
  /** Stops the view's runs (the panel closing, or the user). */
  stop(): void;
}
