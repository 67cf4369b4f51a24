import { html } from '../html.js';
import { renderPage } from '../layout.js';

export function renderErrorPage(status: number, code: string, message: string): string {
  const body = html`<h1>${status === 404 ? 'Not found' : 'Something went wrong'}</h1>
<div class="notice" role="alert"><p><code>${code}</code> ${message}</p></div>
<p><a href="/">Back to the stories</a></p>`;
  return renderPage({ title: status === 404 ? 'Not found' : 'Error', section: 'none', body });
}
