/**
 * The small storage interface behind the API: the routes only ever talk to this, so the browser
 * demo (memory + localStorage), the tests (memory) and the Node server (SQLite, later) can swap
 * adapters without touching a route.
 */
import type { ActionNode, Milestone } from '../../src/domain/action';
import type { IndicatorLink, OwnerUnit } from '../../src/domain/action-contract';
import type { BenchmarkMember, BenchmarkSet, GapNote } from '../../src/domain/benchmark';
import type { BenchmarkValueEdit, TargetRevision } from '../../src/domain/history-contract';
import type { Indicator } from '../../src/domain/indicator';
import type { Observation } from '../../src/domain/observation';
import type { Project } from '../../src/domain/project';
import type { ValueNote } from '../../src/domain/value-note';

/**
 * Everything the API serves: the indicators and all their observations, the benchmark sets and gap
 * notes of 对标找差, the project ledger, the campaign tree with its milestones, the links between
 * indicators and what moves them, and the owner directory (absent means none, so small test
 * datasets need not spell them out).
 */
export type Dataset = {
  indicators: Indicator[];
  observations: Observation[];
  benchmarkSets?: BenchmarkSet[];
  gapNotes?: GapNote[];
  projects?: Project[];
  /** Campaigns, measures and tasks in plan order. */
  actionNodes?: ActionNode[];
  milestones?: Milestone[];
  links?: IndicatorLink[];
  /** The 责任单位 and their 责任人 that writes may name. */
  owners?: OwnerUnit[];
};

/**
 * A user's edit of a benchmark value: which set and member it belongs to, the value and (for the
 * history) its id, the value it replaced, who, when and why.
 */
export type { BenchmarkValueEdit, TargetRevision };

/**
 * A set or a member a user created, in the order they were created. Replaying the list over the
 * seed rebuilds the sets (a member only ever joins a set that exists before it).
 */
export type BenchmarkSetAddition =
  { kind: 'set'; set: BenchmarkSet } | { kind: 'member'; setId: string; member: BenchmarkMember };

/** Where indicators and observations live. Every method is async so a real database fits. */
export interface Storage {
  /** All indicators, in dataset order (the order the plan lists them). */
  listIndicators(): Promise<Indicator[]>;
  getIndicator(id: string): Promise<Indicator | undefined>;
  /** All observations, or those of one indicator, in storage order. */
  listObservations(indicatorId?: string): Promise<Observation[]>;
  /**
   * Stores one observation atomically: either it is stored, or the promise rejects and nothing
   * changed. Rejects with {@link StorageConflictError} for a duplicate id or an unknown indicator.
   */
  addObservation(observation: Observation): Promise<void>;
  /**
   * Stores a batch of observations (an import) atomically: every one is checked first, then all are
   * stored in one step, or the promise rejects and nothing changed. Rejects with
   * {@link StorageConflictError} for any unknown indicator or an id taken (by a stored observation
   * or another of the batch).
   */
  addObservations(batch: readonly Observation[]): Promise<void>;
  /**
   * The target revisions (append-only), of one indicator or all, in the order they were made.
   * `listIndicators` and `getIndicator` serve each target at its latest revision.
   */
  listTargetRevisions(indicatorId?: string): Promise<TargetRevision[]>;
  /**
   * Appends a target revision atomically. Rejects with {@link StorageConflictError} for an unknown
   * indicator, a year it has no target for, a target of another year, or a taken id.
   */
  addTargetRevision(revision: TargetRevision): Promise<void>;
  /** Notes on values (原因 / 措施 / 数据更正), of one indicator or all, in the order they were added. */
  listValueNotes(indicatorId?: string): Promise<ValueNote[]>;
  /** Stores a value note atomically; rejects with {@link StorageConflictError} for an unknown indicator or a taken id. */
  addValueNote(note: ValueNote): Promise<void>;
  /** All benchmark sets with users' value edits applied, in dataset order. */
  listBenchmarkSets(): Promise<BenchmarkSet[]>;
  getBenchmarkSet(id: string): Promise<BenchmarkSet | undefined>;
  /**
   * Sets a member's value of an indicator for the value's year (replacing that year's value, if any),
   * atomically, and keeps the edit for the history. Rejects with {@link StorageConflictError} for an
   * unknown set, member or indicator, or an edit id already used.
   */
  putBenchmarkValue(edit: BenchmarkValueEdit): Promise<void>;
  /** Users' benchmark value edits in the order they were made, optionally of one indicator's values. */
  listBenchmarkValueEdits(filter?: { indicatorId?: string }): Promise<BenchmarkValueEdit[]>;
  /**
   * Stores a new set (after the seeded ones) atomically. Rejects with {@link StorageConflictError}
   * when its id is taken, its member ids repeat, or a value is of an unknown indicator.
   */
  addBenchmarkSet(set: BenchmarkSet): Promise<void>;
  /**
   * Appends a member to a set atomically. Rejects with {@link StorageConflictError} for an unknown
   * set, a member id the set already has, or a value of an unknown indicator.
   */
  addBenchmarkMember(setId: string, member: BenchmarkMember): Promise<void>;
  /** Gap notes in the order they were added, optionally of one set (and indicator). */
  listGapNotes(filter?: { setId?: string; indicatorId?: string }): Promise<GapNote[]>;
  /** Stores a note atomically; rejects with {@link StorageConflictError} for a duplicate id or unknown set or indicator. */
  addGapNote(note: GapNote): Promise<void>;
  /** The project ledger: the seed's projects (as users updated them), then the created ones. */
  listProjects(): Promise<Project[]>;
  getProject(id: string): Promise<Project | undefined>;
  /** Stores a new project atomically; rejects with {@link StorageConflictError} when its id is taken. */
  addProject(project: Project): Promise<void>;
  /** Replaces the project of the same id atomically; rejects with {@link StorageConflictError} when there is none. */
  updateProject(project: Project): Promise<void>;
  /** Campaigns, measures and tasks in plan order (the seed's, then the created ones). */
  listActionNodes(): Promise<ActionNode[]>;
  /**
   * Stores a new node atomically. Rejects with {@link StorageConflictError} for a taken id, or a
   * parent that is missing or of the wrong kind (a campaign has none, a measure's is a campaign, a
   * task's a measure).
   */
  addActionNode(node: ActionNode): Promise<void>;
  /** Every milestone, the seed's (as users updated them) then the created ones. */
  listMilestones(): Promise<Milestone[]>;
  getMilestone(id: string): Promise<Milestone | undefined>;
  /** Stores a new milestone atomically; rejects with {@link StorageConflictError} for a taken id or a task that is not one. */
  addMilestone(milestone: Milestone): Promise<void>;
  /** Replaces the milestone of the same id atomically; rejects with {@link StorageConflictError} when there is none or its task is not one. */
  updateMilestone(milestone: Milestone): Promise<void>;
  /** Links between indicators and the projects and tasks that move them, in the order they were made. */
  listLinks(): Promise<IndicatorLink[]>;
  /** Stores a link atomically; rejects with {@link StorageConflictError} when it exists or names an unknown indicator, project or node. */
  addLink(link: IndicatorLink): Promise<void>;
  /** The owner directory: units and their people. */
  listOwners(): Promise<OwnerUnit[]>;
  /** Back to the seed: drops everything users added. */
  reset(): Promise<void>;
}

/** The write contradicts what is stored (duplicate id, unknown indicator); the API answers 409. */
export class StorageConflictError extends Error {
  override readonly name = 'StorageConflictError';
}

/**
 * The store had no room for a write (a browser's localStorage quota, or storage switched off); the
 * write was cancelled and nothing changed. The API answers 507.
 */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
}
