import { useEffect, useState } from 'preact/hooks';
import type { Theme } from '../utils/settings-schema';

/** The concrete theme for a setting: "system" follows prefers-color-scheme, live. */
export function useTheme(setting: Theme): 'light' | 'dark' {
  const query = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  const [systemDark, setSystemDark] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const onChange = (e: MediaQueryListEvent) => setSystemDark(e.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return setting === 'system' ? (systemDark ? 'dark' : 'light') : setting;
}
