import { render } from 'preact';
import '../../components/card.css';
import './popup.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
