import { useEffect, useState } from 'preact/hooks';
import { getSettings, watchSettings } from '../utils/settings';
import type { Settings } from '../utils/settings-schema';

/** Current settings (null until read), kept live across every open extension page. */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let alive = true;
    void getSettings().then((s) => alive && setSettings(s));
    const unwatch = watchSettings((s) => alive && setSettings(s));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return settings;
}
