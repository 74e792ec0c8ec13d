/**
 * A larger dataset for measuring the interface at scale (the bench's 1,000-indicator table): the
 * report's seed plus generated sample indicators, each flagged sample, with a monthly series.
 * Never part of the demo: only the bench build (`vite build --mode bench`) loads it.
 */
import type { Indicator } from '../../src/domain/indicator';
import type { Observation } from '../../src/domain/observation';
import { seedDataset } from './index';
import { mulberry32 } from './observations';
import { SAMPLE_SOURCE } from './sources';

const KINDS = ['amount', 'count'] as const;

/** The seed plus generated indicators up to `total` indicators, deterministically. */
export function scaledDataset(total: number): { indicators: Indicator[]; observations: Observation[] } {
  const base = seedDataset();
  const rng = mulberry32(20200630);
  const template = base.indicators[0];
  if (!template) return base;
  for (let i = base.indicators.length; i < total; i++) {
    const kind = KINDS[i % KINDS.length] ?? 'amount';
    const target = kind === 'count' ? 4 + Math.floor(rng() * 20) : Math.round((1 + rng() * 50) * 100) / 100;
    const id = `generated-${String(i).padStart(4, '0')}`;
    base.indicators.push({
      ...template,
      id,
      name: { zh: `示例指标 ${i}`, en: `Sample indicator ${i}` },
      unit: kind === 'count' ? '个' : '亿元',
      kind,
      cumulative: true,
      headline: false,
      baseline: null,
      nodes: undefined,
      derived: undefined,
      caveat: undefined,
      targets: [{ year: 2020, value: target, source: SAMPLE_SOURCE, sample: true }],
      definition: {
        zh: '为测量界面在大量指标下的表现而生成的示例指标。',
        en: 'A generated sample indicator for measuring the interface at scale.',
      },
      source: SAMPLE_SOURCE,
    });
    const pace = 0.6 + rng() * 0.6;
    for (let month = 1; month <= 10; month++) {
      const raw = (target * pace * month) / 12;
      base.observations.push({
        id: `${id}-2020-${month}`,
        indicatorId: id,
        period: `2020-${String(month).padStart(2, '0')}`,
        value: kind === 'count' ? Math.floor(raw) : Math.round(raw * 100) / 100,
        stage: 'reported',
        asOf: `2020-${String(month).padStart(2, '0')}-28`,
        source: SAMPLE_SOURCE.title,
        sample: true,
        recordedAt: '2020-11-01T00:00:00.000Z',
      });
    }
  }
  return base;
}
