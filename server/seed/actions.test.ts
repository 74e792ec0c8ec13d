import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import {
  actionNodeSchema,
  dueSoonDays,
  milestoneSchema,
  milestoneState,
  parentKindOf,
  tagsOf,
  withinSpan,
  type MilestoneState,
} from '../../src/domain/action';
import { derivedValueAt } from '../../src/domain/derived';
import { CAMPAIGNS } from '../../src/domain/indicator';
import { compareIso, periodEndDate } from '../../src/domain/period';
import { seedActionNodes, seedMilestones } from './actions';
import { seedIndicators } from './indicators';
import { OWNER_DIRECTORY } from './owners';
import { ARTICLE_TITLE, SAMPLE_TITLE } from './sources';

const nodes = seedActionNodes();
const milestones = seedMilestones();
const byId = new Map(nodes.map((n) => [n.id, n]));
const milestoneIndicators = seedIndicators.filter((i) => i.nodes !== undefined);

/**
 * Done nodes at each month end 2020-01 … 2020-10, as observations.ts stored them before milestone
 * indicators were derived (recorded by running seedObservations() on the commit before the campaign
 * tree existed; its milestoneCounts() counted the 2020 nodes done by each month end).
 */
const RECORDED_2020: Record<string, number[]> = {
  'baipu-rhythm': [0, 0, 1, 2, 3, 3, 3, 3, 4, 4],
  'baipu-spirit': [0, 0, 1, 1, 1, 2, 2, 2, 3, 3],
  'baipu-responsibility': [0, 0, 0, 1, 1, 1, 2, 2, 2, 2],
  'baipu-style': [0, 0, 0, 1, 1, 2, 2, 2, 2, 2],
  'parks-formed': [0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  'parks-upgrade': [0, 0, 0, 0, 1, 1, 1, 1, 2, 2],
  'jiading-cooperation': [0, 0, 0, 1, 1, 1, 2, 2, 2, 3],
  'transport-links': [0, 0, 0, 1, 1, 1, 1, 2, 2, 2],
  'hospital-school-siting': [0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  'road-micro-circulation': [0, 0, 1, 1, 1, 2, 2, 2, 2, 3],
  'town-micro-renewal': [0, 0, 0, 1, 1, 1, 1, 2, 2, 2],
  'real-estate-orderly': [0, 0, 1, 1, 1, 2, 2, 2, 3, 3],
  'yantong-railway': [0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  'hutong-railway': [0, 0, 0, 1, 1, 2, 3, 3, 3, 3],
  'beiyanjiang-hsr': [0, 0, 0, 0, 1, 1, 1, 1, 1, 1],
  'water-system-plan': [0, 0, 0, 0, 1, 1, 1, 2, 2, 2],
  'old-town-conservation-plan': [0, 0, 0, 0, 1, 1, 1, 2, 2, 2],
  'east-ring-road': [0, 0, 1, 1, 2, 2, 2, 2, 2, 2],
  'tianxiang-road-east': [0, 0, 0, 1, 1, 1, 2, 2, 2, 2],
  'south-ring-road': [0, 0, 0, 1, 1, 1, 1, 2, 2, 2],
  'pusheng-road-south': [0, 0, 0, 0, 1, 1, 1, 2, 2, 2],
  'baipu-brand': [0, 0, 0, 0, 0, 0, 1, 2, 2, 3],
  'four-works': [0, 0, 0, 1, 1, 1, 2, 2, 3, 3],
  'water-ecology': [0, 0, 1, 1, 1, 2, 2, 2, 2, 3],
  'seven-in-one-maintenance': [0, 0, 1, 1, 1, 2, 2, 2, 3, 3],
  lighting: [0, 0, 0, 1, 1, 2, 2, 2, 2, 3],
  'baipu-culture': [0, 0, 0, 1, 1, 2, 2, 2, 3, 3],
};

const monthEnd = (month: number) => periodEndDate({ year: 2020, granularity: 'month', index: month });

function inDirectory(owner: { unit: string; person: string } | undefined): boolean {
  return OWNER_DIRECTORY.some((u) => u.unit === owner?.unit && u.people.includes(owner.person));
}

test('every node and milestone parses; ids are unique across both', () => {
  for (const n of nodes) expect(() => actionNodeSchema.parse(n), n.id).not.toThrow();
  for (const m of milestones) expect(() => milestoneSchema.parse(m), m.id).not.toThrow();
  const ids = [...nodes.map((n) => n.id), ...milestones.map((m) => m.id)];
  expect(new Set(ids).size).toBe(ids.length);
});

test('every milestone indicator has one task whose milestones are exactly its nodes', () => {
  expect(milestoneIndicators).toHaveLength(27);
  for (const indicator of milestoneIndicators) {
    const own = indicator.nodes!.map((n) => milestones.find((m) => m.id === n.id));
    const taskIds = new Set(own.map((m) => m?.taskId));
    expect(taskIds.size, indicator.id).toBe(1);
    const [taskId] = [...taskIds];
    expect(byId.get(taskId!)?.kind, indicator.id).toBe('task');
    // Exactly its nodes: same ids, names and due dates, nothing else in the task.
    expect(milestones.filter((m) => m.taskId === taskId).map((m) => [m.id, m.name, m.due])).toEqual(
      indicator.nodes!.map((n) => [n.id, n.label, n.due]),
    );
    for (const m of own) expect(m?.owner, m?.id).toEqual(indicator.owner);
    expect(byId.get(taskId!)?.owner).toEqual(indicator.owner);
    expect(indicator.derived).toBe('milestones-done');
  }
});

test('done nodes at every month end of 2020 equal the series the seed used to store', () => {
  expect(Object.keys(RECORDED_2020).sort()).toEqual(milestoneIndicators.map((i) => i.id).sort());
  const sources = { projects: [], milestones };
  for (const indicator of milestoneIndicators) {
    const values = RECORDED_2020[indicator.id]!.map((_, i) =>
      derivedValueAt(indicator, sources, 2020, monthEnd(i + 1)),
    );
    expect(
      values.map((v) => v?.value),
      indicator.id,
    ).toEqual(RECORDED_2020[indicator.id]);
  }
  // The two 2019 results the report gives: both parks formed, hospital and school sited — not sample.
  for (const id of ['parks-formed', 'hospital-school-siting']) {
    const indicator = milestoneIndicators.find((i) => i.id === id)!;
    expect(derivedValueAt(indicator, sources, 2019, '2019-12-31'), id).toEqual({ value: 2, sample: false });
  }
});

test('parents are of the right kind and campaigns carry their own tag', () => {
  for (const n of nodes) {
    const want = parentKindOf(n.kind);
    if (want === null) {
      expect(n.parentId, n.id).toBeNull();
      expect(n.tags, n.id).toEqual([n.id]);
    } else {
      expect(byId.get(n.parentId ?? '')?.kind, n.id).toBe(want);
    }
  }
  expect(nodes.filter((n) => n.kind === 'campaign').map((n) => n.id)).toEqual([...CAMPAIGNS]);
  const measuresOf = (id: string) => nodes.filter((n) => n.parentId === id).length;
  expect(measuresOf('wuge-baipu')).toBe(5);
  expect(measuresOf('xiangmu-year')).toBe(4);
  expect(measuresOf('chengzhen-year')).toBeGreaterThanOrEqual(3);
  expect(measuresOf('jiceng-year')).toBe(3);
  // A couple of tasks under each 五个白蒲 and 基层基础 measure, at least one under every measure.
  for (const m of nodes.filter((n) => n.kind === 'measure')) {
    const tasks = nodes.filter((n) => n.parentId === m.id).length;
    expect(tasks, m.id).toBeGreaterThanOrEqual(m.parentId === 'wuge-baipu' || m.parentId === 'jiceng-year' ? 2 : 1);
  }
});

test('a 五个白蒲 filter collects the old-town, water-system and railway tasks', () => {
  const wuge = nodes.filter((n) => n.kind === 'task' && tagsOf(n, byId).has('wuge-baipu')).map((n) => n.id);
  expect(wuge).toEqual(
    expect.arrayContaining([
      'task-water-system-plan',
      'task-old-town-plans',
      'task-hutong-railway',
      'task-four-articles',
    ]),
  );
  for (const id of [
    'task-east-ring-road',
    'task-tianxiang-road-east',
    'task-south-ring-road',
    'task-pusheng-road-south',
  ]) {
    expect(tagsOf(byId.get(id)!, byId).has('chengzhen-year'), id).toBe(true);
  }
  expect(tagsOf(byId.get('task-jiading-cooperation')!, byId)).toEqual(new Set(['xiangmu-year']));
});

test('tasks have an owner and a span that holds their milestones; dates are consistent', () => {
  for (const n of nodes) {
    expect(inDirectory(n.owner), `${n.id} ${JSON.stringify(n.owner)}`).toBe(true);
    if (n.kind !== 'task') continue;
    expect(n.start, n.id).toBeDefined();
    expect(n.end, n.id).toBeDefined();
    expect(compareIso(n.start!, n.end!), n.id).toBeLessThanOrEqual(0);
    const own = milestones.filter((m) => m.taskId === n.id);
    expect(own.length, n.id).toBeGreaterThan(0);
    for (const m of own) {
      expect(withinSpan(m.due, n), m.id).toBe(true);
      if (m.startedOn) expect(withinSpan(m.startedOn, n), m.id).toBe(true);
    }
  }
  for (const m of milestones) {
    expect(inDirectory(m.owner), `${m.id} ${JSON.stringify(m.owner)}`).toBe(true);
    expect(byId.get(m.taskId)?.kind, m.id).toBe('task');
    if (m.startedOn && m.doneOn) expect(compareIso(m.startedOn, m.doneOn), m.id).toBeLessThanOrEqual(0);
    // Nothing recorded past the demo's last month.
    for (const d of [m.startedOn, m.doneOn]) if (d) expect(compareIso(d, '2020-10-31'), m.id).toBeLessThanOrEqual(0);
    // Evidence for done milestones, on their done date; none for open ones.
    if (m.doneOn) {
      expect(m.evidence, m.id).toHaveLength(1);
      expect(m.evidence[0]).toMatchObject({ date: m.doneOn });
      expect(m.evidence[0]!.note.length).toBeGreaterThan(4);
    } else {
      expect(m.evidence, m.id).toEqual([]);
    }
  }
});

test('sample flags match the sample source, both ways', () => {
  for (const r of [...nodes, ...milestones]) expect(r.sample, r.id).toBe(r.source.title === SAMPLE_TITLE);
  // Extra milestones (not an indicator's nodes) are all sample.
  const nodeIds = new Set(milestoneIndicators.flatMap((i) => i.nodes!.map((n) => n.id)));
  for (const m of milestones.filter((x) => !nodeIds.has(x.id))) expect(m.sample, m.id).toBe(true);
  expect(milestones.filter((m) => !nodeIds.has(m.id)).length).toBeGreaterThanOrEqual(5);
});

test('at the default day 2020-06-30: overdue, due within 15 days, done late and done on time', () => {
  const today = '2020-06-30';
  const counts: Record<MilestoneState, number> = {
    'not-started': 0,
    'in-progress': 0,
    done: 0,
    'done-late': 0,
    overdue: 0,
  };
  for (const m of milestones) counts[milestoneState(m, today)]++;
  expect(counts.overdue).toBeGreaterThanOrEqual(1);
  expect(counts['done-late']).toBeGreaterThanOrEqual(1);
  expect(counts.done).toBeGreaterThanOrEqual(1);
  expect(counts['in-progress']).toBeGreaterThanOrEqual(1);
  expect(milestones.filter((m) => dueSoonDays(m, today, 15) !== undefined).length).toBeGreaterThanOrEqual(1);
  expect(
    milestoneState(
      milestones.find((m) => m.id === 'south-ring-road-start')!,
      today,
    ),
  ).toBe('overdue');
});

const ARTICLE_FILE = fileURLToPath(new URL('../../../shared/seed/baipu-2020-report.txt', import.meta.url));

test.skipIf(!existsSync(ARTICLE_FILE))('every quote of the article is its exact words', () => {
  const text = readFileSync(ARTICLE_FILE, 'utf8');
  const quoted = [...nodes, ...milestones].filter((r) => r.source.title === ARTICLE_TITLE);
  expect(quoted.length).toBeGreaterThan(30);
  for (const r of quoted) {
    expect(r.source.quote, r.id).toBeTruthy();
    expect(text.includes(r.source.quote!), `${r.id}: ${r.source.quote}`).toBe(true);
  }
});

test('fresh objects on every call', () => {
  const a = seedActionNodes();
  const b = seedMilestones();
  a[0]!.name.zh = 'changed';
  a[0]!.tags.length = 0;
  b[0]!.owner.unit = 'changed';
  b[0]!.evidence.length = 0;
  expect(seedActionNodes()).toEqual(nodes);
  expect(seedMilestones()).toEqual(milestones);
});
