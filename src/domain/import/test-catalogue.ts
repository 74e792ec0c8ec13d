/** A small catalogue for the parser's tests: amounts in 亿元 and 万元, a share, hectares, a count, derived ones. */
import type { ImportIndicator } from './types';

export const TEST_CATALOGUE: ImportIndicator[] = [
  {
    id: 'foreign-trade',
    name: { zh: '外贸进出口总额', en: 'Foreign trade' },
    unit: '亿元',
    kind: 'amount',
    cumulative: true,
  },
  {
    id: 'foreign-trade-growth',
    name: { zh: '外贸进出口增速', en: 'Foreign trade growth' },
    unit: '%',
    kind: 'ratio',
    cumulative: false,
  },
  { id: 'tax-per-mu', name: { zh: '工业亩均税收', en: 'Tax per mu' }, unit: '万元', kind: 'amount', cumulative: true },
  {
    id: 'greening',
    name: { zh: '补绿增绿面积', en: 'New green space' },
    unit: '公顷',
    kind: 'amount',
    cumulative: true,
  },
  { id: 'signed', name: { zh: '新签约亿元项目', en: 'Projects signed' }, unit: '个', kind: 'count', cumulative: true },
  {
    id: 'started',
    name: { zh: '新开工亿元项目', en: 'Projects started' },
    unit: '个',
    kind: 'count',
    cumulative: true,
    derived: 'ledger-started',
  },
  {
    id: 'rhythm',
    name: { zh: '加快“白蒲节奏”', en: 'Baipu rhythm' },
    unit: '项',
    kind: 'milestone',
    cumulative: false,
    derived: true,
  },
  {
    id: 'rhythm2',
    name: { zh: '白蒲节奏', en: 'Rhythm' },
    unit: '项',
    kind: 'milestone',
    cumulative: false,
    derived: 'milestones-done',
  },
];
