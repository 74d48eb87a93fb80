import { z } from 'zod';

/**
 * The version-1 file, frozen as it was written by the first builds: one file with every
 * application (archived ones inline), stages without colours, applications without the
 * "why I'm a good fit" line or the dates each stage was reached. Never edit this file.
 */
const Loose = z.record(z.string(), z.unknown());

export const V1StageSchema = z.object({ id: z.string(), name: z.string(), kind: z.string(), order: z.number() }).strict();

export const V1ApplicationSchema = Loose.and(z.object({ id: z.string(), stageId: z.string(), createdAt: z.string(), archived: z.boolean() }));

export const V1FileSchema = z
  .object({
    schemaVersion: z.literal(1),
    lastSeq: z.number().int().min(0),
    savedAt: z.string(),
    stages: z.array(V1StageSchema),
    settings: Loose,
    applications: z.array(V1ApplicationSchema),
    interviews: z.array(Loose),
    followUps: z.array(Loose),
  })
  .strict();
export type V1File = z.infer<typeof V1FileSchema>;
