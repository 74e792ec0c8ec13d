/**
 * The API test dataset with a small project ledger, campaign tree, links and owner directory, and
 * derived indicators computed from them. At 2020-06 (as of 2020-06-30, year 2020):
 *
 * - started this year: p-beta (02-01), p-delta (04-15) → 2; completed: p-gamma → 1; converted: p-alpha → 1
 * - 竣工率 1 / 3 (p-beta, p-gamma, p-delta under construction) = 33.3; 转化率 1 / 2 (p-alpha, p-gamma) = 50
 * - p-eta is signed on 2020-07-01, after the view's date
 *
 * In 2019: started 3 (alpha, gamma, zeta), completed 2 (alpha, zeta), converted 1 (zeta); 竣工率 2 / 3,
 * 转化率 1 / 2.
 *
 * road-works becomes a milestone-derived indicator over the milestones design (done 03-20), start
 * (in progress, due 07-10: 临期 at 2020-06) and finish; its stored observation is ignored.
 * bridge-design (due 05-31) is overdue at 2020-06; bridge-tender is due on 2020-06-30 itself.
 */
import type { ActionNode, Milestone } from '../src/domain/action';
import type { IndicatorLink, OwnerUnit } from '../src/domain/action-contract';
import type { Campaign, Derivation, Indicator, Owner } from '../src/domain/indicator';
import type { Industry, Park, Project, StageDates } from '../src/domain/project';
import type { Dataset } from './storage/storage';
import { testDataset } from './test-dataset';

const source = { title: '测试数据 test fixture' };

export const TEST_OWNERS: OwnerUnit[] = [
  { unit: '项目办', people: ['主任', '副主任'] },
  { unit: '城建办', people: ['主任', '副主任'] },
  { unit: '经济发展局', people: ['局长'] },
  { unit: '招商中心', people: ['主任'] },
];

function derivedIndicator(
  id: string,
  zh: string,
  derived: Derivation,
  extra: { target: number; baselineValue?: number },
): Indicator {
  const { target, baselineValue: baseline } = extra;
  const rate = derived.endsWith('rate');
  return {
    id,
    name: { zh, en: id },
    category: 'jin',
    campaigns: ['xiangmu-year'],
    unit: rate ? '%' : '个',
    kind: rate ? 'ratio' : 'count',
    direction: 'higher',
    cumulative: !rate,
    headline: false,
    baseline: baseline === undefined ? null : { year: 2019, value: baseline, source, sample: true },
    targets: [{ year: 2020, value: target, source, sample: true }],
    owner: { unit: '项目办', person: '主任' },
    definition: { zh: `${zh}的口径`, en: `Scope of ${id}` },
    source,
    derived,
  };
}

function project(
  id: string,
  industry: Industry,
  park: Park | null,
  investment: number,
  stages: StageDates,
  owner: Owner = { unit: '项目办', person: '主任' },
): Project {
  return {
    id,
    name: { zh: `${id}项目`, en: `Project ${id}` },
    industry,
    park,
    investment,
    stages,
    owner,
    source,
    sample: true,
    history: [],
  };
}

function node(
  id: string,
  kind: ActionNode['kind'],
  parentId: string | null,
  extra: { tags?: Campaign[]; owner?: Owner; start?: string; end?: string } = {},
): ActionNode {
  return { id, kind, parentId, name: { zh: `${id}节点`, en: `Node ${id}` }, tags: [], source, sample: true, ...extra };
}

function milestone(
  id: string,
  taskId: string,
  due: string,
  owner: Owner,
  dates: { startedOn?: string; doneOn?: string } = {},
): Milestone {
  return {
    id,
    taskId,
    name: { zh: `${id}节点`, en: `Milestone ${id}` },
    due,
    owner,
    evidence: [],
    source,
    sample: true,
    ...dates,
  };
}

const CJ_HEAD = { unit: '城建办', person: '主任' };
const CJ_DEPUTY = { unit: '城建办', person: '副主任' };
const XM_HEAD = { unit: '项目办', person: '主任' };
const XM_DEPUTY = { unit: '项目办', person: '副主任' };

/** A fresh copy on every call, like a real seed. */
export function testLedgerDataset(): Dataset {
  const base = testDataset();
  const indicators = base.indicators.map((i): Indicator =>
    i.id === 'road-works' ? { ...i, derived: 'milestones-done' } : i,
  );
  const links: IndicatorLink[] = [
    { indicatorId: 'gdp', kind: 'project', targetId: 'p-alpha' },
    { indicatorId: 'gdp', kind: 'project', targetId: 'p-gamma' },
    { indicatorId: 'new-projects', kind: 'task', targetId: 't-ledger' },
    { indicatorId: 'green-share', kind: 'task', targetId: 't-bridge' },
  ];
  return {
    ...base,
    indicators: [
      ...indicators,
      derivedIndicator('projects-started', '新开工亿元项目', 'ledger-started', { target: 6, baselineValue: 3 }),
      derivedIndicator('projects-completed', '竣工验收亿元项目', 'ledger-completed', { target: 4, baselineValue: 2 }),
      derivedIndicator('projects-converted', '转化投产亿元项目', 'ledger-converted', { target: 3, baselineValue: 1 }),
      derivedIndicator('completion-rate', '竣工率', 'ledger-completion-rate', { target: 60 }),
      derivedIndicator('conversion-rate', '转化率', 'ledger-conversion-rate', { target: 60, baselineValue: 50 }),
    ],
    projects: [
      project('p-alpha', 'hydraulic-casting', 'equipment-park', 12, {
        signed: '2019-02-10',
        started: '2019-05-01',
        completed: '2019-11-20',
        converted: '2020-03-15',
      }),
      project(
        'p-beta',
        'textile-apparel',
        'materials-park',
        5,
        { signed: '2019-06-01', started: '2020-02-01' },
        XM_DEPUTY,
      ),
      project(
        'p-gamma',
        'new-materials',
        null,
        20,
        { signed: '2019-09-01', started: '2019-10-10', completed: '2020-05-20' },
        { unit: '招商中心', person: '主任' },
      ),
      project('p-delta', 'high-end-equipment', 'equipment-park', 8, { signed: '2020-03-01', started: '2020-04-15' }),
      project('p-epsilon', 'optical-cable', null, 3, { signed: '2020-05-10' }, { unit: '经济发展局', person: '局长' }),
      project('p-zeta', 'smart-manufacturing', 'materials-park', 8, {
        signed: '2018-12-01',
        started: '2019-03-01',
        completed: '2019-08-01',
        converted: '2019-12-01',
      }),
      project('p-eta', 'hydraulic-casting', 'equipment-park', 6, { signed: '2020-07-01' }),
    ],
    actionNodes: [
      node('c-wuge', 'campaign', null, { tags: ['wuge-baipu'] }),
      node('m-roads', 'measure', 'c-wuge', { owner: CJ_HEAD }),
      node('t-road', 'task', 'm-roads', { owner: CJ_DEPUTY, start: '2020-01-01', end: '2020-12-31' }),
      node('t-bridge', 'task', 'm-roads', { owner: CJ_HEAD, start: '2020-03-01', end: '2020-09-30' }),
      node('c-xiangmu', 'campaign', null, { tags: ['xiangmu-year'] }),
      node('m-projects', 'measure', 'c-xiangmu', { owner: XM_HEAD }),
      node('t-ledger', 'task', 'm-projects', {
        owner: XM_DEPUTY,
        tags: ['jiceng-year'],
        start: '2020-01-01',
        end: '2020-12-31',
      }),
    ],
    milestones: [
      milestone('design', 't-road', '2020-03-31', CJ_DEPUTY, { startedOn: '2020-02-01', doneOn: '2020-03-20' }),
      milestone('start', 't-road', '2020-07-10', CJ_DEPUTY, { startedOn: '2020-06-01' }),
      milestone('finish', 't-road', '2020-10-31', CJ_DEPUTY),
      milestone('bridge-design', 't-bridge', '2020-05-31', CJ_HEAD),
      milestone('bridge-tender', 't-bridge', '2020-06-30', CJ_HEAD),
      milestone('ledger-q1', 't-ledger', '2020-03-31', XM_DEPUTY, { doneOn: '2020-04-05' }),
      milestone('ledger-q2', 't-ledger', '2020-06-30', XM_DEPUTY, { doneOn: '2020-06-28' }),
    ],
    links,
    owners: structuredClone(TEST_OWNERS),
  };
}
