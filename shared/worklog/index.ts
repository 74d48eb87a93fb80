export * from './week';
export * from './derive';
export * from './presets';
export * from './report';
export * from './weekly-reminder';
