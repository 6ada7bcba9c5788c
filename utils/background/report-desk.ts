/**
 * What the in-page card leaves for the report page it opens (phrase, sentence, page address): kept in
 * the background's memory only, handed over once, forgotten after a few minutes. Never stored, never
 * sent; the report page includes the sentence and address only if the reader ticks them.
 */
export interface ReportHandoff {
  phrase: string;
  sentence: string;
  page: string;
}

const TTL_MS = 5 * 60_000;

export function createReportDesk(now = () => Date.now(), newToken = (): string => crypto.randomUUID()) {
  const waiting = new Map<string, { handoff: ReportHandoff; at: number }>();
  const sweep = () => {
    for (const [token, item] of waiting) if (now() - item.at > TTL_MS) waiting.delete(token);
  };
  return {
    leave(handoff: ReportHandoff): string {
      sweep();
      const token = newToken();
      waiting.set(token, { handoff, at: now() });
      return token;
    },
    take(token: string): ReportHandoff | null {
      sweep();
      const item = waiting.get(token);
      waiting.delete(token);
      return item?.handoff ?? null;
    },
  };
}
