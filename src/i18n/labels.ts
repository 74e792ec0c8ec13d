/** Names of the domain's enumerations in both languages. */
import type { ActionKind, MilestoneState } from '../domain/action';
import type { Bilingual, Campaign, Category, IndicatorKind } from '../domain/indicator';
import type { Industry, Park, ProjectStage } from '../domain/project';

export const CATEGORY_LABELS: Record<Category, Bilingual> = {
  wen: { zh: '稳：项目压舱', en: 'Stability: projects' },
  jin: { zh: '进：创新开放', en: 'Progress: innovation and trade' },
  tong: { zh: '统：城镇统筹', en: 'Integration: town development' },
  mei: { zh: '美：生态人居', en: 'Beauty: environment' },
  sanliang: { zh: '三量：总量质量均量', en: 'Three measures: size, quality, per head' },
  shares: { zh: '四个比重', en: 'Four investment shares' },
  county: { zh: '如皋市目标', en: 'Rugao county goals' },
};

export const CAMPAIGN_LABELS: Record<Campaign, Bilingual> = {
  'wuge-baipu': { zh: '五个白蒲', en: 'Five Baipu' },
  'xiangmu-year': { zh: '项目建设突破年', en: 'Year of project breakthroughs' },
  'chengzhen-year': { zh: '城镇建设提升年', en: 'Year of town upgrading' },
  'jiceng-year': { zh: '基层基础强化年', en: 'Year of grassroots strengthening' },
};

export const KIND_LABELS: Record<IndicatorKind, Bilingual> = {
  count: { zh: '数量（按个计）', en: 'Count' },
  amount: { zh: '金额/数量（线性序时）', en: 'Amount (linear pace)' },
  ratio: { zh: '比重（百分点）', en: 'Share (percentage points)' },
  rank: { zh: '排名（越小越好）', en: 'Rank (lower is better)' },
  milestone: { zh: '节点任务', en: 'Milestones' },
};

export const PROJECT_STAGE_LABELS: Record<ProjectStage, Bilingual> = {
  signed: { zh: '签约', en: 'Signed' },
  started: { zh: '开工', en: 'Started' },
  completed: { zh: '竣工验收', en: 'Completed' },
  converted: { zh: '转化投产', en: 'In production' },
};

export const INDUSTRY_LABELS: Record<Industry, Bilingual> = {
  'hydraulic-casting': { zh: '液压铸造', en: 'Hydraulics and casting' },
  'textile-apparel': { zh: '纺织服装', en: 'Textiles and apparel' },
  'high-end-equipment': { zh: '高端装备', en: 'High-end equipment' },
  'new-materials': { zh: '新材料', en: 'New materials' },
  'optical-cable': { zh: '光纤电缆', en: 'Optical fibre and cable' },
  'smart-manufacturing': { zh: '智能制造', en: 'Smart manufacturing' },
  other: { zh: '其他', en: 'Other' },
};

/** The parks, and "none" for projects outside both. */
export const PARK_LABELS: Record<Park | 'none', Bilingual> = {
  'equipment-park': { zh: '高端装备产业园', en: 'High-end Equipment Park' },
  'materials-park': { zh: '新材料产业园', en: 'New Materials Park' },
  none: { zh: '园区外', en: 'Outside the parks' },
};

export const MILESTONE_STATE_LABELS: Record<MilestoneState, Bilingual> = {
  'not-started': { zh: '未开始', en: 'Not started' },
  'in-progress': { zh: '推进中', en: 'In progress' },
  done: { zh: '按期完成', en: 'Done on time' },
  'done-late': { zh: '逾期完成', en: 'Done late' },
  overdue: { zh: '已逾期', en: 'Overdue' },
};

export const ACTION_KIND_LABELS: Record<ActionKind, Bilingual> = {
  campaign: { zh: '活动', en: 'Campaign' },
  measure: { zh: '举措', en: 'Measure' },
  task: { zh: '任务', en: 'Task' },
};
