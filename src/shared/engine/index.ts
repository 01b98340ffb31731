export * from './types';
export { projectPlan, additions, unitOf } from './project';
export { surgeMultiplier, surgePercentIncrease, describeSurge } from './surge';
export { growthFactor, monthLabels, monthIndexOf, describeGrowth } from './calendar';
export { formatNumber, formatPercent, formatDuration } from './format';
export { buildGraph } from './graph';
export { passOnRatio } from './propagate';
export { ceilSafe, withRedundancy, HOURS_PER_MONTH } from './sizing-common';
