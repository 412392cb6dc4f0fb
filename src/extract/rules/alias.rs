//! The alias table: abbreviations, "also called", "X or Y is".

use super::*;
use crate::extract::guards as guard;
use crate::extract::pattern::Pattern;
use crate::extract::rule::{Check, Rule};

/// The alias patterns.
pub static ALIAS_PATTERNS: &[Rule] = &[
    Rule {
        pattern: Pattern {
            name: "alias/abbreviation",
            regex: r"(?P<pre>\S)\s*\((?P<alias>[A-Za-z][\w&.-]{1,11})\)",
            hits: &[
                (
                    "The World Health Organization (WHO) was founded in 1948.",
                    "world health organization = WHO",
                ),
                (
                    "Gross domestic product (GDP) measures output.",
                    "gross domestic product = GDP",
                ),
            ],
            misses: &["The river (Nile) floods.", "The answer (yes) was clear."],
        },
        triggers: &[&["("]],
        checks: &[Check::Abbreviation],
        exempt_from: &[guard::ALIAS_EXEMPT],
    },
    Rule {
        pattern: Pattern {
            name: "alias/also-called",
            regex: r"(?i)(?P<pre>\S)\s*\((?:also |sometimes |often |commonly |or )?(?:called|known as|termed|referred to as|abbreviated(?: as)?|or|aka) (?P<alias>[^()]+)\)",
            hits: &[(
                "The trachea (also called the windpipe) carries air to the lungs.",
                "trachea = windpipe",
            )],
            misses: &["The trachea (also called) carries air."],
        },
        triggers: &[&["("]],
        checks: &[Check::TermAfterVerb],
        exempt_from: &[guard::ALIAS_EXEMPT],
    },
    Rule {
        pattern: Pattern {
            name: "alias/also-known-as",
            regex: r"(?i)(?P<pre>\S),? (?:also|otherwise|sometimes|often|commonly|more commonly|better|popularly) (?:called|known as|termed|referred to as|named) (?P<alias>[^;?()]+)",
            hits: &[(
                "The killer whale, also known as the orca, hunts seals.",
                "killer whale = orca",
            )],
            misses: &["It is also known as the best."],
        },
        triggers: &[CALLED],
        checks: &[],
        exempt_from: &[guard::ALIAS_EXEMPT],
    },
    Rule {
        pattern: Pattern {
            name: "alias/hereafter",
            regex: r#"(?i)(?P<pre>\S)\s*[,(]?\s*(?:hereafter|henceforth|hereinafter)(?: referred to as| called)?,? ["“]?(?P<alias>[\w.&-]+)"#,
            hits: &[(
                "Small island developing states hereafter sids face rising seas.",
                "small island developing states = sids",
            )],
            misses: &["It will hereafter be closed."],
        },
        triggers: &[&["hereafter", "henceforth", "hereinafter"]],
        checks: &[],
        exempt_from: &[guard::ALIAS_EXEMPT],
    },
    Rule {
        pattern: Pattern {
            name: "alias/or-subject",
            regex: r"(?i)^(?P<subj>(?:[^;?(]|\([^()]*\))+?),? or (?:simply |just )?(?P<alias>[^;?,]+?),?(?: (?:is|are)) (?:a|an|the) ",
            hits: &[
                (
                    "Sleet or ice pellets is a form of rain that freezes before it lands.",
                    "sleet = ice pellets",
                ),
                (
                    "A rain garden, or simply garden, is a planted hollow that soaks up runoff.",
                    "rain garden = garden",
                ),
            ],
            misses: &["Rain or shine is a phrase."],
        },
        triggers: &[&[" or "], COPULA_DET],
        checks: &[],
        exempt_from: &[guard::ALIAS_EXEMPT],
    },
    Rule {
        pattern: Pattern {
            name: "alias/paren-subject",
            regex: r"(?i)^(?P<subj>[^;?()]+?) \((?P<alias>[^()]{2,60})\),?(?: (?:is|are|refers|means|denotes)) ",
            hits: &[(
                "The okapi (Okapia johnstoni) is a mammal that lives in the rainforest.",
                "okapi = okapia johnstoni",
            )],
            misses: &[
                "The treaty (1648) is a landmark.",
                "A fjord (/\u{2c8}fj\u{254}\u{2d0}rd/) is a long, narrow inlet with steep sides.",
            ],
        },
        triggers: &[&["("]],
        checks: &[Check::AliasWithoutDigits],
        exempt_from: &[guard::ALIAS_EXEMPT],
    },
];
