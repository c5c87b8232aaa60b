import { render } from 'preact';
render(<p>Nutgraf library</p>, document.getElementById('app')!);
