import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setFallbackMessages } from '../../utils/i18n';
import english from '../../public/_locales/en/messages.json';

// No browser i18n here: the interface's words come from the English messages, as a browser in English shows them.
setFallbackMessages(english);

// Every test starts with empty storage and no listeners.
beforeEach(() => {
  fakeBrowser.reset();
});
