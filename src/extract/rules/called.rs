//! The "called" rows of the definition table: "X is called Y", "what is
//! known as Y", "When X, it is called Y", "a N called Y".

use super::*;
use crate::extract::guards as guard;
use crate::extract::pattern::Pattern;
use crate::extract::rule::{Check, Rule};

/// The "called" rows, in table order.
pub(super) const CALLED_RULES: &[Rule] = &[
    Rule {
        pattern: Pattern {
            name: "def/when-called",
            regex: r"(?i)^(?:when|if|whenever) (?P<text>[^;?]+?), (?:it|this|that|they|these|the result|the process|the effect)(?P<link> (?:is|are)(?: \w+ly| also| often| sometimes| then)?) (?:called|termed|known as|referred to as)(?P<term> [^;?]+)$",
            hits: &[
                (
                    "When a species splits into two, it is called speciation.",
                    "speciation := a species splits into two",
                ),
                (
                    "When two rivers join into one, they are called a confluence.",
                    "confluence := two rivers join into one",
                ),
            ],
            misses: &["When he arrived, it is called a day."],
        },
        // Triggers hand-written: the derived groups need one of these two
        // (the other part of its regex is a class or optional).
        triggers: &[&["when", "if"], CALLED],
        checks: &[Check::TermAfterVerb],
        exempt_from: &[guard::CLAUSE_GUARDS, &["guard/ranked-term"]],
    },
    Rule {
        pattern: Pattern {
            name: "def/called",
            regex: r"(?i)^(?P<text>[^;?]+?),?(?P<link> (?:is|are|was|were|can be|may be|has been|have been)(?: \w+ly| also| often| sometimes| now| then| still)?) (?:called|termed|named|dubbed|known as|referred to as)(?P<term> [^;?]+)(?:;[^?]*)?$",
            hits: &[
                (
                    "The force that pulls objects toward the earth is called gravity.",
                    "gravity := the force that pulls objects toward the earth",
                ),
                (
                    "Animals that eat plants alone are known as herbivores, and they have flat teeth.",
                    "herbivores := animals that eat plants alone",
                ),
                (
                    "A tree that sheds all its leaves in autumn is called deciduous; most maples are.",
                    "deciduous := a tree that sheds all its leaves in autumn",
                ),
                (
                    "The second layer of a wall is called the middle coat.",
                    "middle coat := the second layer of a wall",
                ),
                (
                    "A measure of this pull on a body is called its weight.",
                    "weight := a measure of this pull on a body",
                ),
            ],
            misses: &[
                "These layers are called strata.",
                "The dog is called Rex.",
                "Today this stretch of coast is called the Flats.",
                "The house where my aunt lived is called Oakwood.",
            ],
        },
        // Triggers hand-written: the derived groups need one of these two
        // (the other part of its regex is a class or optional).
        triggers: &[COPULA_ANY, CALLED],
        checks: &[
            Check::TermAfterVerb,
            Check::KeepsSubordinator,
            Check::SubjectIsText,
            Check::NoFirstPersonText,
        ],
        exempt_from: &[guard::PREDICATE_GUARDS, &["guard/ranked-term"]],
    },
    Rule {
        pattern: Pattern {
            name: "def/said-to-be",
            regex: r"(?i)^(?P<text>[^;?]+?),?(?P<link> (?:is|are)(?: \w+ly| also| often| sometimes| then| thus)?) said to be(?P<term> [^;?]+)$",
            hits: &[
                (
                    "A number that has no divisor but one and itself is said to be prime.",
                    "prime := a number that has no divisor but one and itself",
                ),
                (
                    "When a gas cannot hold more vapour, the air is said to be saturated.",
                    "saturated := a gas cannot hold more vapour",
                ),
            ],
            misses: &[
                "The old mill is said to be haunted.",
                "He is said to be the richest man in town.",
                "The northern route is said to be the most direct path to the coast.",
                "Such crystals are said to be brittle.",
            ],
        },
        triggers: &[],
        checks: &[Check::TermAfterVerb, Check::SaidToBe, Check::SubjectIsText],
        exempt_from: &[guard::PREDICATE_GUARDS, &["guard/ranked-term"]],
    },
    Rule {
        pattern: Pattern {
            name: "def/what-called",
            regex: r"(?i)(?-u:\b)what (?:is|are|was|were|has been|have been|became|has become|had become|came to be|we|they|he|she|people|[\w-]+ists|economists|historians|[A-Z][\w-]+)(?: \w+ly| now| often| also| sometimes| later)? (?:called|termed|named|dubbed|known as|referred to as|call|calls|term|terms|dub|dubs|refer to as|refers to as)(?P<term> [^,;?()]+?)(?: \([^()]*\))?, (?P<text>(?:which|who) (?:is|are) .*|(?:in which|where|whereby) .*|(?:a|an|the) [\w-]+(?: [\w-]+){0,3} (?:of|that|which|who|in which|where|whereby|used|by which|for|with)(?-u:\b).*)$",
            hits: &[
                (
                    "Prices rose in what economists call a bubble, in which buyers keep paying rising prices for goods.",
                    "bubble := buyers keep paying rising prices for goods",
                ),
                (
                    "The report warned of what he dubbed the quiet class, a group of workers who never strike.",
                    "quiet class := a group of workers who never strike",
                ),
            ],
            misses: &[
                "He moved on to what is known as family therapy, which will be covered later.",
                "The court relied on what is known as the Hale rule, which was first applied in 1901.",
                "The senator backed what was known as the Grand Plan, a new bank, and lower taxes.",
            ],
        },
        triggers: &[],
        checks: &[Check::TermAfterVerb, Check::StripWhichIs],
        exempt_from: &[&["guard/ranked-term"]],
    },
    Rule {
        pattern: Pattern {
            name: "def/is-what-called",
            regex: r"(?i)^(?P<text>[^;?]+?)(?P<link> (?:is|are)) what (?:we|they|people|[\w-]+ists|economists|historians|[A-Z][\w-]+)(?: \w+ly| now| often| also| sometimes)? (?:call|term|refer to as)(?P<term> [^;?]+)$",
            hits: &[(
                "A group of firms that agree to fix prices is what economists call a cartel.",
                "cartel := a group of firms that agree to fix prices",
            )],
            misses: &[
                "This is what we call a good day.",
                "That is what they call it.",
            ],
        },
        triggers: &[],
        checks: &[Check::TermAfterVerb, Check::SubjectIsText],
        exempt_from: &[guard::PREDICATE_GUARDS, &["guard/ranked-term"]],
    },
    Rule {
        pattern: Pattern {
            name: "def/which-called",
            regex: r"(?i)(?-u:\b)(?P<text>(?:a|an|the) [^,;?()]+?),? which (?:is|are)(?: \w+ly| also| often| sometimes)? (?:called|termed|known as|referred to as)(?P<term> [^;?]+)$",
            hits: &[(
                "Every magnet has a temperature above which it fails, which is called the Curie point.",
                "curie point := a temperature above which it fails",
            )],
            misses: &["He owns a dog, which is called Rex."],
        },
        triggers: &[],
        checks: &[Check::TermAfterVerb],
        exempt_from: &[&["guard/ranked-term"]],
    },
    Rule {
        pattern: Pattern {
            name: "def/clause-called",
            regex: r"(?i)^(?P<text>[^?]+?)(?:(?:;|:|,? and) (?:this|these)(?: [\w-]+){1,3}|(?:;|:|,? and|,) (?:this|these|they|it))(?P<link> (?:is|are|was|were)(?: often| also| sometimes| commonly)?) (?:called|termed|known as|referred to as)(?P<term> [^;?]+)$",
            hits: &[
                (
                    "Because the tax falls on every buyer alike, it is sometimes called a flat levy.",
                    "flat levy := the tax falls on every buyer alike",
                ),
                (
                    "Lenders charge a price for waiting: it is called interest.",
                    "interest := lenders charge a price for waiting",
                ),
                (
                    "Farmers plant a different crop in each field every year; this practice is called crop rotation.",
                    "crop rotation := farmers plant a different crop in each field every year",
                ),
            ],
            misses: &[
                "He sold the farm; it is called Oakwood.",
                "Taken together, these tools are called the kit.",
            ],
        },
        // Triggers hand-written: the derived groups need one of these two
        // (the other part of its regex is a class or optional).
        triggers: &[&["this", "these", "they", "it"], CALLED],
        checks: &[Check::TermAfterVerb],
        exempt_from: &[guard::CLAUSE_GUARDS, &["guard/ranked-term"]],
    },
    Rule {
        pattern: Pattern {
            name: "def/np-called",
            regex: r"(?i)^(?P<text>[^?]+?)(?:,|\s?\u{2014}) ?(?:a|an) [\w-]+(?: [\w-]+){0,2},? (?:called|known as|termed|referred to as)(?P<term> [^,;()?]+?)\W*$",
            hits: &[(
                "Old wine slowly turns to vinegar in open casks, a process called acetification.",
                "acetification := old wine slowly turns to vinegar in open casks",
            )],
            misses: &["It happened at night, a time known as the dark hour."],
        },
        // Triggers hand-written: the derived groups need one of these two
        // (the other part of its regex is a class or optional).
        triggers: &[&[", a", ", an", "\u{2014}"], CALLED],
        checks: &[Check::TermAfterVerb],
        exempt_from: &[&["guard/ranked-term"]],
    },
    Rule {
        pattern: Pattern {
            name: "def/inline-called",
            regex: r"(?i)^(?P<text>(?:[^;?]*?\s)?(?:(?:a|an|the) (?:[^\s,;:?()]+ ){0,3}?[^\s,;:?()]+|[^\s,;:?()]+s)),? (?P<link>called|known as|termed|referred to as)(?P<term> [^;?]+)$",
            hits: &[
                (
                    "A leaf grows a waxy layer called the cuticle on its upper side.",
                    "cuticle := a leaf grows a waxy layer",
                ),
                (
                    "Sound reaches a small bone known as the stirrup.",
                    "stirrup := sound reaches a small bone",
                ),
                (
                    "Plants store water in sacs called vacuoles.",
                    "vacuoles := plants store water in sacs",
                ),
                (
                    "All flowers of this family have a short spur called the nectary.",
                    "nectary := all flowers of this family have a short spur",
                ),
            ],
            misses: &[
                "The old man called the dog inside.",
                "This shape called a ring appears twice.",
                "She wrote a novel called The Long Road after the war.",
                "Early settlers built a fort known as barracks stood near the river.",
                "Last year we bought a small boat called the tern.",
            ],
        },
        triggers: &[],
        checks: &[
            Check::TermAfterVerb,
            Check::SubjectIsText,
            Check::InlineCalled,
        ],
        exempt_from: &[guard::PREDICATE_GUARDS, &["guard/ranked-term"]],
    },
    Rule {
        pattern: Pattern {
            name: "def/aliased-subject",
            regex: r"^(?P<subj>[^,;?()]+?)(?i:, (?:also|sometimes|often|commonly|collectively) (?:called|known as|termed|referred to as) [^,;?()]+,|, or [^,;?()]+,| \((?:also |sometimes |often |commonly |collectively )?(?:called|known as|termed|referred to as) [^()]+\),?)(?P<text> [a-z].*)$",
            hits: &[
                (
                    "The trachea (also called the windpipe) carries air to the lungs.",
                    "trachea := carries air to the lungs",
                ),
                (
                    "A sand bar, sometimes called a shoal, forms where a current slows down.",
                    "sand bar := forms where a current slows down",
                ),
                (
                    "A gully, or small ravine, forms where running water cuts into soil.",
                    "gully := forms where running water cuts into soil",
                ),
            ],
            misses: &[
                "The trachea (also called the windpipe) Smith said.",
                "Our hero, also known as the kid, ran home.",
                "Sooner, or later, they will leave.",
            ],
        },
        // Triggers hand-written: its regex requires no literal (classes, optional parts or
        // alternatives without one).
        triggers: &[&["called", "known as", "termed", "referred to as", ", or "]],
        checks: &[Check::OrSubjectNounPhrase],
        exempt_from: &[],
    },
];
