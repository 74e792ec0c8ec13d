import { expect, test } from 'vitest';
import type { ActionNode, Milestone } from '../../src/domain/action';
import type { Project } from '../../src/domain/project';
import { testLedgerDataset } from '../test-ledger';
import {
  ACTION_NODES_KEY,
  createBrowserStorage,
  LINKS_KEY,
  MILESTONES_KEY,
  PROJECTS_KEY,
  type KeyValueStore,
} from './browser-storage';

/** A localStorage stand-in that can be told to fail like a full or disabled one. */
class FakeKv implements KeyValueStore {
  readonly data = new Map<string, string>();
  setItemCalls = 0;
  failSet = false;
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.setItemCalls += 1;
    if (this.failSet) throw new Error('QuotaExceededError');
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
}

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
  taskId: 't-new',
  name: { zh: '新节点', en: 'New milestone' },
  due: '2020-08-31',
  owner: { unit: '城建办', person: '主任' },
  evidence: [],
  source,
  sample: false,
};
const KEYS = [PROJECTS_KEY, ACTION_NODES_KEY, MILESTONES_KEY, LINKS_KEY];

test('projects, nodes, milestones and links survive re-creation, each under its own versioned key', async () => {
  const kv = new FakeKv();
  const first = createBrowserStorage(testLedgerDataset, kv);
  await first.addProject(newProject);
  await first.updateProject({ ...newProject, id: 'p-alpha', investment: 30 });
  await first.addActionNode(newTask);
  await first.addMilestone(newMilestone);
  await first.updateMilestone({ ...newMilestone, id: 'start', taskId: 't-road', doneOn: '2020-07-01' });
  await first.addLink({ indicatorId: 'gdp', kind: 'task', targetId: 't-new' });
  // One setItem per write.
  expect(kv.setItemCalls).toBe(6);
  for (const key of KEYS) expect(key).toMatch(/^baipu-dashboard\/v1\//);
  expect([...kv.data.keys()].sort()).toEqual([...KEYS].sort());
  // Only what users created or changed is stored, one record per id.
  expect((JSON.parse(kv.data.get(PROJECTS_KEY) ?? '[]') as Project[]).map((p) => p.id)).toEqual(['p-new', 'p-alpha']);

  const second = createBrowserStorage(testLedgerDataset, kv);
  expect(await second.listProjects()).toEqual(await first.listProjects());
  expect(await second.listActionNodes()).toEqual(await first.listActionNodes());
  expect(await second.listMilestones()).toEqual(await first.listMilestones());
  expect(await second.listLinks()).toEqual(await first.listLinks());
  expect((await second.getProject('p-alpha'))?.investment).toBe(30);
  expect((await second.getMilestone('start'))?.doneOn).toBe('2020-07-01');
});

test('corrupt or invalid stored records are dropped, keeping the rest', async () => {
  for (const raw of ['{not json', '{"id":"x"}', '3']) {
    const kv = new FakeKv();
    for (const key of KEYS) kv.data.set(key, raw);
    const storage = createBrowserStorage(testLedgerDataset, kv);
    expect(await storage.listProjects(), raw).toEqual(testLedgerDataset().projects);
    expect(await storage.listLinks(), raw).toEqual(testLedgerDataset().links);
  }
  const kv = new FakeKv();
  kv.data.set(
    PROJECTS_KEY,
    JSON.stringify([
      newProject,
      { ...newProject, id: 'p-bad-order', stages: { signed: '2020-06-01', started: '2020-05-01' } },
      { ...newProject, id: 'p-skipped', stages: { started: '2020-05-01' } },
      { ...newProject, id: 'Bad Id' },
      { ...newProject, id: 'p-alpha', investment: -1 },
      null,
    ]),
  );
  kv.data.set(
    ACTION_NODES_KEY,
    JSON.stringify([newTask, { ...newTask, id: 't-orphan', parentId: 'gone' }, { ...newTask, id: 't-x', kind: 'x' }]),
  );
  kv.data.set(
    MILESTONES_KEY,
    JSON.stringify([
      newMilestone,
      { ...newMilestone, id: 'm-backwards', startedOn: '2020-06-01', doneOn: '2020-05-01' },
      { ...newMilestone, id: 'm-orphan', taskId: 't-orphan' },
    ]),
  );
  kv.data.set(
    LINKS_KEY,
    JSON.stringify([
      { indicatorId: 'gdp', kind: 'task', targetId: 't-new' },
      { indicatorId: 'gdp', kind: 'project', targetId: 'p-skipped' },
      { indicatorId: 'gdp', kind: 'other', targetId: 't-new' },
    ]),
  );
  const storage = createBrowserStorage(testLedgerDataset, kv);
  const seed = testLedgerDataset();
  expect((await storage.listProjects()).map((p) => p.id)).toEqual([...seed.projects!.map((p) => p.id), 'p-new']);
  expect((await storage.getProject('p-alpha'))?.investment).toBe(12);
  expect((await storage.listActionNodes()).map((n) => n.id)).toEqual([...seed.actionNodes!.map((n) => n.id), 't-new']);
  expect((await storage.listMilestones()).map((m) => m.id)).toEqual([...seed.milestones!.map((m) => m.id), 'm-new']);
  expect(await storage.listLinks()).toEqual([...seed.links!, { indicatorId: 'gdp', kind: 'task', targetId: 't-new' }]);
});

test('a failing setItem leaves memory and the store as they were; reset removes every key', async () => {
  const kv = new FakeKv();
  const storage = createBrowserStorage(testLedgerDataset, kv);
  await storage.addProject(newProject);
  await storage.addActionNode(newTask);
  await storage.addMilestone(newMilestone);
  await storage.addLink({ indicatorId: 'gdp', kind: 'task', targetId: 't-new' });
  const stored = new Map(kv.data);
  const before = {
    projects: await storage.listProjects(),
    nodes: await storage.listActionNodes(),
    milestones: await storage.listMilestones(),
    links: await storage.listLinks(),
  };
  kv.failSet = true;
  await expect(storage.updateProject({ ...newProject, investment: 3 })).rejects.toThrow('QuotaExceededError');
  await expect(storage.addActionNode({ ...newTask, id: 't-other' })).rejects.toThrow('QuotaExceededError');
  await expect(storage.updateMilestone({ ...newMilestone, doneOn: '2020-07-01' })).rejects.toThrow(
    'QuotaExceededError',
  );
  await expect(storage.addLink({ indicatorId: 'gdp', kind: 'project', targetId: 'p-new' })).rejects.toThrow(
    'QuotaExceededError',
  );
  expect(await storage.listProjects()).toEqual(before.projects);
  expect(await storage.listActionNodes()).toEqual(before.nodes);
  expect(await storage.listMilestones()).toEqual(before.milestones);
  expect(await storage.listLinks()).toEqual(before.links);
  expect(kv.data).toEqual(stored);

  kv.failSet = false;
  await storage.reset();
  for (const key of KEYS) expect(kv.data.has(key), key).toBe(false);
  expect(await storage.listProjects()).toEqual(testLedgerDataset().projects);
  expect(await createBrowserStorage(testLedgerDataset, kv).listMilestones()).toEqual(testLedgerDataset().milestones);
});
