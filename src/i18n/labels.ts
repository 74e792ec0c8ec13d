/** Names of the domain's enumerations in both languages. */
import type { Bilingual, Campaign, Category, IndicatorKind } from '../domain/indicator';

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
