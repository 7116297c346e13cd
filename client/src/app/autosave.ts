/** What every autosave goes through: nothing to send, typed and waiting, sending, sent, overtaken. */
export type AutosaveProgress =
  | { kind: 'idle' }
  /** Typed, waiting for the pause that sends it. */
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  /** Another tab or window, or a colleague, saved a newer version: nothing is sent until it is loaded. */
  | { kind: 'conflict' };

/** The pause in typing after which the changes are sent: one save per burst of typing, not one per key. */
export const autosaveDelayMs = 1000;
