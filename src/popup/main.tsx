import { render } from 'preact';
render(<p>Nutgraf popup</p>, document.getElementById('app')!);
