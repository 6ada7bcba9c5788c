/**
 * The page's topic as text: its title and its first headings. Ambiguous phrases whose context is
 * neither in their sentence nor in their paragraph count when the topic holds it ("TRT" on a page
 * titled "Testosterone replacement therapy for men over 40"). Read once per scan of the document.
 */
export function pageTopic(doc: Document): string {
  const headings = [...doc.querySelectorAll('h1, h2')].slice(0, 12).map((h) => h.textContent ?? '');
  return [doc.title, ...headings].join('\u2029');
}
