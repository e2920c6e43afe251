// Builds countries.json (the built-in country list) from the countries.json of the
// npm package world-countries (data: mledoze/countries, ODbL-1.0; see NOTICE.md).
//
// Usage: node build-countries.mjs <world-countries/countries.json> [output.json]
// The output defaults to countries.json next to this script.

import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

// Slugs that differ from the one derived from name.common, keyed by ISO alpha-3.
const SLUG_OVERRIDES = {
  TUR: "turkey", // name.common is "Türkiye"
};

// All-caps abbreviations (e.g. "RU", "PK", "GB", "RSA") are dropped because they collide with
// ordinary words and abbreviations, except these, which English prose uses for the country.
const PROSE_ABBREVIATIONS = new Set(["US", "USA", "UK", "UAE", "DRC", "DPRK"]);

// Source spellings that are not aliases an English-language writer would use: names in other
// languages, and words that are ambiguous in English (an ordinary word, a demonym or language,
// or a place shared with another country). Compared case-insensitively.
const EXCLUDED_ALIASES = new Set(
  [
    // Names in other languages.
    "Ahvenanmaa", "Shqipnia", "Principat d'Andorra", "Hayastan", "Osterreich", "Oesterreich",
    "Republika y'Uburundi", "Belgie", "Belgien", "Belgique", "Royaume de Belgique", "Buliwya",
    "Wuliwya", "Buliwya Mamallaqta", "Wuliwya Suyu", "Estado Plurinacional de Bolivia", "Brasil",
    "Lefatshe la Botswana", "Schweiz", "Suisse", "Svizzera", "Svizra", "Zhongguo", "Zhonghua",
    "Union des Comores", "Udzima wa Komori", "Bundesrepublik Deutschland", "Jabuuti", "Gabuuti",
    "Gabuutih Ummuuno", "Jamhuuriyadda Jabuuti", "Dominique", "Danmark", "Kongeriget Danmark",
    "Dzayer", "Eesti", "Eesti Vabariik", "Suomi", "Suomen tasavalta", "Republiken Finland", "Viti",
    "Matanitu ko Viti", "Islas Malvinas", "Sakartvelo", "Bailliage de Guernesey", "Gwadloup",
    "Guyane", "Hrvatska", "Republika Hrvatska", "Repiblik Ayiti", "Republik Indonesia",
    "Ellan Vannin", "Mannin", "Bharat Ganrajya", "Repubblica italiana", "Bailliage de Jersey",
    "Nippon", "Nihon", "Qazaqstan", "Respublika Kazakhstan", "Jamhuri ya Kenya",
    "Kyrgyz Respublikasy", "Ribaberiki Kiribati", "Dawlat al-Kuwait",
    "Sathalanalat Paxathipatai Paxaxon Lao", "Dawlat Libya", "Muso oa Lesotho",
    "Lietuvos Respublika", "Latvijas Republika", "Republica Moldova", "Repoblikan'i Madagasikara",
    "Dhivehi Raajjeyge Jumhooriyya", "Mexicanos", "Estados Unidos Mexicanos",
    "Repubblika ta' Malta", "Crna Gora", "Nijar", "Teratri of Norf'k Ailen", "Nijeriya",
    "Nederland", "Norge", "Noreg", "Kongeriket Norge", "Kongeriket Noreg", "Naoero",
    "Ripublik Naoero", "Aotearoa", "Beluu er a Belau", "Independen Stet bilong Papua Niugini",
    "Rzeczpospolita Polska", "Estado Libre Asociado de Puerto Rico", "Portuguesa",
    "Repubulika y'u Rwanda", "Singapura", "Republik Singapura", "Svalbard og Jan Mayen",
    "Repubblica di San Marino", "Jamhuuriyadda Federaalka Soomaaliya", "Srbija", "Republika Srbija",
    "Sarnam", "Sranangron", "Republiek Suriname", "Republika Slovenija", "Konungariket Sverige",
    "weSwatini", "Swatini", "Ngwane", "Umbuso weSwatini", "Repiblik Sesel", "Tchad", "Prathet",
    "Ratcha Anachak Thai", "Timor Lorosae", "Jamhuri ya Muungano wa Tanzania", "Jamhuri ya Uganda",
    "Ukrayina", "Ripablik blong Vanuatu", "Suid-Afrika",
    // Ambiguous in English.
    "Island", "Mann", "Thai", "Lao", "Togolese", "Holland", "Congo", "Timor", "Guiana",
    "Virgin Islands", "the Abode of Peace",
  ].map((alias) => alias.toLowerCase()),
);

// Common English names guaranteed as aliases, keyed by slug; several are missing from the source
// or removed by the filters above.
const ALIAS_OVERRIDES = {
  "united-states": ["US", "USA", "U.S.", "America", "United States of America"],
  "united-kingdom": ["UK", "Britain", "Great Britain", "U.K."],
  russia: ["Russian Federation"],
  czechia: ["Czech Republic"],
  turkey: ["Turkey"],
  "ivory-coast": ["Côte d'Ivoire", "Cote d'Ivoire"],
  myanmar: ["Burma"],
  "timor-leste": ["East Timor"],
  "north-korea": ["DPRK", "Democratic People's Republic of Korea"],
  "south-korea": ["Republic of Korea"],
  eswatini: ["Swaziland"],
  "cape-verde": ["Cabo Verde"],
  "north-macedonia": ["Macedonia"],
  "united-arab-emirates": ["UAE"],
  "dr-congo": ["DRC", "Democratic Republic of the Congo"],
  "vatican-city": ["Holy See", "Vatican"],
};

function main([inputPath, outputPath = fileURLToPath(new URL("countries.json", import.meta.url))]) {
  if (!inputPath) {
    throw new Error("usage: node build-countries.mjs <countries.json of world-countries> [output]");
  }
  const source = JSON.parse(readFileSync(inputPath, "utf8"));
  const countries = source
    .filter((entry) => entry.status === "officially-assigned")
    .map(toCountry)
    .sort((a, b) => compareOrdinal(a.slug, b.slug));

  assertUniqueSlugs(countries);
  assertOverridesApply(countries);
  dropAliasCollisions(countries);

  writeFileSync(outputPath, JSON.stringify(countries, null, 2) + "\n", "utf8");
  console.error(`wrote ${countries.length} countries to ${outputPath}`);
}

function toCountry(entry) {
  const slug = SLUG_OVERRIDES[entry.cca3] ?? slugify(entry.name.common);
  if (!SLUG_PATTERN.test(slug)) {
    throw new Error(`invalid slug '${slug}' for ${entry.cca3}`);
  }
  if (!/^\d{3}$/.test(entry.ccn3)) {
    throw new Error(`invalid numeric code '${entry.ccn3}' for ${entry.cca3}`);
  }
  const english = entry.demonyms?.eng ?? {};
  return {
    slug,
    name: entry.name.common,
    official_name: entry.name.official,
    iso2: entry.cca2,
    iso3: entry.cca3,
    numeric: entry.ccn3,
    capitals: entry.capital ?? [],
    region: entry.region,
    subregion: entry.subregion ?? "",
    demonyms: distinct([english.m, english.f]),
    aliases: aliasesFor(entry, slug),
  };
}

// "Côte d'Ivoire" -> "cote-divoire": accents and apostrophes are dropped, and every other run of
// characters outside [a-z0-9] becomes one hyphen (the same rule as Slug.FromTitle).
function slugify(name) {
  const ascii = name
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .replace(/['\u2019]/g, "")
    .toLowerCase();
  if (/[^\x00-\x7f]/.test(ascii)) {
    throw new Error(`cannot transliterate '${name}' to ASCII; add it to SLUG_OVERRIDES`);
  }
  return ascii.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}

function aliasesFor(entry, slug) {
  const fromSource = [entry.name.official, ...entry.altSpellings.filter(isAsciiText)].filter(
    (alias) => !isExcludedAbbreviation(alias) && !EXCLUDED_ALIASES.has(alias.toLowerCase()),
  );
  const name = entry.name.common.toLowerCase();
  return distinct([...fromSource, ...(ALIAS_OVERRIDES[slug] ?? [])]).filter(
    (alias) => alias.toLowerCase() !== name,
  );
}

function isAsciiText(text) {
  return /^[\x20-\x7e]+$/.test(text);
}

function isExcludedAbbreviation(alias) {
  return /^[A-Z]{2,4}$/.test(alias) && !PROSE_ABBREVIATIONS.has(alias);
}

// Removes every alias that equals another country's name or is shared by two countries.
function dropAliasCollisions(countries) {
  const claimants = new Map(); // lowercased name or alias -> slugs of the countries using it
  const claim = (text, slug) => {
    const key = text.toLowerCase();
    if (!claimants.has(key)) {
      claimants.set(key, new Set());
    }
    claimants.get(key).add(slug);
  };
  for (const country of countries) {
    claim(country.name, country.slug);
    country.aliases.forEach((alias) => claim(alias, country.slug));
  }
  for (const country of countries) {
    country.aliases = country.aliases.filter((alias) => {
      const others = [...claimants.get(alias.toLowerCase())].filter((s) => s !== country.slug);
      if (others.length > 0) {
        console.error(`dropped alias '${alias}' of ${country.slug}: also ${others.join(", ")}`);
      }
      return others.length === 0;
    });
  }
}

function assertUniqueSlugs(countries) {
  const seen = new Set();
  for (const { slug } of countries) {
    if (seen.has(slug)) {
      throw new Error(`duplicate slug '${slug}'`);
    }
    seen.add(slug);
  }
}

function assertOverridesApply(countries) {
  const iso3s = new Set(countries.map((country) => country.iso3));
  const slugs = new Set(countries.map((country) => country.slug));
  const unused = [
    ...Object.keys(SLUG_OVERRIDES).filter((iso3) => !iso3s.has(iso3)),
    ...Object.keys(ALIAS_OVERRIDES).filter((slug) => !slugs.has(slug)),
  ];
  if (unused.length > 0) {
    throw new Error(`overrides for unknown countries: ${unused.join(", ")}`);
  }
}

// Distinct non-empty strings, compared case-insensitively, in first-seen order.
function distinct(values) {
  const seen = new Set();
  return values.filter((value) => {
    const key = value?.toLowerCase();
    if (!key || seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
}

function compareOrdinal(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

main(process.argv.slice(2));
