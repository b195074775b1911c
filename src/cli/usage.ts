export const USAGE = `Usage: npm run simulate -- [options]

Runs a Tideline scenario on a dataset and writes where the officers sit: whole officers per zone
for each 15-minute slot of the week.

Options:
  --scenario FILE   scenario JSON (default: the --dataset folder's scenario.json if it has one,
                    else scenarios/follow-the-commute.json)
  --dataset DIR     dataset folder (default: the scenario's "dataset" field, relative to the
                    project, where "default" means data/; without that field, data/)
  --out FILE        write to FILE instead of standard output
  --format FORMAT   csv, geojson or json (default: taken from the --out extension, else csv)
                      csv      one row per zone and slot
                      geojson  one feature per zone: polygon, officer-hours, officers per slot
                      json     compact arrays per zone (shape documented in src/io/exports/allocationJson.ts)
  --summary         one CSV row per zone (residents, workday population, officer-hours)
  --response        the response simulation instead of the allocation: calls, share attended within
                    target (with its 95% interval over replications), mean and 90th-percentile response
                    time, per zone, 15-minute slot and grade; with --summary one row per zone and grade
                    and an ALL row per grade for the whole force
  --replications N  replications of the response simulation (default: the scenario's, else 40)
  --seed S          its seed (default: the scenario's, else 1); the same seed gives the same bytes
  --front-counter ZONE --opening HOURS [--min-window H:MM]
                    instead of the allocation, print how a front counter in ZONE (an id, e.g. E09000032)
                    open at HOURS ("Mon-Fri 09:00-17:00"; clauses separated by ";", days not named are
                    closed, one window a day, 15-minute times) serves the zone: the share of residents'
                    waking hours at home (07:00-23:00) and of people present's that fall inside opening
                    hours, against the best timetable with the same weekly hours (one window a day of at
                    least --min-window, default 4:00)
  --solver NAME     how the smoothed method is solved: flow (default; the exact min-cost flow) or
                    highs (the same linear programme in HiGHS, the reference; slower, same optimum)
  --help            show this text

Paths are relative to the working directory (npm run starts in the project folder).

Exit status: 0 done; 2 bad input (option, scenario, dataset, infeasible scenario); 1 internal error
(set TIDELINE_DEBUG=1 to see its stack trace).
`;
