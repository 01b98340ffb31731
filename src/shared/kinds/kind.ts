import type { NodeKind, NodeOfKind, PlanNode } from '../model';
import type { SizeContext, SizeNumbers, SizeScratch } from '../engine/sizing-common';
import type { NodeSizing, SizingUnit } from '../engine/types';

/** The plan's own [min, max] for a node's count: autoscaling bounds, the replica limit, or none. */
export interface Bounds {
  min: number;
  /** null: the kind has no upper bound in the plan. */
  max: number | null;
}

/**
 * How a kind's count moves through the countdown's stages (engine/stages.ts):
 * - `autoscaled`: compute that scales itself; pre-warmed to an interim level at T-1 week and
 *   held at its stage count from then to the event's end;
 * - `early`: data tiers that cannot scale fast, at the event target from T-2 weeks;
 * - `early-at-t1w`: managed load balancers the provider pre-warms, at the target from T-1 week;
 * - `none`: kinds the engine does not size (their counts are 0).
 */
export type StagePace = 'autoscaled' | 'early' | 'early-at-t1w' | 'none';

/**
 * Everything the domain knows of one node kind, in one object: the rest of the code asks
 * this (through `kindOf` in ./index.ts) instead of switching on the kind's name.
 *
 * Methods, not function-typed properties: TypeScript checks method parameters
 * bivariantly, so each kind's definition can take its own node type and still sit in the
 * registry as a `KindDefinition<NodeKind>`. The registry pairs each definition with its
 * own kind, which is what makes that sound.
 */
export type KindDefinition<K extends NodeKind> = KindBehaviour<NodeOfKind<K>> & { kind: K };

/** A kind's behaviour over its node type `N` (see KindDefinition). */
export interface KindBehaviour<N extends PlanNode> {
  kind: NodeKind;
  /** The kind's name in the palette, on the card and in the inspector. */
  label: string;
  /** What its count counts; null for kinds the engine only checks against a limit. */
  unit: SizingUnit;
  /** What its load is measured in, in findings and the XLSX ("rps", "msg/s"). */
  loadUnit: string;
  /** How its count moves through the countdown's stages. */
  stagePace: StagePace;
  /** The share of its load it passes downstream (a CDN's or a cache's misses). */
  passOn(node: N): number;
  /**
   * The numbers of one sizing into `out` (no allocation: the monthly loop reuses one
   * scratch object). The same code `size` runs, so the explanation and the numbers agree.
   */
  numbers(node: N, ctx: SizeContext, i: number, slot: number, out: SizeScratch): SizeNumbers;
  /** One sizing with its detail, and with `withSteps` its explanation steps. */
  size(node: N, ctx: SizeContext, i: number, slot: number, withSteps: boolean): NodeSizing;
  /** The plan's [min, max] for its count. */
  bounds(node: N): Bounds;
  /** Units paid for beyond the sized count (a database's primary); 0 for most kinds. */
  fixedUnits: number;
  /** Database connections each unit holds open when it calls a database; null = not a client. */
  dbPoolSize(node: N): number | null;
  /** Messages waiting in it when the event starts, for the workers it feeds (a queue's backlog). */
  backlogAtStart(node: N): number;
  /** Sized after every other kind, since its sizing reads its clients' counts (a database's connections). */
  readsClientCounts: boolean;
  /** Load enters the system here (a traffic source): its load counts in the plan's entry traffic. */
  entryPoint: boolean;
}

/** A definition with its node type erased: what `kindOf` answers. */
export type AnyKindDefinition = KindBehaviour<PlanNode>;
