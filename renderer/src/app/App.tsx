import { useState } from 'react';
import { Board } from '../board/Board';
import { QuickAddDialog } from '../board/QuickAddDialog';
import { useWorkspace } from '../workspace/useWorkspace';

export function App() {
  const { state } = useWorkspace();
  const [adding, setAdding] = useState(false);

  return (
    <div className="app-shell">
      <aside className="sidebar" aria-label="Hearback">
        <div className="brand">Hearback</div>
        <nav aria-label="Main">
          <a className="nav-item" aria-current="page" href="#board">
            Board
          </a>
        </nav>
      </aside>
      <main className="main">
        <header className="toolbar">
          <h1>Board</h1>
          <button type="button" className="button primary" onClick={() => setAdding(true)}>
            New application
          </button>
        </header>
        {state.status === 'loading' && <p className="muted pad">Loading your search…</p>}
        {state.status === 'error' && (
          <p role="alert" className="error pad">
            {state.message}
          </p>
        )}
        {state.status === 'ready' && <Board workspace={state.workspace} />}
        {adding && state.status === 'ready' && <QuickAddDialog stages={state.workspace.stages} onClose={() => setAdding(false)} />}
      </main>
    </div>
  );
}
