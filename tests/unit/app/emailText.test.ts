/**
 * @jest-environment jsdom
 */
import { bodyToText, HISTORY_TEXT_LIMIT } from '../../../src/app/emailText';
import { sanitiseHtml } from '../../../src/app/sanitiseHtml';

const hostile = `
  <p onclick="steal()">Hi</p><script>window.pwned = 1</script>
  <img src="https://tracker.example/pixel.gif" onerror="window.pwned = 2">
  <a href="javascript:window.pwned=3">click</a><a href="https://ok.example">ok</a>
  <iframe src="https://evil.example"></iframe><form action="https://evil.example"><input name="p"></form>
  <svg><script>window.pwned = 4</script></svg><style>body{display:none}</style>`;

describe('sanitiseHtml', () => {
  const html = sanitiseHtml(hostile);

  it('removes scripts, event handlers, javascript: links, frames and forms', () => {
    expect(html).not.toMatch(/<script|onclick|onerror|javascript:|<iframe|<form|<input|<style/i);
    expect(html).toContain('Hi');
  });

  it('blocks remote images by default and can allow them', () => {
    expect(html).not.toMatch(/ src="https:\/\/tracker/);
    expect(html).toContain('data-blocked-src="https://tracker.example/pixel.gif"');
    expect(sanitiseHtml('<img src="https://cdn.example/a.png">', true)).toContain('src="https://cdn.example/a.png"');
  });

  it('blocks remote loads hidden in CSS and legacy attributes', () => {
    const css = sanitiseHtml('<div style="background: URL( \'https://t.example/o.gif\' ); color: red">x</div><table background="https://t.example/b.gif"><tr><td>y</td></tr></table>');
    expect(css).not.toContain('t.example');
    expect(css).toContain('color: red');
  });

  it('opens links in a new window without an opener', () => {
    expect(html).toContain('href="https://ok.example" target="_blank" rel="noopener noreferrer"');
  });
});

describe('bodyToText', () => {
  it('turns HTML into readable text with line breaks', () => {
    expect(bodyToText({ kind: 'html', content: '<div>Hello<br>Maria</div><p>Price: 40&nbsp;000</p><script>x()</script>' })).toBe('Hello\nMaria\nPrice: 40 000');
  });

  it('reads hostile HTML as text: scripts and styles are code, not text, and none runs', () => {
    const text = bodyToText({ kind: 'html', content: `<title>t</title>${hostile}<noscript>enable JS</noscript><p>Bye</p>` });
    expect(text).toBe('Hi\n\nclickok\n\nBye');
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });

  it('cuts a 10 MB body to its first part', () => {
    const text = bodyToText({ kind: 'text', content: 'word '.repeat(2_000_000) });
    expect(text.length).toBe(HISTORY_TEXT_LIMIT + 1);
    expect(text.endsWith('…')).toBe(true);
  });
});
