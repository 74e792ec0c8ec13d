/**
 * Indicators the benchmark comparisons need (对标找差) but the report does not give: GDP, fiscal
 * revenue, fixed-asset investment, industrial output and disposable income per head — the figures
 * public sources give for the peer towns. No public source gives them for Baipu, so every baseline,
 * target and observation here is SAMPLE, and each indicator's caveat says so.
 *
 * Kept apart from indicators.ts so the report's own indicators (and their seeded series) stay as
 * they are; seedDataset() appends these after them. 规上工业企业 already exists (above-scale-firms).
 */
import type { Bilingual, Indicator, Owner, Unit } from '../../src/domain/indicator';
import type { Observation, Stage } from '../../src/domain/observation';
import { periodEndDate, periodKey } from '../../src/domain/period';
import { SANLIANG_QUOTE } from './indicators';
import {
  cumulativePath,
  LAST_AUDITED_MONTH_2020,
  LAST_MONTH_2020,
  mulberry32,
  SEASON_2019,
  SEASON_2020,
} from './observations';
import { OWNERS } from './owners';
import { articleQuote, SAMPLE_SOURCE, SAMPLE_TITLE } from './sources';

/** Fixed seed of these series, apart from the report's so theirs do not change. */
const COMPARISON_SEED = 20200701;

/** The words of a caveat: no public source for Baipu's figure, everything is sample. */
function noSourceCaveat(zh: string, en: string): Bilingual {
  return {
    zh: `未找到白蒲镇${zh}的公开数据；2019年基期、2020年目标和各月数值均为示例，仅用于与标杆对比演示。`,
    en: `No public source gives Baipu's ${en}; the 2019 baseline, the 2020 target and every monthly value are sample, for demonstrating the benchmark comparison only.`,
  };
}

interface Spec {
  readonly id: string;
  readonly name: Bilingual;
  readonly unit: Unit;
  readonly owner: Owner;
  readonly definition: Bilingual;
  readonly caveat: Bilingual;
  /** 2018 and 2019 full-year values (sample). */
  readonly y2018: number;
  readonly y2019: number;
  /** 1–6月 2019, 1–6月 and 1–10月 2020 cumulative values (sample). */
  readonly jun2019: number;
  readonly jun2020: number;
  readonly oct2020: number;
  readonly target2020: number;
  readonly decimals: number;
  /** Whether audited copies (审核值) exist for 2020. */
  readonly audited: boolean;
}

/**
 * The sample figures, plausible for a town of about 120,000 people north of the Yangtze: at 2020-06
 * GDP and industrial output a little behind 序时进度 (yellow), the others on pace; 同比 positive but
 * below the peers' published growth.
 */
const SPECS: readonly Spec[] = [
  {
    id: 'gdp',
    name: { zh: '地区生产总值', en: 'Gross domestic product (GDP)' },
    unit: '亿元',
    owner: OWNERS.statistics,
    definition: {
      zh: '全镇地区生产总值（经济总量），按现价计算，1–N月累计（镇级为统计推算口径）。',
      en: 'Gross domestic product of the whole town at current prices, year-to-date (estimated at town level).',
    },
    caveat: noSourceCaveat('地区生产总值', 'GDP'),
    y2018: 82.4,
    y2019: 88.6,
    jun2019: 41.2,
    jun2020: 44.0,
    oct2020: 75.5,
    target2020: 93,
    decimals: 2,
    audited: true,
  },
  {
    id: 'fiscal-revenue',
    name: { zh: '一般公共预算收入', en: 'General public budget revenue' },
    unit: '亿元',
    owner: OWNERS.economy,
    definition: {
      zh: '镇级一般公共预算收入（税收收入与非税收入），1–N月累计。',
      en: 'General public budget revenue of the town (tax and non-tax revenue), year-to-date.',
    },
    caveat: noSourceCaveat('一般公共预算收入', 'fiscal revenue'),
    y2018: 3.3,
    y2019: 3.52,
    jun2019: 1.98,
    jun2020: 2.02,
    oct2020: 3.21,
    target2020: 3.8,
    decimals: 2,
    audited: true,
  },
  {
    id: 'fixed-asset-investment',
    name: { zh: '固定资产投资', en: 'Fixed-asset investment' },
    unit: '亿元',
    owner: OWNERS.projects,
    definition: {
      zh: '全社会固定资产投资额（含工业投资），1–N月累计。',
      en: 'Fixed-asset investment of all sectors (industrial investment included), year-to-date.',
    },
    caveat: noSourceCaveat('固定资产投资', 'fixed-asset investment'),
    y2018: 27.2,
    y2019: 29.4,
    jun2019: 13.6,
    jun2020: 16.3,
    oct2020: 27.0,
    target2020: 32,
    decimals: 2,
    audited: false,
  },
  {
    id: 'industrial-output',
    name: { zh: '工业总产值', en: 'Gross industrial output' },
    unit: '亿元',
    owner: OWNERS.economy,
    definition: {
      zh: '全镇工业企业工业总产值，按现价计算，1–N月累计。',
      en: 'Gross output of the industrial firms of the town at current prices, year-to-date.',
    },
    caveat: noSourceCaveat('工业总产值', 'gross industrial output'),
    y2018: 171.5,
    y2019: 186,
    jun2019: 88.5,
    jun2020: 92.4,
    oct2020: 158.3,
    target2020: 200,
    decimals: 1,
    audited: true,
  },
  {
    id: 'disposable-income',
    name: { zh: '居民人均可支配收入', en: 'Disposable income per resident' },
    unit: '万元',
    owner: OWNERS.statistics,
    definition: {
      zh: '全体居民人均可支配收入（万元/人），1–N月累计；来源常以“元”表示，此处统一为万元。',
      en: 'Disposable income per resident (10,000 yuan a head), year-to-date; sources often give yuan, converted here to 万元.',
    },
    caveat: noSourceCaveat('居民人均可支配收入', 'disposable income per resident'),
    y2018: 2.91,
    y2019: 3.12,
    jun2019: 1.66,
    jun2020: 1.71,
    oct2020: 2.63,
    target2020: 3.32,
    decimals: 4,
    audited: false,
  },
];

function toIndicator(s: Spec): Indicator {
  return {
    id: s.id,
    name: s.name,
    category: 'sanliang',
    campaigns: [],
    unit: s.unit,
    kind: 'amount',
    direction: 'higher',
    cumulative: true,
    headline: false,
    baseline: { year: 2019, value: s.y2019, source: SAMPLE_SOURCE, sample: true },
    targets: [{ year: 2020, value: s.target2020, source: SAMPLE_SOURCE, sample: true }],
    owner: s.owner,
    definition: s.definition,
    source: articleQuote(SANLIANG_QUOTE),
    caveat: s.caveat,
  };
}

/** The comparison indicators, in the order the 对标 sets list them. */
export const comparisonIndicators: readonly Indicator[] = SPECS.map(toIndicator);

function obs(indicatorId: string, period: string, value: number, stage: Stage, asOf: string, recordedAt: string) {
  const o: Observation = {
    id: `${indicatorId}:${period}:${stage}`,
    indicatorId,
    period,
    value,
    stage,
    asOf,
    source: SAMPLE_TITLE,
    sample: true,
    recordedAt,
  };
  return o;
}

const month = (year: number, m: number) => periodKey({ year, granularity: 'month', index: m });
const monthEnd = (year: number, m: number) => periodEndDate({ year, granularity: 'month', index: m });

/**
 * Their observations, all sample: 2018 as a year total (for last year's rank), 2019 month by month
 * (for 同比 on the same cut-off) and 2020 reported Jan–Oct, audited Jan–Aug for some. Deterministic.
 */
export function comparisonObservations(): Observation[] {
  const rng = mulberry32(COMPARISON_SEED);
  const out: Observation[] = [];
  for (const s of SPECS) {
    out.push(obs(s.id, '2018', s.y2018, 'audited', '2019-12-31', '2020-05-06T02:00:00.000Z'));
    const y2019 = cumulativePath(
      rng,
      SEASON_2019,
      [
        [6, s.jun2019],
        [12, s.y2019],
      ],
      s.decimals,
    );
    y2019.forEach((v, i) =>
      out.push(obs(s.id, month(2019, i + 1), v, 'audited', monthEnd(2019, i + 1), '2020-05-06T02:00:00.000Z')),
    );
    const y2020 = cumulativePath(
      rng,
      SEASON_2020,
      [
        [6, s.jun2020],
        [LAST_MONTH_2020, s.oct2020],
      ],
      s.decimals,
    );
    y2020.forEach((v, i) => {
      const m = i + 1;
      const next = `2020-${String(m + 1).padStart(2, '0')}`;
      out.push(obs(s.id, month(2020, m), v, 'reported', monthEnd(2020, m), `${next}-08T02:00:00.000Z`));
      if (s.audited && m <= LAST_AUDITED_MONTH_2020) {
        out.push(obs(s.id, month(2020, m), v, 'audited', monthEnd(2020, m), `${next}-20T02:00:00.000Z`));
      }
    });
  }
  return out;
}
