export * from './account';
export * from './message';
export * from './matching';
export * from './outcome';
export * from './awaiting';
export * from './sent-match';
export * from './reply-match';
export * from './body-text';
