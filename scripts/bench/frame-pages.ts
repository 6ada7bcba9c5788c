/**
 * The frame-heavy pages of `npm run bench -- --frames`: corpus pages with 10–25 iframes added, the
 * way news pages carry them — mostly ad slots, trackers, hidden sync frames and about:blank shells,
 * and a few frames with text (an embedded article, a comment widget; same- and cross-origin).
 * Written to a temporary folder and served beside the corpus.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A frame kit page: one document an <iframe> points at. */
const KIT: Record<string, string> = {
  'ad.html':
    '<!doctype html><html><body style="margin:0"><div style="width:300px;height:250px;background:#ddd"><a href="#"><span style="font:10px sans-serif">Ad</span></a></div></body></html>',
  'pixel.html': '<!doctype html><html><body></body></html>',
  'sync.html': '<!doctype html><html><head><title>sync</title></head><body><div id="s"></div></body></html>',
  'banner.html':
    '<!doctype html><html><body style="margin:0"><div style="width:728px;height:90px;background:#eee"></div></body></html>',
};

const ARTICLE_STYLE = 'font:16px/1.5 serif;margin:8px';

/** An embedded article or a comment widget: real paragraphs, some of them with claims. */
function textPage(title: string, paragraphs: string[]) {
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body style="${ARTICLE_STYLE}"><h2>${title}</h2>\n${body}</body></html>`;
}

/** The paragraphs of a corpus page (tags stripped; enough for an article-like frame). */
function paragraphsOf(html: string, count: number): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/gi)) {
    const text = m[1].replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
    if (text.length > 80 && !/[<>]/.test(text)) out.push(text.replace(/&(?![a-z#0-9]+;)/gi, '&amp;'));
    if (out.length >= count) break;
  }
  return out;
}

/** The mix of one page's frames: `n` frames, two or three of them with text. */
function frameTags(n: number, crossOrigin: string): string[] {
  const tags = [
    '<iframe src="/frame-kit/article.html" width="600" height="400" title="Related story"></iframe>',
    `<iframe src="${crossOrigin}/frame-kit/comments.html" width="600" height="300" title="Comments"></iframe>`,
  ];
  if (n >= 20) tags.push('<iframe src="/frame-kit/comments.html" width="600" height="300" title="More comments"></iframe>');
  const ads = [
    '<iframe src="/frame-kit/ad.html" width="300" height="250" title="Advertisement"></iframe>',
    `<iframe src="${crossOrigin}/frame-kit/ad.html" width="300" height="250" title="Advertisement"></iframe>`,
    '<iframe src="/frame-kit/pixel.html" width="1" height="1" style="position:absolute;left:-9px"></iframe>',
    `<iframe src="${crossOrigin}/frame-kit/sync.html" style="display:none"></iframe>`,
    '<iframe width="728" height="90" title="Ad slot"></iframe>', // an about:blank shell an ad script would fill
    '<iframe srcdoc="<div style=&quot;width:300px;height:250px;background:#ccc&quot;></div>" width="300" height="250"></iframe>',
    '<iframe src="/frame-kit/banner.html" width="728" height="90"></iframe>',
  ];
  for (let i = 0; tags.length < n; i++) tags.push(ads[i % ads.length]);
  return tags;
}

export interface FramePage {
  /** Address path under the server. */
  path: string;
  frames: number;
}

/**
 * Writes the kit and one frame-heavy page per base page into `dir`; `crossOrigin` is the origin
 * (another site, same server) that cross-origin frames come from.
 */
export function writeFramePages(dir: string, corpusDir: string, bases: string[], crossOrigin: string): FramePage[] {
  const kit = join(dir, 'frame-kit');
  mkdirSync(kit, { recursive: true });
  for (const [name, html] of Object.entries(KIT)) writeFileSync(join(kit, name), html);
  const seed = readFileSync(join(corpusDir, 'seed/article.html'), 'utf8');
  writeFileSync(join(kit, 'article.html'), textPage('Related story', paragraphsOf(seed, 6)));
  writeFileSync(
    join(kit, 'comments.html'),
    textPage('Comments', [
      'Great read, thanks. My aunt paid for stem cell injections in Mexico and nothing changed.',
      'Has anyone tried NMN? My doctor says the human data is thin.',
      'I just want to know whether the clinic near me is legitimate or not.',
      'The article could have said more about what the trials actually measured.',
    ]),
  );
  const counts = [10, 15, 18, 20, 23, 25];
  return bases.map((base, i) => {
    const n = counts[i % counts.length];
    let html = readFileSync(join(corpusDir, base), 'utf8').replace(/<script\b[\s\S]*?<\/script>/gi, '');
    const frames = frameTags(n, crossOrigin).join('\n');
    html = /<\/body>/i.test(html) ? html.replace(/<\/body>/i, `${frames}\n</body>`) : html + frames;
    const name = `${base.replace(/[/.]/g, '_')}.html`;
    writeFileSync(join(dir, name), html);
    return { path: `/framed/${name}`, frames: n };
  });
}
