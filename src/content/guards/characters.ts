/**
 * Characters that make text look right when it is not: controls, invisible characters, bidirectional overrides and
 * words that mix scripts (a Cyrillic "а" in a Latin word). Every content file and source text is checked with these,
 * and diffs name a character a reader cannot see by its code point and Unicode name.
 */
import { unicodeName } from 'unicode-name';

/** What is wrong with one character, or one word. */
export type CharacterKind = 'control-character' | 'bidi-control' | 'invisible-character' | 'mixed-script';

/** One refused character (or, for mixed scripts, word) of a text, located by line and column (1-based). */
export interface CharacterFinding {
  kind: CharacterKind;
  line: number;
  column: number;
  /** The character, or for mixed scripts the word. */
  text: string;
  /** What it is: `U+200B ZERO WIDTH SPACE`, or for a word the scripts it mixes and the letter that differs. */
  what: string;
}

/** Bidirectional controls: they reorder what a reader sees, so the text read is not the text shown (CVE-2021-42574). */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
/** C0 and C1 controls, DEL, and the Unicode line and paragraph separators; tab, line feed and carriage return are allowed. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/;
/** Invisible characters with no place in prose: zero-width space, invisible operators, a BOM other than the leading one, tags. */
const INVISIBLE = /[\u200B\u2061-\u2064\uFEFF]|\uDB40[\uDC00-\uDC7F]/;
/** Joiners, which Indic, Arabic and Persian words and emoji sequences need: allowed between two characters of a word. */
const JOINER = /[\u200C\u200D\u2060]/;
const WORD_CHAR = /[\p{L}\p{M}\p{N}\p{Extended_Pictographic}\uFE0F]/u;
/** Any character one of the four classes above refuses or looks at: a line with none is skipped character by character. */
const ANY_LOOKED_AT = new RegExp([BIDI, CONTROL, INVISIBLE, JOINER].map((r) => r.source).join('|'));
/** A word of ASCII letters and digits is Latin (digits are Common): it cannot mix scripts. */
const ASCII_WORD = /^[A-Za-z0-9]+$/;

/** ISO 15924 codes of Unicode's scripts; those the running engine does not know are dropped at load. */
const SCRIPT_CODES = `Adlm Aghb Ahom Arab Armi Armn Avst Bali Bamu Bass Batk Beng Bhks Bopo Brah Brai Bugi Buhd Cakm Cans Cari Cham
Cher Chrs Copt Cpmn Cprt Cyrl Deva Diak Dogr Dsrt Dupl Egyp Elba Elym Ethi Gara Geor Glag Gong Gonm Goth Gran Grek Gujr Gukh Guru Hang
Hani Hano Hatr Hebr Hira Hluw Hmng Hmnp Hung Ital Java Kali Kana Kawi Khar Khmr Khoj Kits Knda Krai Kthi Lana Laoo Latn Lepc Limb Lina
Linb Lisu Lyci Lydi Mahj Maka Mand Mani Marc Medf Mend Merc Mero Mlym Modi Mong Mroo Mtei Mult Mymr Nagm Nand Narb Nbat Newa Nkoo Nshu
Ogam Olck Onao Orkh Orya Osge Osma Ougr Palm Pauc Perm Phag Phli Phlp Phnx Plrd Prti Rjng Rohg Runr Samr Sarb Saur Sgnw Shaw Shrd Sidd
Sind Sinh Sogd Sogo Sora Soyo Sund Sunu Sylo Syrc Tagb Takr Tale Talu Taml Tang Tavt Tayo Telu Tfng Tglg Thaa Thai Tibt Tirh Tnsa Todr
Tols Toto Tutg Ugar Vaii Vith Wara Wcho Xpeo Xsux Yezi Yiii Zanb`.split(/\s+/);

const SCRIPTS: [string, RegExp][] = SCRIPT_CODES.flatMap((code) => {
  try {
    return [[code, new RegExp(`\\p{Script_Extensions=${code}}`, 'u')] as [string, RegExp]];
  } catch {
    return [];
  }
});
const COMMON = /[\p{Script_Extensions=Zyyy}\p{Script_Extensions=Zinh}]/u;

/** UTS #39's augmented script sets: Han is written with Hiragana and Katakana (Japanese), Hangul (Korean) and Bopomofo. */
const AUGMENT: Record<string, string[]> = { Hani: ['Hanb', 'Jpan', 'Kore'], Hira: ['Jpan'], Kana: ['Jpan'], Hang: ['Kore'], Bopo: ['Hanb'] };
const SCRIPT_NAMES: Record<string, string> = { Latn: 'Latin', Cyrl: 'Cyrillic', Grek: 'Greek', Arab: 'Arabic', Hebr: 'Hebrew', Hani: 'Han', Hira: 'Hiragana', Kana: 'Katakana', Hang: 'Hangul', Armn: 'Armenian', Geor: 'Georgian', Deva: 'Devanagari', Cher: 'Cherokee', Copt: 'Coptic' };

const scriptCache = new Map<string, Set<string> | undefined>();

/** A character's augmented Script_Extensions, or undefined for Common and Inherited characters (which go with any script). */
function scriptsOf(char: string): Set<string> | undefined {
  if (scriptCache.has(char)) return scriptCache.get(char);
  let set: Set<string> | undefined;
  if (!COMMON.test(char)) {
    set = new Set();
    for (const [code, pattern] of SCRIPTS) if (pattern.test(char)) set.add(code);
    for (const code of [...set]) for (const extra of AUGMENT[code] ?? []) set.add(extra);
    if (set.size === 0) set = undefined;
  }
  scriptCache.set(char, set);
  return set;
}

/** A script's name for messages. */
function scriptName(code: string): string {
  return SCRIPT_NAMES[code] ?? code;
}

/** `U+200B ZERO WIDTH SPACE`: a character's code point and Unicode name (or label, for controls). */
export function codePoint(char: string): string {
  const cp = char.codePointAt(0)!;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = unicodeName(char);
  return name ? `${hex} ${name}` : hex;
}

/**
 * A character as a diff shows it: printable characters as themselves, quoted; a character a reader cannot see or
 * tell apart (spaces other than the plain one, controls, format characters, letters outside ASCII) also by code point.
 */
export function showCharacter(char: string | undefined): string {
  if (char === undefined) return 'end of text';
  if (/[\p{C}\p{Z}]/u.test(char) && char !== ' ') return codePoint(char);
  if (/[^\x20-\x7E]/.test(char)) return `${JSON.stringify(char)} (${codePoint(char)})`;
  return JSON.stringify(char);
}

/**
 * The scripts of a word, by UTS #39's mixed-script detection: the intersection of its characters' augmented
 * Script_Extensions (Common and Inherited characters ignored). Empty means the word mixes scripts.
 */
export function resolvedScripts(word: string): Set<string> | undefined {
  let resolved: Set<string> | undefined;
  for (const char of word) {
    const scripts = scriptsOf(char);
    if (!scripts) continue;
    resolved = resolved ? new Set([...resolved].filter((s) => scripts.has(s))) : new Set(scripts);
  }
  return resolved;
}

/** For a word that mixes scripts: the scripts, and the first letter that is not in the word's first script. */
function describeMix(word: string): string {
  let first: Set<string> | undefined;
  for (const char of word) {
    const scripts = scriptsOf(char);
    if (!scripts) continue;
    if (!first) {
      first = scripts;
      continue;
    }
    if (![...scripts].some((s) => first!.has(s))) {
      const a = [...first].filter((s) => !AUGMENT_ONLY.has(s)).map(scriptName).join('/');
      const b = [...scripts].filter((s) => !AUGMENT_ONLY.has(s)).map(scriptName).join('/');
      return `${a} and ${b} (${codePoint(char)})`;
    }
  }
  return 'several scripts';
}
const AUGMENT_ONLY = new Set(['Hanb', 'Jpan', 'Kore']);

/** Every refused character and mixed-script word of a text, in order. A leading byte-order mark is allowed. */
export function characterFindings(text: string): CharacterFinding[] {
  const findings: CharacterFinding[] = [];
  const lines = text.split('\n');
  lines.forEach((lineText, index) => {
    const line = index + 1;
    const chars = ANY_LOOKED_AT.test(lineText) ? [...lineText] : [];
    let column = 0;
    chars.forEach((char, i) => {
      column += 1;
      if (index === 0 && i === 0 && char === '\uFEFF') return;
      let kind: CharacterKind | undefined;
      if (BIDI.test(char)) kind = 'bidi-control';
      else if (CONTROL.test(char) && !(char === '\r' && i === chars.length - 1)) kind = 'control-character';
      else if (INVISIBLE.test(char)) kind = 'invisible-character';
      else if (JOINER.test(char) && !(WORD_CHAR.test(chars[i - 1] ?? '') && WORD_CHAR.test(chars[i + 1] ?? ''))) kind = 'invisible-character';
      if (kind) findings.push({ kind, line, column, text: char, what: codePoint(char) });
    });
    // Words: runs of letters, marks and digits, with the joiners inside them.
    for (const match of lineText.matchAll(/[\p{L}\p{M}\p{N}\u200C\u200D]+/gu)) {
      if (ASCII_WORD.test(match[0])) continue;
      const resolved = resolvedScripts(match[0]);
      if (resolved && resolved.size === 0) {
        findings.push({ kind: 'mixed-script', line, column: [...lineText.slice(0, match.index)].length + 1, text: match[0], what: describeMix(match[0]) });
      }
    }
  });
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}
