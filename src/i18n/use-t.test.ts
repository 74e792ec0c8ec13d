import { expect, test } from 'vitest';
import type { MessageKey } from './messages';
import { translate } from './use-t';

test('core messages are there from the start, in both languages, with their placeholders filled', () => {
  expect(translate('zh-CN', 'ledger.link', { n: 7 })).toBe('查看这7个项目');
  expect(translate('en', 'ledger.link', { n: 7 })).toBe('See these 7 projects');
});

test('a section key before its page has loaded the section is a loud error in development and tests', () => {
  expect(() => translate('zh-CN', 'projects.heading')).toThrow(/before its section was imported/);
});

test('a section registers its messages when imported, in both languages', async () => {
  await import('./messages-projects');
  expect(translate('zh-CN', 'projects.heading')).toBe('项目台账');
  expect(translate('en', 'projects.heading')).toBe('Project ledger');
  const key = 'actions.heading' satisfies MessageKey;
  await import('./messages-actions');
  expect(translate('en', key)).toBe('Actions');
});
