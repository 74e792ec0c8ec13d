/**
 * The sources of the seed data. Every figure points at one of these; a value that no source gives
 * points at {@link SAMPLE_SOURCE} and carries `sample: true`, so the UI can show it as 示例.
 */
import type { Source } from '../../src/domain/indicator';

/** Title of the source article, also the `source` string of observations taken from it. */
export const ARTICLE_TITLE = '跑好新时期白蒲建设再出发之路 答好南通“发展四问”';

/** The article itself (2020-04-27, 南通百姓网), without a quote. */
export const ARTICLE: Source = { title: ARTICLE_TITLE, publisher: '南通百姓网', date: '2020-04-27' };

/**
 * The article with the exact words that give a figure. Quotes are copied character for character
 * (the page mixes ASCII commas with Chinese quotation marks), so that a reader can find them.
 */
export function articleQuote(quote: string): Source {
  return { ...ARTICLE, quote };
}

/** Title used for every value that no public source gives. */
export const SAMPLE_TITLE = '示例数据（无公开来源）';

/** The sample source: values invented to make the demo work, never to be read as facts. */
export const SAMPLE_SOURCE: Source = { title: SAMPLE_TITLE };

/** Title of the CCID (赛迪) 2019 county list, which gives Rugao's rank 22. */
export const CCID_2019_TITLE = '2019年赛迪县域经济百强排行榜';

/**
 * Rugao's place on the CCID 2019 top-100 county list (not in the article). No quote: the list is a
 * table and its original page was not at hand, only reports of it.
 */
export const CCID_2019: Source = { title: CCID_2019_TITLE, publisher: '赛迪顾问县域经济研究中心' };

/** Title of Rugao's 2019 statistical communiqué, which gives its GDP. */
export const RUGAO_GDP_2019_TITLE = '如皋市2019年国民经济和社会发展统计公报';

/** Rugao GDP 2019: 1215.18亿元. No quote, since the communiqué's exact wording was not at hand. */
export const RUGAO_GDP_2019: Source = { title: RUGAO_GDP_2019_TITLE, publisher: '如皋市统计局' };

/** Title of the yearbook-style profile of Baipu (medium confidence, see domain.md). */
export const BAIPU_PROFILE_TITLE = '白蒲镇概况（年鉴类公开资料，2019年）';

/** Baipu's area, population and firm counts for 2019 (no quote: the wording varies between copies). */
export const BAIPU_PROFILE: Source = { title: BAIPU_PROFILE_TITLE };

/** Opening of the 沪苏通 bridge and railway on 2020-07-01 (新华社 report of that day). */
export const HUTONG_OPENING: Source = {
  title: '沪苏通长江公铁大桥正式开通运营',
  publisher: '新华社',
  date: '2020-07-01',
  quote: '沪苏通长江公铁大桥于1日10时正式开通……沪苏通铁路也于当日开通运营',
};

/** Opening of the 盐通 high-speed railway on 2020-12-30 (it stops at 如皋南). */
export const YANTONG_OPENING: Source = {
  title: '盐通高铁今天开通运营',
  publisher: '新民晚报',
  date: '2020-12-30',
  quote: '盐城至南通高速铁路(以下简称盐通高铁)今天开通运营',
};
