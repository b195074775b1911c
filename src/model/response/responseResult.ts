/**
 * Figures for one grade over a set of cells (zone-slots, zones, slots or the whole force), each array
 * one value per cell. Shares and times are NaN where no call arrived in any replication.
 */
export interface ResponseFigures {
  /** Mean calls per week (per replication). */
  calls: Float64Array | Float32Array;
  /** Share of calls attended within the grade's target (calls still waiting at the week's end count as missed). */
  share: Float64Array | Float32Array;
  /** 95% interval of the share over replications. */
  shareLow: Float64Array | Float32Array;
  shareHigh: Float64Array | Float32Array;
  /** Response time (call to arrival) of attended calls: mean and 90th percentile, minutes. */
  meanResponse: Float64Array | Float32Array;
  p90Response: Float64Array | Float32Array;
  /** The mean response split: waiting for a unit plus travel (turnout and driving). */
  meanWait: Float64Array | Float32Array;
  meanTravel: Float64Array | Float32Array;
}

/** One grade's results: per zone and slot ([slot * n + zone], Float32), per zone, per slot, and for the week. */
export interface GradeResponse {
  name: string;
  targetMinutes: number;
  zoneSlot: ResponseFigures;
  zone: ResponseFigures;
  slot: ResponseFigures;
  total: ResponseFigures;
  /** Mean calls per week still waiting when the week ends. */
  unattended: number;
  /** Share of attended calls answered by a unit of an adjacent zone. */
  crossedShare: number;
  /**
   * Little's law over the week: mean number of calls waiting (time average, with its 95% interval over
   * replications) against arrival rate x mean wait (calls per minute x minutes, waits of calls still
   * waiting at the end counted up to the end).
   */
  meanWaiting: number;
  meanWaitingLow: number;
  meanWaitingHigh: number;
  arrivalRateTimesWait: number;
}

/** The merged replications of a run. */
export interface ResponseResult {
  n: number;
  slots: number;
  replications: number;
  seed: number;
  grades: GradeResponse[];
  /** Response units per zone and slot ([slot * n + zone]) the simulation ran with. */
  units: Int32Array;
  /** Mean arrivals plus completions simulated per replication (warm-up included). */
  eventsPerReplication: number;
}
