import { prefersHtml } from '../create-app.js';

// Which requests for an unknown path get the web app's page (a deep link) instead of a 404.
describe('prefersHtml', () => {
  it.each([
    ['a browser', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'],
    ['no Accept header', undefined],
    ['anything (curl, a link preview)', '*/*'],
    ['html preferred over JSON', 'application/json;q=0.5, text/html'],
  ])('gives the page to %s', (_who, accept) => {
    expect(prefersHtml(accept)).toBe(true);
  });

  it.each([
    ['a JSON client', 'application/json'],
    ['JSON preferred over anything', 'application/json, */*;q=0.1'],
    ['html refused', 'text/html;q=0, application/json'],
    ['an image request', 'image/avif,image/webp'],
  ])('not to %s', (_who, accept) => {
    expect(prefersHtml(accept)).toBe(false);
  });
});
