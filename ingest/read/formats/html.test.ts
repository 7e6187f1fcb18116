import { describe, expect, it } from 'vitest';
import { htmlFormat, htmlPageToArticle } from './html.ts';

const PARAGRAPHS = [
  'Ministers from Chile and Peru met in Lima on Monday to settle the rules for copper exports across their shared border.',
  'The agreement, signed after two days of talks, sets a common standard for certificates of origin and takes effect in March.',
  'Officials from both governments said the deal would cut waiting times at the border crossing by half for most trucks.',
  'Trade groups in Santiago welcomed the text but asked for a review of the fees after the first year of operation.',
];

/** A news page as sites serve it: navigation, a cookie banner, ads, related links and a footer around the article. */
const PAGE = `<!doctype html><html><head>
<meta charset="utf-8"><title>Copper deal signed | The Example Ledger</title>
<meta property="og:title" content="Chile and Peru sign copper export deal">
<meta property="article:published_time" content="2024-05-07T09:30:00Z">
<meta name="author" content="Ana Example">
<link rel="canonical" href="https://ledger.example/2024/05/copper-deal">
<script>window.ads = ['<p>not text</p>'];</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
<aside class="ad">Buy the new phone today! Limited offer.</aside>
<article><h1>Chile and Peru sign copper export deal</h1>
<p class="byline">By Ana Example</p>
${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}
</article>
<section class="related"><h2>Related</h2><ul><li><a href="/a">Ten things about cheese</a></li></ul></section>
<footer>© 2024 The Example Ledger · Privacy · Terms</footer>
</body></html>`;

describe('html pages', () => {
  it('keeps the article and drops navigation, banners, ads, related links and footer', () => {
    const a = htmlPageToArticle(PAGE);
    for (const p of PARAGRAPHS) expect(a.text).toContain(p);
    for (const noise of ['Home', 'cookies', 'phone', 'cheese', 'Privacy', 'not text']) expect(a.text).not.toContain(noise);
    expect(a.text.split('\n').filter((l) => l.startsWith('Ministers') || l.startsWith('The agreement'))).toHaveLength(2);
  });
  it('keeps title, byline, published date and canonical link from the meta tags', () => {
    expect(htmlPageToArticle(PAGE)).toMatchObject({
      title: 'Chile and Peru sign copper export deal',
      byline: 'Ana Example',
      publishedAt: '2024-05-07T09:30:00Z',
      url: 'https://ledger.example/2024/05/copper-deal',
    });
  });
  it('takes the date of a <time datetime> when no meta tag gives one, and ignores a javascript: canonical link', () => {
    const page = PAGE.replace(/<meta property="article:published_time"[^>]*>/, '')
      .replace('https://ledger.example/2024/05/copper-deal', 'javascript:alert(1)')
      .replace('<p class="byline">', '<p class="byline"><time datetime="2024-05-06">6 May</time> ');
    const a = htmlPageToArticle(page);
    expect(a.publishedAt).toBe('2024-05-06');
    expect(a.url).toBeUndefined();
  });
  it('reads a short fragment whole, with its h1 as title', () => {
    const a = htmlPageToArticle('<h1>Aid &amp; trade</h1><p>Japan&#8217;s aid&nbsp;grew.</p>');
    expect(a).toMatchObject({ title: 'Aid & trade', text: 'Aid & trade\nJapan’s aid grew.' });
  });
  it('decodes the charset the page declares', async () => {
    const latin1 = Buffer.from('<html><head><meta charset="iso-8859-1"><title>Caf\xe9</title></head><body><h1>Caf\xe9 closes</h1><p>The caf\xe9 in Lyon closed.</p></body></html>', 'latin1');
    const { articles } = await htmlFormat.read(new Uint8Array(latin1));
    expect(articles[0]!.text).toContain('The café in Lyon closed.');
  });
});
