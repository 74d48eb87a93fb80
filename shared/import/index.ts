export * from './issue-path';
export * from './backup-validate';
export * from './csv-parse';
export * from './csv-mapping';
export * from './import-values';
export * from './csv-import';
