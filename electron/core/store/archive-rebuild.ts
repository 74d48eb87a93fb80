import type { Application, HistoryEvent } from '../../../shared/domain';
import { archiveShardOf } from './archive-shards';
import type { RecordSet } from './records';

/**
 * Refills a damaged archive shard from the history, which is never pruned: every event of an
 * application that hashes to the shard is replayed, and only archived applications (with their
 * interviews and follow-ups) are kept.
 */
export function rebuildArchiveShard(history: Iterable<HistoryEvent>, shardIndex: number, shard: RecordSet): void {
  for (const event of history) {
    if (!event.applicationId || archiveShardOf(event.applicationId) !== shardIndex) continue;
    if (event.entity === 'application') {
      const app = event.after as Application | null;
      if (app?.archived) shard.applications.set(app.id, app);
      else shard.applications.delete(event.entityId);
    } else if (event.entity === 'interview' || event.entity === 'followUp') {
      const map = (event.entity === 'interview' ? shard.interviews : shard.followUps) as Map<string, unknown>;
      if (event.after === null) map.delete(event.entityId);
      else map.set(event.entityId, event.after);
    }
  }
  // Records of applications that are not archived (any more) belong to the active set.
  for (const [id, interview] of shard.interviews) if (!shard.applications.has(interview.applicationId)) shard.interviews.delete(id);
  for (const [id, followUp] of shard.followUps) if (!shard.applications.has(followUp.applicationId)) shard.followUps.delete(id);
}
