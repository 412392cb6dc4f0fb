//! Attribution guards: named filters that reject a candidate attribution
//! (issue 12), each with sentences it lets through and sentences it stops.
//!
//! In: one sentence and the parts of one candidate (agent, verb, object,
//! the canonical relation, whether the sentence names the object as a
//! term). Out: the name of the first guard that rejects it, or `None`.
//!
//! An attribution's object must be a term or a named construct and its
//! agent a name: the guards below say what "not a term" and "not a name"
//! look like in general English (closed-class words and morphology only,
//! never the vocabulary of one subject).

use super::lexicon::{
    AGENT_NOT_NAME_OPENERS, AGENT_PREPOSITIONS, AUXILIARIES_AND_MODALS, CODE_NOUNS,
    CONSTRUCT_HEADS, GENERAL_NOUNS, HEDGES,
};
use std::ops::Range;

/// One candidate attribution; ranges index `sentence`.
#[derive(Debug, Clone)]
pub struct Cand<'a> {
    /// The sentence.
    pub sentence: &'a str,
    /// Who.
    pub agent: Range<usize>,
    /// The verb as matched.
    pub verb: Range<usize>,
    /// The object as cleaned.
    pub object: Range<usize>,
    /// Canonical relation ("coined", "invented", ...).
    pub relation: &'static str,
    /// The sentence names the object as a term (quote, "the term X", a
    /// construct noun) or the object is an anaphor for one.
    pub named: bool,
}

/// Where an attribution guard applies.
#[derive(Debug, Clone, Copy)]
pub struct AttrScope {
    /// It looks at the agent alone: it also applies to the agent a
    /// definition rule gives ([`reject_agent`]).
    pub agent_only: bool,
}

/// One attribution guard: `test` (true rejects the candidate). Hits are
/// sentences the whole extractor still reads, with the expected rendering
/// (`agent relation object [dates]`, lowercased); on misses this guard
/// rejects a candidate and the extractor yields nothing.
pub type AttrGuard = super::guards::shape::Guard<fn(&Cand<'_>) -> bool, AttrScope>;

/// Every attribution guard, in the order they are tried.
pub static ATTR_GUARDS: &[AttrGuard] = &[
    AttrGuard {
        id: "guard/attr-adjectival",
        scope: AttrScope { agent_only: true },
        test: adjectival,
        hits: &[(
            "In 1972, Ada Park proposed the concept of soft budgets.",
            "ada park proposed soft budgets [1972]",
        )],
        misses: &[
            "The Lab uses Smith-developed Methods.",
            "The board rejected the Mayor's proposed Harbour Tax.",
            "Other invented Languages include Ido and Novial.",
            "Please note the rights of the Acme-originated Setup Tool.",
        ],
    },
    AttrGuard {
        id: "guard/attr-agent-opener",
        scope: AttrScope { agent_only: true },
        test: agent_opener,
        hits: &[(
            "In 1990, Acme Corp introduced the Lee Doctrine.",
            "acme corp introduced lee doctrine [1990]",
        )],
        misses: &["Initially Acme Corp introduced the Lee Doctrine."],
    },
    AttrGuard {
        id: "guard/attr-hedged",
        scope: AttrScope { agent_only: false },
        test: hedged,
        hits: &[(
            "Ann Lee coined the term slow media in 2001.",
            "ann lee coined slow media [2001]",
        )],
        misses: &[
            "Whether Ann Lee coined the term slow media, nobody knows.",
            "Perhaps Omar Haddad invented the Haddad Scale.",
        ],
    },
    AttrGuard {
        id: "guard/attr-agent-after-preposition",
        // Not for a definition rule's agent: "according to A" finds it
        // after a preposition by design.
        scope: AttrScope { agent_only: false },
        test: agent_after_preposition,
        hits: &[(
            "In 1961, Joan Reyes proposed the name lumenite.",
            "joan reyes proposed lumenite [1961]",
        )],
        misses: &[
            "Chemists working at Geneva proposed the name lumenite.",
            "The clerk sent to the Senate proposed Rules for the Harbour Board.",
        ],
    },
    AttrGuard {
        id: "guard/attr-code-semantics",
        scope: AttrScope { agent_only: true },
        test: code_semantics,
        hits: &[(
            "Grace Hopper developed the COBOL Language in 1959.",
            "grace hopper developed cobol language [1959]",
        )],
        misses: &["The Redraw method was introduced by the Widget_Base class."],
    },
    AttrGuard {
        id: "guard/attr-describes",
        scope: AttrScope { agent_only: true },
        test: describes,
        hits: &[(
            "In 1931, the Lee Report coined the term harbour hazard.",
            "lee report coined harbour hazard []",
        )],
        misses: &["The Lee Report describes a harbour hazard as a zone where ships may sink."],
    },
    AttrGuard {
        id: "guard/attr-object-debris",
        scope: AttrScope { agent_only: false },
        test: object_debris,
        hits: &[(
            "Acme was founded by Ann Lee in 1990.",
            "ann lee founded acme [1990]",
        )],
        misses: &[
            "Acme has been selling Tools since it was founded by Ann Lee in 1990.",
            "Sen. Ann Lee introduced S.12, a bill on tolls.",
            "Vega invented the World's first Solar Kettle.",
            "The Z80, Z85 and Z90 were developed by Zeta Corp.",
            "Ann Lee introduced Scan(0, 1) in the Lee Kit.",
        ],
    },
    AttrGuard {
        id: OBJECT_NOT_A_TERM,
        scope: AttrScope { agent_only: false },
        test: object_not_a_term,
        hits: &[
            (
                "Whitney invented the cotton gin in 1793.",
                "whitney invented cotton gin [1793]",
            ),
            (
                "In 1935, President Roosevelt created Social Security.",
                "president roosevelt created social security [1935]",
            ),
            (
                "Socrates introduced a method of questioning.",
                "socrates introduced method of questioning []",
            ),
            (
                "The Esperanto language was invented by Dr. Ludwig Zamenhof in 1887.",
                "dr. ludwig zamenhof invented esperanto language [1887]",
            ),
        ],
        misses: &[
            "Acme Corp introduced a new set of instructions.",
            "And God created man in his own image.",
            "Last month, Congress proposed a new tax on imports.",
            "The Acme Group created new jobs in the valley.",
            "Thus first Necessity invented stools.",
            "The instrument was invented by Dr. Ann Lee in 1901.",
            "The system was founded by Dr. Ann Lee in 1901.",
            "In May the Congo presented the UN with a hard question.",
        ],
    },
];

/// The guard about the object's kind: the caller may overrule it for an
/// object the text has just defined.
pub const OBJECT_NOT_A_TERM: &str = "guard/attr-object-not-a-term";

/// The first guard that rejects `c`.
pub fn reject(c: &Cand<'_>) -> Option<&'static str> {
    ATTR_GUARDS.iter().find(|g| (g.test)(c)).map(|g| g.id)
}

/// The guards about the agent alone, for an attribution a definition rule
/// gives ("A defines X as Y"): its agent must be a name too.
pub fn reject_agent(sentence: &str, agent: Range<usize>) -> Option<&'static str> {
    let c = Cand {
        sentence,
        verb: agent.end..agent.end,
        object: agent.end..agent.end,
        agent,
        relation: "defined",
        named: true,
    };
    ATTR_GUARDS
        .iter()
        .find(|g| g.scope.agent_only && (g.test)(&c))
        .map(|g| g.id)
}

// ------------------------------------------------------------ the tests

/// A participle used as an adjective: "well-developed", "SuSE-originated"
/// (a hyphen glues the verb to the word before), "the Mayor's proposed
/// tax" (a possessive before it), "other invented languages" (a
/// determiner or degree word before it).
fn adjectival(c: &Cand<'_>) -> bool {
    let s = c.sentence;
    if c.agent.end > c.verb.start {
        return false;
    }
    let before = &s[..c.verb.start];
    if before.ends_with('-') {
        return true;
    }
    let Some(last) = words(before).pop() else {
        return false;
    };
    let l = last.to_lowercase().replace('\u{2019}', "'");
    l.ends_with("'s") || l.ends_with("s'") || is(&l, AGENT_NOT_NAME_OPENERS)
}

/// An agent that opens with a sentence adverb or a function word
/// ("Initially Acme Corp", "For each"): the name was cut wrong.
fn agent_opener(c: &Cand<'_>) -> bool {
    let ws = agent_words(c);
    ws.first().is_some_and(|w| {
        is(w, AGENT_NOT_NAME_OPENERS)
            || (ws.len() > 1 && w.len() > 4 && w.ends_with("ly") && !w.ends_with("ply"))
    })
}

/// "A describes X as Y": a characterization by a document or a person,
/// not the authorship of a term ("the report describes the harbour as
/// ...", "the table describes the configuration").
fn describes(c: &Cand<'_>) -> bool {
    let after = c.sentence.get(c.agent.end..).unwrap_or("");
    words(after)
        .first()
        .is_some_and(|w| is(w, &["describes", "describe", "described"]))
}

/// "Whether A coined X", "perhaps A invented X", "A reportedly
/// introduced X": the sentence does not state the act.
fn hedged(c: &Cand<'_>) -> bool {
    let s = c.sentence;
    let upto = c.verb.start.max(c.agent.end).min(s.len());
    let head = &s[..upto];
    let from = head.rfind([';', ':']).map_or(0, |i| i + 1);
    words(&head[from..]).iter().any(|w| is(w, HEDGES))
}

/// "Chemists working at Geneva proposed ...": the name read backwards
/// from the verb is the object of a preposition, not the subject.
fn agent_after_preposition(c: &Cand<'_>) -> bool {
    let s = c.sentence;
    if c.agent.end > c.verb.start {
        return false;
    }
    let mut ws = words(&s[..c.agent.start]);
    while ws.last().is_some_and(|w| is(w, &["the", "a", "an"])) {
        ws.pop();
    }
    let gap = &s[..c.agent.start];
    let last_comma = gap.rfind([',', ';', ':', '(']).unwrap_or(0);
    ws.last().is_some_and(|w| {
        is(w, AGENT_PREPOSITIONS) && gap.rfind(w.as_str()).is_some_and(|i| i >= last_comma)
    })
}

/// "The Widget class introduced a method": code that declares or
/// describes something, not a person or body that coined it. The agent's
/// head is a noun for a program part, or the agent is an identifier.
fn code_semantics(c: &Cand<'_>) -> bool {
    let agent = &c.sentence[c.agent.clone()];
    if agent.contains(['_', '(', ')']) {
        return true;
    }
    let ws = words(agent);
    ws.len() >= 2 && ws.last().is_some_and(|w| is(w, CODE_NOUNS))
}

/// An object that is a fragment: one character ("S" of "S.12"), opening
/// with a pronoun or a possessive ("the world's first ..."), or holding
/// a finite verb (the clause ran on: "Acme has been selling ...").
fn object_debris(c: &Cand<'_>) -> bool {
    let s = c.sentence;
    let o = &s[c.object.clone()];
    if o.chars().filter(|c| c.is_alphanumeric()).count() < 2 || o.contains(['\\', '<', '>', '=']) {
        return true;
    }
    let after = s.get(c.object.end..).unwrap_or("");
    // A call ("Scan(0, 1)"), or the last item of a list before "and".
    let list_item = s[..c.object.start].trim_end().ends_with(',')
        && (after.starts_with(" and ") || after.starts_with(" or "));
    if after.starts_with('(') || list_item {
        return true;
    }
    let ws = words(o);
    let Some(first) = ws.first() else {
        return true;
    };
    let f = first.to_lowercase().replace('\u{2019}', "'");
    // A possessive, also with its apostrophe lost ("world s first").
    let possessive = f.ends_with("'s") || ws.get(1).is_some_and(|w| w == "s");
    (ws.len() > 1 && (possessive || is(&f, &["it", "its", "he", "she", "they", "we"])))
        || ws.iter().skip(1).any(|w| is(w, AUXILIARIES_AND_MODALS))
}

/// The object is no term or named construct. Kept: a verb about words
/// ("coined"), an object the sentence names as a term, a proper name
/// (a capital inside the sentence; two or more for "created" and
/// "presented", whose literal acts take single names: "created Adam"),
/// an abstract noun of a doctrine or field ("-ism", "-ology"), a general
/// noun for a construct ("a method of ..."), and an invention: a
/// singular noun phrase with an article after "invented".
fn object_not_a_term(c: &Cand<'_>) -> bool {
    if c.named || super::attribution::TERM_RELATIONS.contains(&c.relation) {
        return false;
    }
    let s = c.sentence;
    let o = &s[c.object.clone()];
    let ws = words(o);
    let names = name_words(s, c.object.clone());
    let literal = matches!(c.relation, "created" | "presented");
    if names >= 2 || (names == 1 && !literal) {
        return false;
    }
    if ws.iter().any(|w| abstract_noun(w)) && !literal {
        return false;
    }
    // A construct noun with its modifier or complement ("a method of
    // questioning"); alone ("the system") it points at a thing named
    // elsewhere.
    let head = ws.iter().take_while(|w| !is(w, &["of"])).last();
    if ws.len() > 1 && head.is_some_and(|w| is(w, CONSTRUCT_HEADS)) {
        return false;
    }
    if c.relation == "invented" {
        let det = words(&s[..c.object.start])
            .last()
            .is_some_and(|w| is(w, &["the", "a", "an"]));
        let plural = ws.last().is_some_and(|w| {
            w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")
        });
        // "the instrument", "the original code": a general noun stands for
        // a thing named elsewhere.
        let general = ws.last().is_some_and(|w| is(w, GENERAL_NOUNS));
        return !(det && !plural && !general);
    }
    true
}

/// "-ism", "-ology", "-ography": the morphology of a doctrine or a field.
fn abstract_noun(w: &str) -> bool {
    let l = w.to_lowercase();
    // "mechanism", "organism", "prism" are things, not doctrines.
    l.len() > 5
        && !l.contains("anism")
        && !l.ends_with("prism")
        && ["ism", "isms", "ology", "ologies", "ography", "onomy"]
            .iter()
            .any(|e| l.ends_with(e))
}

/// How many words of `s[r]` look like parts of a name: a capital (or a
/// digit after a capital: "SSE2") on a word that is not the first word of
/// the sentence. When the object opens the sentence, its first word counts
/// only if another word of it is capitalized too ("Social Security").
fn name_words(s: &str, r: Range<usize>) -> usize {
    let first_at = s
        .char_indices()
        .find(|(_, c)| c.is_alphanumeric())
        .map_or(0, |(i, _)| i);
    let mut n = 0;
    let mut opener = false;
    let mut at = r.start;
    for w in words(&s[r.clone()]) {
        let off = s[at..].find(w.as_str()).map_or(at, |i| at + i);
        at = off + w.len();
        if !w.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        if off == first_at {
            opener = true;
        } else {
            n += 1;
        }
    }
    // A lone capitalized word opening the sentence without an article
    // ("Acme was founded by ...") is a name.
    let one = words(&s[r]).len() == 1;
    if opener && (n >= 1 || one) { n + 1 } else { n }
}

// ------------------------------------------------------------ helpers

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}' || c == '-'))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn agent_words(c: &Cand<'_>) -> Vec<String> {
    words(&c.sentence[c.agent.clone()])
}

fn is(w: &str, list: &[&str]) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guard_names_are_unique_and_examples_present() {
        let mut seen = std::collections::BTreeSet::new();
        for g in ATTR_GUARDS {
            assert!(seen.insert(g.id), "{} twice", g.id);
            assert!(g.id.starts_with("guard/attr-"), "{}", g.id);
            assert!(!g.hits.is_empty() && !g.misses.is_empty(), "{}", g.id);
        }
    }

    #[test]
    fn agent_guards_for_definition_rules() {
        let s = "The Widget class defines two methods.";
        let a = 0..s.find(" defines").unwrap();
        assert_eq!(reject_agent(s, a), Some("guard/attr-code-semantics"));
        let s = "For each defined point, a name is kept.";
        assert_eq!(
            reject_agent(s, 0..8),
            Some("guard/attr-adjectival"),
            "{}",
            &s[0..8]
        );
        let s = "Initially PEP 484 defined the type system.";
        assert_eq!(reject_agent(s, 0..17), Some("guard/attr-agent-opener"));
        let s = "Peace, according to Ann Lee, is a state without war.";
        assert_eq!(reject_agent(s, 20..27), None);
        let s = "PEP 338 defines executing modules as scripts.";
        assert_eq!(reject_agent(s, 0..7), None);
    }

    #[test]
    fn name_words_count_capitals_inside_the_sentence() {
        let s = "Social Security was created by the Congress.";
        assert_eq!(name_words(s, 0..15), 2);
        let s = "God created man.";
        assert_eq!(name_words(s, 12..15), 0);
        let s = "The Congo presented the UN with a question.";
        assert_eq!(name_words(s, 24..26), 1);
    }
}
