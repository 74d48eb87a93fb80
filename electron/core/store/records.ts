import type { Application, FollowUp, Interview } from '../../../shared/domain';

/** The records that belong to a set of applications (the active set, or one archive shard). */
export interface RecordSet {
  applications: Map<string, Application>;
  interviews: Map<string, Interview>;
  followUps: Map<string, FollowUp>;
}

export const emptyRecordSet = (): RecordSet => ({ applications: new Map(), interviews: new Map(), followUps: new Map() });

export function recordSetFrom(doc: { applications: Application[]; interviews: Interview[]; followUps: FollowUp[] }): RecordSet {
  return {
    applications: new Map(doc.applications.map((a) => [a.id, a])),
    interviews: new Map(doc.interviews.map((i) => [i.id, i])),
    followUps: new Map(doc.followUps.map((f) => [f.id, f])),
  };
}

export function recordSetToDoc(set: RecordSet) {
  return {
    applications: [...set.applications.values()],
    interviews: [...set.interviews.values()],
    followUps: [...set.followUps.values()],
  };
}

/** Moves an application's interviews and follow-ups from one set to another. */
export function moveChildren(applicationId: string, from: RecordSet, to: RecordSet): void {
  for (const [id, interview] of from.interviews) {
    if (interview.applicationId === applicationId) {
      from.interviews.delete(id);
      to.interviews.set(id, interview);
    }
  }
  for (const [id, followUp] of from.followUps) {
    if (followUp.applicationId === applicationId) {
      from.followUps.delete(id);
      to.followUps.set(id, followUp);
    }
  }
}
