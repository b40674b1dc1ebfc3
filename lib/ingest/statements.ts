import type { Conflict, FuzzyDate, StatementKind } from '../schema';
import { beforePublication, findDates, publicationDate } from './dates';
import { interviewLabel, readInterview } from './interview';
import { OrganisationIndex, organisationPhrase } from './organisations';
import { isOrganisation, NameMentions, nameIn, PeopleIndex } from './people';
import { contentWords, type Sentence } from './text';

/** A statement drafted from one sentence, before ids and the source are attached. */
export interface DraftStatement {
  speaker: string;
  kind: StatementKind;
  text: string;
  date: FuzzyDate;
  via?: string;
  role?: string;
  sentence: Sentence;
  /** Offsets (absolute) of the words the statement was read from, for highlighting. */
  span: [number, number];
  confidence: number;
  /** Which rule found it, in words. */
  rule: string;
}

export interface QuoteSpan {
  /** Offsets within the sentence of the opening and closing marks. */
  open: number;
  close: number;
  inner: string;
}

/**
 * Quoted passages of a sentence: curly “…”, guillemets «…» and straight "…", and single quotes
 * (British style ‘…’ or '…') when the mark opens after a space and closes before one, so that
 * apostrophes ("nobody's", "People's Republic") are never read as quotation marks.
 */
export function quoteSpans(s: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const re =
    /“([^”]*)”?|«([^»]*)»?|"([^"]*)"?|(?<=^|[\s([—–-])‘(.+?)’(?=[\s,.;:!?)]|$)|(?<=^|[\s([—–-])'(.+?)'(?=[\s,.;:!?)]|$)/g;
  for (const m of s.matchAll(re)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '';
    out.push({ open: m.index, close: m.index + m[0].length - 1, inner });
  }
  return out;
}

/** The sentence with quoted words blanked out (same length), so attribution rules see only the writer's words. */
export function maskQuotes(s: string): string {
  let out = s;
  for (const q of quoteSpans(s)) {
    out =
      out.slice(0, q.open + 1) + ' '.repeat(Math.max(0, q.close - q.open - 1)) + out.slice(q.close);
  }
  return out;
}

const SPEECH_VERBS =
  'said|says|say|stated|states|told|tells|added|adds|warned|warns|noted|notes|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|insisted|insists|argued|argues|claimed|claims|declared|declares|asserted|asserts|explained|explains|wrote|writes|announced|announces|acknowledged|admitted|suggested|said in a statement|posted|replied|responded|continued|concluded|predicted|vowed|pledged|promised|denied|repeated|reiterated|maintained|believes|thinks|recalled|remarked|commented|urged|cautioned';
const PRONOUN = /^(he|she|they|i|we)$/i;
const SPEAKER_PHRASE = String.raw`(he|she|they|I|we|(?:the\s+)?[\p{L}’'.\- ]{2,80}?)`;
/** An appositive between a name and its verb: "Hnatyuk, a spokesman for the command, told". */
const APPOSITIVE = String.raw`(?:,\s+(?:a|an|the|who|one|its|his|her)\b[^,]{1,100},)?`;
/** Titles written with a full stop: "Dr. Lena Ostrova", "Gen. Smith". */
const TITLE_ABBR = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Prof|Col|Gen|Lt|Maj|Capt|Sgt|Adm|Gov|Sen|Rep|Amb)\.\s+)?`;
const AFTER_QUOTE = new RegExp(
  String.raw`^[\s,;:—–-]*(?:${SPEAKER_PHRASE})${APPOSITIVE}\s+(?:${SPEECH_VERBS})\b([^.]*)`,
  'iu',
);
const AFTER_QUOTE_INVERTED = new RegExp(
  String.raw`^[\s,;:—–-]*(?:${SPEECH_VERBS})\s+(${TITLE_ABBR}[\p{L}’'.\- ,]{2,120}?)(?:[,.;]|$)`,
  'iu',
);
const BEFORE_QUOTE = new RegExp(
  String.raw`(?:^|[,;]\s*)([^,;]{1,100}?)\s+(?:${SPEECH_VERBS})(?:\s+[^,:]{0,40})?[,:]\s*$`,
  'iu',
);
const INDIRECT = new RegExp(
  String.raw`^(.{1,140}?)\s+(${SPEECH_VERBS})\b(.{0,50}?)\bthat\s+(.+)$`,
  'iu',
);
/** "X said the lines had barely moved": a reporting verb followed directly by a clause. */
/** A date adverbial between a reporting verb and its clause: "said last week the …". */
const DATE_ADVERBIAL = String.raw`(?:\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|last\s+(?:week|month|year|night|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|on\s+[\p{Lu}][\p{Ll}]+\s+\d{1,2}|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})))?`;
const NOT_CLAUSE_START = String.raw`(?:in|on|at|to|during|after|before|for|with|of|by|from|last|this|that|it|so|yes|no|repeatedly|again|earlier|later|previously|also|recently|then|only|nothing|something|anything|little|much|more|less|publicly|privately|separately|yesterday|today|tonight|afterwards|goodbye|hello|sorry|thanks|what|which|when|where|how|why|whether|if|as|while|because|although|though|and|or|but)\b`;
const SAID_CLAUSE = new RegExp(
  String.raw`^(.{1,140}?)\s+(said|says|told\s+[\p{L} ]{2,30}?|added|argued|warned|believes|thinks)(${DATE_ADVERBIAL})\s+(?!${NOT_CLAUSE_START})((?:[\p{Ll}][\p{L}’'-]*|[\p{Lu}][\p{L}’'-]*|\d[\d,.]*)\b[^,;]*?\s+(?:is|are|was|were|had|has|have|would|will|could|should|might|may|must|can|did|do|does|remains|remained|controls|controlled|control|holds|held|hold|occupy|occupies|occupied|took|captured|seized|launched|attacked|killed|wounded|crossed|moved|plans?|wants?|needs?|expects?|intends?)\b.*)$`,
  'u',
);
/** "X said it found …": a reporting verb, then a clause opened by a pronoun (no "that"). */
const SAID_PRONOUN = new RegExp(
  String.raw`^(.{1,140}?)\s+(said|says|claimed|claims|confirmed|confirms|admitted|announced|stated|insisted|denied|warned|reported)(${DATE_ADVERBIAL})\s+((?:it|its|they|their|he|his|she|her|we|our)\s+[\p{L}].*)$`,
  'u',
);
/** "Dagalo vowed to keep fighting", "the army admitted losing control of the city". */
const STANCE = new RegExp(
  String.raw`^(.{1,140}?)\s+((?:has\s+|have\s+|had\s+)?(?:vowed|pledged|promised|threatened|called\s+for|urged|admitted|acknowledged|denied|criticized|criticised|condemned|rejected|dismissed|welcomed))\b(\s+.{3,})$`,
  'u',
);
const CALLED =
  /^(.{1,120}?)\s+(?:(?:referred to|described|characteri[sz]ed|branded|dismissed|hailed)\s+(?:this|it|that|them|these|those|the\s+[\p{L}\s-]{1,40}?)\s+as\s+|(?:has\s+|have\s+|had\s+)?(?:called|labell?ed|termed|dubbed)\s+(?:this|it|that|them|these|those|the\s+[\p{L}\s-]{1,40}?)\s+(?=[“"]))/iu;
/** Words that place a report before the article; "in the past two days" is a span up to it, not a shift. */
const PAST_SHIFT =
  /\b(previously|earlier|formerly|in the past(?!\s+(?:\w+\s+)?(?:hours?|days?|weeks?|months?|years?|\d)))\b/i;
const ACCORDING = /^according to\s+([^,]{2,80}),\s+(.+)$/i;
const REPORTED = /\b(reported|reports|has reported|had reported)\b/;

interface Ctx {
  conflict: Conflict;
  people: PeopleIndex;
  published: string | null;
  /** The article's organisations; built from the sentences when not given. */
  orgs?: OrganisationIndex;
  /** Full names the article gives, for a later surname; built from the sentences when not given. */
  mentions?: NameMentions;
  /** Where the sentence being read starts (a surname refers to a full name before it). */
  at?: number;
}

const ROLE_WORDS =
  'commander|official|officials|spokes(?:man|woman|person)|source|sources|fighter|fighters|member|members|militant|militants|soldier|soldiers|negotiator|delegate|representative|figure';

const MEMBER = new RegExp(String.raw`^\s+(?:${ROLE_WORDS})\b`, 'i');

/** A speaker that is an organisation: drafted as one, a medium, or a listed body ("… (official statement)"). */
function orgLike(id: string, ctx: Ctx): boolean {
  if (isOrganisation(ctx.conflict, id) || ctx.people.isOrganisationId(id)) return true;
  const name = ctx.people.nameOf(id);
  return /\(official statement\)/i.test(name) || organisationPhrase(name) !== null;
}

/** The speaker id of an organisation phrase ("the army", "the RSF", "it"), or null. */
function resolveOrganisationSpeaker(phrase: string, ctx: Ctx): string | null {
  const org = ctx.orgs?.resolve(phrase);
  return org ? ctx.people.resolveOrganisation(org) : null;
}

/** Resolves who a speaker phrase names: pronoun, known name or alias, role, or a new person. */
function resolveSpeaker(
  phrase: string,
  ctx: Ctx,
  lastSubject: string | null,
  recent: readonly string[] = [],
): { id: string; role?: string } | null {
  const p = phrase.trim().replace(/^[,\s]+|[,\s]+$/g, '');
  if (!p) return null;
  if (PRONOUN.test(p)) return lastSubject ? { id: lastSubject } : null;
  if (/^it$/i.test(p)) {
    const id = resolveOrganisationSpeaker(p, ctx);
    return id ? { id } : null;
  }
  // "Byamungu told residents …", "Gen. Smith said": a surname the article gave in full earlier.
  const surname =
    /^(?:(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Maj|Capt|Gov|Sen|Prof)\.?\s+)?([\p{Lu}][\p{L}’'-]+)$/u.exec(
      p,
    )?.[1];
  const full = surname ? ctx.mentions?.fullName(surname, ctx.at ?? Infinity) : null;
  if (full) return { id: ctx.people.resolveName(full) };
  // "a senior Hamas commander", "a Houthi spokesman": an unnamed member, not the organisation.
  const name = nameIn(p);
  const mentions = ctx.people
    .mentions(p)
    .filter((m) => !/^[’']s\b/.test(p.slice(m.index + m.length)))
    .filter((m) => !(orgLike(m.personId, ctx) && MEMBER.test(p.slice(m.index + m.length))))
    // "General Bohdan Lysenko" is not Andriy Lysenko of the conflict file.
    .filter((m) => !name || !ctx.people.surnameOfOther(m, name));
  const role = roleBefore(p, mentions[0]?.index ?? -1);
  if (mentions[0]) {
    if (role) ctx.people.addRole(mentions[0].personId, role);
    return { id: mentions[0].personId, ...(role ? { role } : {}) };
  }
  const orgId = resolveOrganisationSpeaker(p, ctx);
  if (orgId) return { id: orgId };
  // "Sudan’s paramilitary Rapid Support Forces (RSF) on Sunday": a name that is an organisation's.
  const asOrg = name ? resolveOrganisationSpeaker(name, ctx) : null;
  if (asOrg) return { id: asOrg };
  if (name) {
    const r = roleBefore(p, p.indexOf(name)) ?? appositiveRole(p, name);
    return { id: ctx.people.resolveName(name, r ?? undefined), ...(r ? { role: r } : {}) };
  }
  if (/^(the|a|an)\s/i.test(p) || /^[\p{Lu}][\p{L}]+[’']s\s+[\p{Ll}]/u.test(p)) {
    const byRole = ctx.people.byRole(p, recent);
    if (byRole) return { id: byRole };
    // "the spokesman" / "the minister": the person last named, when it fits nothing else.
    if (
      /^the\s/i.test(p) &&
      /\b(spokes(man|woman|person)|minister|president|governor|official|commander|leader|chairman|mayor|secretary)\b/i.test(
        p,
      ) &&
      p.split(/\s+/).length <= 4
    ) {
      return lastSubject ? { id: lastSubject } : null;
    }
  }
  return null;
}

/** "Deputy Chairman of the Russian Security Council" in "Deputy Chairman … Dmitry Medvedev". */
function roleBefore(phrase: string, at: number): string | null {
  if (at <= 0) return null;
  const before = phrase
    .slice(0, at)
    .trim()
    .replace(/[’']s$/, '');
  if (/^[\p{Lu}]/u.test(before) && before.split(/\s+/).length <= 10 && !/[,.;]/.test(before))
    return before;
  return null;
}

function appositiveRole(phrase: string, name: string): string | null {
  const after = phrase.slice(phrase.indexOf(name) + name.length);
  const m = /^,\s*(?:the\s+|a\s+|an\s+)?([^,]{3,80})/.exec(after);
  return m?.[1]?.trim() ?? null;
}

/** Dates in the writer's words (outside quotes) of part of a sentence. */
function datesIn(text: string, ctx: Ctx): FuzzyDate | null {
  const found = findDates(maskQuotes(text), ctx.published);
  return found[0]?.date ?? null;
}

const trimQuote = (s: string) =>
  s
    .trim()
    .replace(/^[“"«‘]+|[”"»’]+$/g, '')
    .replace(/[\s,;:]+$/, '')
    .replace(/[.]+$/, '')
    .trim();

/** Adverbials a trailing attribution may end with: "said on Saturday", "told Reuters by telephone". */
const TRAIL_TAIL =
  /^(?:\s+(?:on|in|late|early|earlier|later|by|at|during|via|from|yesterday|today|tonight|this|last|after|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b[^,;]{0,60})?\s*[.]?\s*$/i;
const TRAIL_VERB =
  /\s(said|says|reported|added|claimed|announced|stated|wrote|noted|confirmed|told\s+[^,.;]{2,40}?)(?=\s|[.]|$)/gi;

/**
 * "<clause>, <speaker> said (on Saturday)." — the writer's clause first, the attribution after
 * a comma at the end: "Russian troops have captured the village …, the defence ministry said on
 * Saturday"; "…, Debretsion Gebremichael, leader of the TPLF, told Reuters". Gives the speaker
 * phrase (the name before an appositive when there is one) and the clause's length.
 */
export function trailingAttribution(
  masked: string,
): { speaker: string; clauseEnd: number; attribution: string } | null {
  let verbAt = -1;
  for (const m of masked.matchAll(TRAIL_VERB)) {
    if (TRAIL_TAIL.test(masked.slice(m.index + m[0].length))) {
      verbAt = m.index;
      break;
    }
  }
  if (verbAt < 0) return null;
  const before = masked.slice(0, verbAt).replace(/,\s*$/, '');
  const cuts = [...before.matchAll(/,\s+/g)].map((m) => ({ at: m.index, len: m[0].length }));
  if (!cuts.length) return null;
  const last = cuts[cuts.length - 1]!;
  const lastPart = before.slice(last.at + last.len);
  // "…, Debretsion Gebremichael, leader of the TPLF (TPLF), told Reuters": the name, then its appositive.
  const prev = cuts[cuts.length - 2];
  if (prev && /^(?:the\s+|a\s+|an\s+)?[\p{Ll}]/u.test(lastPart)) {
    const name = before.slice(prev.at + prev.len, last.at);
    if (nameIn(name) === name.trim())
      return { speaker: name, clauseEnd: prev.at, attribution: masked.slice(prev.at) };
  }
  if (lastPart.split(/\s+/).length > 12) return null;
  return { speaker: lastPart, clauseEnd: last.at, attribution: masked.slice(last.at) };
}

/** "JNIM has claimed responsibility for the attack on Boulikessi". */
const CLAIMED_RESPONSIBILITY =
  /^(.{1,160}?)\s+(?:has\s+|have\s+|had\s+)?claimed\s+responsibility\s+for\s+(.+?)[.]?$/i;

/**
 * Reads statements from the body sentences: attributed direct quotes (also split around the
 * attribution and continued in the next sentence), indirect speech ("X warned that …",
 * "X referred to this as …") as paraphrase, and "according to <medium>, …" as a report.
 * Scare quotes and titles in quotation marks are not statements. Pronouns and roles resolve to
 * the person last named as a subject.
 */
export function extractStatements(sentences: readonly Sentence[], given: Ctx): DraftStatement[] {
  const ctx: Ctx = {
    ...given,
    orgs:
      given.orgs ?? new OrganisationIndex(given.conflict, sentences.map((x) => x.text).join('\n')),
    mentions: given.mentions ?? new NameMentions(sentences),
  };
  const isOrg = (id: string) => isOrganisation(ctx.conflict, id) || ctx.people.isOrganisationId(id);
  const out: DraftStatement[] = [];
  let lastSubject: string | null = null;
  let lastReporter: string | null = null;
  const speakerDate = new Map<string, FuzzyDate>();
  type PrevQuote = {
    speaker: string;
    via?: string;
    paragraph: number;
    index: number;
    role?: string;
  };
  let previousQuote = null as PrevQuote | null;
  const paragraphShift = new Map<number, boolean>();
  /** People in order of their latest mention, for role phrases. */
  const recent: string[] = [];
  const touch = (id: string) => {
    const i = recent.indexOf(id);
    if (i >= 0) recent.splice(i, 1);
    recent.push(id);
  };
  for (const s of sentences) {
    if (PAST_SHIFT.test(maskQuotes(s.text))) paragraphShift.set(s.paragraph, true);
  }
  // A Q&A interview: the answers are the interviewee's words (one statement per answer).
  const interview = readInterview(sentences, ctx.published);
  let interviewee: string | null = null;
  let interviewDate: FuzzyDate | null = null;
  if (interview?.intro) {
    const intro = interview.intro.text;
    const head = intro.split(',')[0] ?? intro;
    const known = ctx.people.mentions(head)[0]?.personId;
    const name = known ? null : nameIn(head);
    interviewee =
      known ??
      (name ? ctx.people.resolveName(name, appositiveRole(intro, name) ?? undefined) : null);
    interviewDate = interview.date
      ? {
          ...interview.date,
          basis: 'context',
          note: `${interview.date.note ? interview.date.note + '; ' : ''}the day of the interview, from its introduction`,
        }
      : publicationDate(ctx.published);
  }

  const dateFor = (speaker: string, own: FuzzyDate | null, s: Sentence): FuzzyDate => {
    if (own) return own;
    if (paragraphShift.get(s.paragraph))
      return beforePublication(
        ctx.published,
        'the article places it earlier (“previously”, “earlier”) without a date',
      );
    const known = speakerDate.get(speaker);
    if (known)
      return {
        ...known,
        basis: known.basis === 'explicit' ? 'context' : known.basis,
        note: `${known.note ? known.note + '; ' : ''}carried from the account earlier in the article`,
      };
    return publicationDate(ctx.published);
  };

  for (const s of sentences) {
    if (interview && (interview.questions.has(s.paragraph) || interview.answers.has(s.paragraph))) {
      const first = sentences.find((x) => x.paragraph === s.paragraph);
      if (interviewee && interviewDate && first === s && interview.answers.has(s.paragraph)) {
        const all = sentences.filter((x) => x.paragraph === s.paragraph);
        const last = all[all.length - 1] ?? s;
        const label = interviewLabel(s.text);
        const text = all
          .map((x) => x.text)
          .join(' ')
          .slice(label.length)
          .trim()
          .replace(/[.]$/, '');
        out.push({
          speaker: interviewee,
          kind: 'quote',
          text,
          date: interviewDate,
          sentence: s,
          span: [s.start + label.length, last.end],
          confidence: 0,
          rule: 'answer in a question-and-answer interview',
        });
        lastSubject = interviewee;
        speakerDate.set(interviewee, interviewDate);
      }
      continue;
    }
    const masked = maskQuotes(s.text);
    ctx.at = s.start;
    for (const o of ctx.orgs?.mentionsIn(masked) ?? []) ctx.orgs?.touch(o);
    const quotes = quoteSpans(s.text).filter((q) => q.inner.trim().split(/\s+/).length >= 3);
    const mentions = ctx.people
      .mentions(masked)
      .filter((m) => !/^[’']s\b/.test(masked.slice(m.index + m.length)));
    const subject = mentions[0]?.personId ?? null;
    const ownDate = datesIn(s.text, ctx);
    let found = false;

    // 1. Direct quotes with an attribution in the same sentence.
    if (quotes.length) {
      const first = quotes[0];
      const last = quotes[quotes.length - 1];
      if (first && last) {
        const after = masked.slice(last.close + 1);
        const between =
          quotes.length > 1 ? masked.slice(first.close + 1, quotes[1]?.open ?? first.close) : '';
        const before = masked.slice(0, first.open);
        let who: { id: string; role?: string } | null = null;
        let attribution = '';
        for (const part of [after, between]) {
          if (who) break;
          const m = AFTER_QUOTE.exec(part);
          // "… “did not completely fall” to M23 rebels, the DRC said": writer's words between
          // the quote and the attribution make it a paraphrase with a quoted fragment.
          if (m && m[1] && part === after && /,/.test(m[1])) continue;
          if (m && m[1]) {
            who = resolveSpeaker(m[1], ctx, lastSubject, recent);
            attribution = part;
            continue;
          }
          const inv = AFTER_QUOTE_INVERTED.exec(part);
          if (inv && inv[1]) {
            who = resolveSpeaker(inv[1], ctx, lastSubject, recent);
            attribution = part;
          }
        }
        if (!who && before.trim()) {
          const b = BEFORE_QUOTE.exec(before);
          if (b && b[1]) {
            who = resolveSpeaker(b[1], ctx, lastSubject, recent);
            attribution = before;
          }
        }
        // A sentence that is only a quote: closed, or left open at the end of its paragraph
        // (a quote running on into the next paragraph, as news style has it).
        const t = s.text.trim();
        const pureQuote =
          /^[“"«]/.test(t) &&
          (/[”"»]$/.test(t) || quotes[0]?.close === s.text.length - 1) &&
          quotes.length === 1 &&
          masked.replace(/[“”"«»\s]/g, '').length <= 2;
        if (
          !who &&
          pureQuote &&
          previousQuote &&
          s.paragraph - previousQuote.paragraph <= 1 &&
          s.index - previousQuote.index <= 2
        ) {
          who = {
            id: previousQuote.speaker,
            ...(previousQuote.role ? { role: previousQuote.role } : {}),
          };
          attribution = '';
        }
        if (who) {
          const inherited: boolean = !attribution && previousQuote?.speaker === who.id;
          const viaMatch = /according to\s+([^,.;]+)/i.exec(attribution);
          const via: string | undefined =
            viaMatch?.[1]?.trim() ?? (inherited ? previousQuote?.via : undefined);
          const text = quotes.map((q) => trimQuote(q.inner)).join(' … ');
          const date = dateFor(who.id, datesIn(attribution, ctx), s);
          out.push({
            speaker: who.id,
            kind: 'quote',
            text,
            date,
            ...(via ? { via } : {}),
            ...(who.role ? { role: who.role } : {}),
            sentence: s,
            span: [s.start + first.open, s.start + last.close + 1],
            confidence: attribution ? 0.9 : 0.75,
            rule: attribution
              ? 'direct quote with attribution'
              : 'quote continuing the previous attributed quote',
          });
          previousQuote = {
            speaker: who.id,
            ...(via ? { via } : {}),
            paragraph: s.paragraph,
            index: s.index,
            ...(who.role ? { role: who.role } : {}),
          };
          if (!isOrg(who.id)) lastSubject = who.id;
          if (datesIn(attribution, ctx)) speakerDate.set(who.id, date);
          found = true;
        }
      }
    }

    // 2. "According to X, …": a report (media) or a paraphrase (person).
    if (!found) {
      const acc = ACCORDING.exec(s.text);
      if (acc && acc[1] && acc[2]) {
        const srcPhrase = acc[1];
        const clause = acc[2];
        let srcId: string | null = null;
        if (/^the\s+(report|article|story|paper|newspaper|outlet|broadcaster)\b/i.test(srcPhrase))
          srcId = lastReporter;
        else srcId = ctx.people.mentions(srcPhrase)[0]?.personId ?? null;
        if (srcId) {
          const org = isOrganisation(ctx.conflict, srcId);
          const clauseMentions = ctx.people.mentions(maskQuotes(clause));
          const actor =
            org &&
            clauseMentions[0]?.index === 0 &&
            !isOrganisation(ctx.conflict, clauseMentions[0].personId)
              ? clauseMentions[0].personId
              : null;
          const speaker = actor ?? srcId;
          const own = datesIn(clause, ctx);
          out.push({
            speaker,
            kind: org ? 'report' : 'paraphrase',
            text: clause.trim().replace(/[.]$/, ''),
            date: dateFor(speaker, own, s),
            ...(org ? { via: `${ctx.people.nameOf(srcId)} report` } : {}),
            sentence: s,
            span: [s.start, s.end],
            confidence: org ? 0.7 : 0.75,
            rule: org
              ? 'report attributed to a medium (“according to …”)'
              : 'paraphrase attributed with “according to”',
          });
          found = true;
        }
      }
    }

    // 2b. A trailing attribution: "<clause>, the army said on Saturday."
    if (!found) {
      const t = trailingAttribution(masked);
      const clause = t ? s.text.slice(0, t.clauseEnd).trim() : '';
      const whole = /^[“"«]/.test(clause) && /[”"»]$/.test(clause);
      if (t && !whole && clause.split(/\s+/).length >= 4) {
        const who = resolveSpeaker(t.speaker, ctx, lastSubject, recent);
        if (who) {
          const date = dateFor(who.id, datesIn(t.attribution, ctx), s);
          out.push({
            speaker: who.id,
            kind: isOrganisation(ctx.conflict, who.id) ? 'report' : 'paraphrase',
            text: clause.replace(/^[“"«]|[”"»]$/g, '').replace(/[,.]$/, ''),
            date,
            ...(who.role ? { role: who.role } : {}),
            sentence: s,
            span: [s.start, s.end],
            confidence: 0.7,
            rule: 'paraphrase with the attribution after it (“…, X said”)',
          });
          if (!isOrg(who.id)) lastSubject = who.id;
          if (datesIn(t.attribution, ctx)) speakerDate.set(who.id, date);
          found = true;
        }
      }
    }

    // 2c. "X (has) claimed responsibility for …".
    if (!found) {
      const c = CLAIMED_RESPONSIBILITY.exec(masked);
      const who = c?.[1]
        ? resolveSpeaker(stripLeadingAdverbial(c[1]), ctx, lastSubject, recent)
        : null;
      if (c && who) {
        out.push({
          speaker: who.id,
          kind: 'paraphrase',
          text: s.text.slice(c[1]!.length).trim().replace(/[.]$/, ''),
          date: dateFor(who.id, datesIn(masked, ctx), s),
          sentence: s,
          span: [s.start, s.end],
          confidence: 0.65,
          rule: 'a claim of responsibility (“X claimed responsibility for …”)',
        });
        found = true;
      }
    }

    // 3. Indirect speech: "X warned (last year) that …", "X referred to this as …".
    if (!found) {
      const ind = INDIRECT.exec(masked) ?? SAID_CLAUSE.exec(masked);
      const called = ind ? null : CALLED.exec(masked);
      const m = ind ?? called;
      if (m && m[1]) {
        const subjectPhrase = stripLeadingAdverbial(m[1]);
        // "Zelensky, speaking at a news conference, said …": the name opens the phrase.
        const opening = ctx.people
          .mentions(m[1])
          .find((mm) => mm.index === 0 && /^\s*,/.test(m[1]?.slice(mm.length) ?? ''));
        if (
          subjectPhrase.split(/\s+/).length <= 12 ||
          opening ||
          /,\s+(?:speaking|writing|addressing|appearing|interviewed|asked|visiting|quoted)\b/i.test(
            m[1],
          )
        ) {
          // "Defence analyst Petra Kühn, speaking at a conference, said …": the part before the aside.
          const firstPart =
            /^([^,]{3,80}),\s+(?:speaking|writing|addressing|appearing|interviewed|asked|visiting|quoted)\b/i.exec(
              m[1],
            )?.[1];
          const who: { id: string; role?: string } | null =
            resolveSpeaker(subjectPhrase, ctx, lastSubject, recent) ??
            (opening ? { id: opening.personId } : null) ??
            (firstPart ? resolveSpeaker(firstPart, ctx, lastSubject, recent) : null);
          if (
            who &&
            !(ind && isOrganisation(ctx.conflict, who.id) && !REPORTED.test(ind[2] ?? ''))
          ) {
            const org = isOrganisation(ctx.conflict, who.id);
            const text = ind
              ? s.text
                  .slice(s.text.length - (ind[4] ?? '').length)
                  .trim()
                  .replace(/[.]$/, '')
              : s.text.trim();
            const ownWords = ind
              ? masked.slice(0, masked.length - (ind[4] ?? '').length)
              : masked.slice(0, m[0].length);
            const date = dateFor(who.id, datesIn(ownWords, ctx), s);
            out.push({
              speaker: who.id,
              kind: org ? 'report' : 'paraphrase',
              text,
              date,
              ...(who.role ? { role: who.role } : {}),
              sentence: s,
              span: [s.start, s.end],
              confidence: 0.7,
              rule: ind
                ? `indirect speech (“${ind[2]} …”)`
                : 'indirect speech (“referred to … as”)',
            });
            lastSubject = org || isOrg(who.id) ? lastSubject : who.id;
            if (datesIn(ownWords, ctx)) speakerDate.set(who.id, date);
            found = true;
          }
        }
      }
    }

    // 3b. "The AA said it found …", "the RSF claimed its fighters remain …" (a clause opened by
    // a pronoun, with no "that"); "Dagalo vowed to keep fighting", "Syria's army admitted
    // losing control of the city" (a stance verb and what it commits to).
    if (!found) {
      const m = SAID_PRONOUN.exec(masked) ?? STANCE.exec(masked);
      const subjectPhrase = m?.[1] ? stripLeadingAdverbial(m[1]) : '';
      const who =
        m && subjectPhrase.split(/\s+/).length <= 12
          ? resolveSpeaker(subjectPhrase, ctx, lastSubject, recent)
          : null;
      if (m && who && !isOrganisation(ctx.conflict, who.id)) {
        const stance = m[0] !== SAID_PRONOUN.exec(masked)?.[0];
        const clauseAt = stance ? (m[1]?.length ?? 0) : masked.length - (m[4] ?? '').length;
        const text = s.text.slice(clauseAt).trim().replace(/[.]$/, '');
        const ownWords = masked.slice(0, clauseAt);
        const date = dateFor(who.id, datesIn(ownWords, ctx), s);
        out.push({
          speaker: who.id,
          kind: 'paraphrase',
          text,
          date,
          ...(who.role ? { role: who.role } : {}),
          sentence: s,
          span: [s.start, s.end],
          confidence: 0.6,
          rule: stance
            ? `a stated stance (“${m[2]} …”)`
            : `indirect speech (“${m[2]} it/its …”, no “that”)`,
        });
        if (!isOrg(who.id)) lastSubject = who.id;
        found = true;
      }
    }

    for (const st of out.filter((o) => o.sentence === s)) {
      touch(st.speaker);
      if (orgLike(st.speaker, ctx))
        ctx.orgs?.noteSpeaker(st.speaker, ctx.people.nameOf(st.speaker));
    }
    for (const mm of ctx.people.mentions(masked)) touch(mm.personId);
    // Track who reported and who is the subject, for "the report" and "he".
    const reporter = mentions.find(
      (mm) =>
        isOrganisation(ctx.conflict, mm.personId) &&
        REPORTED.test(masked.slice(mm.index + mm.length, mm.index + mm.length + 20)),
    );
    if (reporter) lastReporter = reporter.personId;
    if (!found && subject && !orgLike(subject, ctx)) {
      lastSubject = subject;
      if (ownDate && !paragraphShift.get(s.paragraph)) speakerDate.set(subject, ownDate);
    }
  }
  return dropLeadInParaphrases(out.filter((st) => /[\p{L}\p{N}]/u.test(st.text)));
}

/** "However, Putin said" → "Putin"; "In a meeting on Monday, he" → "he". */
function stripLeadingAdverbial(phrase: string): string {
  const parts = phrase.split(/,\s+/).filter(Boolean);
  // "Byamungu, who faces sanctions from the U.N. Security Council …,": the name before the relative clause.
  while (parts.length > 1 && /^(?:who|which|whose|whom)\b/i.test(parts[parts.length - 1] ?? ''))
    parts.pop();
  const lastPart = parts[parts.length - 1] ?? phrase;
  // An appositive ("Peskov, the Kremlin spokesman,") keeps the name before it.
  if (
    parts.length >= 2 &&
    /^(the|a|an)\s/i.test(lastPart) &&
    /[\p{Lu}]/u.test(parts[parts.length - 2] ?? '')
  ) {
    return `${parts[parts.length - 2]}, ${lastPart}`;
  }
  return lastPart.trim();
}

/**
 * A paraphrase that only introduces the same speaker's direct quote in the next sentence (the
 * writer's summary of it: "He stressed that talks must not bring a mere truce. “Its goal should
 * not be a short truce …,” Putin said.") is not a separate statement.
 */
function dropLeadInParaphrases(list: DraftStatement[]): DraftStatement[] {
  return list.filter((st) => {
    if (st.kind !== 'paraphrase' || st.rule.startsWith('indirect speech (“referred')) return true;
    const next = list.find(
      (o) =>
        o.kind === 'quote' &&
        o.sentence.index > st.sentence.index &&
        o.sentence.index <= st.sentence.index + 2,
    );
    if (!next || next.speaker !== st.speaker || next.sentence.paragraph > st.sentence.paragraph + 1)
      return true;
    const a = contentWords(st.text);
    const shared = [...contentWords(next.text)].filter((w) => a.has(w));
    return shared.length === 0;
  });
}
