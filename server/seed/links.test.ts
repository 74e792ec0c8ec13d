import { expect, test } from 'vitest';
import { indicatorLinkSchema } from '../../src/domain/action-contract';
import { seedActionNodes } from './actions';
import { seedIndicators } from './indicators';
import { seedLinks } from './links';
import { seedProjects } from './projects';

const links = seedLinks();

test('every link parses and points at things that exist, tasks at tasks', () => {
  const indicators = new Set(seedIndicators.map((i) => i.id));
  const tasks = new Set(
    seedActionNodes()
      .filter((n) => n.kind === 'task')
      .map((n) => n.id),
  );
  const projects = new Set(seedProjects().map((p) => p.id));
  for (const l of links) {
    const label = `${l.indicatorId} → ${l.kind} ${l.targetId}`;
    expect(() => indicatorLinkSchema.parse(l), label).not.toThrow();
    expect(indicators.has(l.indicatorId), label).toBe(true);
    expect((l.kind === 'task' ? tasks : projects).has(l.targetId), label).toBe(true);
  }
});

test('no duplicates; each milestone indicator links to its task, and a few more indicators link too', () => {
  const keys = links.map((l) => `${l.indicatorId}|${l.kind}|${l.targetId}`);
  expect(new Set(keys).size).toBe(keys.length);
  for (const i of seedIndicators.filter((x) => x.nodes)) {
    expect(links.filter((l) => l.indicatorId === i.id && l.kind === 'task').length, i.id).toBeGreaterThanOrEqual(1);
  }
  const linkedIds = new Set(links.map((l) => l.indicatorId));
  for (const id of ['foreign-trade', 'industrial-investment', 'zhishui-talents', 'baipu-service']) {
    expect(linkedIds.has(id), id).toBe(true);
  }
  expect(links.some((l) => l.kind === 'project')).toBe(true);
});

test('the ledger-derived counts and rates need no links', () => {
  const derivedFromLedger = new Set(seedIndicators.filter((i) => i.derived?.startsWith('ledger-')).map((i) => i.id));
  expect(derivedFromLedger.size).toBe(5);
  for (const l of links) expect(derivedFromLedger.has(l.indicatorId), l.indicatorId).toBe(false);
});
