import { expect, test } from 'vitest';
import { derivedValueAt } from '../../src/domain/derived';
import { periodEndDate } from '../../src/domain/period';
import {
  completionRate,
  conversionRate,
  PROJECT_STAGES,
  projectSchema,
  reachedInYear,
  stageOrderProblem,
  type ProjectStage,
} from '../../src/domain/project';
import { seedIndicators } from './indicators';
import { OWNER_DIRECTORY } from './owners';
import { seedProjects } from './projects';
import { SAMPLE_SOURCE } from './sources';

const projects = seedProjects();

const monthEnd = (year: number, month: number) => periodEndDate({ year, granularity: 'month', index: month });

/** 1–N月累计 of the projects that reached `stage` in `year`, at each month end up to `months`. */
function counts(stage: ProjectStage, year: number, months: number): number[] {
  return Array.from({ length: months }, (_, i) => reachedInYear(projects, stage, year, monthEnd(year, i + 1)).length);
}

/**
 * The series the seed's observations.ts stored before these indicators were derived, recorded by
 * running seedObservations() on the commit before the ledger existed: the 2019 monthly audited
 * series (its December is the report's 7 / 14 / 10) and the 2020 monthly reported series.
 */
const RECORDED: Record<'started' | 'completed' | 'converted', { y2019: number[]; y2020: number[] }> = {
  started: { y2019: [1, 2, 3, 4, 6, 7, 7, 7, 7, 7, 7, 7], y2020: [0, 1, 2, 3, 4, 5, 6, 6, 7, 8] },
  completed: { y2019: [1, 1, 2, 3, 5, 6, 7, 8, 10, 11, 13, 14], y2020: [1, 1, 2, 3, 4, 5, 6, 7, 9, 10] },
  converted: { y2019: [0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10], y2020: [0, 1, 2, 2, 4, 5, 6, 7, 8, 9] },
};

/** The sample series of 新签约亿元项目 (signed-billion-projects, still stored), 2020-01 … 2020-10. */
const SIGNED_2020 = [0, 1, 2, 3, 5, 7, 8, 9, 9, 10];

test('the ledger reproduces the recorded counts at every month end of 2019 and 2020-01 … 2020-10', () => {
  for (const stage of ['started', 'completed', 'converted'] as const) {
    expect(counts(stage, 2019, 12), `${stage} 2019`).toEqual(RECORDED[stage].y2019);
    expect(counts(stage, 2020, 10), `${stage} 2020`).toEqual(RECORDED[stage].y2020);
  }
  // The report's 2019 figures, and "半年完成全年任务": all 7 started by the end of June.
  expect(reachedInYear(projects, 'started', 2019, '2019-12-31')).toHaveLength(7);
  expect(reachedInYear(projects, 'started', 2019, '2019-06-30')).toHaveLength(7);
  expect(reachedInYear(projects, 'completed', 2019, '2019-12-31')).toHaveLength(14);
  expect(reachedInYear(projects, 'converted', 2019, '2019-12-31')).toHaveLength(10);
  // 2020 signings follow the stored sample series of signed-billion-projects.
  expect(counts('signed', 2020, 10)).toEqual(SIGNED_2020);
});

test('the derived indicators compute the same values from the ledger', () => {
  const sources = { projects, milestones: [] };
  const byDerivation = {
    'ledger-started': RECORDED.started,
    'ledger-completed': RECORDED.completed,
    'ledger-converted': RECORDED.converted,
  } as const;
  for (const [derivation, recorded] of Object.entries(byDerivation)) {
    const indicator = seedIndicators.find((i) => i.derived === derivation);
    expect(indicator, derivation).toBeDefined();
    const at = (year: number, month: number) => derivedValueAt(indicator!, sources, year, monthEnd(year, month));
    expect(recorded.y2019.map((_, i) => at(2019, i + 1)?.value)).toEqual(recorded.y2019);
    expect(recorded.y2020.map((_, i) => at(2020, i + 1)?.value)).toEqual(recorded.y2020);
    expect(at(2020, 6)?.sample).toBe(true);
  }
});

test('the 2019 and 2020 completion and conversion rates are sensible (tens of %)', () => {
  const pct = (r: { pct: number | null }) => Math.round((r.pct ?? NaN) * 10) / 10;
  expect(completionRate(projects, 2019, '2019-12-31')).toMatchObject({ numerator: 14, denominator: 26 });
  expect(conversionRate(projects, 2019, '2019-12-31')).toMatchObject({ numerator: 10, denominator: 18 });
  expect(completionRate(projects, 2020, '2020-06-30')).toMatchObject({ numerator: 5, denominator: 17 });
  expect(conversionRate(projects, 2020, '2020-06-30')).toMatchObject({ numerator: 5, denominator: 13 });
  expect(completionRate(projects, 2020, '2020-10-31')).toMatchObject({ numerator: 10, denominator: 20 });
  expect(conversionRate(projects, 2020, '2020-10-31')).toMatchObject({ numerator: 9, denominator: 18 });
  // A year-to-date rate starts near 0 in January (no conversion then) and climbs; from June on it is
  // tens of %.
  for (let m = 1; m <= 10; m++) {
    for (const rate of [completionRate, conversionRate]) {
      const v = pct(rate(projects, 2020, monthEnd(2020, m)));
      expect(v).toBeGreaterThanOrEqual(m >= 6 ? 25 : 0);
      expect(v).toBeLessThanOrEqual(60);
    }
  }
});

test('a real-looking funnel: some signed only, some under construction, some awaiting conversion', () => {
  const at = '2020-10-31';
  const furthest = (p: (typeof projects)[number]) =>
    [...PROJECT_STAGES].reverse().find((s) => p.stages[s] !== undefined && p.stages[s]! <= at);
  const by = (stage: ProjectStage) => projects.filter((p) => furthest(p) === stage).length;
  expect(by('signed')).toBeGreaterThanOrEqual(4);
  expect(by('started')).toBeGreaterThanOrEqual(6);
  expect(by('completed')).toBeGreaterThanOrEqual(4);
  expect(by('converted')).toBeGreaterThanOrEqual(10);
  // Projects started in 2020 are not completed yet; completions come from 2017–2019 starts.
  for (const p of reachedInYear(projects, 'started', 2020, at)) expect(p.stages.completed, p.id).toBeUndefined();
  for (const p of projects.filter((x) => x.stages.completed)) {
    expect(Number(p.stages.started!.slice(0, 4)), p.id).toBeGreaterThanOrEqual(2017);
    expect(Number(p.stages.started!.slice(0, 4)), p.id).toBeLessThanOrEqual(2019);
  }
  // No date beyond the demo's last month: the derived months stop where the sample does.
  for (const p of projects) for (const d of Object.values(p.stages)) expect(d! <= at, p.id).toBe(true);
});

test('every project parses, stage dates are in order, ids are unique, and each is a sample', () => {
  const parks = new Set<string | null>();
  const industries = new Set<string>();
  for (const p of projects) {
    expect(() => projectSchema.parse(p), p.id).not.toThrow();
    expect(stageOrderProblem(p.stages), p.id).toBeUndefined();
    expect(p.stages.signed, p.id).toBeDefined();
    expect(p.investment, p.id).toBeGreaterThanOrEqual(1);
    expect(p.investment, p.id).toBeLessThanOrEqual(20);
    expect(p).toMatchObject({ sample: true, source: SAMPLE_SOURCE });
    parks.add(p.park);
    industries.add(p.industry);
  }
  expect(new Set(projects.map((p) => p.id)).size).toBe(projects.length);
  expect(parks).toEqual(new Set(['equipment-park', 'materials-park', null]));
  expect(industries.size).toBeGreaterThanOrEqual(6);
});

test('owners are in the directory', () => {
  for (const p of projects) {
    const unit = OWNER_DIRECTORY.find((u) => u.unit === p.owner.unit);
    expect(unit?.people, p.id).toContain(p.owner.person);
  }
});

test('the history has one event per reached stage, recorded a few days after its date', () => {
  for (const p of projects) {
    const reached = PROJECT_STAGES.filter((s) => p.stages[s] !== undefined);
    expect(
      p.history.map((e) => e.stage),
      p.id,
    ).toEqual(reached);
    for (const e of p.history) {
      expect(e.date).toBe(p.stages[e.stage]);
      const lag = (Date.parse(e.recordedAt) - Date.parse(`${e.date}T00:00:00+08:00`)) / 86_400_000;
      expect(lag, `${p.id} ${e.stage}`).toBeGreaterThan(1);
      expect(lag, `${p.id} ${e.stage}`).toBeLessThan(7);
    }
  }
});

test('fresh objects on every call', () => {
  const a = seedProjects();
  a[0]!.stages.signed = '2000-01-01';
  a[0]!.history.length = 0;
  a[0]!.owner.unit = 'changed';
  const b = seedProjects();
  expect(b).toEqual(projects);
});
