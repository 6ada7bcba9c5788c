import { render } from 'preact';
import '../../components/card.css';
import '../../components/pages.css';
import './popup.css';
import { App } from './App';
import { localizeDocument } from '../../utils/i18n';

localizeDocument('extName');

render(<App />, document.getElementById('app')!);
