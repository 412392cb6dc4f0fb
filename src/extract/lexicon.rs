//! The word lists of the definition and alias engine, each named by what
//! it holds, and the guesses about a word's form (verbal endings,
//! adjective endings). General English only, never one subject's words.

/// Words that never occur inside a term (auxiliaries, pronouns, clause
/// words, most prepositions, frequency adverbs).
pub(crate) const NOT_IN_TERM: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "am",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "can",
    "could",
    "will",
    "would",
    "shall",
    "should",
    "may",
    "might",
    "must",
    "it",
    "they",
    "he",
    "she",
    "we",
    "you",
    "them",
    "him",
    "her",
    "us",
    "me",
    "which",
    "who",
    "whom",
    "whose",
    "what",
    "where",
    "when",
    "why",
    "how",
    "that",
    "than",
    "not",
    "no",
    "never",
    "if",
    "because",
    "while",
    "whereas",
    "although",
    "though",
    "since",
    "so",
    "as",
    "very",
    "also",
    "only",
    "just",
    "even",
    "about",
    "into",
    "onto",
    "upon",
    "from",
    "with",
    "without",
    "by",
    "at",
    "in",
    "on",
    "among",
    "between",
    "after",
    "before",
    "during",
    "through",
    "over",
    "under",
    "above",
    "below",
    "often",
    "usually",
    "always",
    "sometimes",
    "still",
    "then",
    "there",
    "here",
    "thus",
    "therefore",
    "however",
    "but",
    "yet",
    "nor",
    "this",
    "these",
    "those",
    "such",
    "its",
    "their",
    "our",
    "his",
    "my",
    "your",
    "within",
    "across",
    "against",
    "toward",
    "towards",
    "like",
    "unlike",
    "via",
    "per",
    "whereby",
    "increasingly",
    "already",
    "itself",
    "themselves",
    "himself",
    "herself",
    "include",
    "includes",
    "included",
    "contains",
    "contain",
];

/// Words that end a term written after its verb ("called X because ...").
pub(crate) const TERM_END: &[&str] = &[
    "because", "and", "or", "which", "that", "who", "whom", "whose", "where", "when", "since",
    "in", "on", "at", "for", "by", "with", "from", "after", "before", "as", "is", "are", "was",
    "were", "to", "if", "while", "whereas", "but", "due", "although", "though", "than", "it",
    "they", "he", "she", "we", "this", "these", "those", "its", "their", "has", "have", "had",
    "can", "could", "will", "would", "may", "might", "must", "should", "do", "does", "did", "not",
    "also", "often", "now", "then", "there", "thus", "so", "whereby", "through", "during", "into",
    "onto", "upon", "among", "between", "within", "without", "under", "over", "via", "e.g.",
    "i.e.", "etc.", "until", "unless", "being", "been", "be",
];

pub(crate) const DETERMINERS: &[&str] = &["the", "a", "an"];

/// The words after which [`DEFINITION_PATTERNS`]' `def/bare-noun` ends a
/// noun phrase (its regex lists the same).
pub(crate) const BARE_NOUN_LINKS: &[&str] = &[
    "of", "for", "with", "between", "through", "against", "about", "from", "on", "in", "to",
    "among", "within", "having", "enclosed", "found", "located", "used", "made", "formed",
    "produced", "caused", "needed", "given",
];

/// Words that open a relative clause.
pub(crate) const RELATIVE_WORDS: &[&str] =
    &["that", "which", "who", "whom", "whose", "where", "when"];

/// Finite auxiliaries and copulas.
pub(crate) const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "can", "could", "will", "would", "may",
    "might", "must", "should", "does", "did", "do",
];

/// Words that end a noun phrase read backwards from an apposition: "of"
/// (the head after it is the term: "an understanding of conservation")
/// and frequent verbs.
pub(crate) const NP_STOP: &[&str] = &[
    "of",
    "include",
    "includes",
    "use",
    "offer",
    "have",
    "experience",
    "receive",
    "produce",
    "contain",
    "form",
    "make",
    "create",
    "provide",
    "cause",
    "require",
    "become",
    "called",
    "named",
    "known",
    "termed",
    "involve",
    "affect",
    "perform",
    "develop",
    "show",
    "take",
    "give",
    "get",
    "call",
    "see",
    "find",
    "study",
    "describe",
    "define",
    "explain",
];

pub(crate) fn lower_word(w: &str) -> String {
    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
        .to_lowercase()
}

pub(crate) fn is_one_of(w: &str, list: &[&str]) -> bool {
    let t = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'');
    // (An ASCII word lowercases to ASCII: compare without building it.
    // Other words can lowercase to a listed word, "\u{212A}ey" to "key".)
    if t.is_ascii() {
        return list.iter().any(|x| x.eq_ignore_ascii_case(t));
    }
    let l = t.to_lowercase();
    list.contains(&l.as_str())
}

pub(crate) const PERSONAL: &[&str] = &["he", "she", "they", "it", "we", "i", "you", "this", "that"];

/// Prepositions after which a noun phrase is the term of an apposition
/// ("through primogeniture, a law that ..."); not those of time ("during
/// X, a ..." opens a clause).
pub(crate) const PREPOSITIONS: &[&str] = &[
    "of", "in", "on", "at", "by", "with", "from", "through", "into", "onto", "upon", "about",
    "between", "among", "within", "across", "against", "toward", "towards", "via", "like",
    "unlike", "as",
];

/// Words that open a concessive clause ("While X is ..., Y ...").
pub(crate) const CONCESSIVE: &[&str] = &["while", "although", "though", "whereas", "albeit"];

/// Words that open a subordinate clause or an introductory phrase, not a
/// noun phrase.
pub(crate) const SUBORDINATE: &[&str] = &[
    "when",
    "whenever",
    "if",
    "once",
    "because",
    "since",
    "while",
    "although",
    "though",
    "as",
    "after",
    "before",
    "until",
    "unless",
    "whether",
    "where",
    "what",
    "how",
    "why",
    "assuming",
    "given",
    "in",
    "on",
    "at",
    "for",
    "from",
    "by",
    "with",
    "without",
    "to",
    "during",
    "under",
    "among",
    "according",
    "unlike",
    "like",
    "despite",
    "through",
];

/// Pronouns and possessives that make a subject point at something already
/// in view ("Our best hope is trade, which ...").
pub(crate) const POINTING: &[&str] = &[
    "it", "this", "that", "these", "those", "there", "he", "she", "they", "we", "i", "you", "our",
    "my", "your", "his", "her", "its", "their",
];

/// Endings of adjectives ("constant", "asymmetrical", "porous").
pub(crate) const ADJECTIVE_ENDINGS: &[&str] = &[
    "ical", "ant", "ent", "ous", "ive", "ic", "able", "ible", "ful", "less", "ary", "ory",
];

/// Reflexive pronouns ("the forest itself": not part of a term).
pub(crate) const REFLEXIVES: &[&str] = &["itself", "themselves", "himself", "herself"];

/// Object pronouns.
pub(crate) const OBJECT_PRONOUNS: &[&str] = &["us", "them", "him", "me"];

/// First person singular pronouns and possessive.
pub(crate) const FIRST_PERSON_SINGULAR: &[&str] = &["i", "me", "my"];

/// First and second person pronouns and possessives (talk or mail).
pub(crate) const FIRST_AND_SECOND_PERSON: &[&str] =
    &["i", "me", "my", "we", "us", "our", "you", "your"];

/// Quantifiers that open a noun phrase.
pub(crate) const QUANTIFIERS: &[&str] = &["all", "any", "some", "each", "every"];

/// Verb particles ("set up", "give away").
pub(crate) const PARTICLES: &[&str] = &["up", "down", "out", "off", "away", "back", "over"];

/// Participles that give a name ("called X", "known as X").
pub(crate) const NAMING_PARTICIPLES: &[&str] = &["called", "known", "termed", "named", "referred"];

// ---------------------------------------------------------------- morphology
// Guesses about a word from its form (no tagger): `w` is lowercased.

/// Endings of a word in "-s" that is not a plural or a verb in "-s"
/// ("class", "virus", "basis", "physics", "Anna's").
const NOT_S_FORM: &[&str] = &["ss", "'s", "us", "is", "ics"];

/// Whether a lowercased word looks like a verb in "-s" or "-ed" ("uses",
/// "developed"): without a tagger, more often a verb than part of a
/// compound when it is not the last word.
pub(crate) fn verb_in_s_or_ed(lw: &str) -> bool {
    (lw.ends_with('s') && !NOT_S_FORM.iter().any(|e| lw.ends_with(e))) || lw.ends_with("ed")
}

/// Endings of a word in "-s" that is not a plural noun ("class", "virus",
/// "basis", "porous", "Anna's").
const NOT_PLURAL: &[&str] = &["ss", "us", "is", "ous", "'s"];

/// Whether a lowercased word of more than three letters looks like a
/// plural noun ("farms", not "gas", "class" or "porous").
pub(crate) fn plural_noun(lw: &str) -> bool {
    lw.len() > 3 && lw.ends_with('s') && !NOT_PLURAL.iter().any(|e| lw.ends_with(e))
}

/// Whether a word cannot end a noun phrase: a participle in "-ed" (not
/// "-eed": "seed", "creed"), an adverb in "-ly", or a verb particle.
pub(crate) fn not_a_noun_end(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed"))
        || (w.len() > 4 && w.ends_with("ly"))
        || is_one_of(w, PARTICLES)
}

/// Whether a word ends like a participle or an adverb ("located", "using",
/// "finally").
pub(crate) fn verbal(w: &str) -> bool {
    let w = lower_word(w);
    ["ed", "ing", "ly"].iter().any(|e| w.ends_with(e)) || w == "known" || w == "called"
}

/// Words that open an introductory clause or phrase before a subject
/// ("When you heat the pan, the oil ..."), beyond [`SUBORDINATE`].
pub(crate) const INTRO: &[&str] = &[
    "once",
    "even",
    "just",
    "near",
    "prior",
    "unable",
    "well",
    "however",
    "thus",
    "together",
    "moreover",
    "upon",
    "having",
    "being",
    "so",
    "then",
    "now",
    "meantime",
    "meanwhile",
    "course",
    "perhaps",
    "indeed",
    "look",
    "of",
];

/// Words after "the" that make an apposition point back or rank ("the
/// same as", "the first ever held") instead of naming a class.
pub(crate) const NOT_CLASS: &[&str] = &[
    "same",
    "first",
    "second",
    "third",
    "last",
    "next",
    "other",
    "only",
    "one",
    "former",
    "latter",
    "rest",
    "following",
    "opposite",
    "case",
    "more",
    "less",
    "closer",
];

/// Nouns of an apposition that sums up the event or the figure of the
/// clause before it ("prices rose, an increase of ten percent").
pub(crate) const EVENT_NOUNS: &[&str] = &[
    "increase",
    "decrease",
    "rise",
    "drop",
    "decline",
    "jump",
    "gain",
    "loss",
    "change",
    "feat",
    "move",
    "decision",
    "step",
    "total",
    "fraction",
    "percent",
    "percentage",
    "share",
    "record",
    "cut",
    "reduction",
    "doubling",
    "tripling",
];

/// Number words that announce an enumeration before a colon ("three
/// parts: ...").
pub(crate) const COUNTING: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "several",
    "various",
    "many",
    "following",
    "both",
];

/// The determiners that keep a subject from def/bare-noun ("The budget is
/// almost certain to ...").
pub(crate) const SUBJECT_DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "our", "my", "your", "his", "her", "its",
    "their", "some", "any", "each", "every",
];

/// Words that end an attribution's object: prepositions, relative words and
/// conjunctions ("developed X in 1990", "X which ...").
pub(crate) const OBJECT_STOPS: &[&str] = &[
    "in",
    "by",
    "who",
    "which",
    "that",
    "as",
    "to",
    "for",
    "with",
    "from",
    "during",
    "when",
    "and",
    "while",
    "after",
    "since",
    "because",
    "at",
    "on",
    "into",
    "among",
    "under",
    "throughout",
    "within",
    "across",
    "upon",
    "against",
];

/// Determiners and possessives dropped from an attribution object's start.
pub(crate) const OBJECT_DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "this",
];
