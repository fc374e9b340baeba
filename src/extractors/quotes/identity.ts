/**
 * One person, one identity: a speaker's `id`, the same whatever the mention ("Daniel Okafor",
 * "Daniel O. Okafor", "Dr Daniel Okafor"; "Andriy"/"Andrii" Sybiha), and the courtesy titles that
 * are no part of a speaker's title ("Mr", "Dr", "Sir": quote-honorifics.txt).
 */
import { readWordSet } from '../../lexicon.js';

const MARKS = /\p{M}/gu;
const NOT_LETTER = /[^\p{L}\s'’-]/gu;

/** Whether `word` (any case, with or without its period) is a courtesy title ("Mr.", "Dr", "Sir"). */
export function isHonorific(word: string): boolean {
  return readWordSet('quote-honorifics.txt').has(word.toLowerCase().replace(/\.$/, ''));
}

/**
 * A title without its courtesy words ("Mr." -> null, "Dr. and Health Minister" stays as written
 * but "Dr Health Minister" -> "Health Minister"); null when nothing else is left.
 */
export function withoutHonorifics(title: string | null | undefined): string | null {
  if (!title) return null;
  const words = title.split(/\s+/);
  let i = 0;
  while (i < words.length && isHonorific(words[i]!)) i++;
  let j = words.length;
  while (j > i && isHonorific(words[j - 1]!)) j--;
  const kept = words.slice(i, j).join(' ');
  return kept === '' ? null : kept;
}

/**
 * A spelling key for one word of a name: lower case, accents folded, "y" read as "i" and doubled
 * letters as one, so the common transliterations of one name meet ("Andriy", "Andrii" -> "andri";
 * "Zelenskyy", "Zelensky" -> "zelenski"; "Sergey", "Sergei" -> "sergei").
 */
function spellingKey(word: string): string {
  return word
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/['’-]/g, '')
    .replace(/y/g, 'i')
    .replace(/(\p{L})\1+/gu, '$1');
}

/**
 * A speaker's identity: the name's words as spelling keys joined by "-", without courtesy titles
 * and middle initials ("Dr. Mary J. Blige" -> "mari-blige"). An organisation's name is keyed the
 * same way ("Metro Transit Council" -> "metro-transit-council").
 */
export function speakerId(name: string): string {
  const words = name
    .replace(NOT_LETTER, ' ')
    .split(/\s+/)
    .filter((w) => w !== '' && !isHonorific(w));
  const kept = words.length > 2 ? words.filter((w, i) => i === 0 || i === words.length - 1 || w.replace(/['’-]/g, '').length > 1) : words;
  const key = kept.map(spellingKey).filter(Boolean).join('-');
  return key === '' ? spellingKey(name) || name.toLowerCase() : key;
}
