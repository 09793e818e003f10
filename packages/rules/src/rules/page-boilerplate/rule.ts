import { defineRule, type Report } from '@mtlint/engine';
import type { MqmSeverity, Suggestion } from '@mtlint/engine';
import { isDeterminer, isFiniteVerb, isKnownWord, lookupTags, type Document, type Token, WordSet } from '@mtlint/text';

// Page furniture is recognised by the shape of a line (short, standing alone, no final punctuation) and
// by the small vocabulary web pages use for it; a sentence that only mentions a photo agency or a post
// is terminated, longer, or has words outside that vocabulary, and is left alone.

// Photo and news agencies that appear in credit lines. Words that only complete a name ("images",
// "press", "media") count as furniture but are not enough on their own.
const AGENCIES = new WordSet([
  'getty', 'afp', 'reuters', 'ap', 'epa', 'efe', 'epa-efe', 'pa', 'xinhua', 'ansa', 'dpa', 'anadolu', 'shutterstock',
  'alamy', 'istock', 'istockphoto', 'corbis', 'tass', 'kyodo', 'yonhap', 'aap', 'spl', 'imago', 'zuma', 'nurphoto',
  'wireimage', 'bloomberg', 'sipa', 'belga', 'ritzau', 'tt', 'ntb', 'apa', 'keystone', 'unsplash', 'pexels',
]);
const CREDIT_WORDS = new WordSet([
  'images', 'image', 'photo', 'photos', 'photograph', 'picture', 'pictures', 'press', 'associated', 'media', 'wire',
  'association', 'agency', 'news', 'via', 'pool', 'file', 'handout', 'and', 'photography', 'library', 'science',
  'creative', 'commons', 'copyright', 'credit', 'contributor', 'stringer', 'staff', 'bbc', 'the', 'of', 'alliance',
  'universal', 'group', 'sopa', 'lightrocket', 'archive', 'collection', 'courtesy',
]);
// Words of an embedded post: the platform or the kind of post.
const POST_WORDS = new WordSet([
  'post', 'posts', 'tweet', 'tweets', 'twitter', 'instagram', 'facebook', 'youtube', 'tiktok', 'telegram', 'video',
  'videos', 'content', 'weibo', 'wechat', 'linkedin', 'reel', 'thread', 'x', 'publication', 'publications', 'contribution',
]);
// How an embedded post's marker opens ("Skip …", "End of …" and MT's renderings of them).
const POST_OPENERS = new WordSet(['skip', 'end', 'ends', 'beginning', 'start', 'view', 'allow', 'jump', 'conclusion', 'finish', 'close']);
// Words of outlets, for "- Some News Network" suffixes and "Outlet reporter Name" bylines.
const OUTLET_WORDS = new WordSet([
  'news', 'network', 'service', 'agency', 'daily', 'times', 'post', 'online', 'net', 'press', 'herald', 'tribune',
  'gazette', 'journal', 'observer', 'telegraph', 'weekly', 'tv', 'radio', 'channel', 'broadcasting', 'wire', 'media',
]);
const BYLINE_ROLES = new WordSet(['reporter', 'reporters', 'correspondent', 'correspondents', 'editor', 'editors', 'journalist', 'writer']);
const ROLE_ADJECTIVES = new WordSet(['special', 'staff', 'our', 'own', 'senior', 'chief', 'deputy', 'photo', 'freelance']);
// A bracketed byline inside a line: "(Reporter Ma Lin)", "(Xinhua Correspondents Anna Berg and Li Wei)" — the
// dateline of Chinese agency copy (记者 …) translated along. Letters and separators alternate, so it is linear.
const BRACKETED_BYLINE = /[(（](?:\p{Lu}[\p{L}.]*\s){0,4}(?:[Rr]eporters?|[Cc]orrespondents?|[Jj]ournalists?)\s(\p{Lu}\p{L}*)(?:[ ,、]+(?:and\s)?\p{Lu}\p{L}*){0,7}[)）]/u;
// Words that make the bracket a name of its own rather than a byline: "(Reporters Without Borders)".
const FUNCTION_TAGS = new WordSet(['IN', 'DT', 'CC', 'TO']);
const FINITE = new WordSet(['VBD', 'VBZ', 'VBP', 'MD']);
const TERMINAL_MARKS = '.!?;,';
const CLOSING_MARKS = `"”’')]`;

/**
 * The text ends in punctuation, perhaps inside closing quotes or brackets ("… said.", "(… 2020).”"). Read from the
 * end: lines are whole paragraphs, and a pattern anchored only at the end would try every position of one.
 */
function isTerminated(text: string): boolean {
  let k = text.length - 1;
  while (k >= 0 && CLOSING_MARKS.includes(text[k]!)) k--;
  return k >= 0 && TERMINAL_MARKS.includes(text[k]!);
}

// Words, numbers, handles, hashtags, links: every kind of token but punctuation and symbols. Compared directly,
// not looked up in a set: this runs for every token of the text.
const isWordKind = (t: Token) => t.kind !== 'punct' && t.kind !== 'symbol';

interface Line {
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  words: Token[];
  /** Whether the line has an opening bracket, once asked (`hasOpeningBracket`): two checks ask, each a scan of the line. */
  bracket: boolean | undefined;
}

interface Hit {
  start: number;
  end: number;
  kind: 'credit' | 'post' | 'prompt' | 'byline' | 'end' | 'notice' | 'page';
  whole: boolean;
  /** An English wire-service byline ("By Anna Berg", "(Reporting by …)"): edited English news prints these too. */
  englishStyle?: boolean;
}

const cap = (t: Token) => /^[\p{Lu}\p{N}]/u.test(t.text);
const isFinite = (t: Token) => t.kind === 'word' && /^\p{Ll}/u.test(t.text) && FINITE.has(t.tags[0] ?? '');

/**
 * The text's lines that have content, with their tokens, one at a time: each is looked at once and then
 * let go, so that a long text's lines never all stand in memory together (the garbage collector took
 * half of this rule's time when they did).
 */
class LineReader {
  // A cursor over the tokens of all sentences, in order: token `ti` of sentence `si`, whose tokens are `current`.
  private si = 0;
  private ti = 0;
  private current: readonly Token[];
  /** Where the next line starts. */
  private ls = 0;
  // A line's tokens and words are gathered here and copied out at their length: pushed into arrays of the line's
  // own, a paragraph's grew them by copying again and again (9.7 MB allocated a lint of the 1 MB bench text).
  private readonly tokenBuffer: Token[] = [];
  private readonly wordBuffer: Token[] = [];

  constructor(private readonly doc: Document) {
    this.current = doc.sentences[0]?.tokens ?? [];
  }

  next(): Line | undefined {
    const { text, sentences } = this.doc;
    while (this.ls <= text.length) {
      let le = text.indexOf('\n', this.ls);
      if (le < 0) le = text.length;
      let cs = this.ls;
      let ce = le;
      this.ls = le + 1;
      while (cs < ce && /\s/u.test(text[cs]!)) cs++;
      while (ce > cs && /\s/u.test(text[ce - 1]!)) ce--;
      const { tokenBuffer, wordBuffer } = this;
      let tokenCount = 0;
      let wordCount = 0;
      // Tokens before the line's content are passed over, those inside it taken, the first one after it left.
      while (this.si < sentences.length) {
        const t = this.current[this.ti];
        if (t === undefined) {
          this.current = sentences[++this.si]?.tokens ?? [];
          this.ti = 0;
        } else if (t.start < cs) this.ti++;
        else if (t.end <= ce) {
          tokenBuffer[tokenCount++] = t;
          if (isWordKind(t)) wordBuffer[wordCount++] = t;
          this.ti++;
        } else break;
      }
      if (ce > cs) {
        const tokens = tokenBuffer.slice(0, tokenCount);
        const words = wordBuffer.slice(0, wordCount);
        return { start: cs, end: ce, text: text.slice(cs, ce), tokens, words, bracket: undefined };
      }
    }
    return undefined;
  }
}

// A photo credit: "Getty Images", "AFP via Getty Images", "John Smith/Reuters", "Photo: AFP",
// "Image copyright Reuters", "Image caption …", "Copyright 2024 AP", "Picture from the X News Agency".
function credit(line: Line): boolean {
  const w = line.words;
  const a = w[0]?.lower;
  const b = w[1]?.lower;
  const first = line.tokens[0]!;
  const second = line.tokens[1];
  const third = line.tokens[2];
  const labelled = third?.text === ',' || third?.text === ':';
  // After a label, a credit: up to eight capitalised or credit words ("Getty Images", "AFP via Getty Images").
  const creditFollows = () => w.length > 2 && w.length <= 10 && w.slice(2).every((t) => cap(t) || CREDIT_WORDS.has(t.lower) || t.kind === 'number' || t.lower === 'by');
  if (a === 'image' || a === 'photo' || a === 'picture' || a === 'media' || a === 'video') {
    // "Image caption, …" / "Image caption The crowd …" (the caption's text follows, often without a full stop).
    if (b === 'caption') return w.length <= 40 && (labelled || !isTerminated(line.text));
    // "Image source, Getty Images", "Image copyright Reuters", "Photo author, AFP" (Russian "Автор фото").
    if (b === 'copyright' || b === 'source' || b === 'credit' || b === 'credits' || b === 'author' || b === 'authors') {
      // The caption after the credit, on the same line when the page's markup was flattened: "Image copyright
      // Reuters Image caption The crowd …".
      if (w.length <= 60 && w.some((t, i) => i > 2 && t.lower === 'caption' && /^(?:image|picture|photo|media|video)$/u.test(w[i - 1]!.lower))) return true;
      return !isTerminated(line.text) && creditFollows();
    }
  }
  // "Source of the image, Reuters": a word-for-word "Источник изображения".
  const pictured = w[2]?.lower === 'the' ? w[3]?.lower : w[2]?.lower;
  if (a === 'source' && b === 'of' && pictured !== undefined && /^(?:image|photo|picture|illustration)s?$/u.test(pictured)) {
    const comma = line.tokens.findIndex((t) => t.text === ',' || t.text === ':');
    return comma > 0 && comma <= 5 && !isTerminated(line.text);
  }
  // "Data map: …", "File photo: …": Chinese 资料图 (file picture) and 示意图 (schematic) captions.
  if (third?.text === ':' && ((a === 'data' && (b === 'map' || b === 'photo' || b === 'picture')) || (a === 'file' && (b === 'photo' || b === 'picture')) ||
      (a === 'schematic' && b === 'diagram'))) return w.length <= 40;
  if (w.length > 10 || w.length === 0 || isTerminated(line.text)) return false;
  // "Photo: …", "Credit: …", "Source: …"
  if (second?.text === ':' && /^(?:photos?|photograph|pictures?|images?|foto|credits?|source)$/u.test(first.lower)) {
    return w.slice(1).every((t) => cap(t) || CREDIT_WORDS.has(t.lower) || t.kind === 'number');
  }
  // "Copyright 2024 Reuters", "© AFP"
  if (first.text === '©' || first.lower === 'copyright') {
    const owner = w.slice(first.text === '©' ? 0 : 1);
    return owner.length > 0 && owner.length <= 8 && owner.every((t) => cap(t) || CREDIT_WORDS.has(t.lower) || t.lower === 'by') &&
      owner.some((t) => t.kind === 'number' || AGENCIES.has(t.lower) || t.lower === 'by');
  }
  // "Picture from the … News Agency", "Photo by …", "Photos courtesy of …"
  if (/^(?:photos?|photograph|pictures?|images?|video|footage)$/u.test(a ?? '') &&
      (b === 'from' || b === 'by' || b === 'courtesy' || b === 'provided')) {
    const rest = w.slice(2).filter((t) => !['the', 'of', 'by', 'and'].includes(t.lower));
    return rest.length > 0 && rest.every(cap);
  }
  // Agencies alone, or a photographer's name beside one: split at "/", "|", "via" and commas. Most lines
  // name no agency and are not split.
  if (!line.tokens.some((t) => AGENCIES.has(t.lower))) return false;
  let hasAgency = false;
  let hasSlash = false;
  const segments: Token[][] = [[]];
  for (const t of line.tokens) {
    if (t.text === '/' || t.text === '|' || t.text === ',' || t.lower === 'via' || t.text === '-' || t.text === '–') {
      if (t.text !== ',') hasSlash = true;
      segments.push([]);
    } else if (t.text === '©' || t.text === '(' || t.text === ')') continue;
    else segments[segments.length - 1]!.push(t);
  }
  for (const seg of segments) {
    if (seg.length === 0) continue;
    const furniture = seg.every((t) => t.kind === 'number' || AGENCIES.has(t.lower) || CREDIT_WORDS.has(t.lower));
    if (furniture) {
      if (seg.some((t) => AGENCIES.has(t.lower))) hasAgency = true;
      continue;
    }
    // A photographer's name: up to three capitalised words, only beside a separator.
    if (!(hasSlash && seg.length <= 3 && seg.every((t) => t.kind === 'word' && cap(t)))) return false;
  }
  return hasAgency && w.every((t) => t.kind !== 'word' || cap(t) || CREDIT_WORDS.has(t.lower) || AGENCIES.has(t.lower));
}

// An embedded post's marker: "Skip Twitter post by @x", "End of YouTube post, 1", "At the end of the
// Twitter post by @x", "View this post on Instagram", "A post shared by Name (@x)".
function embeddedPost(line: Line): boolean {
  const w = line.words;
  if (w.length === 0 || w.length > 14) return false;
  // A platform or post word, also inside a compound ("Twitter-contribution", German "Twitter-Beitrag").
  if (!w.some((t) => (POST_WORDS.has(t.lower) && (t.lower !== 'x' || t.text === 'X')) || (t.lower.includes('-') && t.lower.split('-').some((p) => POST_WORDS.has(p) && p !== 'x')))) return false;
  if (/^allow \S+ content\?$/iu.test(line.text)) return true;
  if (isTerminated(line.text)) return false;
  const opener = w.slice(0, 4).some((t) => POST_OPENERS.has(t.lower));
  if (opener && w.length <= 10) return true;
  // The handle closes the marker: only numbers or platform words may follow it ("… by @x", "(@x)", "@x, 1").
  const mention = w.findIndex((t) => t.kind === 'mention');
  if (mention >= 0 && w.slice(mention + 1).every((t) => t.kind === 'number' || t.kind === 'mention' || POST_WORDS.has(t.lower) || t.lower === 'on')) return true;
  // "… post by Some Name" closing the line, with no finite verb that would make it a headline.
  const by = w.findIndex((t) => t.lower === 'by');
  return opener && by > 0 && by < w.length - 1 && w.slice(by + 1).every(cap) && !w.slice(1).some(isFinite);
}

// The first words of the prompts below: most lines start with another and are passed at once.
const PROMPT_OPENERS = new WordSet([
  'share', 'follow', 'read', 'see', 'also', 'related', 'more', 'subscribe', 'sign', 'advertisement', 'advertising', 'click',
  'join', 'download', 'like', 'get', 'stay', 'support', 'find', 'add', 'watch', 'listen', 'print', 'anzeige',
  'werbung', 'sponsored', 'copy', 'enlarge', 'open', 'back', 'show', 'load', 'link', 'did', 'liked', 'like', 'our',
]);
// The channels a subscribe or follow prompt names: "Subscribe to our Viber channel", "Find us on Instagram".
// Words that are also verbs or common nouns of speeches ("Join us to feed the hungry", "turn the page", "protect
// Social Security") are left out; "social" counts only before "media" or "networks".
const CHANNEL_WORDS = new WordSet([
  'channel', 'channels', 'newsletter', 'newsletters', 'telegram', 'whatsapp', 'viber', 'app', 'podcast', 'youtube', 'facebook',
  'twitter', 'instagram', 'vk', 'vkontakte', 'tiktok', 'dzen', 'notifications', 'alerts', 'bot', 'mailing', 'rss',
]);
const namesChannel = (w: readonly string[]) =>
  w.some((x, i) => CHANNEL_WORDS.has(x) || (x === 'social' && (w[i + 1] === 'media' || w[i + 1] === 'networks')));
// A page's buttons, each alone on its line.
const BUTTON_LINES = new WordSet([
  'share', 'print', 'advertisement', 'advertising', 'anzeige', 'werbung', 'sponsored', 'copy link', 'link copied', 'share this',
  'share article', 'enlarge image', 'click to enlarge', 'open gallery', 'listen to this article', 'listen to the article',
  'back to top', 'show comments', 'load more', 'print article', 'print this article',
]);

const SHARE_WITH_FRIENDS = /\b(?:share (?:it|this|(?:this|the) (?:article|news|story|material|post|publication)) with (?:your )?friends|(?:like|liked|enjoy|enjoyed) (?:the|this|our) (?:article|material|story)\?)/iu;

// Share and follow prompts, read-more links, related-topic headers, ad markers.
function prompt(line: Line): boolean {
  if (line.words.length === 0 || line.words.length > 30 || !PROMPT_OPENERS.has(line.words[0]!.lower)) return false;
  const w = line.words.map((t) => t.lower);
  const [a, b, c] = w;
  // "Our Telegram channel: all the news first": the site's channel as a label.
  if (a === 'our') {
    const colon = line.tokens.findIndex((t) => t.text === ':');
    return colon > 1 && colon <= 4 && w.slice(1, colon).some((x) => x === 'channel' || x === 'channels');
  }
  // "Subscribe to our Viber channel for the latest updates", "Join us on Instagram!": an imperative to the
  // reader that names the site ("our", "us") and a channel. A report never speaks so.
  if (!(a === 'read' || a === 'see' || a === 'more' || a === 'related' || a === 'also') && namesChannel(w) &&
      (a === 'subscribe' || w.includes('our') || w.includes('us'))) return !REPORTING.test(line.text);
  // "Did you like the article? Share it with friends!"
  if (SHARE_WITH_FRIENDS.test(line.text) && line.words.length <= 20) return true;
  if (line.words.length > 10 || /[.!?]["”’')\]]*$/u.test(line.text)) return false;
  if (BUTTON_LINES.has(w.join(' '))) return true;
  if (a === 'share' && (b === 'this' || b === 'on' || b === 'via' || (b === 'the' && (c === 'article' || c === 'story' || c === 'page')))) return true;
  if (a === 'follow' && (b === 'us' || line.tokens[1]?.kind === 'mention' || (w.includes('on') && w.some((x) => POST_WORDS.has(x))))) return true;
  if ((a === 'read' || a === 'see') && (b === 'more' || b === 'also') && (w.length <= 3 || line.tokens[2]?.text === ':')) return true;
  if (a === 'also' && (b === 'read' || b === 'see') && (w.length <= 2 || line.tokens[2]?.text === ':')) return true;
  if (a === 'related' && w.length <= 3 && ['topics', 'articles', 'stories', 'content', 'links', 'coverage', 'internet', 'news'].includes(b ?? '')) return true;
  if (a === 'more' && b === 'on' && c === 'this' && w.length <= 4) return true;
  if ((a === 'subscribe' || (a === 'sign' && b === 'up')) && w.some((x) => x === 'newsletter' || x === 'channel' || x === 'alerts')) return true;
  if (a === 'click' && b === 'here') return true;
  return false;
}

// Bylines: "By Name Name", "Reporting by …; Editing by …", "Outlet reporter Name", "- Outlet Name".
function byline(line: Line): boolean {
  const w = line.words;
  if (w.length === 0 || isTerminated(line.text)) return false;
  // "Responsible editor: Li Xufeng": tag words, a colon, then only capitalised names.
  const colon = line.tokens.findIndex((t) => t.text === ':' || t.text === '：');
  if (colon > 0 && colon <= 4) {
    const label = line.tokens.slice(0, colon);
    const names = line.tokens.slice(colon + 1);
    if (label.every((t) => EDITOR_TAG_WORDS.has(t.lower)) && label.some((t) => t.lower === 'editor' || t.lower === 'editors') &&
        names.length > 0 && names.length <= 8 && names.every((t) => (t.kind === 'word' && cap(t)) || t.text === ',' || t.text === '、')) return true;
  }
  if (w.length > 8) return false;
  // A role word or an opening dash first: most short lines have neither, and are not read further.
  const role = w.some((t) => BYLINE_ROLES.has(t.lower));
  const outlet = /^[-–—]/u.test(line.text) && w.length <= 5 && w.some((t) => OUTLET_WORDS.has(t.lower));
  if (!role && !outlet) return false;
  const titled = w.every((t) => t.kind !== 'word' || cap(t)) && !w.some((t) => t.kind === 'word' && FINITE.has(t.tags[0] ?? ''));
  if (titled && role && !w.some((t) => /^VB/u.test(lookupLower(t)))) return true;
  return titled && outlet;
}

// The bylines of English news itself: "By Anna Berg", "Reporting by Anna Berg; Editing by Tom Hale".
function englishByline(line: Line): boolean {
  const w = line.words;
  if (w.length === 0 || isTerminated(line.text)) return false;
  if (/^\(?(?:additional )?(?:reporting|writing|editing|compiled|edited|written|translated) by /iu.test(line.text)) return w.length <= 30;
  return w[0]!.lower === 'by' && w.length >= 3 && w.length <= 8 && isPersonName(w[1]!) && isPersonName(w[2]!) && !w.slice(1).some(isFinite);
}

// A word of a person's name: capitalised, a proper noun first and never an adjective ("Royal" is not).
function isPersonName(t: Token): boolean {
  return t.kind === 'word' && cap(t) && (t.tags[0] === 'NNP' || t.tags[0] === 'NNPS') && !t.tags.includes('JJ');
}

function lookupLower(t: Token): string {
  // Tags of the word as a common word, so a title-cased verb ("Freed") still reads as a verb.
  return /^\p{Lu}\p{Ll}/u.test(t.text) && t.tags[0] === 'NNP' ? '' : (t.tags[0] ?? '');
}

// Pieces glued to a line of prose: "(Reporting by …)", "[Editor: …]", a date stamp with "[Source: …]", and
// an outlet name after a dash at the end of a headline ("… - Some News Network").
const DASHES = new WordSet(['-', '–', '—', '|']);
const OPENING_BRACKET = /[\[(【（]/u;
const hasOpeningBracket = (line: Line): boolean => (line.bracket ??= OPENING_BRACKET.test(line.text));

function glued(line: Line): Hit | undefined {
  const text = line.text;
  // The trailer ends the line: most lines, which do not end in ")", are spared a scan of the whole paragraph.
  const trailer = text.endsWith(')') ? /\((?:additional )?(?:reporting|writing|editing|compiled|edited|written) by [^()]{1,160}\)$/iu.exec(text) : null;
  if (trailer) return { start: line.start + trailer.index, end: line.end, kind: 'byline', whole: trailer.index === 0, englishStyle: true };
  // The tags and the bracketed byline open with a bracket; most lines have none and are spared both searches.
  const hasBracket = hasOpeningBracket(line);
  const tag = hasBracket ? /[\[(【（](?:source|editor|responsible editor|editor in charge|executive editor|duty editor)\s?[:：]/iu.exec(text) : null;
  if (tag) {
    const prose = isTerminated(text.slice(0, tag.index).trim()) && line.words.length > 25;
    return prose
      ? { start: line.start + tag.index, end: line.end, kind: 'byline', whole: false }
      : { start: line.start, end: line.end, kind: 'byline', whole: true };
  }
  const bracketed = hasBracket ? BRACKETED_BYLINE.exec(text) : null;
  if (bracketed && !FUNCTION_TAGS.has(lookupTags(bracketed[1]!.toLowerCase())[0] ?? '')) {
    const whole = bracketed[0].length === text.length;
    return { start: line.start + bracketed.index, end: line.start + bracketed.index + bracketed[0].length, kind: 'byline', whole };
  }
  const leading = leadingByline(line);
  if (leading) return leading;
  // "Headline words - Outlet Name": the suffix after a spaced dash, all capitalised, with an outlet word or a domain.
  const w = line.words;
  for (let i = line.tokens.length - 2; i > 0 && i >= line.tokens.length - 7; i--) {
    const dash = line.tokens[i]!;
    if (!DASHES.has(dash.text) || text[dash.start - line.start - 1] !== ' ') continue;
    const tail = line.tokens.slice(i + 1).filter((t) => t.text !== '.');
    const outlet = tail.length > 0 && tail.length <= 4 && tail.every((t) => (t.kind === 'word' && cap(t)) || t.kind === 'url') &&
      tail.some((t) => OUTLET_WORDS.has(t.lower) || t.kind === 'url' || /\.(?:com|net|org|cn|co)$/iu.test(t.text));
    if (!outlet || w.length > 30) return undefined;
    const last = line.tokens[line.tokens.length - 1]!;
    const end = last.text === '.' ? last.start : line.end;
    let start = dash.start;
    while (start > line.start && text[start - line.start - 1] === ' ') start--;
    return { start, end, kind: 'byline', whole: false };
  }
  return undefined;
}

// A byline glued before the headline: "Some News Network Reporter Chen Shan Fund channels are complicated". The
// outlet (capitalised, with an outlet word), the capitalised role, then a name of two words (a third only when the
// lexicon does not know it), then the headline, capitalised: "Times Reporter Jane Doe won the prize" is a sentence.
function leadingByline(line: Line): Hit | undefined {
  const w = line.words;
  let role = 1;
  while (role <= 5 && role < w.length && !BYLINE_ROLES.has(w[role]!.lower)) role++;
  if (role > 5 || role >= w.length || !cap(w[role]!) || !w.slice(0, role).every((t) => t.kind === 'word' && cap(t))) return undefined;
  if (!w.slice(0, role).some((t) => OUTLET_WORDS.has(t.lower) || AGENCIES.has(t.lower))) return undefined;
  const [first, second, third] = w.slice(role + 1, role + 4);
  if (!first || !second || !isNameWord(first) || !isNameWord(second)) return undefined;
  const last = third && isNameWord(third) && !isKnownWord(third.lower) ? third : second;
  // The headline after the name starts with a capital; a lower-case word there ("won", "said") makes it a sentence.
  const after = w[w.indexOf(last) + 1];
  if (!after || !cap(after)) return undefined;
  return { start: line.start, end: last.end, kind: 'byline', whole: false };
}

const isNameWord = (t: Token) => t.kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(t.text);

// Labelled furniture: a label and a colon ("Photo:", "Source:", "Read also:", "Text:") opening a line, or glued
// after the last sentence of a paragraph when the extraction lost the line break. What may follow depends on the
// label: a credit or caption, a source, a teaser headline, an author's name.
type LabelKind = 'credit' | 'caption' | 'source' | 'teaser' | 'author' | 'stamp';

// The pictures and media a credit names; each also takes a credit word after it ("Photo credit", "Image source").
const PICTURE_LABELS = [
  'photo', 'photos', 'foto', 'fotos', 'image', 'images', 'picture', 'pictures', 'photograph', 'photographs', 'illustration',
  'illustrations', 'video', 'videos', 'graphic', 'graphics', 'infographic', 'screenshot', 'collage', 'footage', 'photo/video',
  'photo and video', 'photos and video', 'cover photo', 'cover image', 'title image', 'title photo', 'title picture',
  'main photo', 'main image', 'header image', 'lead image', 'top image', 'preview image', 'teaser image',
];
// Teaser headers: German "Lesen Sie auch", Russian "Читайте также", "По теме", "Смотрите также" in MT's wordings.
const TEASER_LABELS = [
  'read also', 'also read', 'read too', 'read more', 'read', 'see also', 'also see', 'see more', 'more', 'more news',
  'related', 'related articles', 'related news', 'related stories', 'related topics', 'related content', 'related links',
  'related coverage', 'more on this topic', 'more on the topic', 'more on this subject', 'more on the subject',
  'more on this', 'more about this', 'more about the topic', 'on the topic', 'on this topic', 'on the same topic',
  'also on the topic', 'also on this topic', 'to the topic', 'recommended', 'recommended reading', 'recommended for you',
  'watch', 'watch also', 'also watch', 'watch the video', 'watch video', 'listen', 'listen also', 'also listen',
  'you may also like', 'you might also like', 'you may also be interested in', 'you might also be interested in',
  'you may be interested in', 'you might be interested in', 'also interesting', 'also of interest', "don't miss",
  'do not miss', 'latest news', 'top news', 'further reading', 'read on', 'read the full story', 'full story',
  'photo gallery', 'gallery', 'photo report', 'photo story', 'slideshow',
];
// Stamps and tag lists of the page: "Updated: 03.03.2025, 14:35", "Reading time: 3 min", "Tags: …".
const STAMP_LABELS = [
  'updated', 'last updated', 'published', 'posted', 'date of publication', 'publication date', 'reading time',
  'read time', 'time to read', 'listening time', 'tags', 'topics', 'keywords', 'tags and topics',
];
// Author tags: Russian "Текст:", "Автор:", German "Von:", and the English forms.
const AUTHOR_LABELS = [
  'author', 'authors', 'text', 'texts', 'text and photo', 'text and photos', 'words', 'by', 'reporter', 'reporting',
  'correspondent', 'written by', 'prepared by', 'compiled by', 'edited by', 'editor', 'editors', 'editing', 'translation',
  'translated by', 'author of the material', 'material prepared by', 'author of the article', 'the author of the article',
  'author of the text', 'author of the publication', 'article author',
];
const LABELS: ReadonlyMap<string, LabelKind> = (() => {
  const m = new Map<string, LabelKind>();
  for (const p of PICTURE_LABELS) {
    m.set(p, 'credit');
    for (const s of ['credit', 'credits', 'source', 'copyright', 'author', 'authors', 'by']) m.set(`${p} ${s}`, 'credit');
    m.set(`${p} caption`, 'caption');
  }
  for (const l of ['credit', 'credits', 'copyright', 'courtesy']) m.set(l, 'credit');
  m.set('caption', 'caption');
  for (const l of ['source', 'sources', 'source of information', 'sources of information', 'information source', 'data source']) m.set(l, 'source');
  for (const l of TEASER_LABELS) m.set(l, 'teaser');
  for (const l of STAMP_LABELS) m.set(l, 'stamp');
  for (const l of AUTHOR_LABELS) m.set(l, 'author');
  return m;
})();
// The first words of the labels: a line or tail that starts with another word is passed without a search.
const LABEL_OPENERS = new WordSet([...LABELS.keys()].map((l) => l.split(/[ /]/u)[0]!));
// Teaser headers that also go without a colon, when a capitalised headline follows: "Read also Storm floods the harbour …".
const BARE_TEASERS = new WordSet(['read also', 'also read', 'see also', 'read more', 'also on the topic', 'more on the topic', 'more on this topic', 'on the topic']);
// How many words may follow each label: a credit, a caption (a sentence or two), a source, a headline, a name.
const MAX_AFTER: Record<LabelKind, number> = { credit: 25, caption: 60, source: 20, teaser: 30, author: 8, stamp: 20 };
const LABEL_KIND: Record<LabelKind, Hit['kind']> = { credit: 'credit', caption: 'credit', source: 'byline', teaser: 'prompt', author: 'byline', stamp: 'page' };
// A site's teaser header naming itself: "Also on DW:", "More from Meduza:", "More on Example News:".
// The site's name is capitalised: "Also on the agenda: …" is a sentence.
const SITE_TEASER = /^(?:[Aa]lso on|[Aa]lso from|[Mm]ore from|[Mm]ore on|[Rr]ead more on|[Mm]ore at) \p{Lu}\S*(?: \p{Lu}\S*){0,2}$/u;
// A label: up to 40 letters (with spaces, "/", "&", apostrophes) before a colon, perhaps after a bullet or arrow.
const LABEL = /^[»›▶►→•*>]?\s*(\p{L}[\p{L}'’ /&]{0,40}?)\s*[:：]/u;

/** The kind of the label that opens `text` and where the text after its colon starts, or undefined. */
function labelAt(text: string): { kind: LabelKind; after: number } | undefined {
  const m = LABEL.exec(text);
  if (!m) return undefined;
  const label = m[1]!.toLowerCase().replace(/\s*\/\s*/gu, '/').replace(/\s+/gu, ' ').replace(/’/gu, "'");
  const kind = LABELS.get(label) ?? (SITE_TEASER.test(m[1]!) ? 'teaser' : undefined);
  return kind ? { kind, after: m[0].length } : undefined;
}

/**
 * A label opening the line or `from` (a token index), with what follows it up to the line's end fitting the label:
 * few enough words, and for an author tag only capitalised names ("Text: Anna Berg, Tom Hale").
 */
function labelled(line: Line, from: number, glued: boolean): LabelKind | undefined {
  // The label's first word, after a bullet or arrow if one opens the line.
  const opener = line.tokens[from]!.kind === 'word' ? line.tokens[from] : line.tokens[from + 1];
  if (!opener || !LABEL_OPENERS.has(opener.lower)) return undefined;
  const offset = line.tokens[from]!.start - line.start;
  const rest = offset === 0 ? line.text : line.text.slice(offset);
  let label = labelAt(rest);
  if (!label && !glued) label = bareTeaser(line, from);
  if (!label) return undefined;
  const restStart = line.start + offset + label.after;
  // The words after the label, counted from the end of the line and no further than the label allows.
  const after: Token[] = [];
  for (let k = line.words.length - 1; k >= 0 && line.words[k]!.start >= restStart; k--) {
    if (after.length === MAX_AFTER[label.kind]) return undefined;
    after.push(line.words[k]!);
  }
  if (label.kind === 'author') {
    // A role may follow the name: "Text: Anna Berg, special correspondent".
    if (after.length === 0 || !after.every((t) => cap(t) || t.lower === 'and' || BYLINE_ROLES.has(t.lower) || ROLE_ADJECTIVES.has(t.lower))) return undefined;
  } else if ((label.kind === 'source' || glued) && after.length === 0) return undefined;
  return label.kind;
}

function bareTeaser(line: Line, from: number): { kind: LabelKind; after: number } | undefined {
  const w = line.tokens.slice(from, from + 5);
  let phrase = '';
  for (let i = 0; i < w.length - 1; i++) {
    if (w[i]!.kind !== 'word') return undefined;
    phrase = phrase ? `${phrase} ${w[i]!.lower}` : w[i]!.lower;
    const next = w[i + 1]!;
    if (BARE_TEASERS.has(phrase) && (cap(next) || /^["“«]$/u.test(next.text))) return { kind: 'teaser', after: next.start - w[0]!.start };
  }
  return undefined;
}

// Marks that end a sentence, and the closing quotes and brackets that may follow them.
const SENTENCE_END = new WordSet(['.', '!', '?', '…']);
const CLOSERS = new WordSet(['"', '”', '’', "'", ')', '»']);
// Titles and initials before a full stop that does not end a sentence ("Mr. Anna …", "T. S. Eliot").
const TITLES = new WordSet(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'col', 'sen', 'rep', 'gov', 'lt', 'sgt', 'capt', 'rev', 'hon', 'jr', 'sr', 'no', 'vs']);
// Agencies that close a paragraph in brackets or slashes: "(Reuters)", "/AP/", "(dpa)". The wire credits of Russian,
// Ukrainian, Asian and European agencies join the photo agencies.
const WIRE_AGENCIES = new WordSet([
  ...AGENCIES, 'interfax', 'ria', 'novosti', 'ria novosti', 'sputnik', 'ukrinform', 'unian', 'belta', 'kazinform', 'trend',
  'upi', 'pti', 'ani', 'ians', 'irna', 'sana', 'wafa', 'mena', 'bernama', 'antara', 'pap', 'ctk', 'mti', 'hina', 'tanjug',
  'bta', 'agerpres', 'lusa', 'ats', 'sda', 'kna', 'epd', 'ots', 'sid', 'dts', 'afx', 'dpa-afx', 'ap/dpa', 'dpa/ap', 'afp/dpa',
]);
// The most tokens a glued piece spans: a label, a teaser headline of 30 words and its punctuation.
const GLUED_TOKENS = 48;
const BRACKETED_AGENCY = /^[(\[/]\s*([\p{L}-]+(?:[ /][\p{L}-]+)?)\s*[)\]/]\.?$/u;

/** The word is a sentence end that a glued piece may follow: not the dot of a title or an initial. */
function endsSentenceAt(tokens: readonly Token[], i: number): boolean {
  let k = i;
  while (k > 0 && CLOSERS.has(tokens[k]!.text)) k--;
  const mark = tokens[k];
  if (!mark || !SENTENCE_END.has(mark.text)) return false;
  const before = tokens[k - 1];
  return before !== undefined && !(mark.text === '.' && before.kind === 'word' && (before.text.length === 1 || TITLES.has(before.lower)));
}

/**
 * Where the text stood before a bracketed byline that ends at token `i` ("… Friday. (Reporters A and B) Photo: …"),
 * or `i`: furniture glued after the byline is glued after the sentence, as it is once the byline is removed.
 */
function beforeBracketedByline(line: Line, i: number): number {
  if (line.tokens[i]?.text !== ')') return i;
  for (let k = i - 1; k >= 0 && i - k <= 16; k--) {
    if (line.tokens[k]!.text !== '(') continue;
    const bracket = line.text.slice(line.tokens[k]!.start - line.start, line.tokens[i]!.end - line.start);
    const m = BRACKETED_BYLINE.exec(bracket);
    return m && m.index === 0 && m[0].length === bracket.length ? k - 1 : i;
  }
  return i;
}

/** Names only, two to four words of them, the way a byline signs an article: "Anna Berg", "Tom J. Hale". */
function isSignature(tokens: readonly Token[]): boolean {
  const names = tokens.filter((t) => t.text !== '.');
  return names.length >= 2 && names.length <= 4 && names.every((t) => isPersonName(t) && (t.text.length > 1 || tokens[tokens.indexOf(t) + 1]?.text === '.')) &&
    isPersonName(names[names.length - 1]!) && names[names.length - 1]!.text.length > 1;
}

/**
 * The last line of the text is an author's name alone ("Anna Berg") after a paragraph of prose (furniture lines
 * between them, such as a subscribe prompt, are passed over): the byline that
 * closes an article on its page. A letter signs off the same way, after a closing that ends in a comma ("Yours
 * sincerely,"), which is left alone.
 */
function signsOff(line: Line, prose: string | undefined): boolean {
  return prose !== undefined && isTerminated(prose) && !prose.endsWith(',') && prose.split(' ').length > 8 &&
    line.tokens.every((t) => t.kind === 'word' || t.text === '.') && isSignature(line.tokens);
}

/** A verb in the past or present tense, which a credit line has none of ("All rights reserved" is a participle). */
const isTenseVerb = (t: Token) => isFiniteVerb(t) && t.lower !== 'reserved';

/**
 * A piece of furniture glued after the last sentence of a line: a labelled credit, source, teaser or author tag
 * ("… said. Read also: …", "… district. Source: press office of …"), a copyright or agency mark ("… website.
 * © Agency", "… (Reuters)"), and on the last line of the text an author's name ("… in December.Anna Berg").
 */
function gluedTail(line: Line, last: boolean): Hit | undefined {
  const tokens = line.tokens;
  // A glued piece is short: only the line's last tokens are looked at, so a long paragraph costs no more than a short one.
  for (let i = Math.max(1, tokens.length - GLUED_TOKENS); i < tokens.length; i++) {
    const t = tokens[i]!;
    // Only what follows a sentence's final mark is looked at: most tokens follow a word.
    const before = tokens[i - 1]!.text;
    if (!SENTENCE_END.has(before) && !CLOSERS.has(before)) continue;
    const opening = t.text === '©' || t.text === '(' || t.text === '[' || t.text === '/';
    // A label's first word, or on the last line any capitalised word (a signature), after the end of a sentence.
    if (!(opening || LABEL_OPENERS.has(t.lower) || (last && cap(t))) || !endsSentenceAt(tokens, beforeBracketedByline(line, i - 1))) continue;
    let kind: Hit['kind'] | undefined;
    // A mark followed by a sentence of its own ("© Agency 2025 Water levels rose, the operator said.") is not all credit.
    if (t.text === '©') kind = tokens.length - i <= 30 && tokens.slice(i).filter(isWordKind).length <= 15 && !tokens.slice(i).some(isTenseVerb) ? 'credit' : undefined;
    else if (t.text === '(' || t.text === '[' || t.text === '/') {
      const m = BRACKETED_AGENCY.exec(line.text.slice(t.start - line.start));
      kind = m && WIRE_AGENCIES.has(m[1]!.toLowerCase()) ? 'byline' : undefined;
    } else {
      const label = labelled(line, i, true);
      if (label) kind = LABEL_KIND[label];
      else if (last && tokens.length - i <= 6 && isSignature(tokens.slice(i))) kind = 'byline';
    }
    if (kind) return { start: t.start, end: line.end, kind, whole: false };
  }
  return undefined;
}

// A credit in brackets inside a line: "(Photo: Anna Berg/dpa)", "[Image: Reuters]".
const BRACKETED_CREDIT = /[(\[](?:photos?|fotos?|images?|pictures?|video|illustration|source|credit)(?: credit| source| by)?\s?[:：][^()[\]\n]{1,100}[)\]]/iu;

function bracketedCredit(line: Line): Hit | undefined {
  if (!hasOpeningBracket(line)) return undefined;
  const m = BRACKETED_CREDIT.exec(line.text);
  if (!m) return undefined;
  return { start: line.start + m.index, end: line.start + m.index + m[0].length, kind: 'credit', whole: m[0].length === line.text.length };
}

// Notices of the page's players and embeds: "Audio playback is unavailable in this app", "Embedded post
// from Y: To load this post, please accept …", "Allow cookies", "Show external content".
const PLAYER_WORDS = /\b(?:playback|player|video|audio|media|javascript|browser|device)\b/iu;
const UNSUPPORTED = /\b(?:(?:is|are) not supported|unsupported|(?:does|do) ?n[o']t support|cannot be (?:played|displayed|loaded)|can ?not (?:be )?play|enable javascript|update your browser|(?:is|are) (?:not |un)available)/iu;
const EMBED_WORDS = /\b(?:content|contents|post|posts|video|tweet|map|element|embed|embedded)\b/iu;
const CONSENT_WORDS = /\b(?:cookies?|consent|third[- ]part(?:y|ies)|agree|accept|permission|privacy|transfer of (?:your )?data|data (?:transfer|protection))\b/iu;
const CONSENT_OPENERS = new WordSet(['allow', 'accept', 'agree', 'show', 'load', 'display', 'activate', 'enable', 'click', 'external', 'recommended', 'embedded', 'consent', 'manage', 'this', 'to', 'we', 'i']);
const REPORTING = /\b(?:said|says|told|warned|ruled|according|reported|added|explained|argued|claimed|announced)\b/iu;
const BUTTON = /^(?:(?:allow|accept|reject|decline|manage|deny) (?:all |the )?(?:cookies|content)|accept and continue|(?:yes, )?(?:show|load|display|activate) (?:the )?(?:external )?content|external content(?: from [\p{L} ]{1,30})?)[.!]?$/iu;

// The words without which a line is no notice: a token scan spares most lines the searches below.
const NOTICE_WORDS = new WordSet([
  'playback', 'player', 'video', 'audio', 'media', 'javascript', 'browser', 'device', 'content', 'contents', 'post', 'posts',
  'tweet', 'map', 'element', 'embed', 'embedded', 'cookies', 'accept',
]);

// The notices of the site itself: "If you have found a mistake, select it and press Ctrl+Enter", "When copying
// materials, an active link to the source is required", "All rights reserved."
const SITE_NOTICE = /\b(?:(?:mistake|error|typo)\b.{0,60}\bctrl ?\+ ?enter|(?:copying|using|reprinting|reproduction|use) (?:of )?(?:the |our |site )?materials?\b.{0,80}\b(?:link|hyperlink|reference)\b.{0,40}\b(?:required|mandatory|obligatory|necessary)|(?:copying|using|reprinting|reproduction|use|citing|quoting) (?:of )?(?:the |our |site )?materials?\b.{0,60}\b(?:allowed|permitted|possible) only with\b.{0,30}\b(?:link|hyperlink|reference)\b|^all rights reserved\.?$|^reproduction (?:of materials )?(?:is )?(?:prohibited|forbidden)|^(?:copying|reproduction|reprinting)\b.{0,40}\b(?:prohibited|forbidden|not allowed)\b.{0,30}\b(?:permission|consent)\b.{0,20}\beditorial\b)/iu;
// "The material was prepared by Anna Petrova" (Russian "Материал подготовила …"): names only, so case matters.
const MATERIAL_BY = /^The material was (?:prepared|written|compiled) by (?:\p{Lu}[\p{L}'’-]*\.? ?){1,4}\.?$/u;

const SITE_NOTICE_WORDS = new WordSet(['ctrl', 'materials', 'material', 'rights', 'reproduction', 'copying', 'reprinting']);

function siteNotice(line: Line): boolean {
  const w = line.words;
  return w.length <= 40 && w.some((t) => SITE_NOTICE_WORDS.has(t.lower)) && (SITE_NOTICE.test(line.text) || MATERIAL_BY.test(line.text)) && !REPORTING.test(line.text);
}

function notice(line: Line): boolean {
  const w = line.words;
  if (w.length === 0 || w.length > 70) return false;
  if (!w.some((t) => NOTICE_WORDS.has(t.lower))) return false;
  if (w.length <= 6 && BUTTON.test(line.text)) return true;
  const text = line.text;
  if (REPORTING.test(text)) return false;
  if (w.length <= 20 && PLAYER_WORDS.test(text) && UNSUPPORTED.test(text)) return /\byour\b|\bplease\b/iu.test(text) || !isTerminated(text);
  if (EMBED_WORDS.test(text) && CONSENT_WORDS.test(text)) return /\byou(?:r)?\b/iu.test(text) || CONSENT_OPENERS.has(w[0]!.lower);
  return false;
}

// A date and time stamp alone on a line: "03.03.2025, 14:35", "14:35, 3 March 2025", "Mon 3 Mar 2025 14.35 GMT".
// An hour and minutes, not a share ("±0.74%" in a table of benchmarks).
const TIME = /\b(?:[01]?\d|2[0-3])[:.][0-5]\d\b(?![.,]?\d|\s?%)/u;
const STAMP_WORDS = new WordSet([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'am', 'pm', 'a.m.', 'p.m.',
  'gmt', 'utc', 'bst', 'cet', 'cest', 'msk', 'est', 'edt', 'pst', 'updated', 'published', 'at',
]);

// The site's navigation and picture labels, each alone on a line, in MT's wordings of Russian and German sites ("Другие
// новости", "Самое читаемое", "Продолжение ниже", "Иллюстративное фото", "Symbolbild"). Each has two words or more:
// a one-word heading ("Comments", "Popular") can open a section of a real text.
const NAVIGATION_LINES = new WordSet([
  'other news', 'more news', 'all news', 'main news', 'news feed', 'news on the topic', 'news on this topic', 'news by topic',
  'more news on the topic', 'more news on this topic', 'other news on the topic', 'other news on this topic', 'top stories',
  'most read', 'most popular', 'most discussed', 'most commented', 'most viewed', 'add comment', 'add a comment',
  'leave a comment', 'write a comment', 'to the main page', 'back to the main page', 'go to the main page', 'to the homepage',
  'back to the homepage', 'to the home page', 'continuation below', 'continued below', 'continuation of the article below',
  'continuation of the text below', 'the text continues below', 'text continues below', 'the article continues below',
  'article continues below', 'continue reading below', 'the text continues after the advertisement',
  'text continues after the advertisement', 'the article continues after the advertisement', 'continued after the advertisement',
  'illustrative photo', 'illustrative image', 'illustrative picture', 'illustration photo', 'photo illustration',
  'symbolic image', 'symbolic photo', 'symbol image', 'symbol photo', 'archive photo', 'archive image', 'photo from the archive',
  'photo from open sources', 'photo from social networks', 'photo from social media', 'screenshot from the video',
  'screenshot of the video', 'screenshot from video', 'frame from the video', 'still from the video', 'share with friends',
  'share on social networks', 'share in social networks', 'tell your friends', 'print version', 'version for printing',
  'printable version', 'print the article', 'print this article', 'print article', 'print the page', 'print this page',
  'more on the topic', 'more on this topic', 'more about the topic', 'more about this topic', 'also on the topic',
  'also on this topic', 'on the same topic', 'materials on the topic', 'all materials on the topic', 'news of partners',
  'partner news', 'news from partners', 'news from our partners', 'partner materials', 'materials of partners',
]);

// A link back through the site: "(Back / Go / Return) to (the) overview / start page / top" (German "Zurück zur
// Übersicht", Russian "Вернуться на главную"). The target is a page of the site, never a topic: "Back to the question
// of funding" is a sentence.
const NAVIGATION_MOVES = new WordSet(['back', 'go', 'return', 'jump', 'skip', 'switch']);
const NAVIGATION_TARGETS = new WordSet([
  'overview', 'homepage', 'home', 'top', 'start', 'beginning', 'archive', 'index', 'contents', 'list', 'section', 'category',
  'page', 'menu', 'search', 'results', 'news',
]);
// A counter or a loading placeholder of the page: "Comments (12)", "12 comments", "Loading ...".
const PAGE_WIDGET = /^(?:(?:comments?|replies|reviews|views|likes|shares)\s?(?:\(\d+\)|:\s?\d[\d,. ]*)|\d+ (?:comments?|replies)|loading\s?(?:\.{3}|…)?)$/iu;

function linkBack(w: readonly Token[]): boolean {
  // A line that opens in lower case continues the line before it.
  if (w[0]!.text === w[0]!.lower) return false;
  let k = 0;
  if (NAVIGATION_MOVES.has(w[k]!.lower)) k++;
  const moves = k > 0;
  if (w[k]?.lower === 'back') k++;
  if (w[k]?.lower !== 'to') return false;
  k++;
  if (w[k]?.lower === 'the') k++;
  // After a move, one word may qualify the target ("Back to the start page", not "Go to this page"); a bare "To …"
  // names the target alone ("To the overview").
  const rest = w.length - k;
  return NAVIGATION_TARGETS.has(w[w.length - 1]!.lower) && (rest === 1 || (rest === 2 && moves && !isDeterminer(w[k]!)));
}

/** A navigation or picture label alone on its line: "Other news", "Continuation below", "Illustrative photo". */
function navigation(line: Line): boolean {
  const w = line.words;
  // The line's text is trimmed already (`LineReader`).
  if (PAGE_WIDGET.test(line.text)) return true;
  if (w.length < 2 || w.length > 8 || /[.!?]["”’')\]]*$/u.test(line.text)) return false;
  if (linkBack(w)) return true;
  let phrase = w[0]!.lower;
  for (let k = 1; k < w.length; k++) phrase += ' ' + w[k]!.lower;
  return NAVIGATION_LINES.has(phrase);
}

function timestamp(line: Line): boolean {
  const t = line.tokens;
  return t.length <= 14 && line.words.some((x) => x.kind === 'number') && TIME.test(line.text) &&
    t.every((x) => x.kind === 'number' || x.kind === 'punct' || x.kind === 'symbol' || STAMP_WORDS.has(x.lower));
}

// The signature line of an embedded post: "— Anna Berg (@annaberg) March 3, 2025".
const POST_SIGNATURE = /^[—–-]\s?[^\n()]{1,60}\(@\w{1,30}\)\s?(?:\p{L}{3,9}\.? \d{1,2}, \d{4}|\d{1,2} \p{L}{3,9} \d{4})$/u;

// Deleting whole lines: a run of furniture lines (adjacent but for blank lines) is removed as one region,
// shared out among its findings so that their edits never overlap. When a blank line (or the start of the
// text) is before the run, the region runs from the first line to the next content line; otherwise it runs
// from the end of the content before the run to the end of the run's last line. Either way exactly the
// break that separated the run from its neighbours is left.
function deleteRun(text: string, run: readonly Line[]): Suggestion[] {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  let before = first.start;
  while (before > 0 && /\s/u.test(text[before - 1]!)) before--;
  let next = last.end;
  while (next < text.length && /\s/u.test(text[next]!)) next++;
  const gapBefore = text.slice(before, first.start);
  const blankBefore = before === 0 || (gapBefore.match(/\n/gu)?.length ?? 0) >= 2;
  const out: Suggestion[] = [];
  if (next < text.length && blankBefore) {
    let ls = first.start;
    while (ls > 0 && text[ls - 1] !== '\n') ls--;
    run.forEach((line, i) => {
      const start = i === 0 ? ls : line.start;
      const end = i + 1 < run.length ? run[i + 1]!.start : next;
      out.push({ start, end, replacement: '' });
    });
  } else {
    run.forEach((line, i) => {
      out.push({ start: i === 0 ? before : run[i - 1]!.end, end: line.end, replacement: '' });
    });
  }
  return out;
}

const MESSAGES: Record<Hit['kind'], string> = {
  credit: 'Photo credit or caption from the web page, carried into the text by the translation.',
  post: 'Marker of an embedded social-media post, translated as if it were part of the article.',
  prompt: 'Share, follow or "read more" prompt from the web page, carried into the text by the translation.',
  byline: 'Byline, source or editor tag from the web page, glued to the text by the translation.',
  end: 'End-of-article mark of the source (Chinese 完), translated as if it were text.',
  notice: 'Notice of the page\'s video player, embedded content or site (playback, consent, copying rules), translated as if it were text.',
  page: 'Date stamp, reading time, tag list or site notice of the web page, carried into the text by the translation.',
};
const SEVERITY: Record<Hit['kind'], MqmSeverity> = { credit: 'minor', post: 'major', prompt: 'minor', byline: 'minor', end: 'minor', notice: 'major', page: 'minor' };
// "(End)", "(Over)", "(Finish)": the bracketed 完 that closes Chinese news copy, alone on its line.
const END_MARK = /^[(（](?:[Tt]he )?(?:[Ee]nd|END|[Oo]ver|[Ff]inish(?:ed)?|[Cc]omplete(?:d)?)[)）]$/u;
// The words of an editor tag before its colon: "Responsible editor:", "Editor in charge:", "Duty editor:" (责任编辑).
const EDITOR_TAG_WORDS = new WordSet(['responsible', 'executive', 'duty', 'chief', 'managing', 'editor', 'editors', 'in', 'charge', 'proofreader', 'reviewer']);

// A module constant: a pattern literal in the loop over lines would be a new object at every line.
const STARTS_LOWER = /^\p{Ll}/u;

function detect(doc: Document): Report[] {
  const lines = new LineReader(doc);
  // The hits, each with its line and the line's place among the lines with content.
  const hits: Array<{ index: number; line: Line; hit: Hit }> = [];
  let line = lines.next();
  // The text of the last line that is no furniture, without a glued piece: the prose a closing signature follows.
  let prose: string | undefined;
  for (let index = 0; line; index++) {
    const next = lines.next();
    // A line continued in lower case on the next line is wrapped prose, not a line of its own.
    const wrapped = next !== undefined && STARTS_LOWER.test(next.text) && !doc.text.slice(line.end, next.start).includes('\n\n');
    let hit: Hit | undefined;
    const whole = (kind: Hit['kind'], englishStyle?: boolean): Hit => ({ start: line!.start, end: line!.end, kind, whole: true, ...(englishStyle ? { englishStyle } : {}) });
    if (!wrapped) {
      const label = labelled(line, 0, false);
      if (prompt(line)) hit = whole('prompt');
      else if (embeddedPost(line)) hit = whole('post');
      else if (credit(line)) hit = whole('credit');
      else if (label) hit = whole(LABEL_KIND[label]);
      else if (notice(line)) hit = whole('notice');
      else if (timestamp(line) || siteNotice(line) || navigation(line)) hit = whole('page');
      else if (POST_SIGNATURE.test(line.text)) hit = whole('post');
      else if (englishByline(line)) hit = whole('byline', true);
      else if (byline(line)) hit = whole('byline');
      else if (END_MARK.test(line.text)) hit = whole('end');
      else if (next === undefined && signsOff(line, prose)) hit = whole('byline');
    }
    hit ??= glued(line) ?? bracketedCredit(line) ?? gluedTail(line, next === undefined);
    if (hit) hits.push({ index, line, hit });
    // Furniture glued after a bracketed byline inside the line ("… (Reporters A and B) Photo: …") goes with it, or
    // a second fix would find it.
    const after = hit && !hit.whole && hit.kind === 'byline' && hit.end < line.end ? gluedTail(line, next === undefined) : undefined;
    if (after && after.start >= hit!.end) hits.push({ index, line, hit: after });
    if (!hit) prose = line.text;
    else if (!hit.whole) prose = doc.text.slice(line.start, hit.start).trim();
    line = next;
  }
  const reports: Report[] = [];
  for (let h = 0; h < hits.length; h++) {
    const { hit } = hits[h]!;
    let suggestion: Suggestion;
    if (hit.whole) {
      // Gather the run of whole-line hits on consecutive lines and share its deletion out.
      let k = h;
      while (k + 1 < hits.length && hits[k + 1]!.hit.whole && hits[k + 1]!.index === hits[k]!.index + 1) k++;
      const run = hits.slice(h, k + 1);
      const edits = deleteRun(doc.text, run.map((r) => r.line));
      run.forEach((r, j) => reports.push(report(r.hit, edits[j]!)));
      h = k;
      continue;
    }
    let start = hit.start;
    while (start > 0 && (doc.text[start - 1] === ' ' || doc.text[start - 1] === '\t')) start--;
    // A piece at the start of a line takes the spaces after it instead of those before it.
    let end = hit.end;
    if (start === 0 || doc.text[start - 1] === '\n') while (doc.text[end] === ' ') end++;
    suggestion = { start, end, replacement: '' };
    reports.push(report(hit, suggestion));
  }
  return reports;
}

// English wire-service bylines are carried over by MT, but edited English news prints them as well: a hint only.
const ENGLISH_BYLINE_CONFIDENCE = 0.45;

function report(hit: Hit, suggestion: Suggestion): Report {
  return {
    start: hit.start,
    end: hit.end,
    message: MESSAGES[hit.kind],
    mqmSeverity: SEVERITY[hit.kind],
    ...(hit.englishStyle ? { confidence: ENGLISH_BYLINE_CONFIDENCE } : {}),
    suggestions: [suggestion],
  };
}

export default defineRule({
  meta: {
    id: 'page-boilerplate',
    category: 'source/residue',
    severity: 'minor',
    confidence: 0.9,
    description: 'Photo credits, captions, sources, teasers, player and consent notices, embedded-post markers, share prompts, agency marks and bylines that the translation carried from the web page into the text.',
    sourceHint: 'Page furniture of the source web page (credit lines, "Skip Twitter post" markers, share buttons) extracted and translated with the article.',
    fixable: true,
  },
  detectDocument: detect,
  examples: {
    invalid: [
      { text: 'The bakery reopened on Monday.\n\nBack to the overview\n\nComments (3)', output: 'The bakery reopened on Monday.' },
      { text: 'The ferry resumed service on Monday. (Correspondents Anna Berg and Tom Hale) Photo: The harbour at dawn.', output: 'The ferry resumed service on Monday.' },
      { text: 'Storm floods the coast\n\nAFP via Getty Images\n\nThe storm reached the coast at dawn.', output: 'Storm floods the coast\n\nThe storm reached the coast at dawn.' },
      { text: 'The mayor spoke on Friday.\n\nFinal part of the Instagram post by @citymayor\n\nShe thanked the volunteers.', output: 'The mayor spoke on Friday.\n\nShe thanked the volunteers.' },
      { text: 'Image copyright EPA\nRescue teams searched the rubble overnight.', output: 'Rescue teams searched the rubble overnight.' },
      { text: 'Prices rose again in May.\n\nShare this article\n\nFollow us on Facebook', output: 'Prices rose again in May.', count: 2 },
      { text: 'The pool reopens in June.\n\nContinuation below\n\nTickets will cost less.', output: 'The pool reopens in June.\n\nTickets will cost less.' },
      { text: 'Symbolic image\n\nThe ferry will run hourly.\n\nMore news on this topic', output: 'The ferry will run hourly.', count: 2 },
      { text: 'The school will close.\n\nAuthor of the article: Karla Moss, our correspondent', output: 'The school will close.' },
      { text: 'The bridge will reopen in June.\nPhoto: Maria Lopez/Reuters\nTraffic is expected to ease.', output: 'The bridge will reopen in June.\nTraffic is expected to ease.' },
      { text: 'Officials declined to comment. (Reporting by Anna Berg; Editing by Tom Hale)', output: 'Officials declined to comment.' },
      { text: 'Skip YouTube post, 1\n\nThe video was watched a million times.', output: 'The video was watched a million times.' },
      { text: 'The port reopened.\n\nPhoto author, Getty Images\n\nShips queued outside.', output: 'The port reopened.\n\nShips queued outside.' },
      { text: 'The port reopened on Monday.\n\nResponsible editor: Zhou Min\n\n(End)', output: 'The port reopened on Monday.', count: 2 },
      { text: 'The city opened its first metro line on Friday. (Reporters Wang Lei and Zhou Min)', output: 'The city opened its first metro line on Friday.' },
      {
        text: 'Harbour Daily News Reporter Zhou Min Metro fares will rise in May\n\nThe city council approved the plan.',
        output: 'Metro fares will rise in May\n\nThe city council approved the plan.',
      },
      { text: 'The dam was finished in May.\n\nPhoto: press office of the regional administration\n\nWater levels rose.', output: 'The dam was finished in May.\n\nWater levels rose.' },
      { text: 'The dam was finished in May.\n\nImage: picture alliance/imago | Karl Hess\n\nWater levels rose.', output: 'The dam was finished in May.\n\nWater levels rose.' },
      { text: 'The dam was finished in May. Water levels rose, the operator said. Source: official website of the operator', output: 'The dam was finished in May. Water levels rose, the operator said.' },
      { text: 'The dam was finished in May. Water levels rose. See also: Why rivers in the north are drying up', output: 'The dam was finished in May. Water levels rose.' },
      { text: 'The dam was finished in May.\n\nOn the topic: Engineers warn of cracks in old dams\n\nWater levels rose.', output: 'The dam was finished in May.\n\nWater levels rose.' },
      { text: 'The dam was finished in May.\n\nVideo playback is unavailable in your browser\n\nWater levels rose.', output: 'The dam was finished in May.\n\nWater levels rose.' },
      {
        text: 'The dam was finished in May.\n\nRecommended editorial content: At this point you will find external content from YouTube. To show it, you have to agree to the loading of third-party content.\n\nWater levels rose.',
        output: 'The dam was finished in May.\n\nWater levels rose.',
      },
      { text: 'The dam was finished in May.\n\nJoin our WhatsApp channel for the latest news!', output: 'The dam was finished in May.' },
      { text: 'Water levels rose, the operator said. (Reuters)', output: 'Water levels rose, the operator said.' },
      { text: 'Water levels rose, the operator said. © Interfax 2025, item 44-1029/2', output: 'Water levels rose, the operator said.' },
      { text: 'The dam was finished in May.\n\nText: Tamara Marchenko\n\nWater levels rose.', output: 'The dam was finished in May.\n\nWater levels rose.' },
      { text: 'The dam was finished in May. Water levels rose over the summer, the operator said.Tamara Marchenko', output: 'The dam was finished in May. Water levels rose over the summer, the operator said.' },
      { text: 'The dam was finished in May. Water levels rose over the summer, the operator said.\n\nTamara Marchenko', output: 'The dam was finished in May. Water levels rose over the summer, the operator said.' },
      { text: 'The mayor opened the bridge on Sunday (Photo: Karl Hess/dpa). Traffic was slow.', output: 'The mayor opened the bridge on Sunday. Traffic was slow.' },
      { text: 'Image copyright Reuters Image caption Engineers inspect the dam wall\n\nWater levels rose.', output: 'Water levels rose.' },
      { text: 'The dam was finished in May.\n\n— Tamara Marchenko (@omarchenko) March 3, 2025\n\nWater levels rose.', output: 'The dam was finished in May.\n\nWater levels rose.' },
      { text: 'The dam was finished in May.\n\nUpdated: 03.03.2025, 14:35\n\nWater levels rose.', output: 'The dam was finished in May.\n\nWater levels rose.' },
      { text: 'The dam was finished in May. Water levels rose.\n\nTags: dams, energy, Tver region', output: 'The dam was finished in May. Water levels rose.' },
      { text: 'The dam was finished in May.\n\nAlso on DW: Rivers run dry across Europe\n\nWater levels rose.', output: 'The dam was finished in May.\n\nWater levels rose.' },
      { text: 'Water levels rose.\n\nIf you have found a mistake, select it and press Ctrl+Enter.', output: 'Water levels rose.' },
      {
        text: 'Water levels rose by two metres overnight, the ministry said.\n\nThe water is expected to fall by Friday, according to forecasters. Source: TASS\n\nSubscribe to our channel in Telegram!\n\nMarina Kuznetsova',
        output: 'Water levels rose by two metres overnight, the ministry said.\n\nThe water is expected to fall by Friday, according to forecasters.',
        count: 3,
      },
      { text: 'Water levels rose.\n\nWhen copying materials, an active link to the source is required.', output: 'Water levels rose.' },
      { text: 'The dam held.\n\nViews: 2048', output: 'The dam held.' },
      { text: 'The dam held.\n\nThe material was prepared by Olga Sidorova', output: 'The dam held.' },
      { text: 'The dam held.\n\nCopying is prohibited without the permission of the editorial board.', output: 'The dam held.' },
      { text: 'The dam held.\n\nOur Viber channel: the news of the region first', output: 'The dam held.' },
      { text: 'The dam held.\n\nPartner news', output: 'The dam held.' },
      { text: 'The ferry is back.\n\nReprinting of materials is permitted only with a direct link to the site.', output: 'The ferry is back.' },
    ],
    valid: [
      'The bakery reopened on Monday.\n\nBack to the question of funding\n\nThe council met again in May.',
      'To create a token:\n- Go to this page\n- Copy the token',
      '| Method | Accuracy |\n|:--|:--|\n| copy | ±0.41% |',
      'Water levels rose. © Interfax 2025, item 44-1029/2 Water levels rose again, the operator said.',
      'Photo finishes decided three of the races on Saturday.',
      'Press Ctrl+Enter to send the message.',
      'The court said that using the materials without a link to the source was not allowed.',
      'The meeting starts at 10:30.\n\nBring your own lunch.',
      'Tags on the luggage were checked twice.',
      'Also on the agenda: a new budget for the schools.',
      'Source code for the app was published on Monday.\n\nThe developers welcomed it.',
      'Sources said the talks had stalled over the weekend.',
      'Read more slowly, the teacher told her class.',
      '“Source: trust me,” the minister joked at the press conference.',
      'The report was first published by Reuters. (It was later corrected.)',
      'BERLIN (Reuters) - German exports rose in May, data showed on Monday.',
      'He works for the AP.\n\nShe works for Reuters.',
      'Subscribers to the newsletter can read the full story online.',
      'The material was prepared by hand in the lab.',
      'Our app: a short history.',
      'Our channel has two million subscribers.',
      'Views differ on the new tax.',
      'Follow the instructions on the screen.',
      'Join us in building a country where every child can read.',
      'Join us in protecting Social Security for our children.',
      'Join us to feed the hungry in our cities.',
      'Support our troops and their families.',
      'The regulator said websites must ask for consent before setting cookies.',
      'To change your cookie settings, open the privacy menu and choose Manage.',
      'Audio streaming is unavailable on older phones, the manufacturer said.',
      'We thank the volunteers for their work over the past year.\n\nYours sincerely,\nAnna Berg',
      'Anna Berg\n\nThe singer died on Friday at the age of 90.',
      'The novel ends in Paris. Its last chapter was written by her son.\n\nThe End',
      'See also the report of the commission, which was published in March.',
      'Watch the skies tonight: a meteor shower peaks after midnight.',
      'Text messages were sent to all residents on Monday.',
      'The letter was signed by the two leaders. Anna Berg and Tom Hale met in Oslo in 1998 and became friends.',
      'Share prices fell sharply.\n\nPrint sales fell too.',
      'He met Mr. Tom Hale at the station. They spoke for an hour about the plan, and then he left with Dr. Anna Berg',
      'The photo agency Getty Images said on Monday that it had removed the picture.',
      'In a Twitter post, the minister said the talks had failed.',
      'Reuters reported that the deal was close.\n\nAFP and Reuters both ran the story.',
      'Share prices fall on Wall Street',
      'Follow the money',
      'Copyright law was changed in 2019.',
      'Copyright reform stalls in parliament',
      'Read more about the plan on page four.',
      'The end of the Twitter post was deleted by the user.',
      'She watched the video by the river',
      'Related to this, the ministry issued new guidelines.',
      'By the end of the year, prices had doubled.',
      'Reporters were kept outside the building.',
      'Photo agencies sued the company over licensing fees.',
      'Twitter post by @cityhall sparks outrage',
      'By Royal Appointment',
      'Reuters Sues Google Over News Snippets',
      'War in Europe - Day 3',
      'The group was founded in Paris (Reporters Without Borders) in 1985.',
      'City Times Reporter Jane Doe won the prize for her series on housing.',
      'The award went to a reporter (Correspondent of the Year) from Lagos.',
      'Image source files were lost in the fire.',
      'The source of the image remains unknown.',
      'The editor in charge of the page resigned.',
      'The race is over.\n\n(End of part one)',
    ],
  },
});
