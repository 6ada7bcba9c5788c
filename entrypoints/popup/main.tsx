import { render } from 'preact';
import '../../components/card.css';
import '../../components/pages.css';
import './popup.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
