/**
 * 责任单位 and 责任人 of the seed. SAMPLE: the article names no units and officials' names are not
 * public, so these are the usual offices of a Jiangsu township government with a role each.
 */
import type { OwnerUnit } from '../../src/domain/action-contract';
import type { Owner } from '../../src/domain/indicator';

/** The owner units, keyed by a short handle used in indicators.ts. */
export const OWNERS = {
  /** Project ledger and investment: the 项目建设突破年 sits here. */
  projects: { unit: '项目建设办公室', person: '分管副镇长' },
  /** Investment promotion (招商) and the Shanghai cooperation. */
  investment: { unit: '招商服务中心', person: '主任' },
  /** Industry, trade, technology and talents. */
  economy: { unit: '经济发展局', person: '局长' },
  /** Planning, roads, the old town and transport links. */
  construction: { unit: '规划建设局', person: '局长' },
  /** Living environment, water systems, agriculture. */
  agriculture: { unit: '农业农村局', person: '局长' },
  /** Culture, schools, hospitals, assistance to households in need. */
  social: { unit: '社会事业局', person: '局长' },
  /** Cadre spirit, responsibility and work style (基层基础强化年). */
  organization: { unit: '党委组织办', person: '组织委员' },
  /** Publicity of the town's brand. */
  publicity: { unit: '宣传统战办', person: '宣传委员' },
  /** County-level figures that the town only tracks, does not produce. */
  statistics: { unit: '统计站', person: '站长' },
} as const satisfies Record<string, Owner>;

/** Handle of an owner unit. */
export type OwnerKey = keyof typeof OWNERS;

/**
 * The owner directory: every unit of {@link OWNERS} with the people (roles) who may own a project,
 * task or milestone, the person of OWNERS first. SAMPLE like OWNERS itself: the usual posts of a
 * Jiangsu township office, not names from any source.
 */
export const OWNER_DIRECTORY: OwnerUnit[] = [
  { unit: OWNERS.projects.unit, people: [OWNERS.projects.person, '主任', '项目专员'] },
  { unit: OWNERS.investment.unit, people: [OWNERS.investment.person, '副主任', '招商专员'] },
  { unit: OWNERS.economy.unit, people: [OWNERS.economy.person, '副局长', '科技人才科科长'] },
  { unit: OWNERS.construction.unit, people: [OWNERS.construction.person, '副局长', '市政工程科科长'] },
  { unit: OWNERS.agriculture.unit, people: [OWNERS.agriculture.person, '副局长', '人居环境科科长'] },
  { unit: OWNERS.social.unit, people: [OWNERS.social.person, '副局长', '文化站站长'] },
  { unit: OWNERS.organization.unit, people: [OWNERS.organization.person, '组织办主任'] },
  { unit: OWNERS.publicity.unit, people: [OWNERS.publicity.person, '宣传办主任'] },
  { unit: OWNERS.statistics.unit, people: [OWNERS.statistics.person, '统计员'] },
];
