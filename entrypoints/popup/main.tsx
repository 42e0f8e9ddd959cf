import '../../lib/zod-setup';
import { render } from 'preact';
import { pickLocale, translator } from '../../lib/i18n';
import { App } from './App';
import './style.css';

const locale = pickLocale(navigator.languages);
document.documentElement.lang = locale;
render(<App t={translator(locale)} locale={navigator.language} />, document.getElementById('app')!);
