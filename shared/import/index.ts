export * from './issue-path';
export * from './backup-validate';
export * from './csv-records';
export * from './stage-match';
export * from './row-fingerprint';
export * from './csv-mapping';
export * from './import-values';
export * from './csv-import';
