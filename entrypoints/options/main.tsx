import { render } from 'preact';
import '../../components/card.css';
import '../../components/pages.css';
import '../content/style.css';
import './options.css';
import { App } from './App';
import { localizeDocument } from '../../utils/i18n';

localizeDocument('options_title');

render(<App />, document.getElementById('app')!);
