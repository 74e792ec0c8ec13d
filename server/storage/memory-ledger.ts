/**
 * The memory adapter's share of the project ledger, the campaign tree, milestones, indicator links
 * and the owner directory. Kept apart from memory-storage.ts, which holds its state and calls these.
 *
 * Same discipline as the rest of memory storage: every write checks everything first, then calls
 * its persist hook (which may throw, cancelling the write), then swaps in a new state; stored
 * records are private frozen copies.
 */
import { parentKindOf, type ActionNode, type Milestone } from '../../src/domain/action';
import type { IndicatorLink, OwnerUnit } from '../../src/domain/action-contract';
import type { Project } from '../../src/domain/project';
import { frozenCopy } from './freeze';
import { StorageConflictError, type Dataset, type Storage } from './storage';

/** What the browser adapter restores and persists (the memory adapter alone needs none of it). */
export interface LedgerOptions {
  /** Projects users created or updated in an earlier session, upserted by id over the seed. */
  readonly restoredProjects?: readonly Project[];
  /** Nodes users created, in order; ones whose id is taken or whose parent does not fit are dropped. */
  readonly restoredActionNodes?: readonly ActionNode[];
  /** Milestones users created or updated, upserted by id; ones whose task is not a task are dropped. */
  readonly restoredMilestones?: readonly Milestone[];
  /** Links users made, in order; duplicates and ones naming unknown records are dropped. */
  readonly restoredLinks?: readonly IndicatorLink[];
  /** Called with every project users created or updated (one record per id) before a change takes effect; if it throws, nothing changes. */
  readonly persistProjects?: (changed: readonly Project[]) => void;
  /** Like `persistProjects`, for the created nodes. */
  readonly persistActionNodes?: (added: readonly ActionNode[]) => void;
  /** Like `persistProjects`, for the created or updated milestones. */
  readonly persistMilestones?: (changed: readonly Milestone[]) => void;
  /** Like `persistProjects`, for the links made. */
  readonly persistLinks?: (added: readonly IndicatorLink[]) => void;
}

export interface LedgerState {
  readonly indicatorIds: ReadonlySet<string>;
  /** The seed's projects with users' updates, then the created ones. */
  readonly projects: readonly Project[];
  /** What users created or updated, one record per id, in the order first changed. */
  readonly changedProjects: readonly Project[];
  readonly nodes: readonly ActionNode[];
  readonly addedNodes: readonly ActionNode[];
  readonly milestones: readonly Milestone[];
  readonly changedMilestones: readonly Milestone[];
  readonly links: readonly IndicatorLink[];
  readonly addedLinks: readonly IndicatorLink[];
  readonly owners: readonly OwnerUnit[];
}

export type LedgerMethods = Pick<
  Storage,
  | 'listProjects'
  | 'getProject'
  | 'addProject'
  | 'updateProject'
  | 'listActionNodes'
  | 'addActionNode'
  | 'listMilestones'
  | 'getMilestone'
  | 'addMilestone'
  | 'updateMilestone'
  | 'listLinks'
  | 'addLink'
  | 'listOwners'
>;

/**
 * The ledger state of a (frozen) dataset copy, with what an earlier session stored replayed over it:
 * projects, then nodes, then milestones (which need their tasks), then links (which need all of them).
 */
export function ledgerFromSeed(copy: Readonly<Dataset>, restored: LedgerOptions): LedgerState {
  let state: LedgerState = {
    indicatorIds: new Set(copy.indicators.map((i) => i.id)),
    projects: copy.projects ?? [],
    changedProjects: [],
    nodes: copy.actionNodes ?? [],
    addedNodes: [],
    milestones: copy.milestones ?? [],
    changedMilestones: [],
    links: copy.links ?? [],
    addedLinks: [],
    owners: copy.owners ?? [],
  };
  for (const p of restored.restoredProjects ?? []) state = withProject(state, frozenCopy(p));
  for (const n of restored.restoredActionNodes ?? []) {
    if (!nodeConflictOf(state, n)) state = withNode(state, frozenCopy(n));
  }
  for (const m of restored.restoredMilestones ?? []) {
    if (!milestoneConflictOf(state, m, hasId(state.milestones, m.id) ? 'update' : 'add')) {
      state = withMilestone(state, frozenCopy(m));
    }
  }
  for (const l of restored.restoredLinks ?? []) {
    if (!linkConflictOf(state, l)) state = withLink(state, frozenCopy(l));
  }
  return state;
}

/** The storage methods over a state held by the caller (`get` reads it, `set` replaces it). */
export function ledgerMethods(
  get: () => LedgerState,
  set: (state: LedgerState) => void,
  options: LedgerOptions,
): LedgerMethods {
  /** Checks, persists, then swaps: the one shape of every write. */
  function write(problem: string | undefined, next: () => LedgerState, persist: (s: LedgerState) => void): void {
    if (problem) throw new StorageConflictError(problem);
    const state = next();
    // Persist first: if it throws (quota), memory has not changed yet.
    persist(state);
    set(state);
  }

  return {
    listProjects: async () => [...get().projects],
    getProject: async (id) => get().projects.find((p) => p.id === id),
    addProject: async (project) => {
      const taken = hasId(get().projects, project.id);
      write(
        taken ? `duplicate project id: ${project.id}` : undefined,
        () => withProject(get(), frozenCopy(project)),
        (s) => options.persistProjects?.(s.changedProjects),
      );
    },
    updateProject: async (project) => {
      const known = hasId(get().projects, project.id);
      write(
        known ? undefined : `unknown project: ${project.id}`,
        () => withProject(get(), frozenCopy(project)),
        (s) => options.persistProjects?.(s.changedProjects),
      );
    },
    listActionNodes: async () => [...get().nodes],
    addActionNode: async (node) =>
      write(
        nodeConflictOf(get(), node),
        () => withNode(get(), frozenCopy(node)),
        (s) => options.persistActionNodes?.(s.addedNodes),
      ),
    listMilestones: async () => [...get().milestones],
    getMilestone: async (id) => get().milestones.find((m) => m.id === id),
    addMilestone: async (milestone) =>
      write(
        milestoneConflictOf(get(), milestone, 'add'),
        () => withMilestone(get(), frozenCopy(milestone)),
        (s) => options.persistMilestones?.(s.changedMilestones),
      ),
    updateMilestone: async (milestone) =>
      write(
        milestoneConflictOf(get(), milestone, 'update'),
        () => withMilestone(get(), frozenCopy(milestone)),
        (s) => options.persistMilestones?.(s.changedMilestones),
      ),
    listLinks: async () => [...get().links],
    addLink: async (link) =>
      write(
        linkConflictOf(get(), link),
        () => withLink(get(), frozenCopy(link)),
        (s) => options.persistLinks?.(s.addedLinks),
      ),
    listOwners: async () => [...get().owners],
  };
}

function hasId(records: readonly { id: string }[], id: string): boolean {
  return records.some((r) => r.id === id);
}

/** The list with the record of the same id replaced in place, or the record appended. */
function upsert<T extends { id: string }>(records: readonly T[], record: T): readonly T[] {
  const at = records.findIndex((r) => r.id === record.id);
  return at < 0 ? [...records, record] : records.map((r, i) => (i === at ? record : r));
}

function withProject(state: LedgerState, stored: Project): LedgerState {
  return {
    ...state,
    projects: upsert(state.projects, stored),
    changedProjects: upsert(state.changedProjects, stored),
  };
}

function withNode(state: LedgerState, stored: ActionNode): LedgerState {
  return { ...state, nodes: [...state.nodes, stored], addedNodes: [...state.addedNodes, stored] };
}

function withMilestone(state: LedgerState, stored: Milestone): LedgerState {
  return {
    ...state,
    milestones: upsert(state.milestones, stored),
    changedMilestones: upsert(state.changedMilestones, stored),
  };
}

function withLink(state: LedgerState, stored: IndicatorLink): LedgerState {
  return { ...state, links: [...state.links, stored], addedLinks: [...state.addedLinks, stored] };
}

/** Why a node cannot be added, or undefined when it can. */
function nodeConflictOf(state: LedgerState, node: ActionNode): string | undefined {
  if (hasId(state.nodes, node.id)) return `duplicate action node id: ${node.id}`;
  const expected = parentKindOf(node.kind);
  if (expected === null) return node.parentId === null ? undefined : `a campaign has no parent: ${node.id}`;
  const parent = node.parentId === null ? undefined : state.nodes.find((n) => n.id === node.parentId);
  if (!parent) return `unknown parent of ${node.id}: ${String(node.parentId)}`;
  return parent.kind === expected ? undefined : `the parent of a ${node.kind} must be a ${expected}: ${parent.id}`;
}

/** Why a milestone cannot be added (or updated), or undefined when it can. */
function milestoneConflictOf(state: LedgerState, m: Milestone, as: 'add' | 'update'): string | undefined {
  const exists = hasId(state.milestones, m.id);
  if (as === 'add' && exists) return `duplicate milestone id: ${m.id}`;
  if (as === 'update' && !exists) return `unknown milestone: ${m.id}`;
  const task = state.nodes.find((n) => n.id === m.taskId);
  return task?.kind === 'task' ? undefined : `unknown task: ${m.taskId}`;
}

/** Why a link cannot be added, or undefined when it can. */
function linkConflictOf(state: LedgerState, link: IndicatorLink): string | undefined {
  if (!state.indicatorIds.has(link.indicatorId)) return `unknown indicator: ${link.indicatorId}`;
  const targets: readonly { id: string }[] = link.kind === 'project' ? state.projects : state.nodes;
  if (!hasId(targets, link.targetId)) return `unknown ${link.kind}: ${link.targetId}`;
  const same = state.links.some(
    (l) => l.indicatorId === link.indicatorId && l.kind === link.kind && l.targetId === link.targetId,
  );
  return same ? `duplicate link: ${link.indicatorId} → ${link.kind} ${link.targetId}` : undefined;
}
