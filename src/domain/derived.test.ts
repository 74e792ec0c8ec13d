import { describe, expect, it } from 'vitest';
import type { Milestone } from './action';
import {
  DERIVED_SOURCE,
  derivedObservations,
  derivedValueAt,
  latestSourceDate,
  type DerivationSources,
} from './derived';
import { observationSchema } from './observation';
import type { Project, StageDates } from './project';
import { countIndicator, makeIndicator, milestoneIndicator, node, ratioIndicator, SOURCE } from './test-fixtures';

const OWNER = { unit: '招商服务中心', person: '主任' };

function project(id: string, stages: StageDates, sample = false): Project {
  return {
    id,
    name: { zh: `项目${id}`, en: `Project ${id}` },
    industry: 'other',
    park: null,
    investment: 1,
    stages,
    owner: OWNER,
    source: SOURCE,
    sample,
    history: [],
  };
}

function milestone(id: string, due: string, extra: Partial<Milestone> = {}): Milestone {
  return {
    id,
    taskId: 'east-ring-road-task',
    name: { zh: `节点${id}`, en: `Milestone ${id}` },
    due,
    owner: OWNER,
    evidence: [],
    source: SOURCE,
    sample: false,
    ...extra,
  };
}

/**
 * A small ledger: one project per stage story, and only `building` is a sample.
 *  - old:      in production since December 2019.
 *  - done-mar: started on the last day of 2019, completed March 2020, in production August 2020.
 *  - building: started January 2020, still building (sample).
 *  - done-nov: started at the end of May 2020, completed November 2020.
 */
const ledger = [
  project('old', { signed: '2018-01-01', started: '2018-03-01', completed: '2019-06-01', converted: '2019-12-01' }),
  project('done-mar', {
    signed: '2019-10-01',
    started: '2019-12-31',
    completed: '2020-03-15',
    converted: '2020-08-01',
  }),
  project('building', { signed: '2020-01-05', started: '2020-01-20' }, true),
  project('done-nov', { signed: '2020-02-01', started: '2020-05-31', completed: '2020-11-30' }),
];

const started = countIndicator({ derived: 'ledger-started' });
const completed = countIndicator({ id: 'projects-completed', derived: 'ledger-completed' });
const converted = countIndicator({ id: 'projects-converted', derived: 'ledger-converted' });
const completionRate = ratioIndicator({ id: 'completion-rate', derived: 'ledger-completion-rate' });
const conversionRate = ratioIndicator({ id: 'conversion-rate', derived: 'ledger-conversion-rate' });

const fromLedger: DerivationSources = { projects: ledger, milestones: [] };

describe('derivedValueAt: the ledger counts', () => {
  it('counts the projects that reached the stage from 1 January up to the date', () => {
    expect(derivedValueAt(started, fromLedger, 2020, '2020-01-31')?.value).toBe(1);
    expect(derivedValueAt(started, fromLedger, 2020, '2020-05-30')?.value).toBe(1);
    expect(derivedValueAt(started, fromLedger, 2020, '2020-05-31')?.value).toBe(2);
    // done-mar started on 31 December: 2019's, not 2020's.
    expect(derivedValueAt(started, fromLedger, 2019, '2019-12-31')?.value).toBe(1);
  });

  it('counts completions and conversions by their own dates', () => {
    expect(derivedValueAt(completed, fromLedger, 2020, '2020-06-30')?.value).toBe(1);
    expect(derivedValueAt(completed, fromLedger, 2020, '2020-12-31')?.value).toBe(2);
    expect(derivedValueAt(converted, fromLedger, 2020, '2020-07-31')?.value).toBe(0);
    expect(derivedValueAt(converted, fromLedger, 2020, '2020-08-01')?.value).toBe(1);
  });

  it('is 0, not undefined, when nothing reached the stage', () => {
    expect(derivedValueAt(completed, { projects: [], milestones: [] }, 2020, '2020-06-30')).toEqual({
      value: 0,
      sample: false,
    });
  });

  it('is a sample when a counted project is a sample, and only then', () => {
    // `building` is a sample and counts among 2020's starts …
    expect(derivedValueAt(started, fromLedger, 2020, '2020-06-30')?.sample).toBe(true);
    // … but not among its completions, which are all real projects.
    expect(derivedValueAt(completed, fromLedger, 2020, '2020-12-31')?.sample).toBe(false);
  });
});

describe('derivedValueAt: the ledger rates', () => {
  it('gives 竣工率 in %, rounded to 0.1', () => {
    // Under construction in 2020 by the end of June: done-mar, building, done-nov; completed: done-mar.
    expect(derivedValueAt(completionRate, fromLedger, 2020, '2020-06-30')?.value).toBe(33.3);
    // By December done-nov is completed too: 2 of 3.
    expect(derivedValueAt(completionRate, fromLedger, 2020, '2020-12-31')?.value).toBe(66.7);
  });

  it('gives 0% while projects are building and none is completed', () => {
    expect(derivedValueAt(completionRate, fromLedger, 2020, '2020-01-31')?.value).toBe(0);
  });

  it('gives 转化率 over the completed projects awaiting conversion', () => {
    // Only done-mar awaits conversion at the end of June (old converted in 2019 and left the pool).
    expect(derivedValueAt(conversionRate, fromLedger, 2020, '2020-06-30')?.value).toBe(0);
    // By December done-mar is in production and done-nov awaits it: 1 of 2.
    expect(derivedValueAt(conversionRate, fromLedger, 2020, '2020-12-31')?.value).toBe(50);
  });

  it('has no value when there is nothing to divide by', () => {
    // Nothing completed in or awaiting conversion in 2020 before done-mar's completion on 15 March.
    expect(derivedValueAt(conversionRate, fromLedger, 2020, '2020-03-14')).toBeUndefined();
    expect(derivedValueAt(completionRate, { projects: [], milestones: [] }, 2020, '2020-06-30')).toBeUndefined();
  });

  it('is a sample when a project it divides by is a sample, not when any project of the ledger is', () => {
    // `building` is in 竣工率's pool …
    expect(derivedValueAt(completionRate, fromLedger, 2020, '2020-06-30')?.sample).toBe(true);
    // … but has not been completed, so it is not behind 转化率.
    expect(derivedValueAt(conversionRate, fromLedger, 2020, '2020-12-31')?.sample).toBe(false);
  });
});

describe('derivedValueAt: milestones done', () => {
  // Nodes a–d fall due at each quarter's end of 2020; e is a 2021 node.
  const road = milestoneIndicator({
    derived: 'milestones-done',
    nodes: [
      node('a', '2020-03-31'),
      node('b', '2020-06-30'),
      node('c', '2020-09-30'),
      node('d', '2020-12-31'),
      node('e', '2021-03-31'),
    ],
  });
  const milestones = [
    milestone('a', '2020-03-31', { doneOn: '2020-03-20' }),
    milestone('b', '2020-06-30', { doneOn: '2020-07-02' }),
    milestone('c', '2020-09-30', { doneOn: '2021-01-10' }),
    milestone('d', '2020-12-31', { doneOn: '2020-12-31' }),
    // Done early, in 2020, but it is a 2021 node.
    milestone('e', '2021-03-31', { doneOn: '2020-12-15' }),
    // Not a node of this indicator (and a sample).
    milestone('other', '2020-05-01', { doneOn: '2020-04-01', sample: true }),
  ];
  const sources: DerivationSources = { projects: ledger, milestones };

  it('counts the indicator’s nodes of the year done by the date', () => {
    expect(derivedValueAt(road, sources, 2020, '2020-03-19')?.value).toBe(0);
    expect(derivedValueAt(road, sources, 2020, '2020-06-30')?.value).toBe(1);
    expect(derivedValueAt(road, sources, 2020, '2020-07-31')?.value).toBe(2);
    // d is done on its due date; c (late, in 2021) and e (a 2021 node) do not count in 2020.
    expect(derivedValueAt(road, sources, 2020, '2020-12-31')?.value).toBe(3);
  });

  it('counts a node of the year done before the year began', () => {
    expect(derivedValueAt(road, sources, 2021, '2021-01-31')?.value).toBe(1);
  });

  it('stops at 31 December when asked about a later date', () => {
    // c was done on 10 January 2021: 2020's figure stays at 3.
    expect(derivedValueAt(road, sources, 2020, '2021-01-31')?.value).toBe(3);
  });

  it('is a sample when any of the year’s nodes is, and ignores other milestones', () => {
    expect(derivedValueAt(road, sources, 2020, '2020-12-31')?.sample).toBe(false);
    const withSampleNode = milestones.map((m) => (m.id === 'c' ? { ...m, sample: true } : m));
    expect(derivedValueAt(road, { projects: [], milestones: withSampleNode }, 2020, '2020-12-31')?.sample).toBe(true);
  });

  it('is 0 for an indicator without nodes', () => {
    expect(derivedValueAt({ derived: 'milestones-done' }, sources, 2020, '2020-12-31')).toEqual({
      value: 0,
      sample: false,
    });
  });
});

describe('derivedValueAt: indicators that are not derived', () => {
  it('has no value', () => {
    expect(derivedValueAt(makeIndicator(), fromLedger, 2020, '2020-06-30')).toBeUndefined();
  });
});

describe('latestSourceDate', () => {
  it('is undefined without records', () => {
    expect(latestSourceDate({ projects: [], milestones: [] })).toBeUndefined();
  });

  it('is the latest stage date of the ledger', () => {
    expect(latestSourceDate(fromLedger)).toBe('2020-11-30');
  });

  it('takes a milestone’s done date, but not its start or due date', () => {
    const milestones = [
      milestone('done', '2020-12-31', { doneOn: '2020-12-20' }),
      milestone('open', '2021-03-31', { startedOn: '2021-01-05' }),
    ];
    expect(latestSourceDate({ projects: ledger, milestones })).toBe('2020-12-20');
    expect(latestSourceDate({ projects: [], milestones: milestones.slice(1) })).toBeUndefined();
  });
});

describe('derivedObservations', () => {
  it('gives every month from January of the first year to the horizon’s month, and each finished year', () => {
    const periods = derivedObservations(started, fromLedger, 2019, '2020-06-15').map((o) => o.period);
    expect(periods).toEqual([
      ...['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `2019-${m}`),
      '2019',
      ...['01', '02', '03', '04', '05', '06'].map((m) => `2020-${m}`),
    ]);
  });

  it('gives the year itself only once the horizon reaches 31 December', () => {
    const periods = (horizon: string) => derivedObservations(started, fromLedger, 2020, horizon).map((o) => o.period);
    expect(periods('2020-12-30')).not.toContain('2020');
    expect(periods('2020-12-30')).toContain('2020-12');
    expect(periods('2020-12-31').at(-1)).toBe('2020');
    expect(periods('2021-01-01')).toEqual([...periods('2020-12-31'), '2021-01']);
  });

  it('dates each value at its period’s end, even past a horizon within the month', () => {
    const observations = derivedObservations(started, fromLedger, 2020, '2020-06-15');
    const june = observations.find((o) => o.period === '2020-06');
    expect(june).toMatchObject({
      id: 'derived:projects-started:2020-06',
      indicatorId: 'projects-started',
      value: 2,
      stage: 'reported',
      asOf: '2020-06-30',
      source: DERIVED_SOURCE.ledger,
      sample: true,
    });
    expect(observations.find((o) => o.period === '2020-02')?.asOf).toBe('2020-02-29');
  });

  it('gives the cumulative value of each month and the year (1–N月累计)', () => {
    const values = derivedObservations(completed, fromLedger, 2020, '2020-12-31').map((o) => [o.period, o.value]);
    expect(values).toEqual([
      ['2020-01', 0],
      ['2020-02', 0],
      ['2020-03', 1],
      ['2020-04', 1],
      ['2020-05', 1],
      ['2020-06', 1],
      ['2020-07', 1],
      ['2020-08', 1],
      ['2020-09', 1],
      ['2020-10', 1],
      ['2020-11', 2],
      ['2020-12', 2],
      ['2020', 2],
    ]);
  });

  it('gives observations the schema accepts, with unique ids', () => {
    const observations = derivedObservations(started, fromLedger, 2019, '2020-12-31');
    for (const o of observations) expect(observationSchema.safeParse(o).success).toBe(true);
    expect(new Set(observations.map((o) => o.id)).size).toBe(observations.length);
    expect(observations.find((o) => o.period === '2019')?.id).toBe('derived:projects-started:2019');
  });

  it('leaves out the months of a rate that has nothing to divide by', () => {
    // Nothing awaits conversion in 2020 before done-mar's completion on 15 March.
    const periods = derivedObservations(conversionRate, fromLedger, 2020, '2020-06-30').map((o) => o.period);
    expect(periods).toEqual(['2020-03', '2020-04', '2020-05', '2020-06']);
  });

  it('names the campaign tree as the source of milestone counts', () => {
    const road = milestoneIndicator({ derived: 'milestones-done' });
    const sources = { projects: [], milestones: [milestone('a', '2020-03-31', { doneOn: '2020-03-31' })] };
    const [first] = derivedObservations(road, sources, 2020, '2020-03-31');
    expect(first?.source).toBe(DERIVED_SOURCE.milestones);
  });

  it('gives nothing for an indicator that is not derived', () => {
    expect(derivedObservations(makeIndicator(), fromLedger, 2020, '2020-12-31')).toEqual([]);
  });

  it('gives nothing for a horizon that is not a date', () => {
    expect(derivedObservations(started, fromLedger, 2020, '2020-02-30')).toEqual([]);
    expect(derivedObservations(started, fromLedger, 2020, '')).toEqual([]);
  });

  it('gives nothing when the first year is after the horizon', () => {
    expect(derivedObservations(started, fromLedger, 2021, '2020-12-31')).toEqual([]);
  });
});
