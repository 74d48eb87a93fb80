/**
 * Export, import and insights (history/export issue). Methods are added here by that work.
 */
export const dataMethods = {};
