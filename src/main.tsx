import { render } from 'preact';

render(<main><h1>PrepDeck</h1></main>, document.getElementById('app')!);
