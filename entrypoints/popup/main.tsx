import { render } from 'preact';
import '../../components/card.css';
import '../../components/pages.css';
import './popup.css';
import { App } from './App';
import { localizeDocument } from '../../utils/i18n';

localizeDocument('extName');

// Opened as a page in a tab (the look-up's fallback carries ?q=, tests ?tab=), not as the toolbar
// popup: the page must fit the window, however narrow (popup.css).
if (/[?&](q|tab)=/.test(location.search)) document.documentElement.setAttribute('data-el-in-tab', '');

render(<App />, document.getElementById('app')!);
