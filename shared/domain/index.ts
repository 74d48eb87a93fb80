export * from './primitives';
export * from './stage';
export * from './posting';
export * from './application';
export * from './interview';
export * from './follow-up';
export * from './settings';
export * from './history';
