/**
 * The scanner's slice clock: all of a scanner's work runs in slices that end after SLICE_MS or after
 * SLICE_WORK units of work, whichever comes first, and yield to the page between them.
 *
 * The time limit keeps tasks short on a normal machine; the work limit is what the code guarantees on
 * any machine, however busy (a test can check it without timing anything). One unit is one text node
 * visited, one element collected, or 64 characters scanned.
 */

/** Longest stretch of work before yielding to the page. */
export const SLICE_MS = 8;
/** Most units of work in one slice (a slice may overshoot by its last step, at most STEP_MAX). */
export const SLICE_WORK = 8192;
/** The largest single step charged at once (one 64,000-character piece of a long text). */
export const STEP_MAX = 1000;
/** Characters per unit of work. */
export const CHARS_PER_UNIT = 64;

export interface SliceStats {
  /** Slices run so far (a yield to the page ends each). */
  readonly slices: number;
  /** The most work done in one slice, in units. */
  readonly mostWork: number;
  /** The longest slice, in ms (a diagnostic: a busy machine stretches it). */
  readonly longestMs: number;
}

export interface SliceClock extends SliceStats {
  /** Starts a slice (a queued job begins). */
  start(): void;
  /** Charges units of work to the current slice. */
  spend(units: number): void;
  /** The current slice has used its time or its work. */
  over(): boolean;
  /** Ends the slice, lets the page run, starts the next. */
  pause(): Promise<void>;
  /** Ends the slice without yielding (a job finished). */
  end(): void;
}

export function createSliceClock(yieldToPage: () => Promise<void>, now = () => performance.now()): SliceClock {
  let startedAt = 0;
  let work = 0;
  let slices = 0;
  let mostWork = 0;
  let longestMs = 0;
  const end = () => {
    longestMs = Math.max(longestMs, now() - startedAt);
    mostWork = Math.max(mostWork, work);
    slices++;
    work = 0;
  };
  const start = () => {
    startedAt = now();
    work = 0;
  };
  return {
    start,
    spend(units) {
      work += units;
    },
    over: () => work >= SLICE_WORK || now() - startedAt > SLICE_MS,
    async pause() {
      end();
      await yieldToPage();
      start();
    },
    end,
    get slices() {
      return slices;
    },
    get mostWork() {
      return mostWork;
    },
    get longestMs() {
      return longestMs;
    },
  };
}
