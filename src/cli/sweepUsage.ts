export const SWEEP_USAGE = `Usage: npm run sweep -- --scenario FILE [--vary PATH=VALUES ...] [options]
       npm run sweep -- --scenario FILE --frontier PATH --target SHARE [--vary PATH=VALUES ...] [options]
       npm run sweep -- --merge SHARD.csv SHARD.csv ... [--out FILE]

Runs a grid of scenarios made from one scenario and writes one CSV row per run. docs/batch.md explains
every column, the frontier and shards.

Options:
  --scenario FILE      the base scenario
  --vary PATH=VALUES   a scenario field by its JSON path and its values: a list (PATH=a,b,c; each value
                       JSON where it reads as JSON, else text) or a range (PATH=from:to:step, both ends
                       included). Repeat for more fields: every combination runs, the first --vary
                       varying slowest. Examples: supply.headcount=26000:32000:1000,
                       method=fixed,follow-demand,smoothed, weights.present=1,2, floors.officers=0:200:50,
                       events[0].officers=200,400, service.replications=20,40
  --response           also run the response simulation of every run (slower)
  --replications N     its replications (default: the scenario's, else 40)
  --seed S             its seed (default: the scenario's, else 1)
  --jobs N             worker threads running the engine (default: the number of cores); the output is
                       the same for any N
  --shard I/N          only runs I, I+N, I+2N, ... (0 <= I < N), for array jobs on a batch scheduler
  --merge FILES        join shard files into the whole sweep, in run order (headers must match)
  --frontier PATH      for each grid point, the smallest whole value of PATH (e.g. supply.headcount)
                       whose share of immediate calls within 15 minutes reaches --target, by bisection:
                       Erlang C, or with --response the simulated share's lower 95% bound
  --target SHARE       the share the frontier must reach, e.g. 0.9
  --dataset DIR        dataset folder (default: the scenario's "dataset" field, else data/)
  --solver NAME        how smoothed runs are solved: flow (default; the exact min-cost flow) or highs
                       (HiGHS's linear programme, the reference; seconds a run)
  --out FILE           write to FILE instead of standard output
  --help               show this text

Sweep columns: run (from 0), one column per varied path (named by the path), then
  dissimilarity, gini, officer_hours_moved, unmet_officer_hours, erlang_share_within_target,
  with --response sim_share_within_target, sim_share_low, sim_share_high (immediate calls, 95% interval),
  and problem (why a run has no figures, e.g. an infeasible combination; empty otherwise).
Frontier columns: kind (frontier or point), one column per varied path, PATH, share, share_low,
  share_high, target, reached, evaluations, monotone, fewer_than_first (the first grid point's value
  minus this one's: with --vary method=fixed,... the price of borough boundaries in officers).

Progress goes to standard error when it is a terminal. Exit status: 0 done (runs without figures are
listed in the problem column); 2 bad input (option, scenario, grid: an unknown path, a value the
scenario check rejects, an empty range); 1 internal error (set TIDELINE_DEBUG=1 for its stack trace).
`;
