//! Guards: filters that reject a candidate definition.
//!
//! In: a sentence and the parts of one candidate match (the term with its
//! determiner, the linking words between term and text, the text).
//! Out: the name of the first guard that rejects it, or `None`.
//!
//! Guards are data like the patterns: each has a name (`guard/...`), the
//! part of the match it looks at ([`Target`]), a case-insensitive regex, and
//! example sentences on which the whole extractor must find no definition
//! (checked by the table test in `engine/tests.rs`). The word lists are
//! general English (pronouns, determiners, evaluative adjectives, opinion
//! verbs), never the vocabulary of one subject.

pub mod check_rows;
pub mod checks;
pub mod gloss;
pub mod shape;

use super::lexicon::HEAD_END_WORDS;
use super::pattern::Compiled;
use super::trace::{Event, Trace};
use regex::Regex;
use std::sync::LazyLock;

/// The part of a candidate match a guard looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The whole sentence.
    Sentence,
    /// The sentence up to the start of the defining text (the whole
    /// sentence when the text is not a part of it).
    BeforeText,
    /// The term, with its leading determiner if it had one.
    Term,
    /// The words that link term and text ("is", "can be briefly defined as").
    Link,
    /// The defining text.
    Text,
    /// The head of the defining text: its first words up to and with the
    /// first preposition or clause word ("the functional basis of").
    Head,
    /// The head of a defining text that opens without an article ("made
    /// up of", "xylem cells with"); empty when the text opens with one.
    BareHead,
}

/// One definition guard: a case-insensitive regex (`test`; a match
/// rejects the candidate) over one part of a candidate (`scope`, the
/// [`Target`]). Hits are sentences with the guard's cue that are real
/// definitions: the whole extractor must still give the claim (`term :=
/// text`, as `definition::render` writes it); on misses it must find no
/// definition.
pub type DefinitionGuard = shape::Guard<&'static str, Target>;

/// Every guard, in the order they are tried.
pub static GUARDS: &[DefinitionGuard] = &[
    DefinitionGuard {
        id: "guard/question",
        scope: Target::Sentence,
        test: r"\?",
        hits: &[(
            "A quiz is a short test that asks a few questions.",
            "quiz := a short test that asks a few questions",
        )],
        misses: &[
            "What is the difference between a virus and a bacterium?",
            "Is a tomato a fruit or a vegetable?",
        ],
    },
    DefinitionGuard {
        id: "guard/negated-link",
        scope: Target::Link,
        test: r"(?-u:\b)(?:not|never|no longer|hardly|scarcely|by no means|in no way)(?-u:\b)|n't(?-u:\b)",
        hits: &[(
            "A mule is a hybrid animal that cannot breed.",
            "mule := a hybrid animal that cannot breed",
        )],
        misses: &[
            "A whale is not a fish that breathes through gills.",
            "Democracy is never defined as the rule of a single person.",
        ],
    },
    DefinitionGuard {
        id: "guard/negated-text",
        scope: Target::Text,
        test: r"^(?:not|never|no|nothing|neither|none|hardly|scarcely|by no means|in no way)(?-u:\b)",
        hits: &[(
            "A nonprofit is an organisation that does not pay dividends to owners.",
            "nonprofit := an organisation that does not pay dividends to owners",
        )],
        misses: &[
            "A library is by no means a place that only lends books.",
            "Chess is in no way a game that rewards luck.",
            "A hobby club is not a company that pays dividends.",
            "Such informal chats would not qualify as negotiations under the treaty.",
        ],
    },
    DefinitionGuard {
        id: "guard/hedge",
        scope: Target::Text,
        test: r"^(?:said|thought|believed|considered|supposed|claimed|reported|seen|regarded|viewed|known|likely|unlikely|expected|able|unable|about|going)(?-u:\b)",
        hits: &[(
            "A rumour is a story that is said to be true but is not confirmed.",
            "rumour := a story that is said to be true but is not confirmed",
        )],
        misses: &[
            "The northern route is said to be the most direct path to the coast.",
            "Green tea is thought to be a drink that calms the mind.",
        ],
    },
    DefinitionGuard {
        id: "guard/evaluative",
        scope: Target::Text,
        test: r"^(?:\S+\s+){0,3}?(?:good|great|excellent|best|better|worse|worst|important|useful|effective|efficient|accessible|interesting|valuable|powerful|successful|popular|famous|perfect|ideal|poor|bad|remarkable|wonderful|beautiful|nice|highly|very|so|too|especially|particularly|extremely|quite|really|truly|most|least|favou?rite|essential|crucial|vital|necessary|helpful|invaluable|easy|difficult|convenient|promising|impressive|fascinating|exciting|amazing|outstanding|superb|significant|key|largest|smallest|biggest|greatest|highest|lowest|latest|oldest|newest|obvious)(?-u:\b)|(?-u:\b)one of (?:its|a|their|his|her) kind(?-u:\b)|^(?:a bit|a little|a lot|a great deal|a tad|a touch)(?-u:\b)",
        hits: &[(
            "A benchmark is a standard test used to measure how good a program is.",
            "benchmark := a standard test used to measure how good a program is",
        )],
        misses: &[
            "This guide is a good example of clear technical writing.",
            "The novel is a highly accessible book, full of humour.",
            "Regular sleep is the most effective way to improve memory.",
            "Entropy is a useful concept for engineers.",
            "The museum is one of its kind in the region.",
            "Their garden is so important to them that they never travel.",
            "A map is especially useful when you hike in fog.",
            "The sky over the hills is a bit cloudy with a chance of rain.",
        ],
    },
    DefinitionGuard {
        id: "guard/property",
        scope: Target::Head,
        test: r"^(?:(?:an?|the|one|some|its|their)\s+)?(?:[\w-]+\s+){0,3}?(?:example|instance|illustration|member|piece|basis|bases|cause|result|source|consequence|product|reason|focus|center|centre|origin|goal|purpose|subject|topic|target|role|outcome|reverse|majority|minority|rest|remainder|key|answer|culprit|hallmark|cornerstone|foundation|backbone|heart|core|essence|symbol|sign|victim|winner|loser|leader|home|responsibility|equivalent|job|task|duty|focus|aim|motto|result)s?\s+(?:of|to|for|in|behind|from|on)$",
        hits: &[(
            "A pathogen is an organism that can cause disease.",
            "pathogen := an organism that can cause disease",
        )],
        misses: &[
            "Antibodies are the functional basis of immune defence.",
            "Poor diet is a leading cause of heart disease.",
            "Rust is the result of iron reacting with oxygen.",
            "The rover was a member of the second mission.",
            "Hawks are members of a large family of birds.",
        ],
    },
    DefinitionGuard {
        id: "guard/adjective-text",
        scope: Target::Text,
        test: r"^(?:[\w-]+ly\s+)?(?:[\w-]+(?:able|ible|ous|ful|ive|ic|ary|ical|less|ly|est)|same|due|close|free|rich|full|common|present|absent|similar|different|responsible|unique|true|subject|aware|capable|important|necessary|central|vital|dependent|independent|resistant|susceptible|prone|equal|opposite|found|made|known|seen|given|shown|built|held|taken|part|evident|consistent|efficient|sufficient|relevant|abundant|prevalent|apparent|rare|high|low|large|small|big|short|long|able|unable|easy|hard|available|possible|impossible|good|bad|sure|certain|open|closed|native|specific|particular|equivalent|normal|typical|prominent|dominant|ready|clear|safe|key|next|near|far|enough|adjacent|parallel|perpendicular|exempt|immune|inherent|intrinsic|integral|fundamental|central|akin|unrelated|distinct|separate|superior|inferior|contrary|identical|critical|essential|crucial|unclear|open|alive|dead|present|absent|involved|busy|full|empty|divided|split)\s+(?:of|for|to|with|in|on|about|from|between|by|at|than|into|through|among|within|against)(?-u:\b)",
        hits: &[(
            "A solvent is a liquid capable of dissolving other substances.",
            "solvent := a liquid capable of dissolving other substances",
        )],
        misses: &[
            "Most lizards are active during the warm part of the day.",
            "Iron is present in many foods.",
            "Young owls are dependent on their parents for food.",
        ],
    },
    DefinitionGuard {
        id: "guard/verbal-head",
        scope: Target::BareHead,
        test: r"^(?:(?:[\w-]+ly|also|often|always|sometimes|not|only|being|been|further|still|then|now|even|well|much|more|less|most|least|up|out|down|off)\s+)*(?:found|located|situated|distributed|concentrated|scattered|used|seen|observed|known|thought|believed|considered|expected|related|associated|linked|connected|involved|based|given|shown|held|taken|released|transmitted|passed|applied|presented|expressed|measured|drawn|placed|attached|stored|classified|divided|removed|replaced|lined|covered|surrounded|filled|made|done|said|due|built|grown|born|sent|carried|moved|transported|secreted|produced|generated|caused|determined|affected|influenced|controlled|regulated|needed|required|written|published|printed|sold|bought|paid|run|led|owned|held|kept|left)\s+(?:(?:[\w-]+ly|also|often|only|up|out|down|off|together|apart)\s+)*\S+$",
        hits: &[(
            "A lintel is a beam placed above a door or window.",
            "lintel := a beam placed above a door or window",
        )],
        misses: &[
            "Most rivers are fed mainly by rain from the hills.",
            "The roof is made up of slate tiles from the quarry.",
            "Wild orchids are found mostly in damp woods.",
        ],
    },
    DefinitionGuard {
        id: "guard/preposition-text",
        scope: Target::Text,
        test: r"^(?:under|over|in|on|at|by|for|with|from|of|into|onto|about|between|among|within|without|through|during|after|before|above|below|near|behind|beyond|beside|inside|outside|around|along|across|against|toward|towards|like|unlike|as|so|too|not|now|then|there|here|only|just|even|up|down|out|off|back|away|still|already|yet|and|or|but|nor|see|e\.g|i\.e|including|especially)(?-u:\b)",
        hits: &[(
            "A porch is a covered shelter in front of the door of a house.",
            "porch := a covered shelter in front of the door of a house",
        )],
        misses: &[
            "The nest is under the eaves of the barn, out of reach of cats.",
            "Most forms are in the top drawer of the desk.",
        ],
    },
    DefinitionGuard {
        id: "guard/comparative",
        scope: Target::Text,
        test: r"^(?:\S+\s+){0,4}?than(?-u:\b)|^(?:more|less|fewer|greater|smaller|larger|higher|lower|bigger|better|worse|similar|equal|identical|related|analogous|comparable|opposite|different|equivalent|superior|inferior|like|unlike|as)(?-u:\b)",
        hits: &[(
            "A lake is a body of water larger than a pond.",
            "lake := a body of water larger than a pond",
        )],
        misses: &[
            "A mountain is larger than a hill that rises nearby.",
            "Copper wires are better conductors than steel wires.",
            "Glass is similar to a liquid that flows very slowly.",
        ],
    },
    DefinitionGuard {
        id: "guard/anaphoric-term",
        scope: Target::Term,
        test: r"^(?:it|its|this|that|these|those|they|them|their|he|she|his|her|him|we|our|us|you|your|i|my|me|such|here|there|one|ones|another|other|others|each|every|some|many|most|much|all|both|few|several|either|neither|none|no|what|which|who|whom|whose|how|why|where|when|whatever|everything|something|anything|nothing|everyone|someone|anyone|the (?:latter|former|same|following|above|below|next|other|rest|remaining|previous))(?-u:\b)|(?-u:\b)(?:this|these|those|such|said|aforementioned|the above|the latter|the former)(?-u:\b)",
        hits: &[(
            "A pronoun is a word such as it or they that stands for a noun.",
            "pronoun := a word such as it or they that stands for a noun",
        )],
        misses: &[
            "It is a small town that sits on a river.",
            "This is the reason that trains run late.",
            "These layers are called strata.",
            "Such a device is called a siphon.",
            "Our approach is a method that balances cost and speed.",
            "They are proteins that speed up reactions.",
            "The subject of this report is a theory that explains tides.",
        ],
    },
    DefinitionGuard {
        id: "guard/ranked-term",
        scope: Target::Term,
        test: r"(?-u:\b)(?:first|second|third|fourth|fifth|last|final|next|previous|latter|former|best|worst|largest|smallest|biggest|greatest|highest|lowest|deepest|longest|shortest|oldest|newest|earliest|latest|simplest|strongest|weakest|fastest|slowest|most|least)(?-u:\b)",
        hits: &[(
            "A primer is the first coat of paint put on a surface.",
            "primer := the first coat of paint put on a surface",
        )],
        misses: &[
            "The first stage is the planning stage, which lasts a week.",
            "The deepest part of the lake is the trench near the old dam.",
        ],
    },
    DefinitionGuard {
        id: "guard/generic-term",
        scope: Target::Term,
        test: r"^(?:(?:the|a|an)\s+)?(?:input|output|result|answer|problem|goal|aim|purpose|idea|point|reason|question|difference|solution|subject|topic|focus|approach|method|thing|way|fact|case|issue|key|trick|secret|truth|catch|outcome|conclusion|effect|rest|following|first|second|third|last|next|other|problem|example|situation|reality|process|type|kind|form|result|first step|next step|last step|main idea|main point|good news|bad news|bottom line|plan|hope|challenge|danger|risk|advantage|disadvantage|benefit|drawback|downside|upside|consensus|evidence|finding|claim|assumption|premise|hypothesis)s?$",
        hits: &[(
            "A problem set is a list of exercises that a teacher hands out.",
            "problem set := a list of exercises that a teacher hands out",
        )],
        misses: &[
            "The input is a list of numbers that may be empty.",
            "The problem is the cost of shipping, which keeps rising.",
            "The goal is a system that heals itself.",
        ],
    },
    DefinitionGuard {
        id: "guard/meta-term",
        scope: Target::Term,
        test: r"^the\s+(?:book|paper|article|study|report|chapter|section|work|author|film|movie|album|song|project|website|site|page|course|class|program|programme|event|meeting|conference|concept|term|theory|model|approach|method|process|system|idea|notion|definition|word|phrase|text|story|series|show|game|company|team|group)s?$",
        hits: &[(
            "A research paper is a written report of an original study.",
            "research paper := a written report of an original study",
        )],
        misses: &[
            "The book is a must-read for anyone interested in history.",
            "The concept is an extension of an older rule that nobody used.",
        ],
    },
    DefinitionGuard {
        id: "guard/counted-term",
        scope: Target::Term,
        test: r"^(?:(?:the|these|those|its|their)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|\d+|several|many|few|various|numerous|both)(?:\s|$)",
        hits: &[(
            "A ten-speed is a bicycle with ten gears.",
            "ten-speed := a bicycle with ten gears",
        )],
        misses: &[
            "The three primary colours are red, yellow and blue.",
            "The two parties are the senders and the receivers.",
        ],
    },
    DefinitionGuard {
        id: "guard/opinion",
        scope: Target::BeforeText,
        test: r"(?-u:\b)(?:dismiss|deride|view|regard|consider|treat|portray|depict|criticize|criticise|ridicule|praise|hail|brand|mock|perceive|see|saw|seen)(?:s|es|ed|d)?(?-u:\b)[^.;]{1,80}?(?-u:\b)as(?-u:\b)",
        hits: &[(
            "A viewfinder is a small window that shows the view as the lens sees it.",
            "viewfinder := a small window that shows the view as the lens sees it",
        )],
        misses: &[
            "Critics dismiss the reform as a waste of money.",
            "Many voters viewed the tax as a kind of punishment.",
            "Some engineers regard the design as the best solution.",
            "Old sailors saw the storm as a sign that the voyage was cursed.",
        ],
    },
    DefinitionGuard {
        id: "guard/list",
        scope: Target::Text,
        test: r"^(?:(?:the |a |an )?[\w-]+(?: [\w-]+)?, ){2,}(?:and |or )?(?:the |a |an )?[\w-]+(?: [\w-]+)?\W*$",
        hits: &[(
            "A trio is a group of three singers, players or dancers.",
            "trio := a group of three singers, players or dancers",
        )],
        misses: &[
            "Keywords: trade, tariffs, import quotas, customs unions.",
            "The primary colours are red, blue, and yellow.",
        ],
    },
    DefinitionGuard {
        id: "guard/short-predicate",
        scope: Target::Text,
        test: r"^(?:an?|the)\s+[\w'’-]+(?:\s+[\w'’-]+)?$",
        hits: &[(
            "A foal is a young horse under one year old.",
            "foal := a young horse under one year old",
        )],
        misses: &[
            "Salt water is a good conductor.",
            "The lake is a reservoir.",
        ],
    },
    DefinitionGuard {
        id: "guard/determiner-text",
        scope: Target::Text,
        test: r"^(?:(?:another|other|its|their|his|her|our|my|your|this|these|such|many|several|both|each|most|much|further|also|thus|therefore|hence|often|usually|always|sometimes|still|now|then|just|only|even|already|increasingly|largely|mainly|mostly|partly|probably|certainly|clearly|indeed|actually)(?-u:\b)|[a-z]+ed\s+(?:on|to|in|at|from|with|as|into|for)(?-u:\b))",
        hits: &[(
            "A sibling is a brother or sister who shares their parents.",
            "sibling := a brother or sister who shares their parents",
        )],
        misses: &[
            "Jane Smith is another painter who studied in Paris.",
            "The mayor is further empowered to see that laws are obeyed.",
            "Urban renewal is premised on the idea that new buildings attract people.",
        ],
    },
    DefinitionGuard {
        id: "guard/clause-text",
        scope: Target::Text,
        test: r"^(?:if|whether|because|so that|unless)(?-u:\b)",
        hits: &[(
            "A condition is a clause that says what happens if a term is broken.",
            "condition := a clause that says what happens if a term is broken",
        )],
        misses: &[
            "A red sky means if anything that rain is coming.",
            "A low score means because of rules that the test failed.",
        ],
    },
    DefinitionGuard {
        id: "guard/example-term",
        scope: Target::Term,
        test: r"^(?:(?:an?|the)\s+)?(?:[\w-]+\s+)?examples?\b",
        hits: &[(
            "A counterexample is a case that shows a general claim to be false.",
            "counterexample := a case that shows a general claim to be false",
        )],
        misses: &[
            "An obvious example is the melting of ice in spring.",
            "Examples of hard metals are the steel alloys used in tools.",
        ],
    },
    DefinitionGuard {
        id: "guard/explanation",
        scope: Target::Text,
        test: r"^(?:\S+\s+){1,8}?because\b|(?-u:\b)what$",
        hits: &[(
            "An excuse is a reason given to explain why someone did something.",
            "excuse := a reason given to explain why someone did something",
        )],
        misses: &[
            "Ice is a solid because its molecules are locked in a lattice.",
            "Large stars have what is called a short life.",
        ],
    },
    DefinitionGuard {
        id: "guard/quantity-text",
        scope: Target::Text,
        test: r"^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|several|various|multiple|many|numerous|a number of|a few|both)(?-u:\b)",
        hits: &[(
            "A quartet is a group of four musicians who play together.",
            "quartet := a group of four musicians who play together",
        )],
        misses: &["The committee consists of nine members from each state."],
    },
    DefinitionGuard {
        id: "guard/renamed-text",
        scope: Target::Text,
        test: r"^(?:\S+\s+){1,5}?(?:called|known as|termed|named)(?-u:\b)",
        hits: &[(
            "A pseudonym is a false name that an author writes under.",
            "pseudonym := a false name that an author writes under",
        )],
        misses: &["The blocker is a protein called Lockin, which binds to the gate."],
    },
    DefinitionGuard {
        id: "guard/title-text",
        scope: Target::Text,
        test: r"^(?-i:(?:The|A|An) [A-Z][\w'-]*(?: (?:of|and|the|a|an|in|for|to|on|[A-Z][\w'-]*))+)$",
        hits: &[(
            "The Iliad is an ancient Greek poem about the siege of Troy.",
            "iliad := an ancient greek poem about the siege of troy",
        )],
        misses: &["Harvest: The Hidden Economy of a River Town."],
    },
    DefinitionGuard {
        id: "guard/pronoun-clause-text",
        scope: Target::Text,
        test: r"^(?:it|we|they|he|she|i|you)\s",
        hits: &[(
            "A diary is a book in which you write what happens each day.",
            "diary := a book in which you write what happens each day",
        )],
        misses: &["The survey describes the town as it was in the last century."],
    },
    DefinitionGuard {
        id: "guard/cut-off",
        scope: Target::Text,
        test: r"^\W*(?:(?:as|to|of|the|a|an|and|or|that|which|is|are|be|in|by|for|with|its|their|his|her)\W*)*$",
        hits: &[(
            "A ledger is a book in which a firm records its accounts.",
            "ledger := a book in which a firm records its accounts",
        )],
        misses: &[
            "The council defined the new zone as.",
            "In that year the society described the method as",
            "Democracy can be defined as.",
        ],
    },
];

static COMPILED: LazyLock<Compiled> = LazyLock::new(|| {
    Compiled::new(
        GUARDS
            .iter()
            .map(|g| (g.id, format!("(?i){}", g.test)))
            .collect(),
    )
});

/// Compile every guard regex now, in parallel (see [`Compiled::warm`]).
pub(crate) fn warm_up() {
    COMPILED.warm();
}

/// Each guard's target, name and regex, in table order.
fn compiled() -> impl Iterator<Item = (Target, &'static str, &'static Regex)> {
    GUARDS
        .iter()
        .zip(COMPILED.iter())
        .map(|(g, re)| (g.scope, g.id, re))
}
/// The parts of one candidate that the guards look at.
#[derive(Debug, Clone, Copy)]
pub struct Candidate<'a> {
    /// The whole sentence.
    pub sentence: &'a str,
    /// The term, with its determiner if it had one.
    pub term: &'a str,
    /// The linking words between term and text (may be empty).
    pub link: &'a str,
    /// The defining text.
    pub text: &'a str,
}

/// The head of a text: up to and with the first preposition or clause word
/// ("of", "that", "which", ...), stopping at punctuation.
pub fn head(text: &str) -> &str {
    let mut end = 0;
    for (i, w) in text.split_whitespace().enumerate().take(8) {
        let Some(at) = text[end..].find(w).map(|j| end + j) else {
            break;
        };
        end = at + w.len();
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.ends_with([',', ';', ':']) {
            end -= 1;
            break;
        }
        if i > 0 && HEAD_END_WORDS.iter().any(|h| h.eq_ignore_ascii_case(bare)) {
            break;
        }
    }
    &text[..end]
}

/// [`head`] of a text that does not open with "a", "an" or "the"; else "".
pub fn bare_head(text: &str) -> &str {
    let first = text.split_whitespace().next().unwrap_or("");
    if super::lexicon::DETERMINERS
        .iter()
        .any(|d| d.eq_ignore_ascii_case(first))
    {
        ""
    } else {
        head(text)
    }
}

/// The name of the first guard that rejects `c`, if any.
pub fn reject(c: &Candidate<'_>) -> Option<&'static str> {
    reject_except(c, &[])
}

/// Guards about a predicate (comparisons, evaluations, short or quantified
/// texts): they do not apply when the text is a noun phrase naming the term
/// ("A branch with more than two forks is called a fork cluster").
pub const PREDICATE_GUARDS: &[&str] = &[
    "guard/verbal-head",
    "guard/adjective-text",
    "guard/preposition-text",
    "guard/evaluative",
    "guard/comparative",
    "guard/short-predicate",
    "guard/quantity-text",
    "guard/property",
];

/// Guards about the first word of a predicate (a determiner or adverb, a
/// pronoun opening a clause).
pub const PREDICATE_OPENING_GUARDS: &[&str] =
    &["guard/determiner-text", "guard/pronoun-clause-text"];

/// Guards that do not apply to a text that is a whole clause ("The theory
/// states that each cell ..."): [`PREDICATE_GUARDS`] and
/// [`PREDICATE_OPENING_GUARDS`].
pub const CLAUSE_GUARDS: &[&str] = &CLAUSE_GUARD_IDS;

const CLAUSE_GUARD_IDS: [&str; PREDICATE_GUARDS.len() + PREDICATE_OPENING_GUARDS.len()] =
    join(PREDICATE_GUARDS, PREDICATE_OPENING_GUARDS);

/// Guards about a defining text that an alias pair, which has none, is
/// exempt from (its empty text would read as cut off). The alias rows list
/// it in `exempt_from`.
pub const ALIAS_EXEMPT: &[&str] = &["guard/cut-off", "guard/list"];

/// `a` then `b`, as one array of `N` ids.
const fn join<const N: usize>(a: &[&'static str], b: &[&'static str]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = if i < a.len() { a[i] } else { b[i - a.len()] };
        i += 1;
    }
    out
}

/// Like [`reject`], but only the guards named in `only` apply.
pub fn reject_only(c: &Candidate<'_>, only: &[&str]) -> Option<&'static str> {
    compiled()
        .filter(|(_, name, _)| only.contains(name))
        .find(|(target, _, re)| re.is_match(hay(c, *target)))
        .map(|(_, name, _)| name)
}

/// The part of `c` a guard with `target` looks at.
fn hay<'a>(c: &Candidate<'a>, target: Target) -> &'a str {
    match target {
        Target::Sentence => c.sentence,
        Target::BeforeText => before_text(c),
        Target::Term => c.term,
        Target::Link => c.link,
        Target::Text => c.text,
        Target::Head => head(c.text),
        Target::BareHead => bare_head(c.text),
    }
}

/// The sentence of `c` up to where its text starts (all of it when the
/// text lies elsewhere).
fn before_text<'a>(c: &Candidate<'a>) -> &'a str {
    let start = (c.text.as_ptr() as usize).wrapping_sub(c.sentence.as_ptr() as usize);
    if start <= c.sentence.len() && c.sentence.is_char_boundary(start) {
        &c.sentence[..start]
    } else {
        c.sentence
    }
}

/// Like [`reject`], but the guards named in `skip` do not apply.
pub fn reject_except(c: &Candidate<'_>, skip: &[&str]) -> Option<&'static str> {
    for (target, name, re) in compiled() {
        if skip.contains(&name) {
            continue;
        }
        if re.is_match(hay(c, target)) {
            return Some(name);
        }
    }
    None
}

/// Report to `t`, as checks of `rule`, the guards that [`reject_except`]
/// with `skip` ran and the one that rejected (`rejected`, its result):
/// every guard not skipped up to that one, in order.
pub fn report<T: Trace + ?Sized>(
    t: &mut T,
    rule: &'static str,
    skip: &[&str],
    rejected: Option<&'static str>,
) {
    if !t.enabled() {
        return;
    }
    for g in GUARDS.iter().filter(|g| !skip.contains(&g.id)) {
        let hit = rejected == Some(g.id);
        t.event(Event::Check {
            rule,
            check: g.id,
            passed: !hit,
        });
        if hit {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn before_text_is_the_sentence_up_to_the_text() {
        let s = "Critics view the tax as a burden.";
        let c = Candidate {
            sentence: s,
            term: &s["Critics view the ".len()..][..3],
            link: "",
            text: &s["Critics view the tax as ".len()..s.len() - 1],
        };
        assert_eq!(before_text(&c), "Critics view the tax as ");
        // A text that is not a part of the sentence: the whole sentence.
        let other = String::from("a burden");
        let c = Candidate { text: &other, ..c };
        assert_eq!(before_text(&c), s);
    }

    #[test]
    fn guard_table_shape() {
        let mut seen = std::collections::BTreeSet::new();
        for g in GUARDS {
            assert!(seen.insert(g.id), "{}: duplicate", g.id);
            assert!(g.id.starts_with("guard/"), "{}", g.id);
            assert!(!g.misses.is_empty(), "{}: no miss example", g.id);
            assert!(!g.hits.is_empty(), "{}: no hit example", g.id);
            assert!(Regex::new(g.test).is_ok(), "{}: bad regex", g.id);
        }
        assert_eq!(COMPILED.len(), GUARDS.len());
    }

    #[test]
    fn an_alias_pair_passes_the_text_guards_it_is_exempt_from() {
        // An alias pair has no text: the cut-off guard reads it as cut off,
        // which is why alias rows list ALIAS_EXEMPT; a guard about names
        // still rejects it.
        let s = "The windpipe (also called the trachea) carries air.";
        let c = Candidate {
            sentence: s,
            term: "windpipe",
            link: "",
            text: "",
        };
        assert_eq!(reject(&c), Some("guard/cut-off"));
        assert_eq!(reject_except(&c, ALIAS_EXEMPT), None);
        let c = Candidate { term: "these", ..c };
        assert_eq!(
            reject_except(&c, ALIAS_EXEMPT),
            Some("guard/anaphoric-term")
        );
    }

    #[test]
    fn named_guard_lists_hold_guard_ids() {
        let ids: Vec<&str> = GUARDS.iter().map(|g| g.id).collect();
        for list in [
            PREDICATE_GUARDS,
            PREDICATE_OPENING_GUARDS,
            CLAUSE_GUARDS,
            ALIAS_EXEMPT,
        ] {
            for g in list {
                assert!(ids.contains(g), "{g}: not a guard");
            }
        }
        // The clause guards are the predicate guards and the guards about a
        // predicate's first word, nothing else.
        let mut both: Vec<&str> = PREDICATE_GUARDS
            .iter()
            .chain(PREDICATE_OPENING_GUARDS)
            .copied()
            .collect();
        assert!(
            PREDICATE_GUARDS
                .iter()
                .all(|g| !PREDICATE_OPENING_GUARDS.contains(g))
        );
        assert_eq!(CLAUSE_GUARDS, both.as_slice());
        both.sort_unstable();
        both.dedup();
        assert_eq!(both.len(), CLAUSE_GUARDS.len());
    }
}
