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
            misses: &[
                "The river (Nile) floods.",
                "The answer (yes) was clear.",
                "Try the Tasty Melon (TM) drink today.",
            ],
        },
        // Triggers hand-written: its regex requires no literal (classes, optional parts or
        // alternatives without one).
        triggers: &[&["("]],
        checks: &[Check::Abbreviation, Check::NotTradeSign],
        exempt_from: &[guard::ALIAS_EXEMPT],
    },
    Rule {
        pattern: Pattern {
            name: "alias/also-called",
            regex: r"(?i)(?P<pre>\S)\s*\((?:also |sometimes |often |commonly |or )?(?:called|known as|termed|referred to as|abbreviated(?: as)?|or|aka) (?P<alias>[^()]+)\)",
            hits: &[
                (
                    "The trachea (also called the windpipe) carries air to the lungs.",
                    "trachea = windpipe",
                ),
                (
                    "The wide area network (or WAN) links the sites.",
                    "wide area network = WAN",
                ),
            ],
            misses: &[
                "The trachea (also called) carries air.",
                "Write the town (or city) of your birth on the form.",
                "Open a socket (or named pipe) for the link.",
            ],
        },
        // Triggers hand-written: its regex requires no literal (classes, optional parts or
        // alternatives without one).
        triggers: &[&["("]],
        checks: &[Check::TermAfterVerb, Check::NamingOrAcronym],
        exempt_from: &[guard::ALIAS_EXEMPT],
    },
    Rule {
        pattern: Pattern {
            name: "alias/also-known-as",
            regex: r"(?i)(?P<pre>\S),? (?:also|otherwise|sometimes|often|commonly|more commonly|better|popularly) (?:called|known as|termed|referred to as|named) (?P<alias>[^;?()]+)",
            hits: &[
                (
                    "The killer whale, also known as the orca, hunts seals.",
                    "killer whale = orca",
                ),
                (
                    "The bison, commonly known as buffalo, grazed there.",
                    "bison = buffalo",
                ),
            ],
            misses: &[
                "It is also known as the best.",
                "Groups of lenders, commonly called pools, bought the loans.",
                "A law on interstate railways, commonly known as the Rail Transit Act, passed.",
                "It is a standard for radio networking also known as 802.99z.",
            ],
        },
        triggers: &[],
        checks: &[Check::HeadNotOfComplement, Check::NameKindAgrees],
        exempt_from: &[guard::ALIAS_EXEMPT],
    },
    Rule {
        pattern: Pattern {
            name: "alias/hereafter",
            regex: r#"(?i)(?P<pre>[^\s,(])\s*[,(]\s*(?:hereafter|henceforth|hereinafter)(?: referred to as| called)?,? ["“]?(?P<alias>[\w.&-]+)"#,
            hits: &[
                (
                    "The Small Island Developing States (hereafter SIDS) face rising seas.",
                    "small island developing states = SIDS",
                ),
                (
                    "The water board (hereinafter called \"Board\") meets monthly.",
                    "water board = board",
                ),
            ],
            misses: &[
                "It will hereafter be closed.",
                "Should this plan hereafter fail, we will act.",
                "We didn't henceforth agree to it.",
                "The plan failed, henceforth we walked.",
            ],
        },
        triggers: &[],
        checks: &[Check::NamingOrAcronym],
        exempt_from: &[guard::ALIAS_EXEMPT],
    },
    Rule {
        pattern: Pattern {
            name: "alias/or-subject",
            regex: r"(?i)^(?P<subj>(?:[^;?(]|\([^()]*\))+?),? or (?:simply |just )?(?P<alias>[^;?,]+?),?(?: (?:is|are)) (?:a|an|the) ",
            hits: &[(
                "A wide area network, or WAN, is a network that spans many cities.",
                "wide area network = WAN",
            )],
            misses: &[
                "Rain or shine is a phrase.",
                "Sleet or hail is a kind of frozen rain.",
            ],
        },
        // Triggers hand-written: the derived groups need one of these two
        // (the other part of its regex is a class or optional).
        triggers: &[&[" or "], COPULA_DET],
        checks: &[Check::NamingOrAcronym],
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
        // Triggers hand-written: its regex requires no literal (classes, optional parts or
        // alternatives without one).
        triggers: &[&["("]],
        checks: &[Check::AliasWithoutDigits],
        exempt_from: &[guard::ALIAS_EXEMPT],
    },
];
