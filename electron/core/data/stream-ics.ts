import type { FollowUp, Interview } from '../../../shared/domain';
import { followUpVevent, icsFooter, icsHeader, IcsZoneTracker, interviewVevent, type ApplicationLabelLookup } from '../../../shared/export';
import { createSinkWriter, PROGRESS_EVERY, type ExportStats, type ProgressListener } from './sink-writer';

export interface IcsSources {
  interviews: AsyncIterable<Interview> | Iterable<Interview>;
  followUps: AsyncIterable<FollowUp> | Iterable<FollowUp>;
  /** Names each record's application in the event summary. */
  lookup: ApplicationLabelLookup;
  /** Export instant (DTSTAMP), ISO. */
  stamp: string;
}

/** Writes interviews and follow-ups as one VCALENDAR, in constant memory. Does not end `sink`. */
export async function streamIcs(sources: IcsSources, sink: NodeJS.WritableStream, onProgress?: ProgressListener): Promise<ExportStats> {
  const out = createSinkWriter(sink);
  const zones = new IcsZoneTracker();
  let count = 0;
  const tick = () => {
    count++;
    if (onProgress && count % PROGRESS_EVERY === 0) onProgress(count);
  };
  await out.write(icsHeader());
  for await (const interview of sources.interviews) {
    await out.write(interviewVevent(interview, sources.lookup(interview.applicationId), sources.stamp));
    tick();
  }
  for await (const followUp of sources.followUps) {
    const text = followUpVevent(followUp, sources.lookup(followUp.applicationId), sources.stamp, zones);
    if (text === '') continue;
    await out.write(text);
    tick();
  }
  await out.write(icsFooter());
  await out.flush();
  onProgress?.(count);
  return { records: count, bytes: out.bytes };
}
