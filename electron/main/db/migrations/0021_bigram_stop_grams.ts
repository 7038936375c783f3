import { keys, sideTriggers, windows, type Side } from './0014_search_side_indexes';

/**
 * Stop grams in the bigram index (issue 12 item 5, "small on disk"). Some 2-character windows are in a large
 * share of all cases by the form of what they are part of, not by who the case is about: the forms of an
 * employer's name (有限公司, 股份有限公司, 有限责任公司) and the fixed words of an arbitration number
 * (…劳人仲案字〔…〕…号). An index entry per case for them finds most cases, which the scan finds as fast, and they
 * were a third of the index's rows (14,467 of 42,087 at 2,000 bench cases). The index now leaves them out:
 * the triggers of migration 0014 are recreated with one more condition, their rows are deleted, and a
 * 2-character query for one of them goes the `like` way (shared/search/search-text.ts STOP_BIGRAMS, which a
 * test holds equal to this frozen list). Local projections only; no synced table is touched.
 */
export const STOP_BIGRAMS_0021 = [
  '有限',
  '限公',
  '公司',
  '股份',
  '份有',
  '责任',
  '任公',
  '限责',
  '劳人',
  '人仲',
  '仲案',
  '案字',
  '字〔',
] as const;

const stopList = STOP_BIGRAMS_0021.map((g) => `'${g}'`).join(', ');
const bigramsWithoutStops = (t: string) => {
  const { w } = windows(t, 2);
  return windows(
    t,
    2,
    ` AND (unicode(${w}) > 127 OR unicode(substr(${w}, 2)) > 127) AND ${w} NOT IN (${stopList})`,
  );
};
const SIDES: Side[] = [
  { table: 'case_search_bigrams', column: 'gram', of: bigramsWithoutStops },
  { table: 'case_search_keys', column: 'key', of: keys },
];

export const up = `
DROP TRIGGER case_search_sides_ai;
DROP TRIGGER case_search_sides_ad;
DROP TRIGGER case_search_sides_au;
${sideTriggers(SIDES)}
DELETE FROM case_search_bigrams WHERE gram IN (${stopList});
`;
