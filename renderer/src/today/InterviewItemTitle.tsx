import type { Application, Interview } from '../../../shared/domain';

/** "Technical interview · Acme — Engineer": the round, and a link that opens its application. */
export function InterviewItemTitle({ interview, application, onOpen }: { interview: Interview; application: Application; onOpen: () => void }) {
  return (
    <div className="today-item-title">
      <strong>{interview.round}</strong>
      <button type="button" className="link-button" onClick={onOpen}>
        {application.company} — {application.role}
      </button>
    </div>
  );
}
