export * from './ratio';
export * from './funnel';
export * from './responses';
export * from './promises';
export * from './follow-up-effect';
export * from './insights';
