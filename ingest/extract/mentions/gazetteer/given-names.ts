/**
 * Common given names in six languages (the npm package `human-names`, MIT): general knowledge of how
 * people are named, used to type a bare two- or three-word name as a person's when its first word is
 * one ("Lena Marsh", "Camila Rojas"). Words that are as often something else are left out: places the
 * gazetteer knows, months and days, virtues, colours and flowers, seasons, and words that name
 * bodies or portfolios.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { lookup } from './index.ts';
import { MONTHS, ORG_KEYWORDS } from './cues.ts';

export const NOT_NAMES = new Set(
  `Monday Tuesday Wednesday Thursday Friday Saturday Sunday Hope Faith Grace Mercy Justice Peace Honor Honour Joy Glory Charity
  Patience Prudence Liberty Trinity Destiny Harmony Unity Victory Summer Winter Autumn Spring Rose Violet Amber Ruby Scarlet Hazel
  Olive Jade Pearl Coral Ivory Sage Iris Lily Daisy Heather Holly Ivy Jasmine Poppy Willow Fern Will Chase Sterling Royal Major
  General Marshal Bishop King Prince Princess Queen Duke Earl Baron Judge Major Page Miles Young Long Rich Price Bond Bank Banks
  Cash Gold Silver Stone Rock River Lake Forest Sky Star Sunny Storm Rain Snow Dawn Eve Nova Echo Haven Marina Delta Sierra Bay
  Brook Ocean Vale Dale Glen Golden Noble Guy Mark Bill Art Don Sue Pat Rob Gene Ray Jack Will Max Dean Chance Reign Legend
  Maverick Justice Zion Messiah Christian Islam Arabia Africa America Asia Europe India China Paris London Berlin Sydney Madison
  Brooklyn Phoenix Dallas Houston Austin Denver Aurora Savannah Charlotte Georgia Carolina Virginia Florida Dakota Montana Nevada
  Israel Jordan Chad Victoria Florence Sofia Santiago Salvador Milan Lincoln Cleveland Orlando Kingston Blue Green Red Black White
  Brown Gray Grey Orange Pink Silver North South West East New Old Grand Great Little Saint`.split(/\s+/).filter(Boolean),
);

function load(): Set<string> {
  const out = new Set<string>();
  const dir = join(dirname(createRequire(import.meta.url).resolve('human-names/package.json')), 'data');
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.json')) continue;
    for (const name of JSON.parse(readFileSync(join(dir, file), 'utf8')) as string[]) {
      if (!/^\p{Lu}\p{Ll}{2,}$/u.test(name) || NOT_NAMES.has(name) || ORG_KEYWORDS.has(name) || MONTHS.has(name.toLowerCase()) || lookup(name)) continue;
      out.add(name);
    }
  }
  return out;
}

/** Common given names, read once. */
export const COMMON_GIVEN_NAMES: ReadonlySet<string> = load();
