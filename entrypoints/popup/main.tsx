import { render } from 'preact';
render(<p>Shop Pulse</p>, document.getElementById('app')!);
