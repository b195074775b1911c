import * as Comlink from 'comlink';
import { mergeSummaries, responseInputs, runReplications, summariseReplications, summaryBuffers, type ResponseInputs, type ResponseResult, type ResponseSummary } from '../model/index.ts';
import type { EngineApi, ProgressCallback, Refusal } from './engineProtocol.ts';
import type { Computed } from './loadedDataset.ts';
import { refuse } from './refusals.ts';
import { respond, type Signals } from './respond.ts';
import { transferableCopy } from './transferableCopy.ts';

export interface ResponseRunDeps {
  /** The scenario's allocation run (cached by the engine API), or the reason there is none. */
  compute(scenario: unknown, signal: { aborted: boolean }, report?: ProgressCallback): Promise<{ ok: true; computed: Computed } | Refusal>;
  pause(): Promise<void>;
  signals: Signals;
}

/** Replication numbers a scenario asks for: 0 to service.replications - 1. */
export function replicationNumbers(computed: Computed): number[] {
  return Array.from({ length: computed.plan.service.response.replications }, (_, k) => k);
}

function inputsOf(computed: Computed): ResponseInputs {
  computed.responseInputs ??= responseInputs(computed.loaded.data, computed.plan, computed.result);
  return computed.responseInputs;
}

/**
 * The scenario's response simulation, merged (and kept with the run): from `summaries` of replications
 * run elsewhere when given, else running every replication here.
 */
export async function responseOf(
  computed: Computed, deps: Pick<ResponseRunDeps, 'pause'>, signal: { aborted: boolean }, report?: ProgressCallback,
  summaries?: readonly ResponseSummary[],
): Promise<ResponseResult> {
  if (computed.response && !summaries) return computed.response;
  const inputs = inputsOf(computed);
  let parts = summaries;
  if (!parts) {
    const ks = replicationNumbers(computed);
    const runs = await runReplications(inputs, ks, {
      signal, yieldControl: deps.pause, onProgress: (done, total) => report?.('response simulation', done / total),
    });
    parts = [summariseReplications(inputs, runs)];
  }
  computed.response = mergeSummaries(inputs, parts);
  return computed.response;
}

/**
 * The worker API's response simulation: a share of the replications (the pool spreads them over its
 * workers) and the merged result. Both run over the scenario's cached allocation.
 */
export function createResponseRuns(deps: ResponseRunDeps): Pick<EngineApi, 'responseShare' | 'response'> {
  const { signals } = deps;
  const badReplications = (ks: unknown): Refusal | null =>
    Array.isArray(ks) && ks.every((k) => Number.isInteger(k) && k >= 0) ? null : refuse('service.replications', 'replication numbers must be whole numbers from 0');

  return {
    async responseShare(requestId, scenario, ks, onProgress) {
      const bad = badReplications(ks);
      if (bad) return bad;
      return respond(signals, requestId, onProgress, async (signal, report) => {
        const outcome = await deps.compute(scenario, signal);
        if (!outcome.ok) return outcome;
        const inputs = inputsOf(outcome.computed);
        const runs = await runReplications(inputs, ks, {
          signal, yieldControl: deps.pause, onProgress: (done, total) => report?.('response simulation', done / total),
        });
        const summary = summariseReplications(inputs, runs);
        return Comlink.transfer({ ok: true as const, summary }, summaryBuffers(summary));
      });
    },

    async response(requestId, scenario, onProgress, summaries) {
      return respond(signals, requestId, onProgress, async (signal, report) => {
        const outcome = await deps.compute(scenario, signal);
        if (!outcome.ok) return outcome;
        const merged = await responseOf(outcome.computed, deps, signal, report, summaries);
        // A copy: the merged result is kept for exports and later requests.
        const { value, transfer } = transferableCopy(merged);
        return Comlink.transfer({ ok: true as const, response: value }, transfer);
      });
    },
  };
}
