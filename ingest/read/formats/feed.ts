/**
 * RSS 2.0 (and RSS 1.0/RDF) and Atom feeds: one article per item, with its link, title, date and the
 * text of its content or summary (HTML reduced to text). Parsed with fast-xml-parser with entity
 * processing off (no DOCTYPE entity expansion, no external entities); the five XML entities and
 * character references are decoded here. A feed shows its latest items only, so it is a rolling
 * source: items that fall out of it keep their documents.
 */
import { XMLParser } from 'fast-xml-parser';
import { hash64 } from '../../../core/index.ts';
import { checkUrl, normalizeDate } from '../document-metadata.ts';
import { fallbackTitle } from '../split-articles.ts';
import { decodeText } from './decode-text.ts';
import { decodeEntities, htmlToArticle } from './html.ts';
import type { PartError, RawArticle, ReadContext, ReaderFormat, ReadOutput } from './types.ts';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

type Node = Record<string, unknown>;

/** The text of an element that may carry attributes (`{'#text': …}`) or be repeated. */
function text(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value === 'object') return text((value as Node)['#text']);
  const s = decodeEntities(String(value)).trim();
  return s || undefined;
}

/** Atom's `<link rel="alternate" href>` (or the first link); RSS's `<link>text</link>`. */
function itemLink(item: Node): string | undefined {
  const links = (item.link as unknown[] | undefined) ?? [];
  for (const l of links) {
    if (l && typeof l === 'object' && '@href' in (l as Node)) {
      const rel = (l as Node)['@rel'];
      if (rel === undefined || rel === 'alternate') return decodeEntities(String((l as Node)['@href']));
    } else if (text(l)) return text(l);
  }
  const first = links[0] as Node | undefined;
  return first && typeof first === 'object' && first['@href'] ? decodeEntities(String(first['@href'])) : undefined;
}

/** Resolves a possibly relative link against the feed's address; http(s) only. */
function absoluteLink(link: string | undefined, base: string | undefined): string | undefined {
  if (!link) return undefined;
  let href: string;
  try {
    href = new URL(link, base).href;
  } catch {
    return undefined;
  }
  const checked = checkUrl(href);
  return 'value' in checked ? checked.value : undefined;
}

/** An item's or entry's body as plain text: full content first, else the summary. */
function itemText(item: Node): string {
  const html = text(item['content:encoded']) ?? text(item.content) ?? text(item.description) ?? text(item.summary) ?? '';
  return /<[a-z!/][^>]*>/i.test(html) ? htmlToArticle(`<body>${html}</body>`).text : html.replace(/[ \t]+/g, ' ').trim();
}

/** Items of a parsed feed and its title, or null when the XML is not a feed. */
function feedItems(doc: Node): { kind: 'rss' | 'atom'; title?: string; link?: string; items: Node[] } | null {
  const rss = doc.rss as Node | undefined;
  if (rss && typeof rss === 'object') {
    const channel = (rss.channel ?? {}) as Node;
    return { kind: 'rss', title: text(channel.title), link: itemLink(channel), items: (channel.item as Node[] | undefined) ?? [] };
  }
  const rdf = doc['rdf:RDF'] as Node | undefined;
  if (rdf && typeof rdf === 'object') {
    const channel = (rdf.channel ?? {}) as Node;
    return { kind: 'rss', title: text(channel.title), link: itemLink(channel), items: (rdf.item as Node[] | undefined) ?? [] };
  }
  const feed = doc.feed as Node | undefined;
  if (feed && typeof feed === 'object') return { kind: 'atom', title: text(feed.title), link: itemLink(feed), items: (feed.entry as Node[] | undefined) ?? [] };
  return null;
}

/** Parses feed XML into one article per item. Items without a text or a title are reported. */
export function feedToArticles(xml: string, context: ReadContext = {}): ReadOutput {
  let doc: Node;
  try {
    doc = parser.parse(xml, true) as Node;
  } catch (e) {
    throw new Error(`malformed XML: ${(e as Error).message.split('\n')[0]}`);
  }
  const feed = feedItems(doc);
  if (!feed) throw new Error('not an RSS 2.0, RSS 1.0 or Atom feed');
  const articles: RawArticle[] = [];
  const errors: PartError[] = [];
  const base = context.url ?? feed.link;
  feed.items.forEach((item, i) => {
    const title = text(item.title);
    const link = absoluteLink(itemLink(item), base);
    const body = itemText(item);
    const textOf = body || title;
    if (!textOf) {
      errors.push({ message: `${feed.kind === 'atom' ? 'entry' : 'item'} ${i + 1} has neither text nor title; skipped` });
      return;
    }
    const guid = text(item.guid) ?? text(item.id) ?? link;
    const article: RawArticle = {
      id: `feed-item:${hash64(guid ?? `${title}\u0000${textOf}`)}`,
      title: title ?? fallbackTitle(textOf),
      text: textOf,
    };
    if (link) article.url = link;
    if (feed.title) article.source = feed.title;
    const date = normalizeDate(text(item.pubDate) ?? text(item.published) ?? text(item.updated) ?? text(item['dc:date']));
    if (date) article.publishedAt = date;
    articles.push(article);
  });
  if (feed.items.length === 0) throw new Error('feed has no items');
  return { articles, errors };
}

/** The encoding an XML declaration names, if any. */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  return /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w-]+)["']/i.exec(head)?.[1];
}

export const feedFormat: ReaderFormat = {
  name: 'feed',
  extensions: ['.rss', '.atom', '.xml'],
  mediaTypes: ['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/xml', 'text/xml'],
  rolling: true,
  read: async (bytes, context) => feedToArticles(decodeText(bytes, context?.charset ?? declaredEncoding(bytes)), context),
  parseText: feedToArticles,
};
