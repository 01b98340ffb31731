/**
 * What the plan's `instanceType` strings mean: vCPUs and memory per common AWS instance
 * type (EC2, RDS `db.*`, ElastiCache `cache.*`), and the managed units a load balancer or
 * gateway is counted in. Pure data and lookups: the quota check reads vCPUs from here (a
 * plan may override a type the catalog lacks), a warning names a type it does not know.
 *
 * Figures are AWS's published sizes (EC2 and RDS share a family's vCPU and memory;
 * ElastiCache reports the memory a node offers Redis/Valkey, a little under the EC2 size).
 * The catalog is deliberately small: the families architects size event fleets with, not
 * every type AWS sells; anything else is "unknown", never guessed.
 */

export type InstanceService = 'ec2' | 'rds' | 'elasticache' | 'managed';

export interface InstanceTypeInfo {
  /** The type as the catalog spells it (lower case, e.g. `db.r6g.2xlarge`). */
  readonly type: string;
  /** The AWS service that sells it (named apart from the service node kind). */
  readonly awsService: InstanceService;
  /** Family without the service prefix (`r6g` for `db.r6g.2xlarge`); quotas count per family. */
  readonly family: string;
  /** Size suffix (`2xlarge`); the unit's own name for a managed unit. */
  readonly size: string;
  /** vCPUs of one instance; undefined for a managed unit (it has no vCPU quota). */
  readonly vcpus: number | undefined;
  /** Memory of one instance in GiB; undefined for a managed unit. */
  readonly memoryGib: number | undefined;
}

/** vCPUs of each size name, the same in every family that offers the size. */
const SIZE_VCPUS: Readonly<Record<string, number>> = {
  medium: 1,
  large: 2,
  xlarge: 4,
  '2xlarge': 8,
  '4xlarge': 16,
  '8xlarge': 32,
  '9xlarge': 36,
  '12xlarge': 48,
  '16xlarge': 64,
  '18xlarge': 72,
  '24xlarge': 96,
  '32xlarge': 128,
  '48xlarge': 192,
};

interface FixedRatioFamily {
  /** GiB of memory per vCPU: 2 for compute (c), 4 for general purpose (m), 8 for memory (r). */
  readonly gibPerVcpu: number;
  readonly sizes: readonly string[];
  /** Also sold as RDS `db.<family>.<size>`. */
  readonly rds?: boolean;
}

const INTEL_5 = ['large', 'xlarge', '2xlarge', '4xlarge', '8xlarge', '12xlarge', '16xlarge', '24xlarge'];
const INTEL_6 = [...INTEL_5, '32xlarge'];
const C5 = ['large', 'xlarge', '2xlarge', '4xlarge', '9xlarge', '12xlarge', '18xlarge', '24xlarge'];
const GRAVITON = ['medium', 'large', 'xlarge', '2xlarge', '4xlarge', '8xlarge', '12xlarge', '16xlarge'];
const INTEL_7 = [...INTEL_5, '48xlarge'];

const FIXED_RATIO_FAMILIES: Readonly<Record<string, FixedRatioFamily>> = {
  m5: { gibPerVcpu: 4, sizes: INTEL_5, rds: true },
  m5a: { gibPerVcpu: 4, sizes: INTEL_5 },
  m6i: { gibPerVcpu: 4, sizes: INTEL_6, rds: true },
  m6a: { gibPerVcpu: 4, sizes: INTEL_6 },
  m6g: { gibPerVcpu: 4, sizes: GRAVITON, rds: true },
  m7i: { gibPerVcpu: 4, sizes: INTEL_7, rds: true },
  m7g: { gibPerVcpu: 4, sizes: GRAVITON, rds: true },
  c5: { gibPerVcpu: 2, sizes: C5 },
  c6i: { gibPerVcpu: 2, sizes: INTEL_6 },
  c6a: { gibPerVcpu: 2, sizes: INTEL_6 },
  c6g: { gibPerVcpu: 2, sizes: GRAVITON },
  c7i: { gibPerVcpu: 2, sizes: INTEL_7 },
  c7g: { gibPerVcpu: 2, sizes: GRAVITON },
  r5: { gibPerVcpu: 8, sizes: INTEL_5, rds: true },
  r6i: { gibPerVcpu: 8, sizes: INTEL_6, rds: true },
  r6g: { gibPerVcpu: 8, sizes: GRAVITON, rds: true },
  r7i: { gibPerVcpu: 8, sizes: INTEL_7, rds: true },
  r7g: { gibPerVcpu: 8, sizes: GRAVITON, rds: true },
};

/** Burstable families: two vCPUs up to `large`, memory per size (not a fixed ratio). */
const BURSTABLE_SIZES: Readonly<Record<string, readonly [vcpus: number, gib: number]>> = {
  nano: [2, 0.5],
  micro: [2, 1],
  small: [2, 2],
  medium: [2, 4],
  large: [2, 8],
  xlarge: [4, 16],
  '2xlarge': [8, 32],
};
const BURSTABLE_FAMILIES: Readonly<Record<string, { rds: boolean }>> = {
  t3: { rds: true },
  t3a: { rds: false },
  t4g: { rds: true },
};

/** ElastiCache nodes: [vCPUs, GiB offered to the cache] per size, per family group. */
const CACHE_MEMORY_R: Readonly<Record<string, readonly [number, number]>> = {
  large: [2, 13.07],
  xlarge: [4, 26.32],
  '2xlarge': [8, 52.82],
  '4xlarge': [16, 105.81],
  '8xlarge': [32, 209.55],
  '12xlarge': [48, 317.77],
  '16xlarge': [64, 419.09],
};
const CACHE_MEMORY_M: Readonly<Record<string, readonly [number, number]>> = {
  large: [2, 6.38],
  xlarge: [4, 12.93],
  '2xlarge': [8, 26.04],
  '4xlarge': [16, 52.26],
  '8xlarge': [32, 103.68],
  '12xlarge': [48, 157.12],
  '16xlarge': [64, 209.55],
};
const CACHE_MEMORY_T: Readonly<Record<string, readonly [number, number]>> = {
  micro: [2, 0.5],
  small: [2, 1.37],
  medium: [2, 3.09],
};
const CACHE_FAMILIES: Readonly<Record<string, Readonly<Record<string, readonly [number, number]>>>> = {
  r5: CACHE_MEMORY_R,
  r6g: CACHE_MEMORY_R,
  r7g: CACHE_MEMORY_R,
  m5: CACHE_MEMORY_M,
  m6g: CACHE_MEMORY_M,
  m7g: CACHE_MEMORY_M,
  t3: CACHE_MEMORY_T,
  t4g: CACHE_MEMORY_T,
};

/**
 * Units a load balancer or gateway is sized in: capacity units, not instances, so they
 * carry no vCPUs and no instance quota. The samples use the first three.
 */
const MANAGED_UNITS: readonly string[] = ['alb', 'nlb', 'gateway-unit', 'api-gateway-unit', 'lcu', 'nlcu'];

function buildCatalog(): ReadonlyMap<string, InstanceTypeInfo> {
  const out = new Map<string, InstanceTypeInfo>();
  const add = (info: InstanceTypeInfo): void => {
    out.set(info.type, info);
  };
  for (const [family, f] of Object.entries(FIXED_RATIO_FAMILIES)) {
    for (const size of f.sizes) {
      const vcpus = SIZE_VCPUS[size];
      if (vcpus === undefined) continue;
      const memoryGib = vcpus * f.gibPerVcpu;
      add({ type: `${family}.${size}`, awsService: 'ec2', family, size, vcpus, memoryGib });
      if (f.rds && size !== 'medium') add({ type: `db.${family}.${size}`, awsService: 'rds', family, size, vcpus, memoryGib });
    }
  }
  for (const [family, f] of Object.entries(BURSTABLE_FAMILIES)) {
    for (const [size, [vcpus, memoryGib]] of Object.entries(BURSTABLE_SIZES)) {
      add({ type: `${family}.${size}`, awsService: 'ec2', family, size, vcpus, memoryGib });
      if (f.rds && size !== 'nano') add({ type: `db.${family}.${size}`, awsService: 'rds', family, size, vcpus, memoryGib });
    }
  }
  for (const [family, sizes] of Object.entries(CACHE_FAMILIES)) {
    for (const [size, [vcpus, memoryGib]] of Object.entries(sizes)) {
      add({ type: `cache.${family}.${size}`, awsService: 'elasticache', family, size, vcpus, memoryGib });
    }
  }
  for (const unit of MANAGED_UNITS) add({ type: unit, awsService: 'managed', family: unit, size: unit, vcpus: undefined, memoryGib: undefined });
  return out;
}

const CATALOG = buildCatalog();

/** The catalog's spelling of a type: trimmed, lower case (AWS types are case-insensitive). */
export function normalizeInstanceType(type: string): string {
  return type.trim().toLowerCase();
}

/** What the catalog knows of `type`; undefined for a type it does not know (or an empty one). */
export function instanceTypeInfo(type: string): InstanceTypeInfo | undefined {
  return CATALOG.get(normalizeInstanceType(type));
}

/** vCPUs of one `type` instance; undefined when unknown or a managed unit. */
export function instanceTypeVcpus(type: string): number | undefined {
  return instanceTypeInfo(type)?.vcpus;
}

/** Whether the catalog knows `type` (a blank type is not a type, so not known). */
export function isKnownInstanceType(type: string): boolean {
  return instanceTypeInfo(type) !== undefined;
}

/** Every type the catalog knows, sorted: for pickers and the docs. */
export function knownInstanceTypes(): readonly string[] {
  return [...CATALOG.keys()].sort();
}
