import { useEffect, useRef } from 'react';

interface SheetShortcuts {
  onSave: () => void;
  onSubmit: () => void;
}

/**
 * Ctrl/Cmd+S saves at once (instead of the browser's "save page"), Ctrl/Cmd+Enter opens the submission,
 * from anywhere in the workspace, typing in a comment included.
 */
export function useSheetShortcuts({ onSave, onSubmit }: SheetShortcuts) {
  // The latest handlers, without re-registering the listener at every render.
  const handlers = useRef({ onSave, onSubmit });
  handlers.current = { onSave, onSubmit };
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      if (event.key.toLowerCase() === 's') {
        event.preventDefault();
        handlers.current.onSave();
      } else if (event.key === 'Enter') {
        event.preventDefault();
        handlers.current.onSubmit();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
