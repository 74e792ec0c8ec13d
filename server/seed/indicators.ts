/**
 * The indicators of the seed: every target and result of the 2020-04-27 report on Baipu (白蒲镇),
 * plus the county goal it quotes and a few public context facts. Figures the report gives carry its
 * exact words in `source.quote`; targets and values that no source gives are marked `sample`.
 * Indicators with `derived` have no stored values: the ledger (projects.ts) and the campaign tree
 * (actions.ts, one task per milestone indicator with its nodes as milestones) give them.
 */
import type { Bilingual, Indicator, MilestoneNode, Source, Target } from '../../src/domain/indicator';
import { OWNERS } from './owners';
import {
  BAIPU_PROFILE,
  CCID_2019,
  HUTONG_OPENING,
  RUGAO_GDP_2019,
  SAMPLE_SOURCE,
  YANTONG_OPENING,
  articleQuote as q,
} from './sources';

/** A target no source gives. */
function sampleTarget(year: number, value: number, note?: Bilingual): Target {
  return note
    ? { year, value, source: SAMPLE_SOURCE, sample: true, note }
    : { year, value, source: SAMPLE_SOURCE, sample: true };
}

/**
 * A sample 2020 target of a year-to-date rate with its quarterly plan (Q1–Q3; Q4 is the target):
 * such a rate climbs through the year, so it is paced by the plan instead of held at the target.
 */
function plannedRateTarget(value: number, quarters: readonly [number, number, number]): Target {
  return {
    ...sampleTarget(2020, value),
    plan: quarters.map((v, i) => ({ period: `2020Q${i + 1}`, value: v })),
  };
}

/** A target a source states. */
function sourcedTarget(year: number, value: number, source: Source, note?: Bilingual): Target {
  return note ? { year, value, source, sample: false, note } : { year, value, source, sample: false };
}

/**
 * A target read between the lines of a source: it cites the words it is inferred from, but stays
 * `sample` because the source does not state it.
 */
function inferredTarget(year: number, value: number, source: Source, note: Bilingual): Target {
  return { year, value, source, sample: true, note };
}

/** A baseline taken from a source (the 2019 result the report gives). */
function baseline(year: number, value: number, source: Source): NonNullable<Indicator['baseline']> {
  return { year, value, source, sample: false };
}

/** A dated milestone node (任务节点化). */
function node(id: string, zh: string, en: string, due: string): MilestoneNode {
  return { id, label: { zh, en }, due };
}

/**
 * The 2020 target of a milestone indicator: the number of its 2020 nodes, because progress counts
 * nodes done. Sample unless a source dates every node.
 */
function nodesTarget(nodes: readonly MilestoneNode[], sample = true, source: Source = SAMPLE_SOURCE): Target {
  const value = nodes.filter((n) => n.due.startsWith('2020-')).length;
  return { year: 2020, value, source, sample };
}

/** Caveat shared by milestone indicators whose node dates nobody published. */
const SAMPLE_NODES: Bilingual = {
  zh: '文中只给出任务，未给出节点和日期；节点及其日期为示例。',
  en: 'The article names the task only; the nodes and their dates are sample.',
};

// ---------------------------------------------------------------------------------------------
// 稳: the project ledger. The three counts are the headline of the report's 2019 results; they and
// the two rates are computed from the ledger (projects.ts), never entered.
// ---------------------------------------------------------------------------------------------

const wen: Indicator[] = [
  {
    id: 'new-billion-projects',
    name: { zh: '新开工亿元项目', en: 'New 100-million-yuan projects started' },
    category: 'wen',
    campaigns: ['xiangmu-year'],
    unit: '个',
    kind: 'count',
    direction: 'higher',
    cumulative: true,
    headline: true,
    baseline: baseline(2019, 7, q('新开工建设亿元项目7个')),
    targets: [
      inferredTarget(2019, 7, q('新开工建设亿元项目7个,半年完成全年任务'), {
        zh: '推断值：文中说“半年完成全年任务”，即全年任务不超过当年完成的7个，此处取7；文中未直接给出目标。',
        en: 'Inferred: "the full-year task done in half a year" puts the annual task at no more than the 7 achieved; 7 is assumed, the article states no target.',
      }),
      sampleTarget(2020, 8),
    ],
    owner: OWNERS.projects,
    definition: {
      zh: '计划总投资1亿元及以上、当年新开工建设的产业项目个数，1–N月累计；由项目台账自动计算：“开工”日期在当年1月1日至统计日之间的项目数，不另行填报。',
      en: 'Industrial projects of 100 million yuan or more of planned investment that started construction in the year, year-to-date; computed from the project ledger (projects whose "started" date falls between 1 January and the date), never entered.',
    },
    derived: 'ledger-started',
    source: q('新开工建设亿元项目7个,半年完成全年任务,当年储备来年目标。'),
  },
  {
    id: 'completed-billion-projects',
    name: { zh: '竣工验收亿元项目', en: '100-million-yuan projects completed and accepted' },
    category: 'wen',
    campaigns: ['xiangmu-year'],
    unit: '个',
    kind: 'count',
    direction: 'higher',
    cumulative: true,
    headline: true,
    baseline: baseline(2019, 14, q('14个亿元项目通过竣工验收')),
    targets: [sampleTarget(2020, 15)],
    owner: OWNERS.projects,
    definition: {
      zh: '当年通过竣工验收的亿元以上产业项目个数，1–N月累计；由项目台账自动计算：“竣工验收”日期在当年1月1日至统计日之间的项目数，不另行填报。',
      en: 'Projects of 100 million yuan or more that passed completion acceptance in the year, year-to-date; computed from the project ledger (projects whose "completed" date falls between 1 January and the date), never entered.',
    },
    derived: 'ledger-completed',
    source: q('14个亿元项目通过竣工验收'),
  },
  {
    id: 'converted-projects',
    name: { zh: '实现转化项目', en: 'Projects converted to production' },
    category: 'wen',
    campaigns: ['xiangmu-year'],
    unit: '个',
    kind: 'count',
    direction: 'higher',
    cumulative: true,
    headline: true,
    baseline: baseline(2019, 10, q('10个项目实现转化')),
    targets: [sampleTarget(2020, 12)],
    owner: OWNERS.projects,
    definition: {
      zh: '竣工后实现转化（投产达效）的项目个数，1–N月累计；由项目台账自动计算：“转化/投产”日期在当年1月1日至统计日之间的项目数，不另行填报。',
      en: 'Completed projects that went into production in the year, year-to-date; computed from the project ledger (projects whose "converted" date falls between 1 January and the date), never entered.',
    },
    derived: 'ledger-converted',
    source: q('10个项目实现转化'),
  },
  {
    id: 'completion-rate-rank',
    name: { zh: '项目竣工率全市排名', en: 'Project completion rate: rank in Rugao' },
    category: 'wen',
    campaigns: ['xiangmu-year'],
    unit: '位',
    kind: 'rank',
    direction: 'hold',
    cumulative: false,
    headline: false,
    baseline: baseline(2019, 1, q('竣工率和转化率全市第一')),
    targets: [sampleTarget(2020, 1, { zh: '保持全市第一（示例目标）。', en: 'Keep first place (sample target).' })],
    owner: OWNERS.projects,
    definition: {
      zh: '亿元项目竣工率（竣工验收数/计划竣工数）在如皋市各区镇中的名次，数值越小越好。',
      en: "Place of the town's completion rate of 100-million-yuan projects among Rugao's towns and zones; lower is better.",
    },
    source: q('竣工率和转化率全市第一'),
    caveat: {
      zh: '“全市”此处理解为如皋市（县级市）范围内的区镇排名。',
      en: '"The city" is read as Rugao (the county-level city) and its towns.',
    },
  },
  {
    id: 'conversion-rate-rank',
    name: { zh: '项目转化率全市排名', en: 'Project conversion rate: rank in Rugao' },
    category: 'wen',
    campaigns: ['xiangmu-year'],
    unit: '位',
    kind: 'rank',
    direction: 'hold',
    cumulative: false,
    headline: false,
    baseline: baseline(2019, 1, q('竣工率和转化率全市第一')),
    targets: [sampleTarget(2020, 1, { zh: '保持全市第一（示例目标）。', en: 'Keep first place (sample target).' })],
    owner: OWNERS.projects,
    definition: {
      zh: '竣工项目转化率（转化数/竣工数）在如皋市各区镇中的名次，数值越小越好。',
      en: "Place of the town's conversion rate (converted ÷ completed projects) among Rugao's towns and zones; lower is better.",
    },
    source: q('竣工率和转化率全市第一'),
    caveat: {
      zh: '“全市”此处理解为如皋市（县级市）范围内的区镇排名。',
      en: '"The city" is read as Rugao (the county-level city) and its towns.',
    },
  },
  {
    id: 'project-completion-rate',
    name: { zh: '项目竣工率', en: 'Project completion rate' },
    category: 'wen',
    campaigns: ['xiangmu-year'],
    unit: '%',
    kind: 'ratio',
    direction: 'higher',
    cumulative: false,
    headline: false,
    baseline: null,
    targets: [plannedRateTarget(50, [10, 25, 40])],
    owner: OWNERS.projects,
    definition: {
      zh: '当年竣工验收项目数 ÷ 当年在建项目数 × 100%，当年1月1日至统计日累计；当年在建项目指截至统计日已开工、且在当年1月1日前尚未竣工的项目（含当年已竣工的）。由项目台账自动计算，不另行填报。',
      en: 'Projects completed in the year ÷ projects under construction in the year × 100%, from 1 January to the date; under construction means started by the date and not completed before 1 January (those completed this year included). Computed from the project ledger, never entered.',
    },
    derived: 'ledger-completion-rate',
    source: q('竣工率和转化率全市第一'),
    caveat: {
      zh: '文中只给出全市排名，没有比率数值；目标为示例，比率由示例项目台账计算。年内累计比率逐月上升，故按季度计划（示例）衡量序时进度。',
      en: 'The article gives only the rank in Rugao, not the rate; the target is sample and the rate is computed from the sample ledger. A year-to-date rate climbs through the year, so its pace follows a quarterly plan (sample).',
    },
  },
  {
    id: 'project-conversion-rate',
    name: { zh: '项目转化率', en: 'Project conversion rate' },
    category: 'wen',
    campaigns: ['xiangmu-year'],
    unit: '%',
    kind: 'ratio',
    direction: 'higher',
    cumulative: false,
    headline: false,
    baseline: null,
    targets: [plannedRateTarget(55, [12, 28, 42])],
    owner: OWNERS.projects,
    definition: {
      zh: '当年实现转化项目数 ÷ 当年待转化项目数 × 100%，当年1月1日至统计日累计；待转化项目指截至统计日已竣工、且在当年1月1日前尚未转化的项目（含当年已转化的）。由项目台账自动计算，不另行填报。',
      en: 'Projects converted in the year ÷ projects awaiting conversion in the year × 100%, from 1 January to the date; awaiting conversion means completed by the date and not converted before 1 January (those converted this year included). Computed from the project ledger, never entered.',
    },
    derived: 'ledger-conversion-rate',
    source: q('竣工率和转化率全市第一'),
    caveat: {
      zh: '文中只给出全市排名，没有比率数值；目标为示例，比率由示例项目台账计算。年内累计比率逐月上升，故按季度计划（示例）衡量序时进度。',
      en: 'The article gives only the rank in Rugao, not the rate; the target is sample and the rate is computed from the sample ledger. A year-to-date rate climbs through the year, so its pace follows a quarterly plan (sample).',
    },
  },
  {
    id: 'reserve-projects',
    name: { zh: '来年储备亿元项目', en: 'Projects in reserve for next year' },
    category: 'wen',
    campaigns: ['xiangmu-year'],
    unit: '个',
    kind: 'count',
    direction: 'higher',
    cumulative: true,
    headline: false,
    baseline: null,
    targets: [sampleTarget(2020, 10)],
    owner: OWNERS.investment,
    definition: {
      zh: '当年新增、拟于次年开工的亿元以上储备项目个数，1–N月累计。',
      en: 'Projects of 100 million yuan or more added to the reserve in the year for a start next year, year-to-date.',
    },
    source: q('当年储备来年目标'),
    caveat: {
      zh: '文中只说“当年储备来年目标”，未给出储备项目个数；目标和数值均为示例。',
      en: "The article says next year's projects are in reserve but gives no number; target and values are sample.",
    },
  },
  {
    id: 'signed-billion-projects',
    name: { zh: '新签约亿元项目', en: 'New 100-million-yuan projects signed' },
    category: 'wen',
    campaigns: ['xiangmu-year'],
    unit: '个',
    kind: 'count',
    direction: 'higher',
    cumulative: true,
    headline: false,
    baseline: null,
    targets: [sampleTarget(2020, 12)],
    owner: OWNERS.investment,
    definition: {
      zh: '通过精准招商、专业招商、产业链招商新签约的亿元以上项目个数，1–N月累计；重点投向一重（液压铸造）、一轻（纺织服装）、一高（高端装备）、一新（新材料）四大产业板块及光纤电缆、智能制造。',
      en: 'Projects of 100 million yuan or more signed through targeted, specialised and supply-chain investment promotion, year-to-date; aimed at the four industry blocks (hydraulics and casting, textiles and garments, high-end equipment, new materials) and at optical fibre and cable and smart manufacturing.',
    },
    source: q('1.聚焦转型升级,提升项目带动力。'),
    caveat: {
      zh: '“项目建设突破年”的第一个聚焦（转型升级）没有量化目标；以签约亿元项目数作为示例口径。',
      en: 'The first focus of the year of project breakthroughs (transformation and upgrading) has no figure; projects signed is a sample measure of it.',
    },
  },
];

// ---------------------------------------------------------------------------------------------
// 进: innovation, trade and the parks.
// ---------------------------------------------------------------------------------------------

const PARK_NODES: MilestoneNode[] = [
  node('park-equipment-formed', '高端装备制造产业园基本形成', 'High-end equipment park basically formed', '2019-12-31'),
  node('park-materials-formed', '新材料产业园基本形成', 'New-materials park basically formed', '2019-12-31'),
];

const PARK_UPGRADE_NODES: MilestoneNode[] = [
  node(
    'park-upgrade-plant',
    '高端装备产业园标准厂房竣工',
    'Standard plant in the equipment park completed',
    '2020-05-29',
  ),
  node(
    'park-upgrade-road',
    '新材料产业园配套道路管网完工',
    'Roads and pipes of the materials park finished',
    '2020-09-30',
  ),
  node('park-upgrade-mu', '园区企业亩均效益评价', "Per-mu evaluation of the parks' firms", '2020-12-15'),
];

const JIADING_NODES: MilestoneNode[] = [
  node('jiading-contact', '与嘉定工业园区对接洽谈', 'Talks with the Jiading Industrial Park', '2020-04-30'),
  node('jiading-agreement', '签订合作共建框架协议', 'Co-development framework agreement signed', '2020-07-08'),
  node('jiading-launch', '共建园区挂牌运营', 'Co-developed park opened', '2020-10-30'),
];

const jin: Indicator[] = [
  {
    id: 'patent-award-firms',
    name: { zh: '获省专利奖、省发明奖企业', en: 'Firms winning provincial patent or invention awards' },
    category: 'jin',
    campaigns: ['xiangmu-year'],
    unit: '家',
    kind: 'count',
    direction: 'higher',
    cumulative: true,
    headline: false,
    baseline: baseline(2019, 2, q('两家企业成功获批省专利奖、省发明奖')),
    targets: [
      {
        ...sampleTarget(2020, 2),
        // Awards are announced once a year in the second half, so linear pacing would show red all spring.
        plan: [
          { period: '2020-06', value: 0 },
          { period: '2020-09', value: 1 },
          { period: '2020-12', value: 2 },
        ],
      },
    ],
    owner: OWNERS.economy,
    definition: {
      zh: '当年获江苏省专利奖或省发明奖的本镇企业家数，1–N月累计。',
      en: 'Firms of the town awarded a Jiangsu patent award or invention award in the year, year-to-date.',
    },
    source: q('两家企业成功获批省专利奖、省发明奖'),
  },
  {
    id: 'ip-standard-firms',
    name: { zh: '省知识产权贯标认证企业', en: 'Firms certified to the provincial IP-management standard' },
    category: 'jin',
    campaigns: ['xiangmu-year'],
    unit: '家',
    kind: 'count',
    direction: 'higher',
    cumulative: true,
    headline: false,
    baseline: baseline(2019, 1, q('一家企业获省知识产权贯标认证')),
    targets: [
      {
        ...sampleTarget(2020, 2),
        plan: [
          { period: '2020-06', value: 1 },
          { period: '2020-12', value: 2 },
        ],
      },
    ],
    owner: OWNERS.economy,
    definition: {
      zh: '当年通过知识产权管理规范（贯标）认证并获省级认定的企业家数，1–N月累计。',
      en: 'Firms certified in the year to the intellectual-property management standard with provincial recognition, year-to-date.',
    },
    source: q('一家企业获省知识产权贯标认证'),
  },
  {
    id: 'foreign-trade',
    name: { zh: '外贸进出口总额', en: 'Foreign trade (imports and exports)' },
    category: 'jin',
    campaigns: [],
    unit: '亿元',
    kind: 'amount',
    direction: 'higher',
    cumulative: true,
    headline: true,
    baseline: baseline(2019, 5.62, q('外贸进出口5.62亿元')),
    targets: [sampleTarget(2020, 6.2)],
    owner: OWNERS.economy,
    definition: {
      zh: '本镇企业进出口总额（人民币计），1–N月累计，海关口径。',
      en: "Imports and exports of the town's firms in yuan, year-to-date, customs basis.",
    },
    source: q('外贸进出口5.62亿元、增长21。'),
  },
  {
    id: 'foreign-trade-growth',
    name: { zh: '外贸进出口增速', en: 'Foreign trade growth' },
    category: 'jin',
    campaigns: [],
    unit: '%',
    kind: 'ratio',
    direction: 'higher',
    cumulative: false,
    headline: false,
    baseline: baseline(2019, 21, q('外贸进出口5.62亿元、增长21')),
    targets: [sampleTarget(2020, 10)],
    owner: OWNERS.economy,
    definition: {
      zh: '外贸进出口1–N月累计同比增速，与上年同期（同一截止月）相比。',
      en: 'Year-over-year growth of year-to-date foreign trade, against the same months of the previous year.',
    },
    source: q('外贸进出口5.62亿元、增长21。'),
    caveat: {
      zh: '原文为“增长21”，未写单位；按统计惯例理解为同比增长21%。',
      en: 'The article prints "增长21" (growth 21) with no unit; 21% year-over-year is the likely reading.',
    },
  },
  {
    id: 'parks-formed',
    name: {
      zh: '高端装备制造产业园和新材料产业园基本形成',
      en: 'The equipment and new-materials parks basically formed',
    },
    category: 'jin',
    campaigns: [],
    unit: '项',
    kind: 'milestone',
    direction: 'higher',
    cumulative: false,
    headline: false,
    baseline: null,
    targets: [],
    nodes: PARK_NODES,
    derived: 'milestones-done',
    owner: OWNERS.economy,
    definition: {
      zh: '两个产业园区“基本形成”（载体建成、主导产业集聚）的节点数；2019年成果。',
      en: 'Nodes done of the two parks being "basically formed" (sites built, lead industries clustered); a 2019 result.',
    },
    source: q('高端装备制造产业园和新材料产业园基本形成,园区承载力不断提升。'),
    caveat: {
      zh: '2019年成果，无2020年目标；节点日期取2019年末为示例。',
      en: 'A 2019 result with no 2020 target; the node dates (end of 2019) are sample.',
    },
  },
  {
    id: 'parks-upgrade',
    name: { zh: '两大产业园提升', en: 'Upgrading the two industrial parks' },
    category: 'jin',
    campaigns: ['xiangmu-year'],
    unit: '项',
    kind: 'milestone',
    direction: 'higher',
    cumulative: false,
    headline: false,
    baseline: null,
    targets: [nodesTarget(PARK_UPGRADE_NODES)],
    nodes: PARK_UPGRADE_NODES,
    derived: 'milestones-done',
    owner: OWNERS.economy,
    definition: {
      zh: '“聚焦现代园区”：高端装备产业园和新材料产业园建设节点完成数，含“亩产论英雄”评价。',
      en: '"Focus on modern parks": nodes done in building the equipment and materials parks, including the per-mu output evaluation.',
    },
    source: q('重点打造高端装备产业园和新材料产业园。'),
    caveat: SAMPLE_NODES,
  },
  {
    id: 'jiading-cooperation',
    name: { zh: '与上海嘉定工业园区合作共建', en: 'Co-development with the Shanghai Jiading Industrial Park' },
    category: 'jin',
    campaigns: ['xiangmu-year'],
    unit: '项',
    kind: 'milestone',
    direction: 'higher',
    cumulative: false,
    headline: false,
    baseline: null,
    targets: [nodesTarget(JIADING_NODES)],
    nodes: JIADING_NODES,
    derived: 'milestones-done',
    owner: OWNERS.investment,
    definition: {
      zh: '与上海嘉定工业园区合作共建的节点完成数。',
      en: 'Nodes done of the co-development with the Shanghai Jiading Industrial Park.',
    },
    source: q('大力推动与上海嘉定工业园区的合作共建。'),
    caveat: SAMPLE_NODES,
  },
  {
    id: 'zhishui-talents',
    name: { zh: '新增“雉水英才”', en: 'New "Zhishui talents" (Rugao talent programme)' },
    category: 'jin',
    campaigns: ['xiangmu-year'],
    unit: '名',
    kind: 'count',
    direction: 'higher',
    cumulative: true,
    headline: true,
    baseline: null,
    targets: [sourcedTarget(2020, 1, q('新增“雉水英才”1名'))],
    owner: OWNERS.economy,
    definition: {
      zh: '当年新入选如皋市“雉水英才”计划的本镇企业人才人数，1–N月累计。',
      en: "People from the town's firms newly selected for Rugao's Zhishui talent programme in the year, year-to-date.",
    },
    source: q('新增“雉水英才”1名'),
  },
  {
    id: 'shuangchuang-talents',
    name: { zh: '省“双创人才”', en: 'Provincial innovation and entrepreneurship talents' },
    category: 'jin',
    campaigns: ['xiangmu-year'],
    unit: '名',
    kind: 'count',
    direction: 'higher',
    cumulative: true,
    headline: false,
    baseline: null,
    targets: [
      sourcedTarget(2020, 1, q('省“双创人才”力争实现突破'), {
        zh: '“力争实现突破”即实现零的突破，目标取1名。',
        en: '"Strive for a breakthrough" means the first one, so the target is 1.',
      }),
    ],
    owner: OWNERS.economy,
    definition: {
      zh: '当年入选江苏省“双创人才”（创新创业人才）计划的本镇人才人数，1–N月累计；属“聚焦科技人才”。',
      en: 'People from the town selected for the Jiangsu innovation and entrepreneurship talent programme in the year, year-to-date.',
    },
    source: q('省“双创人才”力争实现突破'),
    caveat: {
      zh: '文中只说“力争实现突破”，未给人数；取1名为由原文推断的目标。',
      en: 'The article says only "strive for a breakthrough"; 1 is the target this implies.',
    },
  },
];

// ---------------------------------------------------------------------------------------------
// 统: new urbanisation, transport, and the 城镇建设提升年 (old town, roads).
// ---------------------------------------------------------------------------------------------

const TRANSPORT_NODES: MilestoneNode[] = [
  node('transport-expressway-link', '高速公路互通连接线完工', 'Expressway interchange link finished', '2020-04-30'),
  node('transport-viaduct-link', '高架快速路连接段完工', 'Elevated road link finished', '2020-08-31'),
  node('transport-hsr-access', '高铁站点集疏运道路完工', 'Roads to the high-speed rail station finished', '2020-11-30'),
];

const HOSPITAL_SCHOOL_NODES: MilestoneNode[] = [
  node('hospital-sited', '医院完成布点', 'Hospital sites fixed', '2019-09-30'),
  node('school-sited', '学校完成布点', 'School sites fixed', '2019-12-31'),
];

const MICRO_CIRCULATION_NODES: MilestoneNode[] = [
  node('micro-circulation-plan', '道路“微循环”方案确定', 'Plan of the road "micro-circulation" fixed', '2020-03-31'),
  node('micro-circulation-batch1', '第一批断头路打通', 'First batch of dead-end roads opened', '2020-06-20'),
  node('micro-circulation-batch2', '第二批断头路打通', 'Second batch of dead-end roads opened', '2020-10-31'),
];

const MICRO_RENEWAL_NODES: MilestoneNode[] = [
  node('micro-renewal-survey', '镇区“堵点”“难点”“痛点”排查', "Survey of the town's choke points", '2020-04-30'),
  node('micro-renewal-batch1', '第一批“微更新”项目完工', 'First batch of "micro-renewal" works finished', '2020-07-31'),
  node(
    'micro-renewal-batch2',
    '第二批“微更新”项目完工',
    'Second batch of "micro-renewal" works finished',
    '2020-11-30',
  ),
];

const REAL_ESTATE_NODES: MilestoneNode[] = [
  node('real-estate-q1', '一季度在建楼盘巡查', 'Q1 inspection of housing under construction', '2020-03-31'),
  node('real-estate-q2', '二季度在建楼盘巡查', 'Q2 inspection', '2020-06-30'),
  node('real-estate-q3', '三季度在建楼盘巡查', 'Q3 inspection', '2020-09-30'),
  node('real-estate-q4', '四季度在建楼盘巡查', 'Q4 inspection', '2020-12-31'),
];

const YANTONG_NODES: MilestoneNode[] = [
  node('yantong-trial', '盐通铁路试运行', 'Yancheng–Nantong railway trial operation', '2020-11-27'),
  node(
    'yantong-open',
    '盐通铁路开通运营（如皋南站）',
    'Yancheng–Nantong railway opens (Rugao South station)',
    '2020-12-30',
  ),
];

const HUTONG_NODES: MilestoneNode[] = [
  node(
    'hutong-cold-slide',
    '沪通铁路接触网冷滑试验',
    'Overhead-line cold-slide test of the Shanghai–Nantong railway',
    '2020-04-15',
  ),
  node('hutong-joint-test', '沪通铁路联调联试完成', 'Joint commissioning tests finished', '2020-06-15'),
  node(
    'hutong-open',
    '沪苏通长江公铁大桥、沪通铁路开通运营',
    'Shanghai–Suzhou–Nantong bridge and railway open',
    '2020-07-01',
  ),
];

const BEIYANJIANG_NODES: MilestoneNode[] = [
  node(
    'beiyanjiang-route',
    '北沿江高铁线站位方案稳定',
    'Route and station plan of the North-bank railway settled',
    '2020-05-31',
  ),
  node('beiyanjiang-feasibility', '北沿江高铁可行性研究报告上报', 'Feasibility study submitted', '2020-09-30'),
  node('beiyanjiang-land', '沿线用地预留控制', 'Land along the route reserved', '2020-12-15'),
];

const BRAND_NODES: MilestoneNode[] = [
  node(
    'brand-blueprint',
    '“长寿幸福古镇、宜居宜业小城”发展蓝图编制',
    'Blueprint "longevity old town, liveable small city" drafted',
    '2020-05-31',
  ),
  node('brand-promotion', '四大魅力宣传推介', 'Promotion of the four charms', '2020-08-31'),
  node('brand-event', '白蒲品牌推介会', 'Baipu brand promotion event', '2020-10-31'),
];

const WATER_PLAN_NODES: MilestoneNode[] = [
  node('water-plan-start', '古镇水系规划编制启动', 'Old-town water-system plan started', '2020-05-31'),
  node('water-plan-review', '古镇水系规划评审', 'Water-system plan reviewed', '2020-08-31'),
  node('water-plan-works', '首期水系连通工程开工', 'First water-link works started', '2020-11-30'),
];

const OLD_TOWN_NODES: MilestoneNode[] = [
  node(
    'old-town-tender',
    '古镇保护和拓展专项规划招标',
    'Tender for the old-town conservation and expansion plans',
    '2020-05-15',
  ),
  node(
    'old-town-draft',
    '专项规划初稿（含非遗、历史建筑再现、旅游民宿）',
    'Draft plans (intangible heritage, historic buildings, guesthouses)',
    '2020-08-31',
  ),
  node('old-town-approval', '专项规划评审批复', 'Plans reviewed and approved', '2020-11-30'),
];

/** Nodes of one road: plan, start, finish (sample dates; the article names the roads only). */
function roadNodes(id: string, zh: string, en: string, plan: string, start: string, finish: string): MilestoneNode[] {
  return [
    node(`${id}-plan`, `${zh}规划设计完成`, `${en}: design done`, plan),
    node(`${id}-start`, `${zh}开工`, `${en}: works started`, start),
    node(`${id}-finish`, `${zh}完工`, `${en}: works finished`, finish),
  ];
}

const ROADS = [
  {
    id: 'east-ring-road',
    zh: '东环路',
    en: 'East Ring Road',
    nodes: roadNodes('east-ring-road', '东环路', 'East Ring Road', '2020-03-31', '2020-05-31', '2020-12-31'),
  },
  {
    id: 'tianxiang-road-east',
    zh: '天祥路东延',
    en: 'Tianxiang Road east extension',
    nodes: roadNodes(
      'tianxiang-road-east',
      '天祥路东延',
      'Tianxiang Road east extension',
      '2020-04-30',
      '2020-07-10',
      '2020-12-31',
    ),
  },
  {
    id: 'south-ring-road',
    zh: '南环路',
    en: 'South Ring Road',
    nodes: roadNodes('south-ring-road', '南环路', 'South Ring Road', '2020-04-30', '2020-06-15', '2020-12-31'),
  },
  {
    id: 'pusheng-road-south',
    zh: '蒲盛路南延',
    en: 'Pusheng Road south extension',
    nodes: roadNodes(
      'pusheng-road-south',
      '蒲盛路南延',
      'Pusheng Road south extension',
      '2020-05-31',
      '2020-08-31',
      '2020-12-31',
    ),
  },
] as const;

const roadIndicators: Indicator[] = ROADS.map((r) => ({
  id: r.id,
  name: { zh: r.zh, en: r.en },
  category: 'tong',
  campaigns: ['chengzhen-year'],
  unit: '项',
  kind: 'milestone',
  direction: 'higher',
  cumulative: false,
  headline: false,
  baseline: null,
  targets: [nodesTarget(r.nodes)],
  nodes: [...r.nodes],
  derived: 'milestones-done',
  owner: OWNERS.construction,
  definition: {
    zh: `${r.zh}（主要交通干道）规划、开工、完工节点完成数；按“一次规划、分步实施”推进，含搬迁。`,
    en: `${r.en} (a main road): nodes done of design, start and finish, "planned once, built in steps", relocation included.`,
  },
  source: q('建设好东环路、天祥路东延、南环路、蒲盛路南延等主要交通干道。'),
  caveat: SAMPLE_NODES,
}));

const tong: Indicator[] = [
  {
    id: 'transport-links',
    name: { zh: '高铁、高速、高架综合交通网络', en: 'Transport network: high-speed rail, expressways, elevated roads' },
    category: 'tong',
    campaigns: [],
    unit: '项',
    kind: 'milestone',
    direction: 'higher',
    cumulative: false,
    headline: false,
    baseline: null,
    targets: [nodesTarget(TRANSPORT_NODES)],
    nodes: TRANSPORT_NODES,
    derived: 'milestones-done',
    owner: OWNERS.construction,
    definition: {
      zh: '本镇与周边高铁、高速、高架网络衔接工程的节点完成数。',
      en: 'Nodes done of the works linking the town to the high-speed rail, expressway and elevated-road network around it.',
    },
    source: q('高铁、高速、高架等综合交通网络在周边日趋完善'),
    caveat: SAMPLE_NODES,
  },
  {
    id: 'hospital-school-siting',
    name: { zh: '医院、学校完成布点', en: 'Hospital and school sites fixed' },
    category: 'tong',
    campaigns: [],
    unit: '项',
    kind: 'milestone',
    direction: 'higher',
    cumulative: false,
    headline: false,
    baseline: null,
    targets: [],
    nodes: HOSPITAL_SCHOOL_NODES,
    derived: 'milestones-done',
    owner: OWNERS.social,
    definition: {
      zh: '新建医院、学校布点确定的节点数；2019年成果。',
      en: 'Nodes done of fixing the sites of a new hospital and school; a 2019 result.',
    },
    source: q('医院、学校完成布点'),
    caveat: {
      zh: '2019年已完成，无2020年目标；节点日期为示例。',
      en: 'Done in 2019, no 2020 target; the node dates are sample.',
    },
  },
  {
    id: 'road-micro-circulation',
    name: { zh: '道路“微循环”', en: 'Road "micro-circulation"' },
    category: 'tong',
    campaigns: ['chengzhen-year'],
    unit: '项',
    kind: 'milestone',
    direction: 'higher',
    cumulative: false,
    headline: false,
    baseline: null,
    targets: [nodesTarget(MICRO_CIRCULATION_NODES)],
    nodes: MICRO_CIRCULATION_NODES,
    derived: 'milestones-done',
    owner: OWNERS.construction,
    definition: {
      zh: '打通镇区断头路、疏解“堵点”的道路“微循环”工程节点完成数。',
      en: 'Nodes done of the small road works that open dead ends and relieve choke points in the town.',
    },
    source: q('实施道路“微循环”、镇区“微更新”'),
    caveat: SAMPLE_NODES,
  },
  {
    id: 'town-micro-renewal',
    name: { zh: '镇区“微更新”', en: 'Town "micro-renewal"' },
    category: 'tong',
    campaigns: ['chengzhen-year'],
    unit: '项',
    kind: 'milestone',
    direction: 'higher',
    cumulative: false,
    headline: false,
    baseline: null,
    targets: [nodesTarget(MICRO_RENEWAL_NODES)],
    nodes: MICRO_RENEWAL_NODES,
    derived: 'milestones-done',
    owner: OWNERS.construction,
    definition: {
      zh: '镇区小尺度更新（补齐设施、消除“难点”“痛点”）的节点完成数。',
      en: 'Nodes done of small-scale renewal of the town centre (missing facilities, trouble spots).',
    },
    source: q('逐步消除镇区“堵点”“难点”“痛点”'),
    caveat: SAMPLE_NODES,
  },
  {
    id: 'real-estate-orderly',
    name: { zh: '房产开发健康有序', en: 'Orderly real-estate development' },
    category: 'tong',
    campaigns: [],
    unit: '项',
    kind: 'milestone',
    direction: 'higher',
    cumulative: false,
    headline: false,
    baseline: null,
    targets: [nodesTarget(REAL_ESTATE_NODES)],
    nodes: REAL_ESTATE_NODES,
    derived: 'milestones-done',
    owner: OWNERS.construction,
    definition: {
      zh: '在建房地产项目季度巡查的完成次数（以巡查代表“健康有序”的监管节点）。',
      en: 'Quarterly inspections of housing under construction done (the supervision nodes behind "healthy and orderly").',
    },
    source: q('房产开发健康有序'),
    caveat: {
      zh: '“健康有序”是定性表述，没有可量化口径；以季度巡查为示例节点。',
      en: '"Healthy and orderly" is qualitative; quarterly inspections are sample nodes for it.',
    },
  },
  {
    id: 'yantong-railway',
    name: { zh: '盐通铁路开通', en: 'Yancheng–Nantong high-speed railway opening' },
    category: 'tong',
    campaigns: [],
    unit: '项',
    kind: 'milestone',
    direction: 'higher',
    cumulative: false,
    headline: false,
    baseline: null,
    targets: [nodesTarget(YANTONG_NODES, false, YANTONG_OPENING)],
    nodes: YANTONG_NODES,
    derived: 'milestones-done',
    owner: OWNERS.construction,
    definition: {
      zh: '外部里程碑：盐通高铁（设如皋南站）试运行、开通运营；本镇只跟踪，不负责实施。',
      en: 'External milestone: trial operation and opening of the Yancheng–Nantong railway (stops at Rugao South); the town tracks it, does not build it.',
    },
    source: q('盐通铁路、沪通铁路大桥、北沿江真正开通以后'),
    caveat: {
      zh: '开通日期2020-12-30、试运行2020-11-27取自公开报道，不是原文。',
      en: 'Opening (2020-12-30) and trial (2020-11-27) dates come from news reports, not the article.',
    },
  },
  {
    id: 'hutong-railway',
    name: { zh: '沪通铁路及沪苏通长江公铁大桥开通', en: 'Shanghai–Nantong railway and Yangtze bridge opening' },
    category: 'tong',
    campaigns: [],
    unit: '项',
    kind: 'milestone',
    direction: 'higher',
    cumulative: false,
    headline: false,
    baseline: null,
    targets: [
      {
        ...nodesTarget(HUTONG_NODES, true, HUTONG_OPENING),
        note: {
          zh: '开通日期取自新华社报道；两个测试节点的日期为示例，故整体仍标为示例。',
          en: 'The opening date is from Xinhua; the two test dates are sample, so the target as a whole is marked sample.',
        },
      },
    ],
    nodes: HUTONG_NODES,
    derived: 'milestones-done',
    owner: OWNERS.construction,
    definition: {
      zh: '外部里程碑：沪通铁路（沪苏通铁路）及沪苏通长江公铁大桥的测试与开通；本镇只跟踪。',
      en: 'External milestone: tests and opening of the Shanghai–Nantong railway and its Yangtze bridge; the town tracks it.',
    },
    source: q('盐通铁路、沪通铁路大桥、北沿江真正开通以后'),
    caveat: {
      zh: '开通日期2020-07-01取自新华社报道；冷滑试验和联调联试的日期为示例。',
      en: 'The opening date 2020-07-01 is from a Xinhua report; the dates of the tests are sample.',
    },
  },
  {
    id: 'beiyanjiang-hsr',
    name: { zh: '北沿江高铁', en: 'North Yangtze-bank high-speed railway' },
    category: 'tong',
    campaigns: [],
    unit: '项',
    kind: 'milestone',
    direction: 'higher',
    cumulative: false,
    headline: false,
    baseline: null,
    targets: [nodesTarget(BEIYANJIANG_NODES)],
    nodes: BEIYANJIANG_NODES,
    derived: 'milestones-done',
    owner: OWNERS.construction,
    definition: {
      zh: '外部里程碑：北沿江高铁前期工作节点；本镇只跟踪并做好用地预留。',
      en: 'External milestone: preparatory nodes of the North-bank railway; the town tracks them and reserves land.',
    },
    source: q('盐通铁路、沪通铁路大桥、北沿江真正开通以后'),
    caveat: {
      zh: '开通时间不详，节点和日期均为示例。',
      en: 'Opening date unknown; the nodes and their dates are sample.',
    },
  },
  {
    id: 'water-system-plan',
    name: { zh: '古镇水系规划建设', en: 'Old-town water-system plan' },
    category: 'tong',
    campaigns: ['chengzhen-year'],
    unit: '项',
    kind: 'milestone',
    direction: 'higher',
    cumulative: false,
    headline: false,
    baseline: null,
    targets: [nodesTarget(WATER_PLAN_NODES)],
    nodes: WATER_PLAN_NODES,
    derived: 'milestones-done',
    owner: OWNERS.construction,
    definition: {
      zh: '“高起点规划”：古镇水系规划编制、评审及首期连通工程节点完成数，目标重塑古镇连通水系。',
      en: '"Planning from a high starting point": nodes done of planning, review and first works to reconnect the old town\'s waterways.',
    },
    source: q('启动古镇水系规划建设,重塑古镇连通水系,早日找回遗失了的“南有周庄、北有白蒲”千年水乡景象'),
    caveat: {
      zh: '“南有周庄”指苏州昆山的周庄古镇（水乡），不是江阴的工业镇周庄；节点日期为示例。',
      en: '"Zhouzhuang in the south" is the water town in Kunshan (Suzhou), not the industrial town of the same name in Jiangyin; node dates are sample.',
    },
  },
  {
    id: 'old-town-conservation-plan',
    name: { zh: '古镇保护和古镇拓展专项规划', en: 'Old-town conservation and expansion plans' },
    category: 'tong',
    campaigns: ['chengzhen-year'],
    unit: '项',
    kind: 'milestone',
    direction: 'higher',
    cumulative: false,
    headline: false,
    baseline: null,
    targets: [nodesTarget(OLD_TOWN_NODES)],
    nodes: OLD_TOWN_NODES,
    derived: 'milestones-done',
    owner: OWNERS.construction,
    definition: {
      zh: '“高水平传承”：围绕古街核心区编制古镇保护、拓展专项规划的节点完成数，含非遗、历史建筑再现工程、旅游民宿。',
      en: '"High-level heritage": nodes done of the conservation and expansion plans around the old-street core, covering intangible heritage, rebuilt historic buildings and guesthouses.',
    },
    source: q('启动古镇保护和古镇拓展专项规划'),
    caveat: SAMPLE_NODES,
  },
  {
    id: 'old-street-core-area',
    name: { zh: '古街核心区面积', en: 'Old-street core area' },
    category: 'tong',
    campaigns: ['chengzhen-year'],
    unit: '公顷',
    kind: 'amount',
    direction: 'hold',
    cumulative: false,
    headline: false,
    baseline: baseline(2020, 5.18, q('围绕5.18公顷古街核心区')),
    targets: [],
    owner: OWNERS.construction,
    definition: {
      zh: '古镇保护规划所围绕的古街核心区范围（背景数据，不设目标）。',
      en: 'Extent of the old-street core that the conservation plans centre on (context, no target).',
    },
    source: q('围绕5.18公顷古街核心区'),
    caveat: {
      zh: '原文为“5.18公顷”；另有一篇较晚的资料写作“5.18公里”，单位存疑。',
      en: 'The article says 5.18 hectares; one later source says 5.18 km, so the unit is uncertain.',
    },
  },
  ...roadIndicators,
];

// ---------------------------------------------------------------------------------------------
// 美: living environment, the four works, and greening and lighting of the town.
// ---------------------------------------------------------------------------------------------

const FOUR_WORKS_NODES: MilestoneNode[] = [
  node('four-works-garbage', '垃圾治理年度任务完成', 'Waste management: annual task done', '2020-04-30'),
  node('four-works-toilet', '厕所革命年度任务完成', 'Toilet revolution: annual task done', '2020-06-30'),
  node('four-works-sewage', '污水处置年度任务完成', 'Sewage treatment: annual task done', '2020-09-30'),
  node('four-works-village', '村容村貌提升年度任务完成', 'Village appearance: annual task done', '2020-11-30'),
];

const WATER_ECOLOGY_NODES: MilestoneNode[] = [
  node('water-ecology-dredge', '河道疏浚完成', 'River dredging done', '2020-03-31'),
  node('water-ecology-link', '水系连通工程完成', 'Waterway links done', '2020-06-30'),
  node('water-ecology-restore', '生态修复工程完成', 'Ecological repair done', '2020-10-31'),
];

const MAINTENANCE_NODES: MilestoneNode[] = [
  node('maintenance-rules', '七位一体长效管护制度修订', 'Seven-in-one upkeep rules revised', '2020-03-31'),
  node('maintenance-h1-check', '上半年村居管护考核', 'First-half upkeep assessment of villages', '2020-06-30'),
  node('maintenance-third-party', '第三方评估', 'Third-party evaluation', '2020-09-30'),
  node('maintenance-annual', '年度管护考核', 'Annual upkeep assessment', '2020-12-20'),
];

const LIGHTING_NODES: MilestoneNode[] = [
  node('lighting-design', '亮化工程方案确定', 'Lighting scheme fixed', '2020-04-15'),
  node('lighting-main-roads', '主干道亮化完工', 'Main roads lit', '2020-07-31'),
  node('lighting-old-town', '古镇区亮化完工', 'Old town lit', '2020-10-31'),
];

const CULTURE_NODES: MilestoneNode[] = [
  node('culture-celebrities', '名人文章：白蒲名人展陈', 'Notable people: exhibition', '2020-04-30'),
  node('culture-longevity', '长寿文章：长寿文化活动', 'Longevity: cultural events', '2020-06-30'),
  node('culture-old-town', '古镇文章：古镇风韵展示', 'Old town: showcase of its charm', '2020-09-30'),
  node('culture-enterprise', '创业文章：白蒲创业史整理', 'Enterprise: history of Baipu entrepreneurs', '2020-11-30'),
];

const mei: Indicator[] = [
  {
    id: 'living-environment-rank',
    name: { zh: '人居环境综合考核全市排名', en: 'Living-environment assessment: rank in Rugao' },
    category: 'mei',
    campaigns: [],
    unit: '位',
    kind: 'rank',
    direction: 'hold',
    cumulative: false,
    headline: false,
    baseline: baseline(2019, 1, q('人居环境综合考核居全市第一')),
    targets: [sampleTarget(2020, 1, { zh: '保持全市第一（示例目标）。', en: 'Keep first place (sample target).' })],
    owner: OWNERS.agriculture,
    definition: {
      zh: '农村人居环境整治综合考核在如皋市各区镇中的名次，数值越小越好；2019年为南通人居环境整治现场会提供样板。',
      en: "Place in Rugao's assessment of the rural living environment, lower is better; in 2019 the town was the model for Nantong's on-site meeting.",
    },
    source: q('为南通人居环境整治现场会提供样板,人居环境综合考核居全市第一。'),
    caveat: {
      zh: '“全市”此处理解为如皋市范围。',
      en: '"The city" is read as Rugao.',
    },
  },
  {
    id: 'four-works',
    name: { zh: '人居环境四大工程', en: 'The four living-environment works' },
    category: 'mei',
    campaigns: [],
    unit: '项',
    kind: 'milestone',
    direction: 'higher',
    cumulative: false,
    headline: false,
    baseline: null,
    targets: [nodesTarget(FOUR_WORKS_NODES)],
    nodes: FOUR_WORKS_NODES,
    derived: 'milestones-done',
    owner: OWNERS.agriculture,
    definition: {
      zh: '垃圾治理、污水处置、厕所革命、村容村貌提升四大工程年度任务完成数（每项一个节点）。',
      en: 'Annual tasks done of the four works: waste, sewage, toilets, village appearance (one node each).',
    },
    source: q('大力实施“垃圾治理、污水处置、厕所革命、村容村貌提升”四大工程'),
    caveat: SAMPLE_NODES,
  },
  {
    id: 'water-ecology',
    name: { zh: '水系畅通和生态修复', en: 'Clear waterways and ecological repair' },
    category: 'mei',
    campaigns: [],
    unit: '项',
    kind: 'milestone',
    direction: 'higher',
    cumulative: false,
    headline: false,
    baseline: null,
    targets: [nodesTarget(WATER_ECOLOGY_NODES)],
    nodes: WATER_ECOLOGY_NODES,
    derived: 'milestones-done',
    owner: OWNERS.agriculture,
    definition: {
      zh: '河道疏浚、水系连通、生态修复工程节点完成数。',
      en: 'Nodes done of dredging, waterway links and ecological repair.',
    },
    source: q('实施水系畅通和生态修复'),
    caveat: SAMPLE_NODES,
  },
  {
    id: 'one-village-one-product',
    name: { zh: '“一村一品”特色村', en: '"One village, one product" villages' },
    category: 'mei',
    campaigns: [],
    unit: '个',
    kind: 'count',
    direction: 'higher',
    cumulative: true,
    headline: false,
    baseline: null,
    targets: [sampleTarget(2020, 4)],
    owner: OWNERS.agriculture,
    definition: {
      zh: '当年新形成“一片一品”“一村一品”特色产业的村（片区）个数，1–N月累计；依托规模农业、特色基地、设施农业。',
      en: 'Villages (or areas) newly forming a signature product in the year, year-to-date, built on scale farming, specialty bases and protected agriculture.',
    },
    source: q('规模农业、特色基地、设施农业加快推进,“一片一品”“一村一品”逐步形成。'),
    caveat: {
      zh: '文中只说“逐步形成”，没有个数；目标和数值为示例。',
      en: 'The article says they are "gradually forming", with no number; target and values are sample.',
    },
  },
  {
    id: 'seven-in-one-maintenance',
    name: { zh: '七位一体长效管护机制', en: 'Seven-in-one long-term upkeep mechanism' },
    category: 'mei',
    campaigns: [],
    unit: '项',
    kind: 'milestone',
    direction: 'higher',
    cumulative: false,
    headline: false,
    baseline: null,
    targets: [nodesTarget(MAINTENANCE_NODES)],
    nodes: MAINTENANCE_NODES,
    derived: 'milestones-done',
    owner: OWNERS.agriculture,
    definition: {
      zh: '七位一体（河道、道路、绿化、垃圾、厕所、污水、村容）长效管护机制完善的节点完成数。',
      en: 'Nodes done of improving the seven-in-one upkeep mechanism (rivers, roads, greenery, waste, toilets, sewage, village appearance).',
    },
    source: q('七位一体长效管护机制不断完善'),
    caveat: {
      zh: '原文未列出“七位”具体内容，括号内为常见口径；节点和日期为示例。',
      en: 'The article does not list the seven parts; the list is the usual one; nodes and dates are sample.',
    },
  },
  {
    id: 'greening',
    name: { zh: '补绿增绿面积', en: 'New green space' },
    category: 'mei',
    campaigns: ['chengzhen-year'],
    unit: '公顷',
    kind: 'amount',
    direction: 'higher',
    cumulative: true,
    headline: false,
    baseline: null,
    targets: [sampleTarget(2020, 12)],
    owner: OWNERS.construction,
    definition: {
      zh: '镇区及主要道路两侧新增绿化面积，1–N月累计。',
      en: 'Green space added in the town and along main roads, year-to-date.',
    },
    source: q('全面开展补绿增绿'),
    caveat: {
      zh: '文中没有面积目标；目标和数值为示例。',
      en: 'The article gives no area; target and values are sample.',
    },
  },
  {
    id: 'lighting',
    name: { zh: '亮化工程', en: 'Street and town lighting works' },
    category: 'mei',
    campaigns: ['chengzhen-year'],
    unit: '项',
    kind: 'milestone',
    direction: 'higher',
    cumulative: false,
    headline: false,
    baseline: null,
    targets: [nodesTarget(LIGHTING_NODES)],
    nodes: LIGHTING_NODES,
    derived: 'milestones-done',
    owner: OWNERS.construction,
    definition: {
      zh: '亮化工程节点完成数。',
      en: 'Nodes done of the lighting works.',
    },
    source: q('全面实施亮化工程'),
    caveat: SAMPLE_NODES,
  },
  {
    id: 'baipu-culture',
    name: { zh: '唱响“白蒲文化”', en: '"Baipu culture"' },
    category: 'mei',
    campaigns: ['wuge-baipu'],
    unit: '项',
    kind: 'milestone',
    direction: 'higher',
    cumulative: false,
    headline: false,
    baseline: null,
    targets: [nodesTarget(CULTURE_NODES)],
    nodes: CULTURE_NODES,
    derived: 'milestones-done',
    owner: OWNERS.social,
    definition: {
      zh: '做好古镇文章、长寿文章、名人文章、创业文章的节点完成数；复兴传统文化、展现古镇风韵、擦亮文化名片。',
      en: "Nodes done of the four themes: old town, longevity, notable people, enterprise; reviving tradition and polishing the town's cultural name.",
    },
    source: q('做好古镇文章、长寿文章、名人文章、创业文章'),
    caveat: SAMPLE_NODES,
  },
];

// ---------------------------------------------------------------------------------------------
// 五个白蒲 outside 美, and the 基层基础强化年. Categories follow what each measures: service and
// rhythm steady the project work (稳), the brand is about the town as a whole (统), the care for
// households in need about the quality of life (美).
// ---------------------------------------------------------------------------------------------

const RHYTHM_NODES: MilestoneNode[] = [
  node(
    'rhythm-goals-to-projects',
    '目标项目化：年度目标分解为项目清单',
    'Goals become projects: project list',
    '2020-03-15',
  ),
  node('rhythm-projects-to-tasks', '项目任务化：项目分解为任务', 'Projects become tasks', '2020-04-15'),
  node('rhythm-tasks-to-nodes', '任务节点化：任务排定节点', 'Tasks get dated nodes', '2020-05-15'),
  node('rhythm-nodes-to-owners', '节点责任化：节点落实责任人并考核', 'Nodes get owners and are assessed', '2020-09-30'),
];

const SPIRIT_NODES: MilestoneNode[] = [
  node('spirit-defined', '提出新时期白蒲精神', 'Baipu spirit of the new era stated', '2020-03-31'),
  node('spirit-lectures', '白蒲精神宣讲进村居、进企业', 'Talks in villages and firms', '2020-06-15'),
  node('spirit-models', '评选白蒲精神先进典型', 'Role models chosen', '2020-09-30'),
  node('spirit-review', '年度总结', 'Annual review', '2020-12-15'),
];

const RESPONSIBILITY_NODES: MilestoneNode[] = [
  node('responsibility-pledges', '党员干部承诺践诺', "Party members' pledges", '2020-04-30'),
  node('responsibility-frontline', '项目一线攻坚行动', 'Front-line project push', '2020-07-14'),
  node('responsibility-review', '担当作为评议', 'Review of responsibility', '2020-11-30'),
];

const STYLE_NODES: MilestoneNode[] = [
  node('style-campaign', '作风建设专项行动启动', 'Work-style campaign launched', '2020-04-10'),
  node('style-midyear', '半年作风评议', 'Mid-year work-style review', '2020-06-30'),
  node('style-annual', '年终作风考评', 'Year-end work-style assessment', '2020-12-31'),
];

const wuge: Indicator[] = [
  {
    id: 'baipu-service',
    name: { zh: '提升“白蒲服务”：上门服务企业', en: '"Baipu service": firms visited' },
    category: 'wen',
    campaigns: ['wuge-baipu'],
    unit: '家',
    kind: 'count',
    direction: 'higher',
    cumulative: true,
    headline: false,
    baseline: null,
    targets: [sampleTarget(2020, 300)],
    owner: OWNERS.economy,
    definition: {
      zh: '主动上门送政策、送温暖、送服务的企业家数（同一企业只计一次），1–N月累计；从“保姆式”向“管家式”服务转变。',
      en: 'Firms visited to bring policies, support and services (each firm counted once), year-to-date; from "nanny" to "steward" service.',
    },
    source: q('主动上门送政策、送温暖、送服务'),
    caveat: {
      zh: '文中无量化目标；以上门服务企业数为示例口径，目标和数值为示例。',
      en: 'No figure in the article; firms visited is a sample measure, with sample target and values.',
    },
  },
  {
    id: 'baipu-rhythm',
    name: { zh: '加快“白蒲节奏”', en: '"Baipu rhythm"' },
    category: 'wen',
    campaigns: ['wuge-baipu'],
    unit: '项',
    kind: 'milestone',
    direction: 'higher',
    cumulative: false,
    headline: false,
    baseline: null,
    targets: [nodesTarget(RHYTHM_NODES)],
    nodes: RHYTHM_NODES,
    derived: 'milestones-done',
    owner: OWNERS.projects,
    definition: {
      zh: '推动“目标项目化、项目任务化、任务节点化、节点责任化”的节点完成数。',
      en: 'Nodes done of turning goals into projects, projects into tasks, tasks into dated nodes, and nodes into owners.',
    },
    source: q('推动“目标项目化、项目任务化、任务节点化、节点责任化”'),
    caveat: SAMPLE_NODES,
  },
  {
    id: 'baipu-brand',
    name: { zh: '彰显“白蒲品牌”', en: '"Baipu brand"' },
    category: 'tong',
    campaigns: ['wuge-baipu'],
    unit: '项',
    kind: 'milestone',
    direction: 'higher',
    cumulative: false,
    headline: false,
    baseline: null,
    targets: [nodesTarget(BRAND_NODES)],
    nodes: BRAND_NODES,
    derived: 'milestones-done',
    owner: OWNERS.publicity,
    definition: {
      zh: '谋划“长寿幸福古镇、宜居宜业小城”蓝图，彰显长寿古镇、高铁新镇、现代小城、教育名镇四大魅力的节点完成数。',
      en: 'Nodes done of the "longevity old town, liveable small city" blueprint and of showing its four charms: longevity, high-speed rail, modern small city, education.',
    },
    source: q('深入谋划“长寿幸福古镇、宜居宜业小城”发展蓝图'),
    caveat: SAMPLE_NODES,
  },
  {
    id: 'baipu-love',
    name: { zh: '汇聚“白蒲爱心”：结对帮扶人员', en: '"Baipu love": people in pairing assistance' },
    category: 'mei',
    campaigns: ['wuge-baipu'],
    unit: '名',
    kind: 'count',
    direction: 'higher',
    cumulative: true,
    headline: false,
    baseline: null,
    targets: [sampleTarget(2020, 300)],
    owner: OWNERS.social,
    definition: {
      zh: '与社会弱势群体、建档立卡户结对帮扶（“结穷亲、献爱心”）的公职人员、教师、医生人数，1–N月累计。',
      en: 'Civil servants, teachers and doctors paired with vulnerable and registered poor households ("befriend the poor"), year-to-date.',
    },
    source: q('发动公职人员、教师、医生等群体,与社会弱势群体、建档立卡户结对帮扶'),
    caveat: {
      zh: '文中无人数；以结对人员数为示例口径（帮扶户数需单位“户”，当前单位表中没有）。',
      en: 'No number in the article; people paired is a sample measure (households would need the unit 户, not yet in the unit list).',
    },
  },
];

const jiceng: Indicator[] = [
  {
    id: 'baipu-spirit',
    name: { zh: '弘扬新时期白蒲精神', en: 'Baipu spirit of the new era' },
    category: 'wen',
    campaigns: ['jiceng-year'],
    unit: '项',
    kind: 'milestone',
    direction: 'higher',
    cumulative: false,
    headline: false,
    baseline: null,
    targets: [nodesTarget(SPIRIT_NODES)],
    nodes: SPIRIT_NODES,
    derived: 'milestones-done',
    owner: OWNERS.publicity,
    definition: {
      zh: '弘扬“困难面前有我在,有我在前无困难”白蒲精神的节点完成数。',
      en: 'Nodes done of spreading the Baipu spirit: "when there is difficulty, I am here; where I am, there is no difficulty".',
    },
    source: q('困难面前有我在,有我在前无困难'),
    caveat: SAMPLE_NODES,
  },
  {
    id: 'baipu-responsibility',
    name: { zh: '展现新时期白蒲担当', en: 'Baipu responsibility of the new era' },
    category: 'wen',
    campaigns: ['jiceng-year'],
    unit: '项',
    kind: 'milestone',
    direction: 'higher',
    cumulative: false,
    headline: false,
    baseline: null,
    targets: [nodesTarget(RESPONSIBILITY_NODES)],
    nodes: RESPONSIBILITY_NODES,
    derived: 'milestones-done',
    owner: OWNERS.organization,
    definition: {
      zh: '党员干部敢拼敢闯、担当作为的节点完成数（“团结拼搏创大业,负重奋进争一流”）。',
      en: 'Nodes done of party members and cadres taking responsibility ("unite to build, carry the load to be first").',
    },
    source: q('2.展现新时期白蒲担当。'),
    caveat: SAMPLE_NODES,
  },
  {
    id: 'baipu-style',
    name: { zh: '锻造新时期白蒲作风', en: 'Baipu work style of the new era' },
    category: 'wen',
    campaigns: ['jiceng-year'],
    unit: '项',
    kind: 'milestone',
    direction: 'higher',
    cumulative: false,
    headline: false,
    baseline: null,
    targets: [nodesTarget(STYLE_NODES)],
    nodes: STYLE_NODES,
    derived: 'milestones-done',
    owner: OWNERS.organization,
    definition: {
      zh: '作风建设节点完成数：破除畏难情绪，争做“推土机式”干部、“狼性”干部。',
      en: 'Nodes done of the work-style drive: no fear of difficulty, "bulldozer" and "wolf-like" cadres.',
    },
    source: q('3.锻造新时期白蒲作风。'),
    caveat: SAMPLE_NODES,
  },
];

// ---------------------------------------------------------------------------------------------
// 三量, the four shares, and the county goal.
// ---------------------------------------------------------------------------------------------

export const SANLIANG_QUOTE = '实现经济总量、质量、均量的“三量”同步提升';

/** Monthly plan of a stock: the net additions of 规上 firms come through the year. */
const ABOVE_SCALE_PLAN = [50, 50, 51, 51, 52, 52, 53, 53, 54, 54, 55, 55].map((value, i) => ({
  period: `2020-${String(i + 1).padStart(2, '0')}`,
  value,
}));

const sanliang: Indicator[] = [
  {
    id: 'industrial-investment',
    name: { zh: '工业投资', en: 'Industrial investment' },
    category: 'sanliang',
    campaigns: ['xiangmu-year'],
    unit: '亿元',
    kind: 'amount',
    direction: 'higher',
    cumulative: true,
    headline: false,
    baseline: null,
    targets: [sampleTarget(2020, 30)],
    owner: OWNERS.projects,
    definition: {
      zh: '工业固定资产投资额，1–N月累计（总量）；“投资总量与投入结构同步提升”。',
      en: 'Fixed-asset investment in industry, year-to-date (the total); "total investment and its structure rising together".',
    },
    source: q(SANLIANG_QUOTE),
    caveat: {
      zh: '未找到白蒲投资的公开数据；目标和数值为示例。',
      en: "No public figure for Baipu's investment was found; target and values are sample.",
    },
  },
  {
    id: 'tax-per-mu',
    name: { zh: '工业亩均税收', en: 'Industrial tax per mu of land' },
    category: 'sanliang',
    campaigns: ['xiangmu-year'],
    unit: '万元',
    kind: 'amount',
    direction: 'higher',
    cumulative: true,
    headline: false,
    baseline: null,
    targets: [sampleTarget(2020, 25)],
    owner: OWNERS.economy,
    definition: {
      zh: '规上工业企业税收除以其用地亩数，1–N月累计（质量、均量）；体现“亩产论英雄”和“投入速度与产出效益同步增长”。',
      en: 'Tax of above-scale industrial firms divided by their land in mu, year-to-date (quality and per-unit); "output per mu makes the hero".',
    },
    source: q('强化“亩产论英雄”导向'),
    caveat: {
      zh: '目标和数值为示例。',
      en: 'Target and values are sample.',
    },
  },
  {
    id: 'idle-land-revitalised',
    name: { zh: '盘活低效闲置土地', en: 'Idle and inefficient land put back to use' },
    category: 'sanliang',
    campaigns: ['xiangmu-year'],
    unit: '公顷',
    kind: 'amount',
    direction: 'higher',
    cumulative: true,
    headline: false,
    baseline: null,
    targets: [sampleTarget(2020, 20)],
    owner: OWNERS.investment,
    definition: {
      zh: '盘活的低效落后产能用地、存量闲置土地面积，1–N月累计（腾笼换鸟）。',
      en: 'Land freed from inefficient capacity and idle plots put back to use, year-to-date ("empty the cage, change the bird").',
    },
    source: q('加大对低效落后产能、存量闲置土地和资产的盘活力度'),
    caveat: {
      zh: '文中无面积；目标和数值为示例。',
      en: 'No area in the article; target and values are sample.',
    },
  },
  {
    id: 'above-scale-firms',
    name: { zh: '规上工业企业数', en: 'Industrial firms above designated size' },
    category: 'sanliang',
    campaigns: [],
    unit: '家',
    kind: 'count',
    direction: 'higher',
    cumulative: false,
    headline: false,
    baseline: baseline(2019, 50, BAIPU_PROFILE),
    targets: [{ ...sampleTarget(2020, 55), plan: ABOVE_SCALE_PLAN }],
    owner: OWNERS.economy,
    definition: {
      zh: '年主营业务收入2000万元及以上的工业企业家数（期末数）。背景：白蒲镇域面积144.89平方公里，户籍人口119,977人，工业企业545家（2019）。',
      en: 'Industrial firms with annual main revenue of 20 million yuan or more (end of period). Context: Baipu covers 144.89 km², has 119,977 registered residents and 545 industrial firms (2019).',
    },
    source: BAIPU_PROFILE,
    caveat: {
      zh: '2019年数据取自年鉴类公开资料，可信度中等；期末存量，按月计划推进；2020年目标和数值为示例。',
      en: 'The 2019 figures come from yearbook-style material of medium confidence; a stock paced by a monthly plan; 2020 target and values are sample.',
    },
  },
];

const SHARES_QUOTE =
  '努力提高实体经济占产业投资的比重,设备投资占工业投资的比重,亿元以上重大产业项目投资占产业项目的比重,高新技术产业投资占工业投资的比重';

/** One of the four investment shares the report asks to raise. */
function share(
  id: string,
  zh: string,
  en: string,
  target: number,
  headline: boolean,
  definition: Bilingual,
): Indicator {
  return {
    id,
    name: { zh, en },
    category: 'shares',
    campaigns: ['xiangmu-year'],
    unit: '%',
    kind: 'ratio',
    direction: 'higher',
    cumulative: false,
    headline,
    baseline: null,
    targets: [sampleTarget(2020, target)],
    owner: OWNERS.projects,
    definition,
    source: q(SHARES_QUOTE),
    caveat: {
      zh: '文中只要求“努力提高”，未给比重数值；目标和数值为示例。',
      en: 'The article asks only to raise the share, with no figure; target and values are sample.',
    },
  };
}

const shares: Indicator[] = [
  share(
    'real-economy-investment-share',
    '实体经济投资占产业投资比重',
    'Real-economy investment in industrial-sector investment',
    85,
    true,
    {
      zh: '1–N月累计实体经济投资 ÷ 1–N月累计产业投资 × 100%。',
      en: 'Year-to-date real-economy investment ÷ year-to-date investment in industries × 100%.',
    },
  ),
  share(
    'equipment-investment-share',
    '设备投资占工业投资比重',
    'Equipment investment in industrial investment',
    40,
    false,
    {
      zh: '1–N月累计设备工器具购置投资 ÷ 1–N月累计工业投资 × 100%。',
      en: 'Year-to-date investment in equipment and tools ÷ year-to-date industrial investment × 100%.',
    },
  ),
  share(
    'major-project-investment-share',
    '亿元以上重大产业项目投资占产业项目投资比重',
    'Major (100-million-yuan+) project investment in industrial-project investment',
    70,
    false,
    {
      zh: '1–N月累计亿元以上重大产业项目投资 ÷ 1–N月累计产业项目投资 × 100%。',
      en: 'Year-to-date investment in industrial projects of 100 million yuan or more ÷ year-to-date investment in industrial projects × 100%.',
    },
  ),
  share(
    'hightech-investment-share',
    '高新技术产业投资占工业投资比重',
    'High-tech investment in industrial investment',
    35,
    false,
    {
      zh: '1–N月累计高新技术产业投资 ÷ 1–N月累计工业投资 × 100%。',
      en: 'Year-to-date high-tech industry investment ÷ year-to-date industrial investment × 100%.',
    },
  ),
];

const COUNTY_QUOTE = '工业投入年年五百亿,百强排名挺进前二十';

const COUNTY_CAVEAT: Bilingual = {
  zh: '原文称这是“南通市委对高质量发展的总定位”；公开资料显示它是如皋市（县级）的目标定位，本镇是其一部分。',
  en: 'The article attributes this to the Nantong party committee; public sources show it is the positioning of Rugao (the county-level city), of which Baipu is part.',
};

const county: Indicator[] = [
  {
    id: 'rugao-industrial-investment',
    name: { zh: '如皋工业投入', en: 'Rugao industrial investment' },
    category: 'county',
    campaigns: [],
    unit: '亿元',
    kind: 'amount',
    direction: 'higher',
    cumulative: true,
    headline: false,
    baseline: null,
    targets: [
      sourcedTarget(2020, 500, q(COUNTY_QUOTE), {
        zh: '“年年五百亿”：每年500亿元。',
        en: '"500 every year": 50 billion yuan a year.',
      }),
    ],
    owner: OWNERS.statistics,
    definition: {
      zh: '如皋市工业投入（工业投资），1–N月累计；县级数据，本镇只跟踪。',
      en: 'Industrial investment of Rugao, year-to-date; a county figure the town only tracks.',
    },
    source: q(COUNTY_QUOTE),
    caveat: COUNTY_CAVEAT,
  },
  {
    id: 'rugao-top100-rank',
    name: { zh: '如皋全国百强县排名', en: "Rugao's place among China's top-100 counties" },
    category: 'county',
    campaigns: [],
    unit: '位',
    kind: 'rank',
    direction: 'lower',
    cumulative: false,
    headline: false,
    baseline: baseline(2019, 22, CCID_2019),
    targets: [
      sourcedTarget(2020, 20, q(COUNTY_QUOTE), {
        zh: '“挺进前二十”即第20位或更前；原文未给年份，此处挂在2020年。',
        en: '"Into the top twenty" means 20th or better; the article gives no year, so it is set on 2020.',
      }),
    ],
    owner: OWNERS.statistics,
    definition: {
      zh: '如皋市在赛迪顾问全国县域经济百强榜中的名次，每年发布一次，数值越小越好。',
      en: "Rugao's place on CCID's annual list of the top-100 county economies; lower is better.",
    },
    source: q(COUNTY_QUOTE),
    caveat: {
      zh: `${COUNTY_CAVEAT.zh}2019年第22位取自赛迪榜单，不是原文。`,
      en: `${COUNTY_CAVEAT.en} The 2019 rank 22 comes from the CCID list, not the article.`,
    },
  },
  {
    id: 'rugao-gdp',
    name: { zh: '如皋地区生产总值', en: 'Rugao GDP' },
    category: 'county',
    campaigns: [],
    unit: '亿元',
    kind: 'amount',
    direction: 'higher',
    cumulative: true,
    headline: false,
    baseline: baseline(2019, 1215.18, RUGAO_GDP_2019),
    targets: [],
    owner: OWNERS.statistics,
    definition: {
      zh: '如皋市地区生产总值（背景数据，不设目标）。',
      en: 'GDP of Rugao (context, no target).',
    },
    source: RUGAO_GDP_2019,
  },
];

/** Every indicator of the seed, in the report's order. */
export const seedIndicators: readonly Indicator[] = [
  ...wen,
  ...wuge.filter((i) => i.category === 'wen'),
  ...jiceng,
  ...jin,
  ...tong,
  ...wuge.filter((i) => i.category === 'tong'),
  ...mei,
  ...wuge.filter((i) => i.category === 'mei'),
  ...sanliang,
  ...shares,
  ...county,
];
