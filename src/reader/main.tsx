import { render } from 'preact';
render(<p>Nutgraf reader</p>, document.getElementById('app')!);
