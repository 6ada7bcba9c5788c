import { startServer } from '../../scripts/static-server';
import { sharedPath } from '../helpers/shared';
import { DEMO, FIXTURES } from './paths';

/** The e2e server: fixtures at /, the demo at /demo/, the shared corpus at /corpus/ (read in place). */
export const startTestServer = () => startServer({ '/': FIXTURES, '/demo/': DEMO, '/corpus/': sharedPath('corpus') });
