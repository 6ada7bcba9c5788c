/** Text with the ranges a search matched wrapped in <mark> (Preact text nodes only, never HTML). */
export function Marked({ text, ranges }: { text: string; ranges: readonly [number, number][] }) {
  if (!ranges.length) return <>{text}</>;
  const parts = [];
  let at = 0;
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  for (const [start, end] of sorted) {
    if (end - start < 2 || start < at) continue; // single letters are noise
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
