import { render } from 'preact';
render(<p>Nutgraf options</p>, document.getElementById('app')!);
