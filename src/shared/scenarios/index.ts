export * from './apply';
export * from './project-scenario';
export * from './compare';
