/**
 * The interface's translations (public/_locales): every locale has every key of the English one and
 * no other, with the same placeholders; every key is used by the product and every key the product
 * names exists; the manifest's texts fit the stores' limits.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PROJECT_ROOT } from '../../data/load-from-disk';
import { formatMessage, type Messages } from '../../utils/i18n';
import { sampleParts } from '../../components/options/StylePreview';

const LOCALES_DIR = join(PROJECT_ROOT, 'public', '_locales');
const locales = readdirSync(LOCALES_DIR).sort();
const read = (lang: string): Messages => JSON.parse(readFileSync(join(LOCALES_DIR, lang, 'messages.json'), 'utf8'));
const english = read('en');
const keys = Object.keys(english);

/** The product's source: where message keys are named (t('…'), key tables, __MSG_…__ in the manifest). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(tsx?|html)$/.test(name) ? [path] : [];
  });
}
const SOURCES = [...['components', 'entrypoints', 'utils'].flatMap((d) => sourceFiles(join(PROJECT_ROOT, d))), join(PROJECT_ROOT, 'wxt.config.ts')];
const source = SOURCES.map((f) => readFileSync(f, 'utf8')).join('\n');

const used = (message: string) => [...new Set([...message.matchAll(/\$([a-z0-9_@]+)\$/gi)].map((m) => m[1].toLowerCase()))].sort();

describe('locales', () => {
  it('English and Spanish are both there', () => {
    expect(locales).toEqual(expect.arrayContaining(['en', 'es']));
  });

  it.each(locales)('%s has every English key and no other, none empty', (lang) => {
    const messages = read(lang);
    const missing = keys.filter((k) => !(k in messages));
    const extra = Object.keys(messages).filter((k) => !(k in english));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    const empty = keys.filter((k) => !messages[k]?.message?.trim());
    expect(empty).toEqual([]);
    expect(messages.lang.message).toBe(lang);
  });

  it.each(locales)('%s declares the same placeholders as English, and uses each it declares', (lang) => {
    const messages = read(lang);
    const problems: string[] = [];
    for (const key of keys) {
      const mine = messages[key];
      if (!mine) continue;
      if (JSON.stringify(mine.placeholders ?? {}) !== JSON.stringify(english[key].placeholders ?? {})) problems.push(`${key}: placeholders differ from English`);
      const declared = Object.keys(mine.placeholders ?? {}).sort();
      if (JSON.stringify(used(mine.message)) !== JSON.stringify(declared)) problems.push(`${key}: uses ${used(mine.message)} but declares ${declared}`);
    }
    expect(problems).toEqual([]);
  });

  it('every key is used by the product, and every key it names exists', () => {
    const unused = keys.filter((k) => !new RegExp(`['"\`]${k}['"\`]|__MSG_${k}__`).test(source));
    expect(unused).toEqual([]);
    const named = [...source.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]);
    expect(named.filter((k) => !(k in english))).toEqual([]);
  });

  it('a key with placeholders is never asked for without its values', () => {
    const bare = [...source.matchAll(/\bt\('(\w+)'\)/g)].map((m) => m[1]).filter((k) => english[k]?.placeholders);
    expect(bare).toEqual([]);
  });

  it.each(locales)('%s: the manifest name and description fit the stores (45 and 132 characters)', (lang) => {
    const messages = read(lang);
    expect(messages.extName.message.length).toBeLessThanOrEqual(45);
    expect(messages.extDescription.message.length).toBeLessThanOrEqual(132);
  });

  it.each(locales)('%s: the highlight preview paints a phrase of each kind the English one does', (lang) => {
    const verdicts = (m: Messages) => [...new Set(sampleParts(m.preview_sample.message).flatMap(([, v]) => (v ? [v] : [])))].sort();
    expect(verdicts(read(lang))).toEqual(verdicts(english));
  });
});

describe('placeholders are filled as the browser fills them', () => {
  it('by name, in the order of the values, with $$ for a dollar sign', () => {
    const messages: Messages = {
      two: { message: '$B$ before $A$ costs $$5', placeholders: { a: { content: '$1' }, b: { content: '$2' } } },
    };
    expect(formatMessage(messages, 'two', ['first', 'second'])).toBe('second before first costs $5');
    expect(formatMessage(messages, 'absent', [])).toBe('');
  });

  it('Spanish messages read naturally with their values', () => {
    const spanish = read('es');
    expect(formatMessage(spanish, 'jump_position', ['3', '12'])).toBe('3 de 12');
    expect(formatMessage(spanish, 'popup_off_site', ['example.com'])).toBe('El resaltado está desactivado en example.com.');
    expect(formatMessage(spanish, 'card_stance_cue', ['Esta frase lo promociona', 'revierte'])).toBe('Esta frase lo promociona: «revierte».');
  });
});

it('the test reads the product source it claims to', () => {
  expect(SOURCES.map((f) => relative(PROJECT_ROOT, f))).toEqual(expect.arrayContaining(['wxt.config.ts', 'utils/i18n.ts', 'components/EvidenceCard.tsx']));
});
