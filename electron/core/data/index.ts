export * from './sink-writer';
export * from './stream-csv';
export * from './stream-ics';
export * from './stream-backup';
export * from './import-plan';
export * from './csv-format';
