import { V1FileSchema } from './v1-schema';

/** Palette given to stages that had no colour in version 1, in column order. */
const V1_STAGE_COLOURS = ['#8a94a6', '#4f7cff', '#8b5cf6', '#16a34a', '#64748b', '#f59e0b', '#ef4444', '#0ea5e9'];

/**
 * Version 1 → 2: stages get colours; applications get an empty "good fit" line and, for the
 * stage they are in, the date they reached it (their creation date, the best we know).
 * Archived applications stay inline here; opening the store moves them into archive shards.
 */
export function upgradeV1toV2(input: unknown): unknown {
  const v1 = V1FileSchema.parse(input);
  return {
    ...v1,
    schemaVersion: 2,
    stages: v1.stages.map((stage, index) => ({
      ...stage,
      color: V1_STAGE_COLOURS[index % V1_STAGE_COLOURS.length],
    })),
    applications: v1.applications.map((app) => ({
      ...app,
      fitLine: typeof app['fitLine'] === 'string' ? app['fitLine'] : '',
      stageReachedAt: { [app.stageId]: app.createdAt },
    })),
  };
}
