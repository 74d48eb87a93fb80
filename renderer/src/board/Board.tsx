import type { Workspace } from '../../../shared/contract';

export function Board({ workspace }: { workspace: Workspace }) {
  return (
    <div className="board" role="list" aria-label="Pipeline">
      {workspace.stages.map((stage) => {
        const cards = workspace.applications.filter((a) => a.stageId === stage.id).sort((a, b) => a.position - b.position);
        return (
          <section key={stage.id} className="column" role="listitem" aria-label={stage.name}>
            <h2 className="column-title">
              <span className="dot" style={{ background: stage.color }} aria-hidden="true" />
              {stage.name}
              <span className="count">{cards.length}</span>
            </h2>
            <ul className="cards" aria-label={`${stage.name} applications`}>
              {cards.map((card) => (
                <li key={card.id} className="card">
                  <div className="card-company">{card.company}</div>
                  <div className="card-role">{card.role}</div>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
