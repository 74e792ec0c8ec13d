import { expect, test } from 'vitest';
import type { ActionNode, Milestone } from '../../src/domain/action';
import type { Project } from '../../src/domain/project';
import { testLedgerDataset, TEST_OWNERS } from '../test-ledger';
import { testDataset } from '../test-dataset';
import { createMemoryStorage } from './memory-storage';
import { StorageConflictError } from './storage';

const source = { title: '测试' };

const newProject: Project = {
  id: 'p-new',
  name: { zh: '新项目', en: 'New project' },
  industry: 'other',
  park: null,
  investment: 2,
  stages: { signed: '2020-06-01' },
  owner: { unit: '项目办', person: '主任' },
  source,
  sample: false,
  history: [],
};

const newTask: ActionNode = {
  id: 't-new',
  kind: 'task',
  parentId: 'm-roads',
  name: { zh: '新任务', en: 'New task' },
  tags: [],
  start: '2020-01-01',
  end: '2020-12-31',
  source,
  sample: false,
};

const newMilestone: Milestone = {
  id: 'm-new',
  taskId: 't-road',
  name: { zh: '新节点', en: 'New milestone' },
  due: '2020-08-31',
  owner: { unit: '城建办', person: '主任' },
  evidence: [],
  source,
  sample: false,
};

test('serves the ledger of the seed, and none for a dataset without one', async () => {
  const storage = createMemoryStorage(testLedgerDataset);
  const seed = testLedgerDataset();
  expect(await storage.listProjects()).toEqual(seed.projects);
  expect((await storage.getProject('p-gamma'))?.investment).toBe(20);
  expect(await storage.getProject('nope')).toBeUndefined();
  expect(await storage.listActionNodes()).toEqual(seed.actionNodes);
  expect(await storage.listMilestones()).toEqual(seed.milestones);
  expect((await storage.getMilestone('start'))?.taskId).toBe('t-road');
  expect(await storage.listLinks()).toEqual(seed.links);
  expect(await storage.listOwners()).toEqual(TEST_OWNERS);

  const bare = createMemoryStorage(testDataset);
  expect(await bare.listProjects()).toEqual([]);
  expect(await bare.listActionNodes()).toEqual([]);
  expect(await bare.listMilestones()).toEqual([]);
  expect(await bare.listLinks()).toEqual([]);
  expect(await bare.listOwners()).toEqual([]);
});

test('adds and replaces projects and milestones in place, frozen; reset forgets it all', async () => {
  const storage = createMemoryStorage(testLedgerDataset);
  const mine = structuredClone(newProject);
  await storage.addProject(mine);
  mine.investment = 99;
  expect((await storage.getProject('p-new'))?.investment).toBe(2);
  await storage.updateProject({ ...newProject, id: 'p-alpha', investment: 13 });
  const ids = (await storage.listProjects()).map((p) => p.id);
  expect(ids[0]).toBe('p-alpha');
  expect(ids.at(-1)).toBe('p-new');
  expect((await storage.getProject('p-alpha'))?.investment).toBe(13);
  const stored = await storage.getProject('p-alpha');
  expect(() => Object.assign(stored?.stages ?? {}, { started: '2020-01-01' })).toThrow();

  await storage.addActionNode(newTask);
  await storage.addMilestone({ ...newMilestone, taskId: 't-new' });
  await storage.updateMilestone({ ...newMilestone, id: 'start', doneOn: '2020-07-01' });
  expect((await storage.getMilestone('start'))?.doneOn).toBe('2020-07-01');
  expect((await storage.listMilestones()).map((m) => m.id).indexOf('start')).toBe(1);
  await storage.addLink({ indicatorId: 'gdp', kind: 'task', targetId: 't-new' });
  expect(await storage.listLinks()).toContainEqual({ indicatorId: 'gdp', kind: 'task', targetId: 't-new' });

  await storage.reset();
  expect(await storage.listProjects()).toEqual(testLedgerDataset().projects);
  expect(await storage.listActionNodes()).toEqual(testLedgerDataset().actionNodes);
  expect(await storage.listMilestones()).toEqual(testLedgerDataset().milestones);
  expect(await storage.listLinks()).toEqual(testLedgerDataset().links);
});

test('duplicates and unknown references are conflicts and change nothing', async () => {
  const storage = createMemoryStorage(testLedgerDataset);
  const before = {
    projects: await storage.listProjects(),
    nodes: await storage.listActionNodes(),
    milestones: await storage.listMilestones(),
    links: await storage.listLinks(),
  };
  const conflicts = [
    storage.addProject({ ...newProject, id: 'p-alpha' }),
    storage.updateProject({ ...newProject, id: 'p-unknown' }),
    storage.addActionNode({ ...newTask, id: 't-road' }),
    storage.addActionNode({ ...newTask, parentId: 'nowhere' }),
    storage.addActionNode({ ...newTask, parentId: 'c-wuge' }),
    storage.addActionNode({ ...newTask, kind: 'measure', parentId: 'm-roads' }),
    storage.addActionNode({ ...newTask, kind: 'campaign', parentId: 'c-wuge' }),
    storage.addMilestone({ ...newMilestone, id: 'design' }),
    storage.addMilestone({ ...newMilestone, taskId: 'm-roads' }),
    storage.addMilestone({ ...newMilestone, taskId: 'nowhere' }),
    storage.updateMilestone({ ...newMilestone, id: 'unknown' }),
    storage.updateMilestone({ ...newMilestone, id: 'start', taskId: 'nowhere' }),
    storage.addLink({ indicatorId: 'gdp', kind: 'project', targetId: 'p-alpha' }),
    storage.addLink({ indicatorId: 'nope', kind: 'project', targetId: 'p-beta' }),
    storage.addLink({ indicatorId: 'gdp', kind: 'project', targetId: 'nope' }),
    storage.addLink({ indicatorId: 'gdp', kind: 'task', targetId: 'p-beta' }),
  ];
  for (const write of conflicts) await expect(write).rejects.toBeInstanceOf(StorageConflictError);
  expect(await storage.listProjects()).toEqual(before.projects);
  expect(await storage.listActionNodes()).toEqual(before.nodes);
  expect(await storage.listMilestones()).toEqual(before.milestones);
  expect(await storage.listLinks()).toEqual(before.links);
});

test('a persist hook that throws cancels each kind of ledger write', async () => {
  const full = () => {
    throw new Error('full');
  };
  const storage = createMemoryStorage(testLedgerDataset, {
    persistProjects: full,
    persistActionNodes: full,
    persistMilestones: full,
    persistLinks: full,
  });
  await expect(storage.addProject(newProject)).rejects.toThrow('full');
  await expect(storage.updateProject({ ...newProject, id: 'p-alpha' })).rejects.toThrow('full');
  await expect(storage.addActionNode(newTask)).rejects.toThrow('full');
  await expect(storage.addMilestone(newMilestone)).rejects.toThrow('full');
  await expect(storage.updateMilestone({ ...newMilestone, id: 'start' })).rejects.toThrow('full');
  await expect(storage.addLink({ indicatorId: 'gdp', kind: 'task', targetId: 't-road' })).rejects.toThrow('full');
  const seed = testLedgerDataset();
  expect(await storage.listProjects()).toEqual(seed.projects);
  expect(await storage.listActionNodes()).toEqual(seed.actionNodes);
  expect(await storage.listMilestones()).toEqual(seed.milestones);
  expect(await storage.listLinks()).toEqual(seed.links);
});

test('persist hooks get users’ records only: changed projects and milestones once per id', async () => {
  const persisted: Record<string, unknown[]> = {};
  const keep = (key: string) => (list: readonly unknown[]) => {
    persisted[key] = [...list];
  };
  const storage = createMemoryStorage(testLedgerDataset, {
    persistProjects: keep('projects'),
    persistActionNodes: keep('nodes'),
    persistMilestones: keep('milestones'),
    persistLinks: keep('links'),
  });
  await storage.updateProject({ ...newProject, id: 'p-alpha' });
  await storage.addProject(newProject);
  await storage.updateProject({ ...newProject, id: 'p-alpha', investment: 50 });
  expect(persisted.projects?.map((p) => (p as Project).investment)).toEqual([50, 2]);
  await storage.addActionNode(newTask);
  expect(persisted.nodes).toEqual([newTask]);
  await storage.updateMilestone({ ...newMilestone, id: 'start' });
  await storage.updateMilestone({ ...newMilestone, id: 'start', doneOn: '2020-07-01' });
  expect(persisted.milestones).toEqual([{ ...newMilestone, id: 'start', doneOn: '2020-07-01' }]);
  await storage.addLink({ indicatorId: 'gdp', kind: 'task', targetId: 't-road' });
  expect(persisted.links).toEqual([{ indicatorId: 'gdp', kind: 'task', targetId: 't-road' }]);
});

test('restored records are replayed over the seed; ones that no longer fit are dropped', async () => {
  const storage = createMemoryStorage(testLedgerDataset, {
    restoredProjects: [{ ...newProject, id: 'p-alpha', investment: 40 }, newProject],
    restoredActionNodes: [newTask, { ...newTask, id: 't-orphan', parentId: 'gone' }, { ...newTask, id: 'c-wuge' }],
    restoredMilestones: [
      { ...newMilestone, taskId: 't-new' },
      { ...newMilestone, id: 'design', doneOn: '2020-03-25' },
      { ...newMilestone, id: 'm-lost', taskId: 'gone' },
    ],
    restoredLinks: [
      { indicatorId: 'gdp', kind: 'task', targetId: 't-new' },
      { indicatorId: 'gdp', kind: 'task', targetId: 't-new' },
      { indicatorId: 'gone', kind: 'task', targetId: 't-new' },
      { indicatorId: 'gdp', kind: 'project', targetId: 'p-gone' },
    ],
  });
  expect((await storage.getProject('p-alpha'))?.investment).toBe(40);
  expect((await storage.listProjects()).at(-1)?.id).toBe('p-new');
  expect((await storage.listActionNodes()).map((n) => n.id)).toContain('t-new');
  expect((await storage.listActionNodes()).map((n) => n.id)).not.toContain('t-orphan');
  expect((await storage.getMilestone('design'))?.doneOn).toBe('2020-03-25');
  expect(await storage.getMilestone('m-new')).toBeDefined();
  expect(await storage.getMilestone('m-lost')).toBeUndefined();
  expect((await storage.listLinks()).filter((l) => l.targetId === 't-new')).toHaveLength(1);
  expect(await storage.listLinks()).toHaveLength(testLedgerDataset().links!.length + 1);
});
