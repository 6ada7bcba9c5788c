/**
 * `tsx scripts/zip/unzip.ts <archive.zip> <folder>`: unpacks a zip with Node alone, so
 * build-for-amo needs no `unzip` on the machine. Names that would land outside the folder are refused.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve, sep } from 'node:path';
import { readZip } from './read-zip';

const [archive, folder] = process.argv.slice(2);
if (!archive || !folder) {
  console.error('usage: tsx scripts/zip/unzip.ts <archive.zip> <folder>');
  process.exit(2);
}
const root = resolve(folder);
for (const { name, data } of readZip(readFileSync(archive))) {
  const target = resolve(root, name);
  if (isAbsolute(name) || !target.startsWith(root + sep)) {
    console.error(`unzip: refusing ${JSON.stringify(name)}: it points outside ${root}`);
    process.exit(1);
  }
  if (name.endsWith('/')) {
    mkdirSync(target, { recursive: true });
    continue;
  }
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, data);
}
