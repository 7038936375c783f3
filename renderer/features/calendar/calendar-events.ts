type Listener = () => void;
const listeners = new Set<Listener>();

/** The shell's banner listens here so importing a year clears the warning without a reload. */
export function onCalendarChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function notifyCalendarChanged(): void {
  for (const l of listeners) l();
}
