/**
 * Whose office a name holds. English sets a person's role beside the name: before it ("Board
 * chair Dr Lorna Faraday", "Pakistan's Interior Minister Mohsin Naqvi", "The committee chair,
 * Councillor Martin Quayle") or after it ("Yusuf Brennan, chair of the competition
 * commission"). When that role is the one asked ("who chairs the school board?", "the interior
 * minister of Iran"), the nouns that narrow it (its compound nouns, its possessor, its "of"
 * phrase) must be the question's: another committee's chair or another country's minister
 * holds another office.
 */
import type { Entity, ParsedText, Token } from '../analyze/parse-text.js';
import { lemmatize } from '../../text/tokenize.js';
import { sharesStem } from '../../text/shares-stem.js';

/**
 * What a name keeps of its fit when its role is the one asked but narrowed by a noun the
 * question does not hold: below the least fit an answer needs (0.4), so another office's
 * holder is no answer. 0.5 (a name of another kind than asked) was tried first on the
 * development sets: the same gain there (civic's school board chair), but a sentence stating
 * every word of the question around the other office's holder still won.
 */
export const OTHER_ROLE_FIT = 0.3;

/** Parts of speech of a role's words: its nouns, names and adjectives ("interim chief executive"). */
const ROLE_WORDS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);

/** A word of a role phrase: a noun, a name, an adjective or a possessive "'s". */
function inRole(token: Token | undefined): token is Token {
  return (
    token !== undefined &&
    (ROLE_WORDS.has(token.pos) || (token.pos === 'PART' && /^['’]s$/u.test(token.normal)))
  );
}

/** Words a role's narrowing noun may be stated by in the question: the same word or a derivation ("Iran", "Iranian"). */
function stated(word: string, question: readonly string[]): boolean {
  const lemma = lemmatize(word);
  return question.some(
    (asked) =>
      asked === word ||
      asked === lemma ||
      (Math.min(asked.length, word.length) >= 4 &&
        (asked.startsWith(word) || word.startsWith(asked))) ||
      sharesStem(asked, lemma),
  );
}

/** English's copulas: a noun phrase after them is said of the subject ("became chief executive"). */
const COPULAS: ReadonlySet<string> = new Set(['be', 'become', 'remain']);

/** The role phrase before the name (with the name's own leading asked words) and the one after it. */
function rolePhrases(entity: Entity, parsed: ParsedText, roles: ReadonlySet<string>): Token[][] {
  const tokens = parsed.tokens;
  // "Pakistani Interior Minister Sheikh Rashid Ahmed": the name may open with its role; the
  // role's last asked word ends it.
  let inside = entity.first;
  for (let at = entity.first; at < entity.last; at += 1)
    if (roles.has(lemmatize(tokens[at]!.normal))) inside = at + 1;
  let left = entity.first - 1;
  if (tokens[left]?.normal === ',') left -= 1;
  const before: Token[] = tokens.slice(entity.first, inside);
  while (inRole(tokens[left])) {
    before.unshift(tokens[left]!);
    left -= 1;
  }
  // "Yusuf Brennan, chair of the competition commission,"; "Priya Natarajan, who chairs the
  // library board,"
  const after: Token[] = [];
  let right = entity.last + 1;
  // "Dr Leila Haddad became chief executive of…": the role a copula predicates of the name.
  let auxiliary = right;
  while (tokens[auxiliary]?.pos === 'AUX' && !COPULAS.has(tokens[auxiliary]!.lemma)) auxiliary += 1;
  const copula = COPULAS.has(lemmatize(tokens[auxiliary]?.normal ?? ''));
  if (copula || tokens[right]?.normal === ',') {
    right = copula ? auxiliary + 1 : right + 1;
    const verb = tokens[right + 1];
    if (
      tokens[right]?.normal === 'who' &&
      verb !== undefined &&
      roles.has(lemmatize(verb.normal))
    ) {
      after.push(verb);
      right += 2;
    }
    if (tokens[right]?.pos === 'DET') right += 1;
    while (inRole(tokens[right])) after.push(tokens[right++]!);
    if (after.length > 0 && tokens[right]?.normal === 'of') {
      right += 1;
      if (tokens[right]?.pos === 'DET') right += 1;
      while (inRole(tokens[right])) after.push(tokens[right++]!);
    }
  }
  return [before, after];
}

/** True when the token is the asked role's own word ("minister"), not an adjective of it. */
function headsRole(token: Token, asked: AskedRole): boolean {
  return token.pos !== 'ADJ' && lemmatize(token.normal) === asked.role;
}

/** The role a question asks (a lemma: "chair") and the words that narrow it ("finance", "committee"). */
export interface AskedRole {
  role: string;
  narrowing: string[];
}

/**
 * The words that narrow the role the question asks ("the county school board" of "who chairs
 * the county school board?", "interior" and "Iran" of "the interior minister of Iran"): the
 * nouns, names and adjectives before the asked role word, and after it its object (a verb's:
 * "chairs the finance committee") or its "of" phrase (a noun's).
 */
export function askedNarrowing(
  parsed: ParsedText,
  roles: ReadonlySet<string>,
  /**
   * Whether a verb's word also names a person's office ("chairs": a chair): a verb that does
   * not ("took over as head of…") asks no role, the noun after it does.
   */
  namesOffice: (lemma: string) => boolean = () => true,
): AskedRole | null {
  const tokens = parsed.tokens;
  const at = tokens.findIndex(
    (token) =>
      (token.pos === 'NOUN' ||
        token.pos === 'PROPN' ||
        (token.pos === 'VERB' && namesOffice(lemmatize(token.normal)))) &&
      roles.has(lemmatize(token.normal)),
  );
  if (at < 0) return null;
  const words: Token[] = [];
  for (let left = at - 1; inRole(tokens[left]); left -= 1) words.push(tokens[left]!);
  let right = at + 1;
  // "Who chairs…": a word right after "who" is its verb, however the tagger read it.
  const verb = tokens[at]!.pos === 'VERB' || tokens[at - 1]?.normal === 'who';
  if (!verb) {
    if (tokens[right]?.normal !== 'of') right = tokens.length;
    else right += 1;
  }
  if (tokens[right]?.pos === 'DET') right += 1;
  while (inRole(tokens[right])) words.push(tokens[right++]!);
  return {
    role: lemmatize(tokens[at]!.normal),
    narrowing: words
      .filter((token) => token.pos !== 'PART')
      .map((token) => token.normal.replace(/['’]s$/u, '')),
  };
}

/**
 * 1 unless the name's role is an asked one (`roles`: the question's nouns and verbs, as
 * lemmas, "chair" of "chairs") narrowed another way than asked: by a noun or name the
 * question's words (`question`) do not state, while a word narrowing the asked role
 * (`asked`, from `askedNarrowing`) is missing. Then `OTHER_ROLE_FIT`. "The council's
 * finance committee chair" still holds the office "who chairs the finance committee?" asks.
 */
export function roleFit(
  entity: Entity,
  parsed: ParsedText,
  roles: ReadonlySet<string>,
  question: readonly string[],
  asked: AskedRole | null,
): number {
  if (entity.type !== 'name' || asked === null || asked.narrowing.length === 0) return 1;
  for (const phrase of rolePhrases(entity, parsed, roles)) {
    const head = phrase.find((token) => headsRole(token, asked));
    if (!head) continue;
    const own = phrase.filter(
      (token) =>
        token !== head &&
        (token.pos === 'NOUN' || token.pos === 'PROPN' || /^\p{Lu}/u.test(token.text)) &&
        token.pos !== 'PART',
    );
    const words = own.map((token) => token.normal.replace(/['’]s$/u, ''));
    const other = words.some((word) => !stated(word, question));
    // The asked narrowing may be any word of the phrase: "first" of "the town's first mayor".
    const phraseWords = phrase.map((token) => token.normal.replace(/['’]s$/u, ''));
    const missing = asked.narrowing.some((word) => !stated(word, phraseWords));
    if (other && missing) return OTHER_ROLE_FIT;
  }
  return 1;
}

/**
 * True when a role phrase beside the name states the asked role with every word that narrows
 * it ("Iranian Interior Minister Ahmad Vahidi" for "Who is Iran's interior minister?"; the
 * same word or a derivation): the name holds the very office asked, which a bare "Interior
 * Minister Mohsin Naqvi" only may.
 */
export function statesAskedRole(
  entity: Entity,
  parsed: ParsedText,
  roles: ReadonlySet<string>,
  asked: AskedRole | null,
): boolean {
  if (entity.type !== 'name' || asked === null || asked.narrowing.length === 0) return false;
  return rolePhrases(entity, parsed, roles).some((phrase) => {
    if (!phrase.some((token) => headsRole(token, asked))) return false;
    const words = phrase.map((token) => token.normal.replace(/['’]s$/u, ''));
    return asked.narrowing.every((word) => stated(word, words));
  });
}

/**
 * True when the name stands before an apposition giving another role than the one asked
 * ("Dr Mairi Fenton, the trust's chief ecologist," asked "who is the park's director?"):
 * English sets a person's office between commas after the name, headed by its last noun
 * ("ecologist"), which `isAskedRole` (the asked role noun, or a close synonym) does not
 * state. The words before that noun only narrow it ("chief" makes no director).
 */
export function appositionOfOtherRole(
  entity: Entity,
  parsed: ParsedText,
  isAskedRole: (word: string) => boolean,
): boolean {
  if (entity.type !== 'name') return false;
  const tokens = parsed.tokens;
  let at = entity.last + 1;
  if (tokens[at]?.normal !== ',') return false;
  at += 1;
  if (tokens[at]?.pos !== 'DET') return false;
  const phrase: Token[] = [];
  for (at += 1; inRole(tokens[at]); at += 1) phrase.push(tokens[at]!);
  // The apposition closes with a comma or the sentence's end; otherwise it may go on ("the
  // trust's chief ecologist and director").
  const closing = tokens[at];
  if (closing !== undefined && closing.normal !== ',' && closing.pos !== 'PUNCT') return false;
  const head = phrase.at(-1);
  return head !== undefined && head.pos === 'NOUN' && !isAskedRole(head.normal);
}

/**
 * True when the title set right before a name, or opening it, is another role than asked
 * (`isOtherRole`, say WordNet's sibling of the asked noun): "Bride Chloe Treloar", "goalkeeper
 * Ben Hale" asked the groom or the striker.
 */
export function titledOtherRole(
  entity: Entity,
  parsed: ParsedText,
  isOtherRole: (word: string) => boolean,
): boolean {
  if (entity.type !== 'name') return false;
  const before = parsed.tokens[entity.first - 1];
  const opening = entity.last > entity.first ? parsed.tokens[entity.first] : undefined;
  return [before, opening].some(
    (token) =>
      token !== undefined &&
      (token.pos === 'NOUN' || token.pos === 'PROPN') &&
      isOtherRole(lemmatize(token.normal)),
  );
}

/** English's adjectives saying a role is no longer held ("former", "ex-treasurer"): a closed class. */
const NO_LONGER: ReadonlySet<string> = new Set([
  'former',
  'erstwhile',
  'onetime',
  'previous',
  'ex',
  'late',
  // Leaving it: "the outgoing chair", "the retiring head".
  'outgoing',
  'retiring',
  'departing',
]);

/** True when the word says a role is no longer held ("former", "ex-treasurer", "then-treasurer"). */
export function saysNoLonger(word: string): boolean {
  return NO_LONGER.has(word) || /^(?:ex|then)-/u.test(word);
}

/**
 * True when the role phrase beside the name that holds an asked role says the name no longer
 * holds it ("its former treasurer, Neil Ashcombe"): no answer to who holds it now.
 */
export function formerHolder(
  entity: Entity,
  parsed: ParsedText,
  roles: ReadonlySet<string>,
): boolean {
  if (entity.type !== 'name') return false;
  return rolePhrases(entity, parsed, roles).some(
    (phrase) =>
      phrase.some((token) => roles.has(lemmatize(token.normal.replace(/^(?:ex|then)-/u, '')))) &&
      phrase.some((token) => saysNoLonger(token.normal)),
  );
}

/** No asked role words: the role phrases around a name whatever their words. */
const NO_ROLES: ReadonlySet<string> = new Set();

/** English's suffixes of agent nouns ("prosecutor", "manager", "investor", "chemist", "applicant"). */
const AGENT_SUFFIX = /(?:er|or|ist|ant|ent)$/u;

/**
 * True when the name is given the agent noun of an asked verb as its title or role ("Prosecutor
 * Amrita Sen" asked "who prosecuted the case?", "Mara Quill, the founder," asked "who founded
 * it?"): English names a person by what they do. `verbs` are the asked verbs' lemmas.
 */
export function namedByAgentNoun(
  entity: Entity,
  parsed: ParsedText,
  verbs: ReadonlySet<string>,
): boolean {
  if (entity.type !== 'name' || verbs.size === 0) return false;
  const agent = (token: Token) => {
    if (token.pos !== 'NOUN' && token.pos !== 'PROPN') return false;
    // The noun without its suffix is the verb without a final "e" ("prosecut-or"), its last
    // consonant maybe doubled ("winn-er"); "winter" is no agent of "win".
    const stem = token.normal.replace(AGENT_SUFFIX, '');
    if (stem === token.normal) return false;
    const single = stem.replace(/([^aeiou])\1$/u, '$1');
    return [...verbs].some((verb) => {
      const base = verb.replace(/e$/u, '');
      return stem === base || single === base;
    });
  };
  const own = parsed.tokens.slice(entity.first, entity.last + 1);
  return (
    own.some(agent) || rolePhrases(entity, parsed, NO_ROLES).some((phrase) => phrase.some(agent))
  );
}

/** Words a bracketed role after a name may run to ("(Director of Operations)"). */
const BRACKET_ROLE_REACH = 5;

/**
 * The head of a role English gives right after a name: in brackets, as minutes list those
 * present ("Dr Helen Marsh (Chief Executive)"), after "as" ("…re-elected as treasurer and
 * Jean Catterall as secretary"), as a copula's complement ending its clause ("Sue Mortimer is
 * secretary and…"), or alone where a verb is left out ("…remains treasurer and Jean Catterall
 * secretary."); undefined when none is given.
 */
export function roleAfterName(entity: Entity, parsed: ParsedText): Token | undefined {
  if (entity.type !== 'name') return undefined;
  const tokens = parsed.tokens;
  // "Jane Colclough, Peter Vance and Dr Imran Sheikh (Non-Executive Directors)": names listed
  // before one bracket share its role.
  let last = entity.last;
  for (;;) {
    const joint = tokens[last + 1];
    if (joint?.normal !== ',' && joint?.normal !== 'and') break;
    const listed = parsed.entities.find(
      (other) => other.type === 'name' && other.first === last + 2,
    );
    if (listed === undefined) break;
    last = listed.last;
  }
  const next = tokens[last + 1];
  if (next?.normal === '(') {
    const inside: Token[] = [];
    let at = last + 2;
    for (; at < tokens.length && tokens[at]!.normal !== ')'; at += 1) inside.push(tokens[at]!);
    if (tokens[at]?.normal !== ')' || inside.length === 0 || inside.length > BRACKET_ROLE_REACH)
      return undefined;
    if (!inside.every((token) => token.pos === 'ADP' || token.pos === 'DET' || inRole(token)))
      return undefined;
    // "Director of Operations": the head comes before its "of" phrase.
    const of = inside.findIndex((token) => token.pos === 'ADP');
    const head = (of > 0 ? inside.slice(0, of) : inside).at(-1);
    return head !== undefined && (head.pos === 'NOUN' || head.pos === 'PROPN') ? head : undefined;
  }
  // "…Alan Hibbert remains treasurer and Jean Catterall secretary.": the verb left out, a
  // role noun right after the name ends its clause.
  const gapped = tokens[entity.last + 1];
  const closes = tokens[entity.last + 2];
  if (
    gapped?.pos === 'NOUN' &&
    (closes === undefined || closes.pos === 'PUNCT' || closes.pos === 'CCONJ')
  )
    return gapped;
  // "Sue Mortimer is secretary and…": a copula's complement.
  const linking = tokens[entity.last + 1];
  const copula = linking !== undefined && COPULAS.has(lemmatize(linking.normal));
  if (linking?.normal !== 'as' && !copula) return undefined;
  let at = entity.last + 2;
  if (tokens[at]?.pos === 'DET') at += 1;
  const phrase: Token[] = [];
  for (; inRole(tokens[at]); at += 1) phrase.push(tokens[at]!);
  const head = phrase.at(-1);
  // A copula's complement ends its clause ("is secretary and…"; not "is secretary of the…",
  // whose office its "of" phrase narrows, nor "was elected").
  const after = tokens[at];
  if (copula && after !== undefined && after.pos !== 'PUNCT' && after.pos !== 'CCONJ')
    return undefined;
  return head !== undefined && head.pos === 'NOUN' ? head : undefined;
}

/**
 * True when the name fills a bracket right after another name ("Dr Ruth Ingham (Medical
 * Director)"): a role capitalised as a title, whose last word `namesRole` accepts, not a name.
 */
export function bracketedRole(
  entity: Entity,
  parsed: ParsedText,
  namesRole: (word: string) => boolean,
): boolean {
  if (entity.type !== 'name') return false;
  const tokens = parsed.tokens;
  if (tokens[entity.first - 1]?.normal !== '(' || tokens[entity.last + 1]?.normal !== ')')
    return false;
  const before = entity.first - 2;
  const named = parsed.entities.some((other) => other.type === 'name' && other.last === before);
  return named && namesRole(lemmatize(tokens[entity.last]!.normal));
}

/**
 * True when the name follows "of" (and its determiner) after a word of the asked role ("to
 * become chief executive of Castlebridge University Hospitals"): English names the
 * institution whose office it is there, not its holder.
 */
export function institutionOfRole(
  entity: Entity,
  parsed: ParsedText,
  isAskedRole: (word: string) => boolean,
): boolean {
  let at = entity.first - 1;
  if (parsed.tokens[at]?.pos === 'DET') at -= 1;
  const role = parsed.tokens[at - 1];
  return (
    parsed.tokens[at]?.normal === 'of' &&
    role !== undefined &&
    role.pos === 'NOUN' &&
    isAskedRole(role.normal)
  );
}
