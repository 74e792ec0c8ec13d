/**
 * The campaign tree of the seed (目标项目化、项目任务化、任务节点化、节点责任化): the report's four
 * campaigns — 五个白蒲 and the three "年" — with their measures as the report lists them (三(一)–(四)),
 * tasks under the measures, and dated milestones (节点) with owners.
 *
 * What comes from the report: the campaigns, their measures, and the tasks it names (the four roads,
 * the 古镇水系 plan, the 古镇保护和拓展 plans, the co-development with 上海嘉定工业园区, the two parks,
 * one more 雉水英才, 双创人才, 补绿增绿 and 亮化 …); those carry its exact words and `sample: false`.
 * Everything else is SAMPLE (`sample: true`, {@link SAMPLE_SOURCE}): the measure 融入区域综合交通 that
 * holds the 2019 "统" results and the external railways, the extra tasks, every milestone date (the
 * article dates nothing), the owners (see owners.ts), start dates and evidence.
 *
 * Every milestone indicator of indicators.ts has exactly one task here whose milestones are its nodes
 * (same ids, names and due dates), so its values are computed from the tree. Their done dates
 * reproduce the series the seed used to store: a node is done on its due date when that falls on or
 * before 2020-10-31 (the last month of the demo's data), except the ones in {@link NODE_DONE}.
 * A few milestones of their own make the demo's default day, 2020-06-30, show every state: overdue,
 * due within days (临期), done late and done on time.
 */
import type { Milestone, ActionNode, Evidence } from '../../src/domain/action';
import type { Campaign, Owner, Source } from '../../src/domain/indicator';
import { compareIso } from '../../src/domain/period';
import { seedIndicators } from './indicators';
import { OWNERS } from './owners';
import { articleQuote as q, HUTONG_OPENING, SAMPLE_SOURCE, YANTONG_OPENING } from './sources';

/** The last day with sample data (observations.ts: 2020-10, LAST_MONTH_2020). */
const LAST_DAY = '2020-10-31';

/** An owner of a unit of OWNERS with another person of its directory entry (owners.ts). */
const of = (key: keyof typeof OWNERS, person: string): Owner => ({ unit: OWNERS[key].unit, person });

// ---------------------------------------------------------------------------------------------
// Campaigns and measures.
// ---------------------------------------------------------------------------------------------

interface GroupSpec {
  readonly id: string;
  readonly zh: string;
  readonly en: string;
  readonly owner: Owner;
  /** The article's words, or undefined for a sample measure. */
  readonly quote?: string;
}

const CAMPAIGNS: readonly (GroupSpec & { id: Campaign; measures: readonly GroupSpec[] })[] = [
  {
    id: 'wuge-baipu',
    zh: '“五个白蒲”建设活动',
    en: 'The "Five Baipu" campaign',
    owner: OWNERS.publicity,
    quote: '饱含深情开展好“五个白蒲”建设活动',
    measures: [
      {
        id: 'wuge-culture',
        zh: '唱响“白蒲文化”',
        en: 'Sing out "Baipu culture"',
        owner: OWNERS.social,
        quote: '唱响“白蒲文化”',
      },
      {
        id: 'wuge-service',
        zh: '提升“白蒲服务”',
        en: 'Raise "Baipu service"',
        owner: OWNERS.economy,
        quote: '提升“白蒲服务”',
      },
      {
        id: 'wuge-rhythm',
        zh: '加快“白蒲节奏”',
        en: 'Speed up the "Baipu rhythm"',
        owner: OWNERS.projects,
        quote: '加快“白蒲节奏”',
      },
      {
        id: 'wuge-brand',
        zh: '彰显“白蒲品牌”',
        en: 'Show the "Baipu brand"',
        owner: OWNERS.publicity,
        quote: '彰显“白蒲品牌”',
      },
      {
        id: 'wuge-love',
        zh: '汇聚“白蒲爱心”',
        en: 'Gather "Baipu love"',
        owner: OWNERS.social,
        quote: '汇聚“白蒲爱心”',
      },
    ],
  },
  {
    id: 'xiangmu-year',
    zh: '“项目建设突破年”活动',
    en: 'Year of project breakthroughs',
    owner: OWNERS.projects,
    quote: '点燃激情开展好“项目建设突破年”活动',
    measures: [
      {
        id: 'xiangmu-upgrading',
        zh: '聚焦转型升级，提升项目带动力',
        en: 'Focus on transformation: projects that pull the economy',
        owner: OWNERS.investment,
        quote: '聚焦转型升级,提升项目带动力',
      },
      {
        id: 'xiangmu-industries',
        zh: '聚焦优势产业，提升项目内生力',
        en: 'Focus on strong industries: projects that grow from within',
        owner: OWNERS.economy,
        quote: '聚焦优势产业,提升项目内生力',
      },
      {
        id: 'xiangmu-parks',
        zh: '聚焦现代园区，提升项目承载力',
        en: 'Focus on modern parks: room for projects',
        owner: OWNERS.economy,
        quote: '聚焦现代园区,提升项目承载力',
      },
      {
        id: 'xiangmu-talents',
        zh: '聚焦科技人才，提升项目创新力',
        en: 'Focus on technology and talent: projects that innovate',
        owner: OWNERS.economy,
        quote: '聚焦科技人才,提升项目创新力',
      },
    ],
  },
  {
    id: 'chengzhen-year',
    zh: '“城镇建设提升年”活动',
    en: 'Year of better town building',
    owner: OWNERS.construction,
    quote: '满怀热情开展好“城镇建设提升年”活动',
    measures: [
      {
        id: 'chengzhen-planning',
        zh: '高起点规划',
        en: 'Planning from a high starting point',
        owner: OWNERS.construction,
        quote: '1.高起点规划。',
      },
      {
        id: 'chengzhen-heritage',
        zh: '高水平传承',
        en: 'High-level heritage',
        owner: OWNERS.construction,
        quote: '2.高水平传承。',
      },
      {
        id: 'chengzhen-building',
        zh: '高标准建设',
        en: 'Building to a high standard',
        owner: OWNERS.construction,
        quote: '3.高标准建设。',
      },
      {
        id: 'chengzhen-management',
        zh: '城镇管理（“绣花功夫”）',
        en: 'Town management ("embroidery work")',
        owner: of('construction', '副局长'),
        quote: '用“绣花功夫”做好城镇管理',
      },
      {
        // Not a measure of the report: the 2019 "统" results and the railways it looks forward to.
        id: 'chengzhen-transport',
        zh: '融入区域综合交通网络',
        en: 'Joining the regional transport network',
        owner: OWNERS.construction,
      },
    ],
  },
  {
    id: 'jiceng-year',
    zh: '“基层基础强化年”活动',
    en: 'Year of stronger grassroots',
    owner: OWNERS.organization,
    quote: '充满豪情开展好“基层基础强化年”活动',
    measures: [
      {
        id: 'jiceng-spirit',
        zh: '弘扬新时期白蒲精神',
        en: 'Spread the Baipu spirit of the new era',
        owner: OWNERS.publicity,
        quote: '弘扬新时期白蒲精神',
      },
      {
        id: 'jiceng-responsibility',
        zh: '展现新时期白蒲担当',
        en: 'Show the Baipu sense of responsibility',
        owner: OWNERS.organization,
        quote: '展现新时期白蒲担当',
      },
      {
        id: 'jiceng-style',
        zh: '锻造新时期白蒲作风',
        en: 'Forge the Baipu work style',
        owner: OWNERS.organization,
        quote: '锻造新时期白蒲作风',
      },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Tasks: those of a milestone indicator take its nodes; the others have milestones of their own.
// ---------------------------------------------------------------------------------------------

/** A milestone of a task that no indicator counts (all sample). */
interface OwnMilestone {
  readonly id: string;
  readonly zh: string;
  readonly en: string;
  readonly due: string;
  readonly startedOn?: string;
  readonly doneOn?: string;
  /** Evidence of a done milestone; a default note otherwise. */
  readonly note?: string;
  /** Defaults to the task's owner. */
  readonly owner?: Owner;
}

interface TaskSpec {
  readonly id: string;
  readonly measure: string;
  readonly zh: string;
  readonly en: string;
  /** Campaigns beyond the one above it, where the report links the task to another campaign. */
  readonly tags?: readonly Campaign[];
  /** Defaults to the indicator's owner for an indicator's task. */
  readonly owner?: Owner;
  /** The article's words, or undefined for a sample task. */
  readonly quote?: string;
  /** The milestone indicator whose nodes are this task's milestones. */
  readonly indicator?: string;
  readonly milestones?: readonly OwnMilestone[];
}

const TASKS: readonly TaskSpec[] = [
  // 五个白蒲 ---------------------------------------------------------------------------------
  {
    id: 'task-four-articles',
    measure: 'wuge-culture',
    zh: '做好古镇、长寿、名人、创业四篇文章',
    en: 'The four themes: old town, longevity, notable people, enterprise',
    // The old-town theme is the heritage of the 城镇建设提升年.
    tags: ['chengzhen-year'],
    quote: '做好古镇文章、长寿文章、名人文章、创业文章',
    indicator: 'baipu-culture',
  },
  {
    id: 'task-intangible-heritage',
    measure: 'wuge-culture',
    zh: '非物质文化遗产保护展示',
    en: 'Intangible cultural heritage: record and show',
    tags: ['chengzhen-year'],
    owner: of('social', '文化站站长'),
    milestones: [
      {
        id: 'heritage-survey',
        zh: '非遗项目普查建档',
        en: 'Survey and records of intangible heritage',
        due: '2020-04-30',
        startedOn: '2020-03-02',
        doneOn: '2020-05-12',
        note: '完成非遗项目普查，建档12项（示例）；因疫情入户调查推迟。',
      },
      {
        id: 'heritage-festival',
        zh: '非遗展演周',
        en: 'Intangible heritage week',
        due: '2020-10-15',
        startedOn: '2020-09-01',
        doneOn: '2020-10-15',
        note: '非遗展演周在古街举办，展演8场（示例）。',
      },
    ],
  },
  {
    id: 'task-enterprise-visits',
    measure: 'wuge-service',
    zh: '企业大走访：上门送政策、送温暖、送服务',
    en: 'Visiting firms: bring policies, support and services',
    tags: ['xiangmu-year'],
    owner: OWNERS.economy,
    quote: '主动上门送政策、送温暖、送服务',
    milestones: [
      {
        id: 'visits-list',
        zh: '建立走访企业清单',
        en: 'List of firms to visit',
        due: '2020-03-10',
        startedOn: '2020-02-17',
        doneOn: '2020-03-06',
        note: '走访清单覆盖全镇规上企业和在建亿元项目（示例）。',
      },
      {
        id: 'visits-h1',
        zh: '上半年规上企业走访全覆盖',
        en: 'Every above-scale firm visited in the first half',
        due: '2020-06-30',
        startedOn: '2020-03-09',
        doneOn: '2020-06-24',
        note: '上半年走访企业130家，收集问题46条（示例）。',
      },
      {
        id: 'visits-issues-closed',
        zh: '走访问题办结销号',
        en: 'Issues raised in visits resolved',
        due: '2020-09-30',
        startedOn: '2020-07-01',
        doneOn: '2020-10-09',
        note: '46条问题全部办结，2条需市级协调的延至10月（示例）。',
        owner: of('economy', '副局长'),
      },
    ],
  },
  {
    id: 'task-steward-service',
    measure: 'wuge-service',
    zh: '从“保姆式”服务向“管家式”服务转变',
    en: 'From "nanny" to "steward" service',
    tags: ['xiangmu-year'],
    owner: OWNERS.investment,
    quote: '从“保姆式”服务向“管家式”服务转变',
    milestones: [
      {
        id: 'steward-assigned',
        zh: '在建亿元项目配齐服务专员',
        en: 'A service officer for every 100-million-yuan project under construction',
        due: '2020-03-31',
        startedOn: '2020-03-02',
        doneOn: '2020-04-09',
        note: '17个在建项目配齐服务专员（示例）。',
      },
      {
        id: 'steward-survey',
        zh: '企业服务满意度测评',
        en: 'Satisfaction survey of firms',
        due: '2020-07-10',
        startedOn: '2020-06-15',
        doneOn: '2020-07-17',
        note: '测评满意度96.5%（示例）。',
        owner: of('investment', '副主任'),
      },
    ],
  },
  {
    id: 'task-four-tos',
    measure: 'wuge-rhythm',
    zh: '目标项目化、项目任务化、任务节点化、节点责任化',
    en: 'Goals into projects, projects into tasks, tasks into dated nodes, nodes into owners',
    // The four steps are how the 项目建设突破年 is run.
    tags: ['xiangmu-year'],
    quote: '推动“目标项目化、项目任务化、任务节点化、节点责任化”',
    indicator: 'baipu-rhythm',
  },
  {
    id: 'task-weekly-dispatch',
    measure: 'wuge-rhythm',
    zh: '重点工作周调度、月通报',
    en: 'Weekly dispatch and monthly report of key work',
    owner: of('projects', '主任'),
    milestones: [
      {
        id: 'dispatch-mechanism',
        zh: '建立周调度机制',
        en: 'Weekly dispatch set up',
        due: '2020-02-28',
        startedOn: '2020-02-10',
        doneOn: '2020-03-05',
        note: '印发周调度工作方案（示例）。',
      },
      {
        id: 'dispatch-h1-report',
        zh: '上半年节点完成情况通报',
        en: 'Report on the nodes of the first half',
        due: '2020-07-06',
        startedOn: '2020-06-22',
        doneOn: '2020-07-06',
        note: '通报上半年节点完成率及逾期节点（示例）。',
      },
    ],
  },
  {
    id: 'task-brand-blueprint',
    measure: 'wuge-brand',
    zh: '“长寿幸福古镇、宜居宜业小城”发展蓝图',
    en: 'Blueprint "longevity old town, liveable small city"',
    tags: ['chengzhen-year'],
    quote: '深入谋划“长寿幸福古镇、宜居宜业小城”发展蓝图',
    indicator: 'baipu-brand',
  },
  {
    id: 'task-hsr-town-promotion',
    measure: 'wuge-brand',
    zh: '“高铁新镇”形象宣传',
    en: 'Promoting the "high-speed-rail new town"',
    owner: of('publicity', '宣传办主任'),
    milestones: [
      {
        id: 'hsr-promo-video',
        zh: '城市形象宣传片拍摄',
        en: 'Promotional film shot',
        due: '2020-06-20',
        startedOn: '2020-05-11',
        doneOn: '2020-07-03',
        note: '宣传片成片（示例），因梅雨推迟外景拍摄。',
      },
      {
        id: 'hsr-promo-opening',
        zh: '沪通铁路开通专题宣传',
        en: 'Campaign on the opening of the Shanghai–Nantong railway',
        due: '2020-07-15',
        startedOn: '2020-06-28',
        doneOn: '2020-07-15',
        note: '开通专题推送5篇（示例）。',
      },
    ],
  },
  {
    id: 'task-pairing-assistance',
    measure: 'wuge-love',
    zh: '“结穷亲、献爱心”结对帮扶',
    en: '"Befriend the poor": pairing assistance',
    owner: OWNERS.social,
    quote: '开展“结穷亲、献爱心”活动',
    milestones: [
      {
        id: 'pairing-list',
        zh: '结对名单确定',
        en: 'Pairs fixed',
        due: '2020-03-31',
        startedOn: '2020-03-02',
        doneOn: '2020-03-27',
        note: '公职人员、教师、医生与建档立卡户结对名单确定（示例）。',
      },
      {
        id: 'pairing-visits-h1',
        zh: '上半年入户走访',
        en: 'Home visits in the first half',
        due: '2020-06-30',
        startedOn: '2020-04-01',
        doneOn: '2020-06-29',
        note: '上半年入户走访全覆盖（示例）。',
      },
      {
        id: 'pairing-review',
        zh: '帮扶成效评估',
        en: 'Review of the assistance',
        due: '2020-11-30',
        startedOn: '2020-10-19',
      },
    ],
  },
  {
    id: 'task-charity-firms',
    measure: 'wuge-love',
    zh: '爱心企业家真情帮扶',
    en: 'Caring entrepreneurs helping households in need',
    owner: of('social', '副局长'),
    quote: '发动爱心企业家真情帮扶',
    milestones: [
      {
        id: 'charity-fund',
        zh: '爱心帮扶基金募集',
        en: 'Charity fund raised',
        due: '2020-05-31',
        startedOn: '2020-04-13',
        doneOn: '2020-06-12',
        note: '23家企业认捐（示例）。',
      },
      {
        id: 'charity-scholarships',
        zh: '爱心助学金发放',
        en: 'Scholarships paid',
        due: '2020-09-10',
        startedOn: '2020-08-17',
        doneOn: '2020-09-08',
        note: '助学金于教师节前发放到位（示例）。',
      },
    ],
  },

  // 项目建设突破年 -----------------------------------------------------------------------------
  {
    id: 'task-targeted-investment',
    measure: 'xiangmu-upgrading',
    zh: '精准招商、专业招商、产业链招商',
    en: 'Targeted, specialised and supply-chain investment promotion',
    owner: OWNERS.investment,
    quote: '积极开展精准招商、专业招商、产业链招商',
    milestones: [
      {
        id: 'investment-chain-map',
        zh: '四大产业链招商图谱',
        en: 'Investment map of the four industry chains',
        due: '2020-04-30',
        startedOn: '2020-03-16',
        doneOn: '2020-04-28',
        note: '编制液压铸造、纺织服装、高端装备、新材料招商图谱（示例）。',
      },
      {
        id: 'investment-shanghai-week',
        zh: '赴沪专题招商周',
        en: 'Investment week in Shanghai',
        due: '2020-07-12',
        startedOn: '2020-06-15',
        doneOn: '2020-07-12',
        note: '拜访企业15家，洽谈项目6个（示例）。',
        owner: of('investment', '招商专员'),
      },
      {
        id: 'investment-signed-12',
        zh: '全年新签约亿元项目12个',
        en: '12 new 100-million-yuan projects signed in the year',
        due: '2020-12-31',
        startedOn: '2020-01-02',
      },
    ],
  },
  {
    id: 'task-leading-firms',
    measure: 'xiangmu-industries',
    zh: '龙头企业示范带动，做强“一重一轻一高一新”',
    en: 'Leading firms set the pace in the four industry blocks',
    owner: OWNERS.economy,
    quote: '发挥龙头企业的示范带动作用',
    milestones: [
      {
        id: 'leading-firms-list',
        zh: '龙头企业培育名单',
        en: 'List of leading firms to support',
        due: '2020-03-31',
        startedOn: '2020-03-02',
        doneOn: '2020-03-31',
        note: '确定四大产业板块龙头企业10家（示例）。',
      },
      {
        id: 'leading-firms-upgrades',
        zh: '龙头企业技改项目开工',
        en: 'Upgrade projects of leading firms started',
        due: '2020-08-31',
        startedOn: '2020-05-06',
        doneOn: '2020-09-14',
        note: '3个技改项目开工（示例）；设备到货延迟两周。',
        owner: of('economy', '副局长'),
      },
    ],
  },
  {
    id: 'task-parks-formed',
    measure: 'xiangmu-parks',
    zh: '高端装备制造产业园和新材料产业园基本形成',
    en: 'The equipment and new-materials parks basically formed',
    quote: '高端装备制造产业园和新材料产业园基本形成',
    indicator: 'parks-formed',
  },
  {
    id: 'task-parks-upgrade',
    measure: 'xiangmu-parks',
    zh: '重点打造高端装备产业园和新材料产业园',
    en: 'Building up the equipment park and the new-materials park',
    quote: '重点打造高端装备产业园和新材料产业园',
    indicator: 'parks-upgrade',
  },
  {
    id: 'task-jiading-cooperation',
    measure: 'xiangmu-parks',
    zh: '与上海嘉定工业园区合作共建',
    en: 'Co-development with the Shanghai Jiading Industrial Park',
    quote: '大力推动与上海嘉定工业园区的合作共建',
    indicator: 'jiading-cooperation',
  },
  {
    id: 'task-idle-land',
    measure: 'xiangmu-parks',
    zh: '“亩产论英雄”，盘活低效闲置土地',
    en: '"Output per mu makes the hero": idle land put back to use',
    owner: OWNERS.investment,
    quote: '加大对低效落后产能、存量闲置土地和资产的盘活力度',
    milestones: [
      {
        id: 'idle-land-survey',
        zh: '低效闲置用地排查建档',
        en: 'Idle and inefficient plots surveyed',
        due: '2020-04-15',
        startedOn: '2020-03-09',
        doneOn: '2020-04-30',
        note: '排查低效用地27宗（示例）。',
      },
      {
        id: 'idle-land-batch1',
        zh: '首批低效用地盘活',
        en: 'First batch of idle plots back in use',
        due: '2020-08-31',
        startedOn: '2020-05-18',
        doneOn: '2020-08-31',
        note: '首批8宗低效用地完成收储或转让（示例）。',
      },
    ],
  },
  {
    id: 'task-zhishui-talent',
    measure: 'xiangmu-talents',
    zh: '新增“雉水英才”1名',
    en: 'One more "Zhishui talent"',
    owner: of('economy', '科技人才科科长'),
    quote: '新增“雉水英才”1名',
    milestones: [
      {
        id: 'zhishui-candidates',
        zh: '人选摸排推荐',
        en: 'Candidates found and recommended',
        due: '2020-04-30',
        startedOn: '2020-03-16',
        doneOn: '2020-04-24',
        note: '推荐企业人才3名（示例）。',
      },
      {
        id: 'zhishui-defence',
        zh: '市级评审答辩',
        en: 'Review by the city',
        due: '2020-08-15',
        startedOn: '2020-07-20',
        doneOn: '2020-08-21',
        note: '市里评审推迟一周，答辩完成（示例）。',
      },
      {
        id: 'zhishui-selected',
        zh: '入选公示（新增1名）',
        en: 'One selected and announced',
        due: '2020-09-30',
        doneOn: '2020-09-18',
        note: '1名企业研发负责人入选（示例）。',
      },
    ],
  },
  {
    id: 'task-shuangchuang-talent',
    measure: 'xiangmu-talents',
    zh: '省“双创人才”力争实现突破',
    en: 'A first provincial innovation and entrepreneurship talent',
    owner: of('economy', '科技人才科科长'),
    quote: '省“双创人才”力争实现突破',
    milestones: [
      {
        id: 'shuangchuang-application',
        zh: '省双创人才申报',
        en: 'Application filed',
        due: '2020-05-15',
        startedOn: '2020-04-07',
        doneOn: '2020-05-13',
        note: '申报2人（示例）。',
      },
      {
        id: 'shuangchuang-defence',
        zh: '省级评审答辩',
        en: 'Provincial review',
        due: '2020-09-20',
        startedOn: '2020-09-01',
        doneOn: '2020-09-20',
        note: '1人进入答辩（示例）。',
      },
      { id: 'shuangchuang-result', zh: '评审结果公布', en: 'Results announced', due: '2020-12-20' },
    ],
  },
  {
    id: 'task-industry-research',
    measure: 'xiangmu-talents',
    zh: '“产学研用”一体化，企业创新平台建设',
    en: 'Industry, universities and research together: innovation platforms of firms',
    owner: OWNERS.economy,
    quote: '加快“产学研用”一体化发展',
    milestones: [
      {
        id: 'research-platforms',
        zh: '企业研发平台认定',
        en: 'R&D platforms of firms recognised',
        due: '2020-06-10',
        startedOn: '2020-04-20',
        doneOn: '2020-06-10',
        note: '2家企业获市级工程技术研究中心认定（示例）。',
      },
      {
        id: 'research-agreements',
        zh: '校企合作项目签约',
        en: 'University–firm projects signed',
        due: '2020-10-20',
        startedOn: '2020-08-03',
        doneOn: '2020-10-26',
        note: '与2所高校签约合作项目3个（示例）。',
        owner: of('economy', '科技人才科科长'),
      },
    ],
  },

  // 城镇建设提升年 -----------------------------------------------------------------------------
  {
    id: 'task-water-system-plan',
    measure: 'chengzhen-planning',
    zh: '古镇水系规划建设',
    en: 'Old-town water-system plan and works',
    // "南有周庄、北有白蒲": the water town is Baipu's culture and brand.
    tags: ['wuge-baipu'],
    quote: '启动古镇水系规划建设',
    indicator: 'water-system-plan',
  },
  {
    id: 'task-water-ecology',
    measure: 'chengzhen-planning',
    zh: '水系畅通和生态修复',
    en: 'Clear waterways and ecological repair',
    quote: '实施水系畅通和生态修复',
    indicator: 'water-ecology',
  },
  {
    id: 'task-old-town-plans',
    measure: 'chengzhen-heritage',
    zh: '古镇保护和古镇拓展专项规划',
    en: 'Old-town conservation and expansion plans',
    tags: ['wuge-baipu'],
    quote: '启动古镇保护和古镇拓展专项规划',
    indicator: 'old-town-conservation-plan',
  },
  {
    id: 'task-old-street-buildings',
    measure: 'chengzhen-heritage',
    zh: '古街历史建筑再现和旅游民宿',
    en: 'Historic buildings of the old street, and guesthouses',
    tags: ['wuge-baipu'],
    owner: of('construction', '副局长'),
    quote: '重点在非物质文化遗产、历史建筑再现工程、开发建设旅游民宿等内容上做文章',
    milestones: [
      {
        id: 'old-street-facades',
        zh: '首批历史建筑立面修缮',
        en: 'First historic facades restored',
        due: '2020-06-25',
        startedOn: '2020-04-20',
        doneOn: '2020-07-20',
        note: '修缮沿街立面14处（示例）；梅雨期停工。',
      },
      {
        id: 'old-street-guesthouses',
        zh: '旅游民宿试点招商',
        en: 'Pilot guesthouses: operators found',
        due: '2020-09-30',
        startedOn: '2020-07-06',
        doneOn: '2020-09-28',
        note: '2家民宿运营方签约（示例）。',
        owner: OWNERS.investment,
      },
    ],
  },
  ...(
    [
      ['task-east-ring-road', 'east-ring-road', '东环路', 'East Ring Road'],
      ['task-tianxiang-road-east', 'tianxiang-road-east', '天祥路东延', 'Tianxiang Road east extension'],
      ['task-south-ring-road', 'south-ring-road', '南环路', 'South Ring Road'],
      ['task-pusheng-road-south', 'pusheng-road-south', '蒲盛路南延', 'Pusheng Road south extension'],
    ] as const
  ).map(([id, indicator, zh, en]): TaskSpec => ({
    id,
    measure: 'chengzhen-building',
    zh: `${zh}建设`,
    en: `${en}: construction`,
    quote: '建设好东环路、天祥路东延、南环路、蒲盛路南延等主要交通干道',
    indicator,
  })),
  {
    id: 'task-greening',
    measure: 'chengzhen-building',
    zh: '补绿增绿',
    en: 'More green space',
    owner: of('construction', '市政工程科科长'),
    quote: '全面开展补绿增绿',
    milestones: [
      {
        id: 'greening-spring',
        zh: '春季补植',
        en: 'Spring planting',
        due: '2020-04-10',
        startedOn: '2020-03-02',
        doneOn: '2020-04-10',
        note: '补植乔木1,200株（示例）。',
      },
      {
        id: 'greening-main-roads',
        zh: '主干道两侧绿化提升',
        en: 'Green verges of the main roads',
        due: '2020-07-05',
        startedOn: '2020-05-25',
        doneOn: '2020-07-05',
        note: '主干道两侧新增绿化2.1公顷（示例）。',
      },
      {
        id: 'greening-winter',
        zh: '秋冬季补绿',
        en: 'Autumn and winter planting',
        due: '2020-11-30',
        startedOn: '2020-10-26',
      },
    ],
  },
  {
    id: 'task-lighting',
    measure: 'chengzhen-building',
    zh: '亮化工程',
    en: 'Lighting works',
    quote: '全面实施亮化工程',
    indicator: 'lighting',
  },
  {
    id: 'task-micro-circulation',
    measure: 'chengzhen-building',
    zh: '道路“微循环”',
    en: 'Road "micro-circulation"',
    quote: '实施道路“微循环”、镇区“微更新”',
    indicator: 'road-micro-circulation',
  },
  {
    id: 'task-micro-renewal',
    measure: 'chengzhen-building',
    zh: '镇区“微更新”',
    en: 'Town "micro-renewal"',
    quote: '实施道路“微循环”、镇区“微更新”',
    indicator: 'town-micro-renewal',
  },
  {
    id: 'task-hospital-school',
    measure: 'chengzhen-building',
    zh: '医院、学校布点',
    en: 'Sites of the new hospital and school',
    quote: '医院、学校完成布点',
    indicator: 'hospital-school-siting',
  },
  {
    id: 'task-town-management',
    measure: 'chengzhen-management',
    zh: '镇区精细化管理',
    en: 'Fine-grained management of the town',
    owner: of('construction', '副局长'),
    milestones: [
      {
        id: 'management-grid',
        zh: '镇区网格化管理划分',
        en: 'Town divided into management grids',
        due: '2020-05-20',
        startedOn: '2020-04-13',
        doneOn: '2020-05-18',
        note: '划分网格16个，明确网格员（示例）。',
      },
      {
        id: 'management-parking',
        zh: '镇区停车秩序整治',
        en: 'Parking order in the town',
        due: '2020-08-15',
        startedOn: '2020-07-01',
        doneOn: '2020-08-28',
        note: '新增停车位320个（示例）。',
      },
    ],
  },
  {
    id: 'task-real-estate',
    measure: 'chengzhen-management',
    zh: '在建楼盘监管',
    en: 'Supervision of housing under construction',
    quote: '房产开发健康有序',
    indicator: 'real-estate-orderly',
  },
  {
    id: 'task-four-works',
    measure: 'chengzhen-management',
    zh: '人居环境四大工程',
    en: 'The four living-environment works',
    quote: '大力实施“垃圾治理、污水处置、厕所革命、村容村貌提升”四大工程',
    indicator: 'four-works',
  },
  {
    id: 'task-seven-in-one',
    measure: 'chengzhen-management',
    zh: '七位一体长效管护',
    en: 'Seven-in-one long-term upkeep',
    quote: '七位一体长效管护机制不断完善',
    indicator: 'seven-in-one-maintenance',
  },
  {
    id: 'task-transport-links',
    measure: 'chengzhen-transport',
    zh: '高铁、高速、高架衔接工程',
    en: 'Links to high-speed rail, expressways and elevated roads',
    quote: '高铁、高速、高架等综合交通网络在周边日趋完善',
    indicator: 'transport-links',
  },
  {
    // The railways make the "高铁新镇" of the Baipu brand.
    id: 'task-hutong-railway',
    measure: 'chengzhen-transport',
    zh: '沪通铁路及沪苏通长江公铁大桥（跟踪）',
    en: 'Shanghai–Nantong railway and Yangtze bridge (tracked)',
    tags: ['wuge-baipu'],
    quote: '盐通铁路、沪通铁路大桥、北沿江真正开通以后',
    indicator: 'hutong-railway',
  },
  {
    id: 'task-yantong-railway',
    measure: 'chengzhen-transport',
    zh: '盐通铁路（跟踪）',
    en: 'Yancheng–Nantong railway (tracked)',
    tags: ['wuge-baipu'],
    quote: '盐通铁路、沪通铁路大桥、北沿江真正开通以后',
    indicator: 'yantong-railway',
  },
  {
    id: 'task-beiyanjiang-hsr',
    measure: 'chengzhen-transport',
    zh: '北沿江高铁前期工作和用地预留',
    en: 'North-bank railway: preparation and land reserved',
    tags: ['wuge-baipu'],
    quote: '盐通铁路、沪通铁路大桥、北沿江真正开通以后',
    indicator: 'beiyanjiang-hsr',
  },

  // 基层基础强化年 -----------------------------------------------------------------------------
  {
    id: 'task-baipu-spirit',
    measure: 'jiceng-spirit',
    zh: '“困难面前有我在，有我在前无困难”宣讲',
    en: 'Spreading "when there is difficulty, I am here"',
    quote: '困难面前有我在,有我在前无困难',
    indicator: 'baipu-spirit',
  },
  {
    id: 'task-iron-army-stories',
    measure: 'jiceng-spirit',
    zh: '白蒲建筑铁军故事汇编',
    en: "Stories of Baipu's builders",
    owner: of('publicity', '宣传办主任'),
    milestones: [
      {
        id: 'iron-army-collect',
        zh: '故事征集',
        en: 'Stories collected',
        due: '2020-05-31',
        startedOn: '2020-04-01',
        doneOn: '2020-05-29',
        note: '征集白蒲建筑人故事40篇（示例）。',
      },
      {
        id: 'iron-army-publish',
        zh: '故事集印发',
        en: 'Collection printed',
        due: '2020-10-31',
        startedOn: '2020-08-10',
        doneOn: '2020-10-30',
        note: '故事集印发2,000册（示例）。',
      },
    ],
  },
  {
    id: 'task-baipu-responsibility',
    measure: 'jiceng-responsibility',
    zh: '党员干部担当作为',
    en: 'Party members and cadres taking responsibility',
    // Its front-line node is the push on the projects of the 项目建设突破年.
    tags: ['xiangmu-year'],
    quote: '党员干部是先锋队,要有敢拼敢闯、担当作为的锐气',
    indicator: 'baipu-responsibility',
  },
  {
    id: 'task-vanguard-posts',
    measure: 'jiceng-responsibility',
    zh: '党员先锋岗',
    en: 'Party-member vanguard posts',
    owner: of('organization', '组织办主任'),
    milestones: [
      {
        id: 'vanguard-posts-set',
        zh: '设岗定责',
        en: 'Posts and duties set',
        due: '2020-04-20',
        startedOn: '2020-03-23',
        doneOn: '2020-04-30',
        note: '在重点项目和窗口单位设先锋岗35个（示例）。',
      },
      {
        id: 'vanguard-posts-rating',
        zh: '先锋岗评星',
        en: 'Posts rated',
        due: '2020-12-10',
      },
    ],
  },
  {
    id: 'task-baipu-style',
    measure: 'jiceng-style',
    zh: '作风建设专项行动',
    en: 'Work-style drive',
    quote: '争做“推土机式”干部、“狼性”干部',
    indicator: 'baipu-style',
  },
  {
    id: 'task-style-inspections',
    measure: 'jiceng-style',
    zh: '作风督查暗访',
    en: 'Unannounced work-style inspections',
    owner: of('organization', '组织办主任'),
    milestones: [
      {
        id: 'inspection-q2',
        zh: '二季度督查暗访',
        en: 'Second-quarter inspection',
        due: '2020-06-28',
        startedOn: '2020-06-08',
        doneOn: '2020-07-03',
        note: '暗访机关和窗口单位12个，通报问题5个（示例）。',
      },
      {
        id: 'inspection-q3',
        zh: '三季度督查暗访',
        en: 'Third-quarter inspection',
        due: '2020-09-28',
        startedOn: '2020-09-07',
        doneOn: '2020-09-25',
        note: '暗访10个单位，问题已整改（示例）。',
      },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// The nodes of the milestone indicators as milestones.
// ---------------------------------------------------------------------------------------------

/**
 * When a node was actually done, where that differs from its due date; null for not done by the
 * end of the sample. (Moved here from observations.ts, where it made the stored node counts.)
 */
const NODE_DONE: Readonly<Record<string, string | null>> = {
  'four-works-toilet': '2020-07-20',
  'south-ring-road-start': '2020-08-10',
  'brand-blueprint': '2020-07-25',
  'lighting-main-roads': '2020-06-28',
  'micro-renewal-batch1': '2020-08-20',
  'beiyanjiang-feasibility': null,
  'style-campaign': '2020-04-08',
};

/**
 * When work on a node began, where the default (two to five weeks before it was done) does not fit:
 * annual tasks begun in spring, works that began with the road's start, and open nodes under way.
 */
const NODE_STARTED: Readonly<Record<string, string>> = {
  'four-works-garbage': '2020-01-06',
  'four-works-toilet': '2020-02-24',
  'four-works-sewage': '2020-03-02',
  'four-works-village': '2020-03-16',
  'east-ring-road-finish': '2020-05-31',
  'tianxiang-road-east-finish': '2020-07-10',
  'south-ring-road-finish': '2020-08-10',
  'pusheng-road-south-finish': '2020-08-31',
  'south-ring-road-start': '2020-05-25',
  'brand-blueprint': '2020-04-07',
  'beiyanjiang-feasibility': '2020-06-01',
  'park-upgrade-mu': '2020-10-12',
  'transport-hsr-access': '2020-07-01',
  'micro-renewal-batch2': '2020-09-01',
  'water-plan-works': '2020-10-15',
  'old-town-approval': '2020-09-21',
  'culture-enterprise': '2020-08-03',
  'responsibility-review': '2020-10-26',
  'rhythm-nodes-to-owners': '2020-05-18',
};

/** Evidence of done nodes, where something more specific than the default note can be said. */
const NODE_EVIDENCE: Readonly<Record<string, string>> = {
  'park-equipment-formed': '原文：高端装备制造产业园和新材料产业园基本形成（2019年成果；具体日期原文未给出，取年末）。',
  'park-materials-formed': '原文：高端装备制造产业园和新材料产业园基本形成（2019年成果；具体日期原文未给出，取年末）。',
  'hospital-sited': '原文：医院、学校完成布点（2019年成果；具体日期原文未给出）。',
  'school-sited': '原文：医院、学校完成布点（2019年成果；具体日期原文未给出）。',
  'hutong-open': '新华社：沪苏通长江公铁大桥于7月1日正式开通，沪通铁路当日开通运营。',
  'park-upgrade-plant': '标准厂房4.2万平方米通过竣工验收（示例）。',
  'park-upgrade-road': '新材料产业园配套道路及雨污管网完工（示例）。',
  'jiading-contact': '赴嘉定工业园区对接，形成会谈纪要（示例）。',
  'jiading-agreement': '双方签订合作共建框架协议（示例）。',
  'jiading-launch': '共建园区揭牌，首批2个项目入驻（示例）。',
  'four-works-toilet': '农村户厕改造年度任务完成，延期因施工队伍受疫情影响（示例）。',
  'south-ring-road-start': '南环路开工，延期因征收搬迁未按期完成（示例）。',
  'brand-blueprint': '发展蓝图经党委会审议通过，较计划延后近两个月（示例）。',
  'lighting-main-roads': '主干道路灯改造提前完工（示例）。',
  'micro-renewal-batch1': '第一批微更新项目6个完工，验收延后（示例）。',
  'style-campaign': '印发作风建设专项行动方案并召开动员会（示例）。',
  'rhythm-goals-to-projects': '年度目标分解为项目清单，经党委会审定（示例）。',
  'rhythm-projects-to-tasks': '项目分解任务清单印发（示例）。',
  'rhythm-tasks-to-nodes': '各任务排定节点并录入台账（示例）。',
  'rhythm-nodes-to-owners': '节点责任人落实到人，纳入季度考核（示例）。',
  'east-ring-road-plan': '东环路施工图设计通过审查（示例）。',
  'east-ring-road-start': '东环路开工（示例）。',
  'water-plan-start': '古镇水系规划编制单位确定，启动编制（示例）。',
  'water-plan-review': '古镇水系规划通过专家评审（示例）。',
  'old-town-tender': '专项规划编制招标完成（示例）。',
  'old-town-draft': '专项规划初稿形成，含非遗、历史建筑再现和民宿内容（示例）。',
  'culture-celebrities': '白蒲名人展陈开放（示例）。',
  'culture-longevity': '长寿文化节活动举办（示例）。',
  'spirit-defined': '党委会审议提出新时期白蒲精神（示例）。',
  'spirit-lectures': '宣讲进村居、进企业36场（示例）。',
  'responsibility-pledges': '党员干部承诺书签订，公开承诺事项（示例）。',
  'responsibility-frontline': '干部下沉项目一线攻坚（示例）。',
};

/** Milestones whose facts come from a source: not sample (the others' dates are). */
const NODE_SOURCE: Readonly<Record<string, Source>> = {
  'park-equipment-formed': q('高端装备制造产业园和新材料产业园基本形成'),
  'park-materials-formed': q('高端装备制造产业园和新材料产业园基本形成'),
  'hospital-sited': q('医院、学校完成布点'),
  'school-sited': q('医院、学校完成布点'),
  'hutong-open': HUTONG_OPENING,
  'yantong-trial': YANTONG_OPENING,
  'yantong-open': YANTONG_OPENING,
};

/** `iso` plus `days` calendar days. */
function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const minIso = (a: string, b: string) => (compareIso(a, b) <= 0 ? a : b);

/** Evidence recorded the day after the work was done, 10:00 Beijing time. */
function evidence(doneOn: string, note: string): Evidence[] {
  return [{ date: doneOn, note, recordedAt: `${addDays(doneOn, 1)}T02:00:00.000Z` }];
}

function milestone(
  fields: Omit<Milestone, 'evidence' | 'source' | 'sample' | 'startedOn' | 'doneOn'>,
  startedOn: string | undefined,
  doneOn: string | undefined,
  note: string,
  source: Source,
): Milestone {
  return {
    ...fields,
    ...(startedOn !== undefined ? { startedOn } : {}),
    ...(doneOn !== undefined ? { doneOn } : {}),
    evidence: doneOn !== undefined ? evidence(doneOn, note) : [],
    source: { ...source },
    sample: source.title === SAMPLE_SOURCE.title,
  };
}

/** The milestones of an indicator's task: its nodes, done as the seed's stored series had them. */
function nodeMilestones(taskId: string, indicatorId: string): Milestone[] {
  const indicator = seedIndicators.find((i) => i.id === indicatorId);
  if (!indicator?.nodes) throw new Error(`not a milestone indicator: ${indicatorId}`);
  return indicator.nodes.map((n, i) => {
    const listed = NODE_DONE[n.id];
    const doneOn = listed !== undefined ? (listed ?? undefined) : compareIso(n.due, LAST_DAY) <= 0 ? n.due : undefined;
    const source = NODE_SOURCE[n.id] ?? SAMPLE_SOURCE;
    const sample = source.title === SAMPLE_SOURCE.title;
    // Sourced milestones get no invented start; a sample one done began two to five weeks before.
    const startedOn =
      NODE_STARTED[n.id] ??
      (sample && doneOn !== undefined ? addDays(minIso(doneOn, n.due), -14 - 7 * (i % 4)) : undefined);
    return milestone(
      { id: n.id, taskId, name: { ...n.label }, due: n.due, owner: { ...indicator.owner } },
      startedOn,
      doneOn,
      NODE_EVIDENCE[n.id] ?? `${n.label.zh}：已完成，材料已归档（示例）。`,
      source,
    );
  });
}

function ownMilestones(taskId: string, owner: Owner, list: readonly OwnMilestone[]): Milestone[] {
  return list.map((m) =>
    milestone(
      { id: m.id, taskId, name: { zh: m.zh, en: m.en }, due: m.due, owner: { ...(m.owner ?? owner) } },
      m.startedOn,
      m.doneOn,
      m.note ?? `${m.zh}：已完成（示例）。`,
      SAMPLE_SOURCE,
    ),
  );
}

function taskOwner(t: TaskSpec): Owner {
  if (t.owner) return t.owner;
  const indicator = seedIndicators.find((i) => i.id === t.indicator);
  if (!indicator) throw new Error(`task ${t.id} has neither an owner nor an indicator`);
  return indicator.owner;
}

function taskMilestones(t: TaskSpec): Milestone[] {
  return t.indicator ? nodeMilestones(t.id, t.indicator) : ownMilestones(t.id, taskOwner(t), t.milestones ?? []);
}

/** A task's span: from the first of the month its earliest milestone began (or fell due) to its last due. */
function span(milestones: readonly Milestone[]): { start: string; end: string } {
  let start = '';
  let end = '';
  for (const m of milestones) {
    const from = m.startedOn ?? m.due;
    if (start === '' || compareIso(from, start) < 0) start = from;
    if (end === '' || compareIso(m.due, end) > 0) end = m.due;
  }
  return { start: `${start.slice(0, 7)}-01`, end };
}

const sourceOf = (quote: string | undefined): Source => (quote ? q(quote) : { ...SAMPLE_SOURCE });

/** The campaign tree: campaigns, then each campaign's measures, then their tasks, in plan order. */
export function seedActionNodes(): ActionNode[] {
  const out: ActionNode[] = [];
  for (const c of CAMPAIGNS) {
    out.push({
      id: c.id,
      kind: 'campaign',
      parentId: null,
      name: { zh: c.zh, en: c.en },
      tags: [c.id],
      owner: { ...c.owner },
      source: sourceOf(c.quote),
      sample: c.quote === undefined,
    });
    for (const m of c.measures) {
      out.push({
        id: m.id,
        kind: 'measure',
        parentId: c.id,
        name: { zh: m.zh, en: m.en },
        tags: [],
        owner: { ...m.owner },
        source: sourceOf(m.quote),
        sample: m.quote === undefined,
      });
      for (const t of TASKS.filter((x) => x.measure === m.id)) {
        out.push({
          id: t.id,
          kind: 'task',
          parentId: m.id,
          name: { zh: t.zh, en: t.en },
          tags: [...(t.tags ?? [])],
          owner: { ...taskOwner(t) },
          ...span(taskMilestones(t)),
          source: sourceOf(t.quote),
          sample: t.quote === undefined,
        });
      }
    }
  }
  return out;
}

/** Every milestone of the tree, task by task in plan order; new objects on every call. */
export function seedMilestones(): Milestone[] {
  const order = seedActionNodes().filter((n) => n.kind === 'task');
  return order.flatMap((n) => taskMilestones(TASKS.find((t) => t.id === n.id)!));
}
