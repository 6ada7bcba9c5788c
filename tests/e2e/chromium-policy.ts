/**
 * A real Chromium policy for the extension: a JSON file in /etc/chromium/policies/managed/ naming the
 * extension's id under "3rdparty". An unpacked extension's id comes from its folder's path, so the
 * extension is copied to a fresh folder of its own first: the policy then reaches only this copy, never
 * another test run's or developer's build on the same machine. Writing /etc needs root (as .ci/run
 * runs); without it this fails and names the folder.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const POLICY_DIR = process.env.CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';

/** Chromium's id for an unpacked extension: the path's SHA-256, first 32 hex digits spelt a–p. */
export function unpackedExtensionId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

export interface PolicyCopy {
  extensionDir: string;
  extensionId: string;
  /** Rewrites the policy file (Chromium reads it again on chrome://policy's "Reload policies"). */
  update(policy: Record<string, unknown>): void;
  remove(): void;
}

export function withChromiumPolicy(builtDir: string, policy: Record<string, unknown>): PolicyCopy {
  const root = mkdtempSync(join(tmpdir(), 'el-managed-'));
  const extensionDir = join(root, 'extension');
  cpSync(builtDir, extensionDir, { recursive: true });
  const extensionId = unpackedExtensionId(extensionDir);
  const file = join(POLICY_DIR, `evidence-lens-e2e-${extensionId}.json`);
  const write = (p: Record<string, unknown>) => writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: p } } }));
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    write(policy);
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw new Error(`Cannot write Chromium's policy folder ${POLICY_DIR} (run the e2e tests as root, as .ci/run does): ${error}`);
  }
  return {
    extensionDir,
    extensionId,
    update: write,
    remove() {
      rmSync(file, { force: true });
      rmSync(root, { recursive: true, force: true });
    },
  };
}
