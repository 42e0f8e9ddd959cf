import '../../lib/zod-setup';
import { render } from 'preact';
import { App } from './App';
import '../../components/palette.css';
import './style.css';

render(<App />, document.getElementById('app')!);
