import { describe, expect, it } from 'vitest';
import { feedFormat, feedToArticles } from './feed.ts';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE rss [<!ENTITY boom "&#x41;&#x41;&#x41;&#x41;">]>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example Wire</title><link>https://wire.example/</link>
<item><title>Chile &amp; Peru sign copper deal</title><link>https://wire.example/copper</link>
<guid isPermaLink="false">wire-1</guid><pubDate>Tue, 07 May 2024 09:30:00 GMT</pubDate>
<description><![CDATA[<p>Ministers of Chile and Peru met in Lima.</p><p>They signed a deal.</p>]]></description></item>
<item><title>Rains in Quito</title><link>/quito</link><description>Heavy rain &lt;b&gt;closed&lt;/b&gt; roads. &boom;</description></item>
<item><title>Bad link</title><link>javascript:alert(1)</link><description>Short note.</description></item>
<item><description></description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title>
<entry><title type="text">India and China hold border talks</title><id>tag:atom.example,2024:1</id>
<link rel="self" href="https://atom.example/api/1"/><link rel="alternate" href="https://atom.example/talks"/>
<published>2024-05-06T08:00:00Z</published><updated>2024-05-06T09:00:00Z</updated>
<summary>Diplomats met in Beijing.</summary>
<content type="html">&lt;p&gt;Diplomats from India and China met in Beijing.&lt;/p&gt;&lt;p&gt;They agreed to talk again.&lt;/p&gt;</content></entry>
</feed>`;

describe('feeds', () => {
  it('reads one article per RSS item with link, title, date and text, and reports an empty item', () => {
    const { articles, errors } = feedToArticles(RSS);
    expect(articles).toHaveLength(3);
    expect(articles[0]).toMatchObject({
      title: 'Chile & Peru sign copper deal',
      url: 'https://wire.example/copper',
      publishedAt: '2024-05-07T09:30:00.000Z',
      source: 'Example Wire',
      text: 'Ministers of Chile and Peru met in Lima.\nThey signed a deal.',
    });
    expect(articles[1]).toMatchObject({ url: 'https://wire.example/quito', text: 'Heavy rain closed roads. &boom;' });
    expect(articles[2]!.url).toBeUndefined();
    expect(errors).toEqual([{ message: 'item 4 has neither text nor title; skipped' }]);
  });
  it('gives items stable ids from their guid, so a re-read finds the same documents', () => {
    const a = feedToArticles(RSS).articles.map((x) => x.id);
    expect(feedToArticles(RSS.replace('Ministers', 'The ministers')).articles.map((x) => x.id)).toEqual(a);
    expect(new Set(a).size).toBe(3);
  });
  it('reads Atom entries: the alternate link, the published date, the HTML content as text', () => {
    const { articles } = feedToArticles(ATOM);
    expect(articles).toEqual([
      expect.objectContaining({
        title: 'India and China hold border talks',
        url: 'https://atom.example/talks',
        publishedAt: '2024-05-06T08:00:00Z',
        text: 'Diplomats from India and China met in Beijing.\nThey agreed to talk again.',
        source: 'Example Atom',
      }),
    ]);
  });
  it('refuses XML that is not a feed, and malformed XML', async () => {
    expect(() => feedToArticles('<?xml version="1.0"?><catalog><book/></catalog>')).toThrow(/not an RSS/);
    await expect(feedFormat.read(new TextEncoder().encode('<rss><channel><item><title>x</title></channel></rss>'))).rejects.toThrow(/malformed XML/);
  });
  it('is a rolling source: items that leave the feed keep their documents', () => {
    expect(feedFormat.rolling).toBe(true);
  });
});
