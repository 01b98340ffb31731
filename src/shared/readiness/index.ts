export * from './phases';
export * from './schema';
export * from './error-budget';
export type { ReadinessOptions, DueRule } from './draft';
export { stressTestTarget, type StressTarget } from './standard-items';
export { scaleDownSteps } from '../engine/stages';
export * from './build-checklist';
export * from './state';
export * from './verdict';
