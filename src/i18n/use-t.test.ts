import { expect, test } from 'vitest';
import type { MessageKey } from './messages';
import { loadLocale } from './load-locale';
import { translate } from './use-t';

test('Chinese core messages are there from the start; English ones once English is loaded', async () => {
  expect(translate('zh-CN', 'ledger.link', { n: 7 })).toBe('查看这7个项目');
  expect(() => translate('en', 'ledger.link', { n: 7 })).toThrow(/before its module was loaded/);
  await loadLocale('en');
  expect(translate('en', 'ledger.link', { n: 7 })).toBe('See these 7 projects');
});

test('a section key before its page has loaded the section is a loud error in development and tests', () => {
  expect(() => translate('zh-CN', 'projects.heading')).toThrow(/before its module was loaded/);
});

test('a section registers its messages when imported, in both languages', async () => {
  await import('./messages-projects');
  expect(translate('zh-CN', 'projects.heading')).toBe('项目台账');
  expect(translate('en', 'projects.heading')).toBe('Project ledger');
  const key = 'actions.heading' satisfies MessageKey;
  await import('./messages-actions');
  expect(translate('en', key)).toBe('Actions');
});
