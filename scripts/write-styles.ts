/** `npm run styles`: writes entrypoints/content/style.css from utils/page/highlight-css.ts. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../data/load-from-disk';
import { contentStyleSheet } from '../utils/page/highlight-css';

writeFileSync(join(PROJECT_ROOT, 'entrypoints', 'content', 'style.css'), contentStyleSheet());
console.log('entrypoints/content/style.css written');
