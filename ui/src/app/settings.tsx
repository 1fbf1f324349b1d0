// The user's preferences (language, theme, pane widths) as React context. They are stored by
// Rust in the data folder (src-tauri/src/settings.rs), loaded once before the first render (so
// the first screen already has the right language and theme), and written whole on each change.
// Outside the app (tests), `initial` gives them and nothing is written unless `onSave` is given.
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";
import { DEFAULT_SETTINGS, type Settings } from "../ipc/window";

interface SettingsState {
  settings: Settings;
  /** Changes some preferences now and stores them. */
  update: (patch: Partial<Settings>) => void;
}

const SettingsContext = createContext<SettingsState>({ settings: DEFAULT_SETTINGS, update: () => undefined });

export function SettingsProvider({
  initial = DEFAULT_SETTINGS,
  onSave,
  children,
}: {
  initial?: Settings;
  onSave?: (settings: Settings) => Promise<unknown>;
  children: ReactNode;
}) {
  const [settings, setSettings] = useState<Settings>(initial);
  // The latest settings, so that two updates in one event both build on what is current and the
  // save happens here, once, not inside a state updater (React may run those twice).
  const latest = useRef(initial);
  const update = useCallback(
    (patch: Partial<Settings>) => {
      const next = { ...latest.current, ...patch };
      latest.current = next;
      setSettings(next);
      // Losing a preference is not worth interrupting anyone for: failures are ignored.
      onSave?.(next).catch(() => undefined);
    },
    [onSave],
  );
  const value = useMemo(() => ({ settings, update }), [settings, update]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

/** The preferences and their updater. */
export function useSettings(): [Settings, (patch: Partial<Settings>) => void] {
  const { settings, update } = useContext(SettingsContext);
  return [settings, update];
}
