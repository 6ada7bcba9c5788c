/**
 * The frame gate's manifest entry (entrypoints/frame-gate.ts is an unlisted script, so WXT does not
 * declare it): every frame, about:blank and srcdoc shells included (an ad script may fill one with an
 * article), except frames from ad and tracker hosts.
 */
import { AD_FRAME_PATTERNS } from './page/ad-hosts';

export const FRAME_GATE_SCRIPT = {
  matches: ['<all_urls>'],
  exclude_matches: AD_FRAME_PATTERNS,
  all_frames: true,
  match_about_blank: true,
  run_at: 'document_idle' as const,
  js: ['frame-gate.js'],
};
