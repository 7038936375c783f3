/**
 * Every benchmark runs at the same moment, whatever day it is run on: the seeds, the app cores and the rows all
 * take this clock (2026-11-25 10:00 in China), so a run in December never reaches a year without holiday data and
 * two runs measure the same work.
 */
export const BENCH_NOW = Date.UTC(2026, 10, 25, 2, 0);
export const benchNow = (): number => BENCH_NOW;
export const benchNowIso = (): string => new Date(BENCH_NOW).toISOString();
