/**
 * A child process that streams changes into a store and prints `ack <seq> <id> <stage> <notes>`
 * after each one is acknowledged (durably on disk). The parent kills it with SIGKILL at a random
 * moment and checks that every acknowledged change survived.
 */
import { HearbackStore } from '../../../electron/core/store/hearback-store';

const [dataDir, seedArg, compactArg] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: crash-writer DATA_DIR SEED COMPACT_EVERY');
let seed = Number(seedArg ?? 1);
const random = () => {
  // mulberry32: reproducible per seed, so a failure can be replayed.
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
let idCounter = 0;
const store = HearbackStore.open({
  dataDir,
  now: () => new Date(),
  newId: () => `c${process.pid.toString(36)}x${(idCounter++).toString(36)}`,
  compactEvery: Number(compactArg ?? 10),
  shardEvents: 25,
});
const stages = store.stages().map((s) => s.id);
process.stdout.write('ready\n');

for (let i = 0; ; i++) {
  const existing = [...store.active.applications.values()];
  const pick = existing[Math.floor(random() * existing.length)];
  const now = new Date().toISOString();
  const stageId = stages[Math.floor(random() * stages.length)]!;
  const app =
    pick && random() < 0.7
      ? { ...pick, stageId, notes: `n${i}`, updatedAt: now, archived: random() < 0.05 }
      : {
          id: `c${process.pid.toString(36)}a${i}`,
          company: `Company ${i} ✓ "quoted"`,
          role: 'Engineer',
          jobUrl: '',
          location: '',
          salary: null,
          source: '',
          notes: `n${i}`,
          tags: [],
          fitLine: '',
          contacts: [],
          stageId,
          position: i,
          stageReachedAt: { [stageId]: now },
          archived: false,
          createdAt: now,
          updatedAt: now,
        };
  const [event] = store.commit({
    summary: 'change',
    undoable: true,
    changes: [{ entity: 'application', kind: pick ? 'updated' : 'created', id: app.id, applicationId: app.id, after: app, summary: 'change' }],
  });
  process.stdout.write(`ack ${event!.seq} ${app.id} ${app.stageId} ${app.notes} ${app.archived ? 1 : 0}\n`);
}
