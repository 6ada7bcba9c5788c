/**
 * The one message contract between extension contexts: a discriminated union checked at runtime.
 * Types are inferred from the schema. Anything that does not parse is dropped with a warning.
 */
import * as v from 'valibot';

const id = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,80}$/));
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));

export const COMMANDS = ['next-claim', 'previous-claim', 'toggle-site', 'pause-site'] as const;
const site = v.pipe(v.string(), v.maxLength(253));

/** Sent by a content script to the background. */
export const ToBackgroundSchema = v.variant('type', [
  /** The entries highlighted in the sending frame; the badge counts them across all frames of a tab. */
  v.strictObject({
    type: v.literal('page-entries'),
    entries: v.pipe(v.array(id), v.maxLength(10_000)),
    /** The frame's site is paused (the badge says so). */
    paused: v.optional(v.boolean()),
  }),
  /**
   * A frame's gate (entrypoints/frame-gate.content.ts) found text to read: the background starts the
   * content app in that frame, and only there (frames are not given the app by the manifest).
   */
  v.strictObject({ type: v.literal('start-frame') }),
  /** The full entry for a hover card (content scripts ship only entry ids and verdicts). */
  v.strictObject({ type: v.literal('get-entry'), id }),
  /** The phrase data, from a page that found none of this build's in storage (page-data-store.ts). */
  v.strictObject({ type: v.literal('get-page-data') }),
  /** The card's "Hide this term on this site". */
  v.strictObject({
    type: v.literal('hide-term'),
    site: v.pipe(v.string(), v.maxLength(253)),
    entry: id,
    phrase: v.pipe(v.string(), v.nonEmpty(), v.maxLength(200)),
  }),
  /** The keyboard command "turn highlighting on/off for this site", from the page that knows its host. */
  v.strictObject({ type: v.literal('toggle-site'), site }),
  /** The keyboard command "pause this site for an hour" (again: resume), from the page that knows its host. */
  v.strictObject({ type: v.literal('pause-site'), site }),
  /**
   * The card's "Report a problem…" / "Suggest a missing claim": the entry's page with the report open.
   * The sentence and address wait in the background's memory for that page, which includes each only
   * if the reader ticks it.
   */
  v.strictObject({
    type: v.literal('open-report'),
    entry: id,
    kind: v.picklist(['problem', 'missing']),
    phrase: v.pipe(v.string(), v.maxLength(200)),
    sentence: v.pipe(v.string(), v.maxLength(600)),
    page: v.pipe(v.string(), v.maxLength(2000)),
  }),
  /** The report page takes what the card left for it (once). */
  v.strictObject({ type: v.literal('take-report'), token: v.pipe(v.string(), v.regex(/^[a-z0-9-]{8,64}$/)) }),
  /** The card's "More": the options page, at one entry's full view when `entry` is given. */
  v.strictObject({ type: v.literal('open-options'), entry: v.optional(id) }),
]);

/** Sent by the popup or the background to a tab's content script. */
export const ToContentSchema = v.variant('type', [
  /** `waitForIdle`: answer once the scanner has caught up with the page (tests, the popup on a busy page). */
  v.strictObject({ type: v.literal('get-page-state'), waitForIdle: v.optional(v.boolean()) }),
  v.strictObject({ type: v.literal('reveal'), entry: id }),
  v.strictObject({ type: v.literal('command'), command: v.picklist(COMMANDS) }),
]);

export const FoundEntrySchema = v.strictObject({
  entry: id,
  claims: count,
  mentions: count,
  debunked: count,
});

export const PageStateSchema = v.strictObject({
  host: v.string(),
  /** Highlighting is off here (global switch or site rules). */
  active: v.boolean(),
  /** Why it is off, when it is. */
  reason: v.optional(v.picklist(['disabled', 'site-off', 'not-allowed', 'paused'])),
  /** When a pause ends (ms since the epoch), when it is paused. */
  pausedUntil: v.optional(v.pipe(v.number(), v.minValue(0))),
  /** The scanner has caught up with the page. */
  idle: v.boolean(),
  /**
   * How the scan was cut (a diagnostic for tests and the bench): slices run, the most work in one
   * slice (units of utils/page/slice-clock.ts), and the longest slice in ms.
   */
  slicing: v.strictObject({
    slices: v.pipe(v.number(), v.integer(), v.minValue(0)),
    mostWork: v.pipe(v.number(), v.minValue(0)),
    longestMs: v.pipe(v.number(), v.minValue(0)),
  }),
  found: v.array(FoundEntrySchema),
  /** Raw schema.org ClaimReview markup of the page (utils/page/claim-review-markup.ts), parsed by the popup. */
  claimReviews: v.optional(
    v.strictObject({
      jsonld: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200_000))), v.maxLength(20)),
      microdata: v.pipe(
        v.array(v.pipe(v.array(v.tuple([v.pipe(v.string(), v.maxLength(100)), v.pipe(v.string(), v.maxLength(500))])), v.maxLength(100))),
        v.maxLength(5),
      ),
    }),
  ),
});

export type ToBackground = v.InferOutput<typeof ToBackgroundSchema>;
export type ToContent = v.InferOutput<typeof ToContentSchema>;
export type PageState = v.InferOutput<typeof PageStateSchema>;
export type FoundEntry = v.InferOutput<typeof FoundEntrySchema>;
export type Command = (typeof COMMANDS)[number];

/** Parses a message or returns null after a console warning naming the context. */
export function parseMessage<T>(schema: v.GenericSchema<unknown, T>, message: unknown, where: string): T | null {
  const parsed = v.safeParse(schema, message);
  if (parsed.success) return parsed.output;
  console.warn(`[Evidence Lens] ${where}: dropped a malformed message`, parsed.issues[0]?.message);
  return null;
}

/** Only our own extension may talk to us (pages and other extensions cannot). */
export function isFromOurExtension(sender: { id?: string } | undefined, ourId: string): boolean {
  return !!sender && sender.id === ourId;
}
