import { useEffect, useState } from 'preact/hooks';
import { getManagedPolicy, watchManagedPolicy } from '../utils/settings';
import { NO_POLICY, type ManagedPolicy } from '../utils/managed-settings';

/** The organisation's managed settings (none until read), kept live across every open extension page. */
export function useManagedPolicy(): ManagedPolicy {
  const [policy, setPolicy] = useState<ManagedPolicy>(NO_POLICY);
  useEffect(() => {
    let alive = true;
    void getManagedPolicy().then((p) => alive && setPolicy(p));
    const unwatch = watchManagedPolicy((p) => alive && setPolicy(p));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return policy;
}
