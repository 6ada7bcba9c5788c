/**
 * The interface's words in the reader's language, through the browser's i18n: the texts live in
 * public/_locales/<lang>/messages.json, the browser picks the locale and falls back to English (the
 * manifest's default_locale) for a key a locale lacks. The content script carries only the keys.
 * Entries' own texts (titles, summaries, sources) are English in every locale.
 */
import type english from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;
export type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

type I18nApi = { getMessage(key: string, substitutions?: string[]): string };

/**
 * Messages for where no browser i18n exists (the command-line scanner; unit tests, whose fake browser
 * has none): when set, they are used instead of the browser's.
 */
let fallback: Messages | null = null;

export function setFallbackMessages(messages: Messages | null) {
  fallback = messages;
}

function api(): I18nApi | undefined {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

/** A message with its `$name$` placeholders filled, as the browser fills them (`$$` is a dollar sign). */
export function formatMessage(messages: Messages, key: string, subs: readonly string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const positional = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$([a-z0-9_@]+)\$/gi, (_, name: string) => {
      const placeholder = entry.placeholders?.[name.toLowerCase()];
      return placeholder ? positional(placeholder.content) : '';
    })
    .replace(/\$\$/g, '$');
}

/** The message for `key`, `subs` filling its placeholders in order; the key itself if it is missing. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const text = subs.map(String);
  const found = fallback ? formatMessage(fallback, key, text) : (api()?.getMessage(key, text) ?? '');
  return found || key;
}

/** "1 result" / "3 results": English and Spanish both have a singular for 1 and a plural otherwise. */
export const plural = (n: number, one: MessageKey, other: MessageKey) => t(n === 1 ? one : other, n);

/** The locale whose messages are shown ("en", "es"), from the messages themselves. */
export const uiLanguage = () => t('lang');

/** Entries' texts are English: interfaces in another language say so where they show them. */
export const entriesInOtherLanguage = () => uiLanguage() !== 'en';

/** An extension page's language and title in the reader's language. */
export function localizeDocument(title: MessageKey, doc: Document = document) {
  doc.documentElement.lang = uiLanguage();
  doc.title = t(title);
}

/** Stands, in `around`'s substitutions, where the piece that is not text goes: a private-use character, as Chrome drops control characters from substitutions. */
export const SLOT = '\uE000';

/**
 * A message around a piece that is not text (a <time>, a highlighted phrase): the parts before and
 * after the substitution given as SLOT, so a translation can put the piece where its grammar needs it.
 */
export function around(key: MessageKey, ...subs: (string | number)[]): [string, string] {
  const [before, after = ''] = t(key, ...subs).split(SLOT);
  return [before, after];
}
