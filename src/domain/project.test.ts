import { describe, expect, it } from 'vitest';
import {
  completionPool,
  completionRate,
  conversionPool,
  conversionRate,
  INDUSTRIES,
  investmentBy,
  PARKS,
  previousStage,
  projectAsOf,
  projectSchema,
  reachedBy,
  reachedInYear,
  stageAt,
  stageFunnel,
  stageOrderProblem,
  withStage,
  type Project,
  type StageDates,
} from './project';
import { SOURCE } from './test-fixtures';

/** A real (not sample) 1亿元 project in no park, with the stage dates given. */
function project(id: string, stages: StageDates, extra: Partial<Project> = {}): Project {
  return {
    id,
    name: { zh: `项目${id}`, en: `Project ${id}` },
    industry: 'other',
    park: null,
    investment: 1,
    stages,
    owner: { unit: '招商服务中心', person: '主任' },
    source: SOURCE,
    sample: false,
    history: [],
    ...extra,
  };
}

const ids = (projects: readonly { id: string }[]) => projects.map((p) => p.id);

describe('previousStage', () => {
  it('follows 签约 → 开工 → 竣工 → 投产, with nothing before 签约', () => {
    expect(previousStage('signed')).toBeUndefined();
    expect(previousStage('started')).toBe('signed');
    expect(previousStage('completed')).toBe('started');
    expect(previousStage('converted')).toBe('completed');
  });
});

describe('stageOrderProblem', () => {
  it('accepts a project that has reached no stage yet', () => {
    expect(stageOrderProblem({})).toBeUndefined();
  });

  it('accepts stages in order', () => {
    expect(
      stageOrderProblem({
        signed: '2019-11-02',
        started: '2020-03-01',
        completed: '2020-09-30',
        converted: '2020-12-01',
      }),
    ).toBeUndefined();
  });

  it('accepts stages reached on the same day (signed and started at one ceremony)', () => {
    expect(
      stageOrderProblem({
        signed: '2020-03-01',
        started: '2020-03-01',
        completed: '2020-09-30',
        converted: '2020-09-30',
      }),
    ).toBeUndefined();
  });

  it('reports a stage reached without the one before it', () => {
    expect(stageOrderProblem({ signed: '2020-01-10', completed: '2020-05-01' })).toEqual({
      kind: 'missing-previous',
      stage: 'completed',
      previous: 'started',
    });
    expect(stageOrderProblem({ started: '2020-01-10' })).toEqual({
      kind: 'missing-previous',
      stage: 'started',
      previous: 'signed',
    });
  });

  it('reports a stage dated before the one before it, with that earlier stage’s date', () => {
    expect(stageOrderProblem({ signed: '2020-03-02', started: '2020-03-01' })).toEqual({
      kind: 'before-previous',
      stage: 'started',
      previous: 'signed',
      previousDate: '2020-03-02',
    });
  });

  it('reports the earliest stage that has a problem', () => {
    // 开工 lacks 签约 and 投产 is dated before 竣工: the first is reported.
    expect(
      stageOrderProblem({ started: '2020-02-01', completed: '2020-08-01', converted: '2020-07-01' }),
    ).toMatchObject({ kind: 'missing-previous', stage: 'started' });
  });
});

describe('reachedBy and stageAt', () => {
  const p = project('p', { signed: '2020-03-01', started: '2020-04-15', completed: '2020-10-31' });

  it('counts a stage as reached on its date itself, not the day before', () => {
    expect(reachedBy(p, 'started', '2020-04-15')).toBe(true);
    expect(reachedBy(p, 'started', '2020-04-14')).toBe(false);
    expect(reachedBy(p, 'started', '2020-12-31')).toBe(true);
  });

  it('never counts a stage that has no date', () => {
    expect(reachedBy(p, 'converted', '2099-12-31')).toBe(false);
  });

  it('gives the furthest stage reached on the date, inclusive', () => {
    expect(stageAt(p, '2020-02-29')).toBeUndefined();
    expect(stageAt(p, '2020-03-01')).toBe('signed');
    expect(stageAt(p, '2020-04-14')).toBe('signed');
    expect(stageAt(p, '2020-04-15')).toBe('started');
    expect(stageAt(p, '2020-10-31')).toBe('completed');
    expect(stageAt(p, '2021-06-30')).toBe('completed');
  });
});

describe('reachedInYear (1–N月累计)', () => {
  // Started on the days around the edges of 2020 and of its first half.
  const ledger = [
    project('dec31-2019', { signed: '2019-10-01', started: '2019-12-31' }),
    project('jan01', { signed: '2019-10-01', started: '2020-01-01' }),
    project('leap-day', { signed: '2020-01-15', started: '2020-02-29' }),
    project('jun30', { signed: '2020-05-01', started: '2020-06-30' }),
    project('jul01', { signed: '2020-05-01', started: '2020-07-01' }),
    project('dec31', { signed: '2020-11-01', started: '2020-12-31' }),
    project('jan01-2021', { signed: '2020-11-01', started: '2021-01-01' }),
    project('not-started', { signed: '2020-03-01' }),
  ];

  it('counts January to June for 1–6月, the end of June included', () => {
    expect(ids(reachedInYear(ledger, 'started', 2020, '2020-06-30'))).toEqual(['jan01', 'leap-day', 'jun30']);
  });

  it('counts January to December for 1–12月, from 1 January to 31 December inclusive', () => {
    expect(ids(reachedInYear(ledger, 'started', 2020, '2020-12-31'))).toEqual([
      'jan01',
      'leap-day',
      'jun30',
      'jul01',
      'dec31',
    ]);
  });

  it('leaves 31 December to the year it ends and 1 January to the year it starts', () => {
    expect(ids(reachedInYear(ledger, 'started', 2019, '2019-12-31'))).toEqual(['dec31-2019']);
    expect(ids(reachedInYear(ledger, 'started', 2021, '2021-01-01'))).toEqual(['jan01-2021']);
  });

  it('counts 29 February of a leap year on that day and not before', () => {
    expect(ids(reachedInYear(ledger, 'started', 2020, '2020-02-29'))).toEqual(['jan01', 'leap-day']);
    expect(ids(reachedInYear(ledger, 'started', 2020, '2020-02-28'))).toEqual(['jan01']);
  });

  it('stops at 31 December when asked about a later date', () => {
    expect(ids(reachedInYear(ledger, 'started', 2020, '2021-06-30'))).toEqual(
      ids(reachedInYear(ledger, 'started', 2020, '2020-12-31')),
    );
  });

  it('counts nothing when the date is before the year began', () => {
    expect(reachedInYear(ledger, 'started', 2020, '2019-12-31')).toEqual([]);
  });

  it('counts each stage by its own date', () => {
    // Signed in 2019, started in 2020: one of this year's starts but not of this year's signings.
    const p = project('p', { signed: '2019-12-20', started: '2020-03-01' });
    expect(reachedInYear([p], 'started', 2020, '2020-12-31')).toEqual([p]);
    expect(reachedInYear([p], 'signed', 2020, '2020-12-31')).toEqual([]);
    expect(reachedInYear([p], 'signed', 2019, '2019-12-31')).toEqual([p]);
  });
});

describe('completionRate (竣工率)', () => {
  const ledger = [
    // Completed last year: no longer under construction, so out of this year's pool.
    project('done-2019', { signed: '2019-01-05', started: '2019-05-01', completed: '2019-11-30' }),
    // Under construction since last year, completed in March.
    project('done-mar', { signed: '2019-01-05', started: '2019-06-01', completed: '2020-03-15' }),
    // Started this year and still building.
    project('building', { signed: '2020-01-20', started: '2020-02-01' }),
    // Started in May, completed in August: in the pool at June, completed only later.
    project('done-aug', { signed: '2020-04-01', started: '2020-05-10', completed: '2020-08-20' }),
    // Started in September: not under construction yet at June.
    project('start-sep', { signed: '2020-06-01', started: '2020-09-01' }),
    // Signed only: never under construction.
    project('signed-only', { signed: '2020-02-01' }),
  ];

  it('divides this year’s completions by the projects under construction this year, at the end of June', () => {
    expect(ids(completionPool(ledger, 2020, '2020-06-30'))).toEqual(['done-mar', 'building', 'done-aug']);
    const r = completionRate(ledger, 2020, '2020-06-30');
    expect(r).toMatchObject({ numerator: 1, denominator: 3 });
    expect(r.pct).toBeCloseTo(100 / 3, 12);
  });

  it('grows both sides by the end of December', () => {
    expect(completionRate(ledger, 2020, '2020-12-31')).toEqual({ numerator: 2, denominator: 4, pct: 50 });
  });

  it('keeps a project completed on 1 January in this year, one completed on 31 December last year out', () => {
    const jan01 = project('jan01', { signed: '2019-01-01', started: '2019-03-01', completed: '2020-01-01' });
    const dec31 = project('dec31', { signed: '2019-01-01', started: '2019-03-01', completed: '2019-12-31' });
    expect(completionRate([jan01, dec31], 2020, '2020-01-01')).toEqual({ numerator: 1, denominator: 1, pct: 100 });
  });

  it('has no percentage when nothing is under construction', () => {
    expect(completionRate([], 2020, '2020-06-30')).toEqual({ numerator: 0, denominator: 0, pct: null });
    expect(completionRate([ledger[0]!, ledger[5]!], 2020, '2020-06-30')).toEqual({
      numerator: 0,
      denominator: 0,
      pct: null,
    });
  });

  it('gives 0%, not null, when projects are building but none is completed', () => {
    expect(completionRate([ledger[2]!], 2020, '2020-06-30')).toEqual({ numerator: 0, denominator: 1, pct: 0 });
  });

  it('judges a date after the year at 31 December', () => {
    // start-2021 must not join 2020's pool because the question was asked in 2021.
    const later = [...ledger, project('start-2021', { signed: '2020-12-01', started: '2021-02-01' })];
    expect(completionRate(later, 2020, '2021-03-31')).toEqual(completionRate(ledger, 2020, '2020-12-31'));
  });
});

describe('conversionRate (转化率)', () => {
  const built = (completed: string, converted?: string): StageDates => ({
    signed: '2018-01-01',
    started: '2018-06-01',
    completed,
    ...(converted !== undefined ? { converted } : {}),
  });
  const ledger = [
    // In production since last year: out of this year's pool.
    project('conv-2019', built('2019-03-01', '2019-10-01')),
    // Completed last year, in production in April.
    project('conv-apr', built('2019-09-01', '2020-04-01')),
    // Completed on the last day of last year and still awaiting production.
    project('waiting-dec31', built('2019-12-31')),
    // Completed in February, awaiting production.
    project('waiting-feb', built('2020-02-01')),
    // Completed in July, in production in November: not in the pool at June.
    project('conv-nov', built('2020-07-15', '2020-11-30')),
    // Still building.
    project('building', { signed: '2019-01-01', started: '2019-05-01' }),
  ];

  it('divides this year’s conversions by the completed projects awaiting conversion this year', () => {
    expect(ids(conversionPool(ledger, 2020, '2020-06-30'))).toEqual(['conv-apr', 'waiting-dec31', 'waiting-feb']);
    expect(conversionRate(ledger, 2020, '2020-06-30')).toMatchObject({ numerator: 1, denominator: 3 });
    expect(conversionRate(ledger, 2020, '2020-12-31')).toEqual({ numerator: 2, denominator: 4, pct: 50 });
  });

  it('keeps a project converted on 1 January in this year’s pool and numerator', () => {
    const jan01 = project('jan01', built('2019-06-01', '2020-01-01'));
    expect(conversionRate([jan01], 2020, '2020-01-01')).toEqual({ numerator: 1, denominator: 1, pct: 100 });
    expect(conversionRate([jan01], 2021, '2021-06-30')).toEqual({ numerator: 0, denominator: 0, pct: null });
  });

  it('has no percentage when no completed project awaits conversion', () => {
    expect(conversionRate([ledger[0]!, ledger[5]!], 2020, '2020-12-31')).toEqual({
      numerator: 0,
      denominator: 0,
      pct: null,
    });
  });
});

describe('stageFunnel', () => {
  const ledger = [
    project('old', { signed: '2018-01-01', started: '2018-05-01', completed: '2019-01-01', converted: '2019-06-01' }),
    project('done-apr', { signed: '2019-03-01', started: '2019-06-01', completed: '2020-04-01' }),
    project('new', { signed: '2020-02-01', started: '2020-05-01' }),
    project('signed-aug', { signed: '2020-08-01' }),
  ];

  it('counts every project that ever reached a stage, and this year’s share of it', () => {
    expect(stageFunnel(ledger, 2020, '2020-06-30')).toEqual([
      { stage: 'signed', reached: 3, inPeriod: 1 },
      { stage: 'started', reached: 3, inPeriod: 1 },
      { stage: 'completed', reached: 2, inPeriod: 1 },
      { stage: 'converted', reached: 1, inPeriod: 0 },
    ]);
  });

  it('gives four empty steps for an empty ledger', () => {
    expect(stageFunnel([], 2020, '2020-06-30').map((s) => [s.stage, s.reached, s.inPeriod])).toEqual([
      ['signed', 0, 0],
      ['started', 0, 0],
      ['completed', 0, 0],
      ['converted', 0, 0],
    ]);
  });
});

describe('investmentBy', () => {
  const signed = (date: string) => ({ signed: date });
  const ledger = [
    project('cast-a', signed('2020-01-10'), { industry: 'hydraulic-casting', investment: 1.1, park: 'equipment-park' }),
    project('cast-b', signed('2020-03-01'), { industry: 'hydraulic-casting', investment: 2.2, park: 'equipment-park' }),
    project('textile', signed('2020-02-01'), { industry: 'textile-apparel', investment: 3.3 }),
    project('materials', signed('2020-05-01'), { industry: 'new-materials', investment: 5, park: 'materials-park' }),
    // Signed after the end of June.
    project('cable', signed('2020-07-01'), { industry: 'optical-cable', investment: 10, park: 'materials-park' }),
    // Not signed at all.
    project('talks', {}, { industry: 'other', investment: 2 }),
  ];

  it('sums the projects signed by the date per group, largest first, and leaves out empty groups', () => {
    expect(investmentBy(ledger, (p) => p.industry, INDUSTRIES, '2020-06-30')).toEqual([
      { key: 'new-materials', investment: 5, count: 1 },
      { key: 'hydraulic-casting', investment: 3.3, count: 2 },
      { key: 'textile-apparel', investment: 3.3, count: 1 },
    ]);
  });

  it('rounds sums to 0.01亿元 so that 1.1 + 2.2 is 3.3', () => {
    expect(1.1 + 2.2).not.toBe(3.3);
    const [group] = investmentBy(ledger.slice(0, 2), (p) => p.industry, INDUSTRIES, '2020-06-30');
    expect(group?.investment).toBe(3.3);
  });

  it('keeps the order of the keys between groups of equal investment', () => {
    // 铸造 and 纺织 both sum to 3.3亿元; reversing the keys reverses them.
    const reversed = investmentBy(ledger, (p) => p.industry, [...INDUSTRIES].reverse(), '2020-06-30');
    expect(reversed.map((g) => g.key)).toEqual(['new-materials', 'textile-apparel', 'hydraulic-casting']);
  });

  it('includes a project on the day it is signed', () => {
    expect(investmentBy(ledger, (p) => p.industry, INDUSTRIES, '2020-07-01')[0]).toEqual({
      key: 'optical-cable',
      investment: 10,
      count: 1,
    });
  });

  it('groups by park, with "none" for projects outside both parks', () => {
    const byPark = investmentBy(ledger, (p) => p.park ?? 'none', [...PARKS, 'none' as const], '2020-12-31');
    expect(byPark).toEqual([
      { key: 'materials-park', investment: 15, count: 2 },
      { key: 'equipment-park', investment: 3.3, count: 2 },
      { key: 'none', investment: 3.3, count: 1 },
    ]);
  });

  it('is empty before anything is signed', () => {
    expect(investmentBy(ledger, (p) => p.industry, INDUSTRIES, '2019-12-31')).toEqual([]);
  });
});

describe('withStage', () => {
  const original = project(
    'p',
    { signed: '2020-03-01', started: '2020-04-15' },
    {
      history: [{ stage: 'signed', date: '2020-03-01', recordedAt: '2020-03-02T01:00:00.000Z' }],
    },
  );

  it('sets a stage reached for the first time and records it without a previous date', () => {
    const next = withStage(original, 'completed', '2020-10-31', '2020-11-01T02:00:00.000Z');
    expect(next.stages).toEqual({ signed: '2020-03-01', started: '2020-04-15', completed: '2020-10-31' });
    expect(next.history).toEqual([
      original.history[0],
      { stage: 'completed', date: '2020-10-31', recordedAt: '2020-11-01T02:00:00.000Z' },
    ]);
  });

  it('records the replaced date as previous when a date is corrected, with the note', () => {
    const next = withStage(original, 'started', '2020-04-10', '2020-05-01T02:00:00.000Z', '按开工令更正');
    expect(next.stages.started).toBe('2020-04-10');
    expect(next.history.at(-1)).toEqual({
      stage: 'started',
      date: '2020-04-10',
      previous: '2020-04-15',
      note: '按开工令更正',
      recordedAt: '2020-05-01T02:00:00.000Z',
    });
  });

  it('leaves out an empty note', () => {
    expect(
      withStage(original, 'completed', '2020-10-31', '2020-11-01T02:00:00.000Z', '').history.at(-1),
    ).not.toHaveProperty('note');
  });

  it('does not change the project it is given', () => {
    const before = structuredClone(original);
    const next = withStage(original, 'started', '2020-04-10', '2020-05-01T02:00:00.000Z');
    expect(original).toEqual(before);
    expect(next.stages).not.toBe(original.stages);
    expect(next.history).not.toBe(original.history);
  });

  it('keeps everything else and gives a project the schema accepts', () => {
    const next = withStage(original, 'completed', '2020-10-31', '2020-11-01T02:00:00.000Z');
    expect({ ...next, stages: original.stages, history: original.history }).toEqual(original);
    expect(projectSchema.safeParse(next).success).toBe(true);
  });

  it('does not check the order: callers do, with stageOrderProblem', () => {
    const next = withStage(original, 'converted', '2020-01-01', '2020-05-01T02:00:00.000Z');
    expect(stageOrderProblem(next.stages)).toEqual({
      kind: 'missing-previous',
      stage: 'converted',
      previous: 'completed',
    });
  });
});

describe('projectAsOf', () => {
  it('leaves out stages and history events dated after the day, inclusive of the day itself', () => {
    let p = project('p1', { signed: '2020-01-10' });
    p = withStage(p, 'started', '2020-03-01', '2020-03-02T01:00:00.000Z');
    p = withStage(p, 'completed', '2020-08-01', '2020-08-02T01:00:00.000Z');
    const june = projectAsOf(p, '2020-06-30');
    expect(june.stages).toEqual({ signed: '2020-01-10', started: '2020-03-01' });
    expect(june.history.map((e) => e.stage)).toEqual(['started']);
    expect(projectAsOf(p, '2020-08-01').stages.completed).toBe('2020-08-01');
    expect(p.stages.completed).toBe('2020-08-01');
  });
});
