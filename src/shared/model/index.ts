export * from './plan';
export * from './parse-plan';
export * from './migrate-plan';
export * from './create-node';
export * from './terraform-names';
export * from './instance-catalog';
export * from './scenario';
export * from './scenario-check';
