/**
 * The observations of the seed: the 2019 results the report and public sources give (audited, not
 * sample), and deterministic sample series for 2019 and 2020 so that 序时进度, 同比 on the same cut-off
 * and the traffic lights have something to work on. The 2020 series are tuned so that at 2020-06 the
 * lights show a realistic mix (see seed.test.ts for the counts it guarantees).
 *
 * Derived indicators (`indicator.derived`: the ledger's three counts and two rates, and every
 * milestone indicator) have no stored observations: their values are computed from projects.ts and
 * actions.ts, whose dates reproduce the series this file used to store for them.
 */
import type { Bilingual } from '../../src/domain/indicator';
import type { Observation, Stage } from '../../src/domain/observation';
import { periodEndDate, periodKey } from '../../src/domain/period';
import { seedIndicators } from './indicators';
import { ARTICLE_TITLE, BAIPU_PROFILE_TITLE, CCID_2019_TITLE, RUGAO_GDP_2019_TITLE, SAMPLE_TITLE } from './sources';

/** Fixed seed of the sample generator: the article's publication date. */
export const SEED = 20200427;

/** Last month of 2020 with sample data: the dashboard can be scrolled past June. */
export const LAST_MONTH_2020 = 10;

/** Months up to which audited copies exist: review lags reporting by about two months. */
export const LAST_AUDITED_MONTH_2020 = 8;

/**
 * mulberry32: a tiny seeded PRNG, so the sample is the same on every run and machine (no
 * Math.random, no clock).
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round = (x: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
};

/** Monthly activity profile: 2020 starts slow (Spring Festival and the epidemic), 2019 only for the festival. */
export const SEASON_2020 = [0.45, 0.3, 1, 1.1, 1.15, 1.2, 1, 1, 1.1, 1.1, 1.1, 1.3];
export const SEASON_2019 = [0.8, 0.6, 1, 1, 1, 1.1, 1, 1, 1, 1, 1.1, 1.3];

/**
 * A cumulative (1–N月累计) path through anchors such as [[6, jun], [10, oct]]: random positive monthly
 * increments shaped by the season, rescaled so each anchor is hit exactly. Rounding a non-decreasing
 * path keeps it non-decreasing, so the series is monotone by construction.
 */
export function cumulativePath(
  rng: () => number,
  season: readonly number[],
  anchors: readonly (readonly [month: number, value: number])[],
  decimals: number,
): number[] {
  const out: number[] = [];
  let fromMonth = 0;
  let fromValue = 0;
  for (const [toMonth, toValue] of anchors) {
    const weights: number[] = [];
    for (let m = fromMonth + 1; m <= toMonth; m++) weights.push((season[m - 1] ?? 1) * (0.7 + 0.6 * rng()));
    const total = weights.reduce((a, b) => a + b, 0);
    let acc = 0;
    for (const w of weights) {
      acc += w;
      out.push(round(fromValue + ((toValue - fromValue) * acc) / total, decimals));
    }
    out[out.length - 1] = toValue;
    fromMonth = toMonth;
    fromValue = toValue;
  }
  return out;
}

/** A point-in-time path (a share): linear through jan → jun → oct with jitter, exact at June. */
function levelPath(rng: () => number, jan: number, jun: number, oct: number, jitter: number): number[] {
  const out: number[] = [];
  for (let m = 1; m <= LAST_MONTH_2020; m++) {
    const base = m <= 6 ? jan + ((jun - jan) * (m - 1)) / 5 : jun + ((oct - jun) * (m - 6)) / 4;
    out.push(m === 6 || m === 1 ? base : round(base + (rng() - 0.5) * 2 * jitter, 1));
  }
  return out;
}

/** How the sample 2020 series of one indicator is made. */
type Shape =
  /** 1–N月累计 through the June and October values; `y2019` adds a 2019 monthly series. */
  | { shape: 'cumulative'; jun: number; oct: number; decimals: number; y2019?: { jun: number; dec: number } }
  /** A share: point values. */
  | { shape: 'level'; jan: number; jun: number; oct: number }
  /** Given values for 2020-01 … 2020-10 (ranks, awards that arrive once a year, stocks). */
  | { shape: 'values'; values: readonly number[] }
  /** Foreign-trade growth: computed from the foreign-trade series on the same cut-off. */
  | { shape: 'growth-of'; of: string };

interface SeriesSpec {
  readonly spec: Shape;
  /** Whether audited copies (审核值) exist for months up to {@link LAST_AUDITED_MONTH_2020}. */
  readonly audited: boolean;
}

/**
 * The sample series, tuned for 2020-06 against the 2020 targets in indicators.ts:
 * - red: completed projects (5 of 15, expected 7), trade growth (well under 10%), the high-tech share;
 * - yellow: converted projects (5 of 12, expected 6), foreign trade, industrial investment, the
 *   equipment share, firms visited, 规上 firms (one behind plan);
 * - the rest on or ahead of pace; milestones follow their done dates in actions.ts.
 *
 * The three project counts are derived now (the ledger in projects.ts gives the same values), but
 * their entries stay: they draw from the random generator, and removing them would change every
 * sample value after them. What they generate is dropped at the end of seedObservations().
 */
const SERIES: Readonly<Record<string, SeriesSpec>> = {
  'new-billion-projects': {
    spec: { shape: 'cumulative', jun: 5, oct: 8, decimals: 0, y2019: { jun: 7, dec: 7 } },
    audited: true,
  },
  'completed-billion-projects': {
    spec: { shape: 'cumulative', jun: 5, oct: 10, decimals: 0, y2019: { jun: 6, dec: 14 } },
    audited: true,
  },
  'converted-projects': {
    spec: { shape: 'cumulative', jun: 5, oct: 9, decimals: 0, y2019: { jun: 4, dec: 10 } },
    audited: true,
  },
  'completion-rate-rank': { spec: { shape: 'values', values: [2, 1, 1, 1, 1, 1, 1, 1, 1, 1] }, audited: true },
  'conversion-rate-rank': { spec: { shape: 'values', values: [1, 1, 2, 2, 1, 1, 1, 2, 1, 1] }, audited: true },
  'reserve-projects': { spec: { shape: 'cumulative', jun: 6, oct: 9, decimals: 0 }, audited: false },
  'signed-billion-projects': { spec: { shape: 'cumulative', jun: 7, oct: 10, decimals: 0 }, audited: true },
  'baipu-service': { spec: { shape: 'cumulative', jun: 130, oct: 245, decimals: 0 }, audited: true },
  'patent-award-firms': { spec: { shape: 'values', values: [0, 0, 0, 0, 0, 0, 0, 0, 1, 1] }, audited: false },
  'ip-standard-firms': { spec: { shape: 'values', values: [0, 0, 0, 0, 1, 1, 1, 1, 1, 2] }, audited: false },
  'foreign-trade': {
    spec: { shape: 'cumulative', jun: 2.88, oct: 4.95, decimals: 2, y2019: { jun: 2.72, dec: 5.62 } },
    audited: true,
  },
  'foreign-trade-growth': { spec: { shape: 'growth-of', of: 'foreign-trade' }, audited: true },
  'zhishui-talents': { spec: { shape: 'values', values: [0, 0, 0, 0, 0, 0, 0, 0, 1, 1] }, audited: false },
  'shuangchuang-talents': { spec: { shape: 'values', values: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0] }, audited: false },
  'living-environment-rank': { spec: { shape: 'values', values: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1] }, audited: true },
  'one-village-one-product': { spec: { shape: 'cumulative', jun: 2, oct: 3, decimals: 0 }, audited: false },
  greening: {
    spec: { shape: 'cumulative', jun: 6.4, oct: 9.8, decimals: 2, y2019: { jun: 4.2, dec: 10.5 } },
    audited: true,
  },
  'baipu-love': { spec: { shape: 'cumulative', jun: 180, oct: 262, decimals: 0 }, audited: false },
  'industrial-investment': {
    spec: { shape: 'cumulative', jun: 13.2, oct: 23.6, decimals: 2, y2019: { jun: 11.8, dec: 26.5 } },
    audited: true,
  },
  'tax-per-mu': {
    spec: { shape: 'cumulative', jun: 12.9, oct: 21.3, decimals: 2, y2019: { jun: 11.6, dec: 23.4 } },
    audited: true,
  },
  'idle-land-revitalised': {
    spec: { shape: 'cumulative', jun: 10.6, oct: 16.2, decimals: 2, y2019: { jun: 7.5, dec: 15.3 } },
    audited: false,
  },
  'above-scale-firms': { spec: { shape: 'values', values: [50, 50, 50, 51, 51, 51, 52, 53, 53, 54] }, audited: false },
  'real-economy-investment-share': { spec: { shape: 'level', jan: 82.0, jun: 86.2, oct: 87.0 }, audited: true },
  'equipment-investment-share': { spec: { shape: 'level', jan: 35.5, jun: 37.6, oct: 38.9 }, audited: true },
  'major-project-investment-share': { spec: { shape: 'level', jan: 66.0, jun: 71.5, oct: 72.3 }, audited: false },
  'hightech-investment-share': { spec: { shape: 'level', jan: 27.1, jun: 29.8, oct: 31.5 }, audited: true },
  'rugao-industrial-investment': {
    spec: { shape: 'cumulative', jun: 258, oct: 421, decimals: 1, y2019: { jun: 221, dec: 468 } },
    audited: false,
  },
};

/** Indicators whose 2020 data nobody has entered yet (the CCID 2020 list comes out later in the year). */
const NO_2020_DATA = new Set(['rugao-top100-rank']);

/**
 * The 2019 figures that sources give: audited values, not sample. The report's 7 / 14 / 10 projects
 * and the two 2019 milestone results (two parks formed, hospital and school sited) are derived now:
 * the ledger and the campaign tree give them (no random draws here, so leaving them out changes
 * nothing else).
 */
const SOURCED_2019: readonly {
  id: string;
  value: number;
  source: string;
  asOf: string;
  note?: string;
  caveat?: Bilingual;
}[] = [
  { id: 'completion-rate-rank', value: 1, source: ARTICLE_TITLE, asOf: '2020-04-27', note: '全市第一' },
  { id: 'conversion-rate-rank', value: 1, source: ARTICLE_TITLE, asOf: '2020-04-27', note: '全市第一' },
  { id: 'patent-award-firms', value: 2, source: ARTICLE_TITLE, asOf: '2020-04-27' },
  { id: 'ip-standard-firms', value: 1, source: ARTICLE_TITLE, asOf: '2020-04-27' },
  { id: 'foreign-trade', value: 5.62, source: ARTICLE_TITLE, asOf: '2020-04-27' },
  {
    id: 'foreign-trade-growth',
    value: 21,
    source: ARTICLE_TITLE,
    asOf: '2020-04-27',
    note: '原文“增长21”',
    caveat: {
      zh: '原文为“增长21”，未写单位；按统计惯例理解为同比增长21%。',
      en: 'The article prints "增长21" with no unit; 21% year-over-year is the likely reading.',
    },
  },
  { id: 'living-environment-rank', value: 1, source: ARTICLE_TITLE, asOf: '2020-04-27', note: '全市第一' },
  { id: 'rugao-top100-rank', value: 22, source: CCID_2019_TITLE, asOf: '2019-12-31' },
  { id: 'rugao-gdp', value: 1215.18, source: RUGAO_GDP_2019_TITLE, asOf: '2019-12-31' },
  {
    id: 'above-scale-firms',
    value: 50,
    source: BAIPU_PROFILE_TITLE,
    asOf: '2019-12-31',
    caveat: { zh: '年鉴类资料，可信度中等。', en: 'Yearbook-style material of medium confidence.' },
  },
];

const monthKey = (year: number, month: number) => periodKey({ year, granularity: 'month', index: month });
const monthEnd = (year: number, month: number) => periodEndDate({ year, granularity: 'month', index: month });

/** Reported on the 8th and audited on the 20th of the next month, 10:00 Beijing time. */
function recordedAt(year: number, month: number, stage: Stage): string {
  const next = month === 12 ? { y: year + 1, m: 1 } : { y: year, m: month + 1 };
  return `${next.y}-${String(next.m).padStart(2, '0')}-${stage === 'reported' ? '08' : '20'}T02:00:00.000Z`;
}

function sampleObs(
  indicatorId: string,
  year: number,
  month: number,
  value: number,
  stage: Stage,
  note?: string,
): Observation {
  const period = monthKey(year, month);
  const o: Observation = {
    id: `${indicatorId}:${period}:${stage}`,
    indicatorId,
    period,
    value,
    stage,
    asOf: monthEnd(year, month),
    source: SAMPLE_TITLE,
    sample: true,
    recordedAt: year === 2019 ? '2020-05-06T02:00:00.000Z' : recordedAt(year, month, stage),
  };
  return note ? { ...o, note } : o;
}

/** Audited values of a cumulative series: a small downward review from a random month, kept monotone. */
function auditCumulative(rng: () => number, reported: readonly number[], decimals: number, isCount: boolean): number[] {
  const audited = reported.slice(0, LAST_AUDITED_MONTH_2020);
  if (isCount) {
    // A project reported in month k is accepted by the review only in k+1; June is left alone so that
    // the tuned June status holds whatever the seed.
    const candidates = [2, 3, 4, 5, 7, 8];
    const k = candidates[Math.floor(rng() * candidates.length)] ?? 3;
    const prev = audited[k - 2];
    if (prev !== undefined) audited[k - 1] = prev;
    return audited;
  }
  const from = 1 + Math.floor(rng() * 4);
  const factor = 0.985 + 0.015 * rng();
  for (let i = from - 1; i < audited.length; i++) {
    const v = round((audited[i] ?? 0) * factor, decimals);
    audited[i] = Math.max(v, i > 0 ? (audited[i - 1] ?? 0) : 0);
  }
  return audited;
}

/**
 * All observations of the seed, in a fixed order. Deterministic: the same array (by value) on every
 * call; each call builds new objects, so callers may mutate what they get.
 */
export function seedObservations(): Observation[] {
  const rng = mulberry32(SEED);
  const out: Observation[] = [];

  for (const s of SOURCED_2019) {
    const o: Observation = {
      id: `${s.id}:2019:audited`,
      indicatorId: s.id,
      period: '2019',
      value: s.value,
      stage: 'audited',
      asOf: s.asOf,
      source: s.source,
      sample: false,
      recordedAt: '2020-04-28T02:00:00.000Z',
    };
    out.push({ ...o, ...(s.note ? { note: s.note } : {}), ...(s.caveat ? { caveat: s.caveat } : {}) });
  }

  // Series computed first, so that growth can be derived from the amounts on the same cut-off.
  const reported2020 = new Map<string, number[]>();
  const audited2020 = new Map<string, number[]>();
  const monthly2019 = new Map<string, number[]>();

  for (const indicator of seedIndicators) {
    if (NO_2020_DATA.has(indicator.id)) continue;
    // Milestone indicators have no entry: their values come from the campaign tree (actions.ts).
    const entry = SERIES[indicator.id];
    if (!entry) continue;
    const { spec } = entry;
    let reported: number[];
    let audited: number[] | undefined;
    switch (spec.shape) {
      case 'cumulative': {
        reported = cumulativePath(
          rng,
          SEASON_2020,
          [
            [6, spec.jun],
            [LAST_MONTH_2020, spec.oct],
          ],
          spec.decimals,
        );
        if (entry.audited) audited = auditCumulative(rng, reported, spec.decimals, indicator.kind === 'count');
        if (spec.y2019) {
          monthly2019.set(
            indicator.id,
            cumulativePath(
              rng,
              SEASON_2019,
              [
                [6, spec.y2019.jun],
                [12, spec.y2019.dec],
              ],
              spec.decimals,
            ),
          );
        }
        break;
      }
      case 'level': {
        reported = levelPath(rng, spec.jan, spec.jun, spec.oct, 0.6);
        if (entry.audited) {
          audited = reported
            .slice(0, LAST_AUDITED_MONTH_2020)
            .map((v) => (rng() < 0.5 ? v : round(v + (rng() - 0.5) * 0.4, 1)));
        }
        break;
      }
      case 'values':
        reported = [...spec.values];
        if (entry.audited) audited = reported.slice(0, LAST_AUDITED_MONTH_2020);
        break;
      case 'growth-of': {
        const base = monthly2019.get(spec.of) ?? [];
        const growth = (series: readonly number[] | undefined) =>
          (series ?? []).map((v, i) => {
            const prev = base[i];
            return prev ? round((v / prev - 1) * 100, 1) : 0;
          });
        reported = growth(reported2020.get(spec.of));
        if (entry.audited) audited = growth(audited2020.get(spec.of));
        break;
      }
    }
    reported2020.set(indicator.id, reported);
    if (audited) audited2020.set(indicator.id, audited);
  }

  const sourced = new Set(SOURCED_2019.map((s) => s.id));
  for (const [id, series] of monthly2019) {
    // Where the year total is sourced (5.62亿元, 7/14/10 projects), say that only the split is invented.
    const decNote = sourced.has(id) ? '月度拆分为示例，全年合计取自来源' : undefined;
    series.forEach((v, i) => out.push(sampleObs(id, 2019, i + 1, v, 'audited', i === 11 ? decNote : undefined)));
  }
  for (const [id, series] of reported2020) {
    const audited = audited2020.get(id) ?? [];
    series.forEach((v, i) => {
      out.push(sampleObs(id, 2020, i + 1, v, 'reported'));
      const a = audited[i];
      if (a !== undefined) out.push(sampleObs(id, 2020, i + 1, a, 'audited', a === v ? undefined : '审核调整'));
    });
  }
  // Derived indicators are computed, never stored. Dropped only here, after every random draw, so
  // the random stream and hence every other sample value stay exactly what they were.
  const derived = new Set(seedIndicators.filter((i) => i.derived !== undefined).map((i) => i.id));
  return out.filter((o) => !derived.has(o.indicatorId));
}
