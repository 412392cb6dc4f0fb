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

/// Heads of a construct: "a method of questioning".
/// [`CONSTRUCT_NOUNS`] plus "method", "model", "system", "theory", ...: kept apart (same output).
pub(crate) const CONSTRUCT_HEADS: &[&str] = &[
    "method",
    "theory",
    "concept",
    "notion",
    "principle",
    "technique",
    "model",
    "framework",
    "hypothesis",
    "doctrine",
    "paradigm",
    "algorithm",
    "formula",
    "system",
    "scale",
    "index",
    "law",
];

/// Nouns so general that, as the whole object, they point at a thing
/// named elsewhere.
pub(crate) const GENERAL_NOUNS: &[&str] = &[
    "instrument",
    "system",
    "code",
    "device",
    "machine",
    "apparatus",
    "tool",
    "thing",
    "object",
    "product",
    "method",
    "process",
    "technique",
    "form",
    "version",
    "one",
];

/// Auxiliaries and modals: in an object they mean a clause.
/// Not [`FINITE_AUXILIARIES`]: adds "been", "make", "makes" (same output keeps both).
pub(crate) const AUXILIARIES_AND_MODALS: &[&str] = &[
    "has", "have", "had", "is", "are", "was", "were", "been", "will", "would", "can", "could",
    "may", "might", "must", "should", "shall", "does", "did", "make", "makes",
];

/// Nouns for program parts: an agent headed by one is code.
pub(crate) const CODE_NOUNS: &[&str] = &[
    "class",
    "classes",
    "object",
    "objects",
    "function",
    "functions",
    "method",
    "methods",
    "module",
    "modules",
    "type",
    "types",
    "variable",
    "variables",
    "flag",
    "flags",
    "option",
    "options",
    "field",
    "fields",
    "attribute",
    "attributes",
    "parameter",
    "parameters",
    "argument",
    "arguments",
    "statement",
    "macro",
    "macros",
    "struct",
    "structure",
    "header",
    "file",
    "library",
    "interface",
    "protocol",
    "driver",
];

/// Not [`PREPOSITIONS`]: adds "for", "to", "near", "unto" (same output keeps both).
pub(crate) const AGENT_PREPOSITIONS: &[&str] = &[
    "at", "in", "of", "to", "from", "for", "with", "on", "into", "onto", "among", "under", "near",
    "within", "across", "toward", "towards", "unto",
];

/// Words that hedge the statement of an act.
pub(crate) const HEDGES: &[&str] = &[
    "whether",
    "if",
    "perhaps",
    "possibly",
    "probably",
    "maybe",
    "allegedly",
    "reportedly",
    "supposedly",
    "apparently",
    "unclear",
    "doubtful",
    "unlikely",
];

/// Words that, right before a participle, make it an adjective, or that
/// open no name when they open an agent.
pub(crate) const AGENT_NOT_NAME_OPENERS: &[&str] = &[
    "other", "each", "every", "no", "any", "less", "least", "more", "most", "well", "self", "such",
    "certain", "some", "all", "both", "for", "of", "whose", "newly", "ill", "so",
];

/// Words that go on a leading field frame ("In algebra, especially in
/// ring theory, ...").
pub(crate) const FIELD_FRAME_LINKS: &[&str] = &[
    "particularly",
    "especially",
    "specifically",
    "notably",
    "and",
    "or",
];

/// Words that open a second name or a note on the name after a comma in
/// an entry's subject ("X, also Y, is", "X, officially Y, is", "X, first
/// printed in 1801, is").
pub(crate) const NAME_NOTE_OPENERS: &[&str] = &[
    "also",
    "or",
    "officially",
    "formerly",
    "formally",
    "more",
    "better",
    "commonly",
    "internationally",
    "known",
    "nicknamed",
    "sometimes",
    "often",
    "usually",
    "abbreviated",
    "short",
    "literally",
    "meaning",
    "simply",
    "born",
    "written",
    "first",
    "originally",
    "previously",
    "locally",
    "natively",
    "colloquially",
    "informally",
    "popularly",
    "traditionally",
    "historically",
    "alternatively",
    "called",
    "spelled",
    "spelt",
    "styled",
    "romanized",
    "romanised",
    "abbreviation",
    "acronym",
    "plural",
    "singular",
];

/// Second words of a text that ranks rather than classifies ("was the
/// first to ...", "was the only one ...").
pub(crate) const RANK_WORDS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "last", "only", "sole", "next", "same",
    "latter", "former", "one", "result", "reason", "case", "answer", "question", "problem",
];

/// Words that open an inverted or pronominal clause, not a name ("So great
/// was the cost", "Such was the case", "It was a day").
pub(crate) const NOT_AN_ENTRY_OPENERS: &[&str] = &[
    "so",
    "such",
    "scarcely",
    "hardly",
    "nor",
    "never",
    "neither",
    "rarely",
    "seldom",
    "only",
    "thus",
    "hence",
    "here",
    "there",
    "where",
    "what",
    "how",
    "it",
    "this",
    "that",
    "these",
    "those",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "one",
    "which",
    "who",
    "its",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "all",
    "each",
    "every",
    "some",
    "any",
    "no",
    "none",
    "many",
    "much",
    "most",
    "both",
    "another",
    "other",
    "yet",
    "but",
    "and",
    "or",
    "then",
    "now",
    "also",
    "still",
    "even",
    "not",
    "mr",
    "mrs",
    "ms",
    "dear",
    "today",
    "yesterday",
    "last",
    "next",
    "ours",
    "mine",
    "yours",
    "theirs",
    "hers",
];

/// Lowercase words that may sit inside a name ("Charles de Gaulle",
/// "Order of the Garter", "Ibn al Haytham").
pub(crate) const NAME_CONNECTORS: &[&str] = &[
    "of", "the", "and", "de", "da", "das", "do", "dos", "del", "della", "der", "den", "di", "du",
    "la", "le", "les", "van", "von", "y", "e", "al", "el", "bin", "ibn", "ben", "for", "in", "on",
    "upon", "zu", "af", "&",
];

/// General nouns that, alone after "the" or "this", stand for a thing named
/// before ("The method was first described by A"), not for a term.
pub(crate) const CLASS_NOUNS: &[&str] = &[
    "method",
    "process",
    "phenomenon",
    "technique",
    "approach",
    "idea",
    "theory",
    "effect",
    "practice",
    "model",
    "framework",
    "principle",
    "procedure",
];

/// Words that open a quantity or an adverbial, not a term: "created almost
/// 20 million jobs", "proposed upon such conditions".
pub(crate) const NOT_TERM_OPENERS: &[&str] = &[
    "almost",
    "nearly",
    "about",
    "over",
    "around",
    "some",
    "several",
    "many",
    "more",
    "most",
    "much",
    "only",
    "just",
    "upon",
    "earlier",
    "later",
    "again",
    "here",
    "there",
    "up",
    "out",
    "back",
    "down",
    "off",
    "away",
    "together",
    "however",
    "moreover",
    "furthermore",
    "therefore",
    "thus",
    "hence",
    "instead",
    "meanwhile",
    "today",
    "now",
    "yet",
    "still",
    "indeed",
    "finally",
    "but",
    "within",
    "between",
    "inside",
    "using",
    "even",
    "please",
    "if",
    "so",
    "into",
    "through",
    "without",
    "across",
    "under",
    "against",
    "beyond",
    "per",
    "via",
];

/// Adverbs without "-ly" that stand before a verb.
pub(crate) const ADVERBS_WITHOUT_LY: &[&str] = &[
    "again", "never", "already", "also", "just", "once", "then", "still", "ever", "soon", "later",
    "having", "being",
];

/// Common English words in "-ly" that are nouns or adjectives.
pub(crate) const LY_NOT_ADVERBS: &[&str] = &[
    "early",
    "family",
    "daily",
    "weekly",
    "monthly",
    "yearly",
    "hourly",
    "nightly",
    "assembly",
    "supply",
    "reply",
    "apply",
    "imply",
    "comply",
    "multiply",
    "anomaly",
    "monopoly",
    "butterfly",
    "holy",
    "friendly",
    "likely",
    "lonely",
    "lovely",
    "lively",
    "elderly",
    "orderly",
    "costly",
    "deadly",
    "homily",
    "jelly",
    "belly",
    "bully",
    "rally",
    "tally",
    "folly",
    "silly",
    "ugly",
    "curly",
    "hilly",
    "oily",
    "chilly",
    "woolly",
    "melancholy",
    "unruly",
    "burly",
    "surly",
    "ghastly",
    "heavenly",
    "italy",
    "july",
];

/// Titles written with a period before a name: "Dr. Jane Roe".
pub(crate) const PERIOD_TITLES: &[&str] = &[
    "Dr", "Mr", "Mrs", "Ms", "Prof", "Rev", "St", "Sr", "Jr", "Gen", "Col", "Capt", "Lieut", "Lt",
    "Sen", "Rep", "Gov", "Hon", "Messrs", "Mme", "Mlle", "Fr", "Sgt", "Maj", "Adm", "Supt",
];

/// Words for groups that may end an agent ("and myself", "and others").
pub(crate) const AGENT_TAILS: &[&str] = &[
    " and myself",
    " and others",
    " and colleagues",
    " et al",
    " and coworkers",
];

/// Auxiliaries that make the verb a perfect or passive, not an active act.
/// Not [`AUXILIARIES`]: forms of "have" and "be" only (no modals, no "do").
pub(crate) const PERFECT_PASSIVE_AUXILIARIES: &[&str] = &[
    "has", "have", "had", "is", "are", "was", "were", "be", "been", "being",
];

/// Determiners and quantifiers: a noun phrase they open is not a name.
/// Not [`NOUN_PHRASE_DETERMINERS`] nor [`DETERMINERS`]: adds quantifiers ("all", "few", "such").
pub(crate) const NOT_NAME_DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my",
    "your", "many", "some", "several", "most", "few", "various", "any", "all", "each", "every",
    "such",
];

/// Adjectives that point at other text ("the following", "the same"): a
/// noun phrase they open names no term.
/// Not [`POINTING`] (pronouns and demonstratives): adjectives ("the following").
pub(crate) const POINTING_ADJECTIVES: &[&str] = &[
    "following",
    "above",
    "below",
    "aforementioned",
    "same",
    "latter",
    "former",
    "next",
    "previous",
    "other",
];

/// Function words that end an agent read backwards, or are dropped from it.
pub(crate) const AGENT_FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "in", "on", "at", "by", "for", "of", "to", "from", "with", "and", "or",
    "but", "that", "which", "who", "whom", "while", "when", "where", "as", "also", "then", "had",
    "has", "have", "was", "were", "is", "are", "be", "been", "being", "not", "first", "later",
    "soon", "after", "before", "since", "during", "so", "thus", "his", "her", "their", "its",
    "our", "my", "your", "this", "these", "those", "such", "some", "any", "all", "both",
];

/// Words that never are an agent on their own.
pub(crate) const NOT_AGENTS: &[&str] = &[
    "he",
    "she",
    "it",
    "they",
    "them",
    "him",
    "us",
    "me",
    "we",
    "i",
    "you",
    "this",
    "that",
    "these",
    "those",
    "who",
    "which",
    "one",
    "someone",
    "somebody",
    "anyone",
    "anybody",
    "everyone",
    "everybody",
    "nobody",
    "people",
    "many",
    "others",
    "authors",
    "author",
    "researchers",
    "scholars",
    "team",
    "study",
    "paper",
    "article",
    "book",
    "work",
    "report",
    // "by accident", "by hand": idioms, not agents.
    "accident",
    "chance",
    "mistake",
    "hand",
    "default",
    "design",
    "law",
    "nature",
    "definition",
    "far",
];

/// Stems of the verbs the patterns know: a sentence with none of them cannot hold
/// an attribution. One aho-corasick pass, far cheaper than any regex.
pub(crate) const ATTRIBUTION_VERB_STEMS: &[&str] = &[
    "coined",
    "introduced",
    "invented",
    "originated",
    "populari",
    "developed",
    "proposed",
    "presented",
    "created",
    "devised",
    "formulated",
    "pioneered",
    "founded",
    "first used",
    "described",
    "defined",
];

/// Heads of named constructs beside [`CLASS_NOUNS`].
/// A subset of [`CONSTRUCT_HEADS`] (without "method", "theory", ...): kept apart (same output).
pub(crate) const CONSTRUCT_NOUNS: &[&str] = &[
    "hypothesis",
    "paradigm",
    "scale",
    "index",
    "law",
    "doctrine",
    "formula",
    "algorithm",
    "concept",
    "notion",
];

/// Heads of "X, or state of being X'd"-type pairs: a second sense, not a
/// restatement.
pub(crate) const SENSE_HEADS: &[&str] = &["state", "act", "process", "condition", "quality", "art"];

/// Words that open an introductory phrase, not a list item.
#[rustfmt::skip]
pub(crate) const INTRO_PHRASE_OPENERS: &[&str] = &[
    "in", "on", "at", "by", "for", "from", "with", "after", "before", "during", "when", "while",
    "if", "since", "although", "though", "because", "as", "once", "until", "however", "thus",
    "also", "moreover", "then", "today", "now", "here", "there", "of", "to", "through", "under",
    "over", "within", "without", "among", "between", "unlike", "like",
];

/// Finite auxiliaries: a text that holds one (outside a relative clause) is
/// a clause, not a noun phrase.
/// Not [`AUXILIARIES`]: "shall" and no "do"; not [`AUXILIARIES_AND_MODALS`] (same output keeps all).
#[rustfmt::skip]
pub(crate) const FINITE_AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "shall",
    "should", "may", "might", "must", "does", "did",
];

/// Determiners that open a noun phrase (a second list item, an
/// alternative).
/// Not [`NOT_NAME_DETERMINERS`]: adds "another", "one", no quantifiers (same output keeps both).
#[rustfmt::skip]
pub(crate) const NOUN_PHRASE_DETERMINERS: &[&str] = &[
    "a", "an", "the", "one", "some", "any", "another", "our", "their", "its", "his", "her", "my",
    "your", "this", "that", "these", "those",
];

/// First-person possessives: a definition states what a term means for
/// everyone, an opinion speaks of "our" things. ("we", "us" and "myself"
/// were measured too: textbooks say "a group that we join", and an agent
/// "by X and myself" is no opinion.)
#[rustfmt::skip]
pub(crate) const FIRST_PERSON_POSSESSIVES: &[&str] = &["our", "ours", "my", "mine"];

/// Words of [`FUNCTION_TERMS`] that are nouns after a determiner ("a
/// note", "the second", "a well").
#[rustfmt::skip]
pub(crate) const NOUN_AFTER_DETERMINER: &[&str] = &[
    "note", "well", "course", "first", "second", "third", "see", "thanks", "today", "tonight",
    "tomorrow", "yesterday", "ones", "hello",
];

/// Endings of adverbs in -ly made from adjectives ("generally",
/// "especially", "arbitrarily"); nouns in -ly ("family", "housefly",
/// "assembly") end otherwise.
#[rustfmt::skip]
pub(crate) const LY_ADVERB_ENDINGS: &[&str] = &[
    "ally", "ously", "ively", "ently", "antly", "ibly", "ably", "edly", "ingly", "fully",
    "lessly", "arly", "ctly", "stly", "ntly", "rtly", "ately", "arily", "ily",
];

/// Words that end a phrase that is not a noun phrase ("Pertaining to",
/// "Built of").
#[rustfmt::skip]
pub(crate) const PHRASE_END_NOT_NOUN: &[&str] = &[
    "of", "to", "in", "on", "at", "by", "for", "from", "with", "about", "into", "upon", "and",
    "or", "but", "than", "as", "like", "the", "a", "an",
];

/// Words that are never a defined term on their own: pronouns,
/// determiners, conjunctions, discourse adverbs, interjections, numeral
/// words and the imperatives that open notes.
#[rustfmt::skip]
pub(crate) const FUNCTION_TERMS: &[&str] = &[
    "i", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they", "them", "this",
    "that", "these", "those", "one", "ones", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "ten", "some", "any", "all", "none", "each", "every", "both", "either",
    "neither", "such", "what", "which", "who", "whom", "and", "or", "but", "so", "yet", "now",
    "then", "here", "there", "hence", "thus", "therefore", "also", "too", "still", "even",
    "just", "only", "however", "moreover", "furthermore", "indeed", "yes", "no", "ok", "okay",
    "please", "note", "see", "thanks", "hello", "hi", "oh", "well", "again", "today", "tonight",
    "tomorrow", "yesterday", "imho", "imo", "btw", "fyi", "first", "second", "third",
    "finally", "lastly", "else", "instead", "otherwise", "perhaps", "maybe", "course",
];

/// Words that end the head of a defining text.
pub(crate) const HEAD_END_WORDS: &[&str] = &[
    "of", "to", "for", "in", "behind", "from", "on", "at", "by", "with", "between", "among",
    "that", "which", "who", "whose", "where", "when", "whereby", "as", "than", "and", "or",
];

/// Endings of abstract nouns ("inflammation", "payment", "confidence",
/// "kindness", "acidity", "realism"): a bare predicate headed by one of
/// them right after the copula names a class ("Gastritis is inflammation
/// of the stomach"), where a lone adjective or state word does not ("Iron
/// is present in ...", "Hail is common in ..."). Used by the
/// `bare-noun/noun-head` check.
pub const NOMINAL_ENDINGS: &[&str] = &[
    "tion", "sion", "ment", "ness", "ity", "ance", "ence", "ism", "ship", "hood",
];

/// Whether the lowercase word `w` ends like an abstract noun (see
/// [`NOMINAL_ENDINGS`]); words of five letters or fewer never do.
pub(crate) fn nominal_head(w: &str) -> bool {
    w.len() > 5 && NOMINAL_ENDINGS.iter().any(|e| w.ends_with(e))
}

/// Words too common to be a useful prefilter trigger on their own
/// (`fast::derive` scores a trigger group down when it holds one).
pub const TOO_COMMON_TO_TRIGGER: &[&str] = &[
    "a", "an", "the", "of", "and", "or", "to", "in", "is", "are", "s", "it", "as", "be",
];

#[cfg(test)]
#[path = "lexicon_tests.rs"]
mod tests;
