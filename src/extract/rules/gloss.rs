//! The gloss rows of the definition table: appositions, parentheses,
//! dashes and colons ("X, the N of ...", "X (a N that ...)", "X: a N that
//! ...", "Y is X, a ...").

use super::*;
use crate::extract::pattern::Pattern;
use crate::extract::rule::{Check, Rule};

/// The gloss rows, in table order.
pub(super) const GLOSSES: &[Rule] = &[
    Rule {
        pattern: Pattern {
            name: "def/paren-gloss",
            regex: r"(?i)(?P<pre>[^()]*[\w-]) \((?P<text>(?:the|a|an) [\w-]+(?: [\w-]+)*? (?:of|that|which|who|in which|where|used|by which|for)(?-u:\b)[^()]*)\)",
            hits: &[(
                "Most farms now use crop rotation (the planting of different crops in turn) to keep the soil rich.",
                "crop rotation := the planting of different crops in turn",
            )],
            misses: &[
                "The old bridge (the one by the mill) was closed.",
                "She met him (a man of few words) at the station.",
                "They ask what we move (the liquid that fills the tank).",
            ],
        },
        // Triggers hand-written: its regex requires no literal (classes, optional parts or
        // alternatives without one).
        triggers: &[&["(the ", "(a ", "(an "]],
        checks: &[Check::ObjectOfVerbTerm, Check::ParenGloss],
        exempt_from: &[],
    },
    Rule {
        pattern: Pattern {
            name: "def/that-is",
            regex: r"(?i)^(?P<pre>[^;:?]*[\w-])(?:,|;|:|\u{2014}) ?that is,? (?P<text>[^;?\u{2014}]+)",
            hits: &[
                (
                    "Some towns chose to annex the farmland\u{2014}that is, to take it into the town's borders.",
                    "farmland := to take it into the town's borders",
                ),
                (
                    "Every ten years the state holds a census: that is, an official count of the people who live there.",
                    "census := an official count of the people who live there",
                ),
            ],
            misses: &["He was late, that is, later than usual."],
        },
        triggers: &[],
        checks: &[Check::ObjectOfVerbTerm, Check::ThatIsParenthetical],
        exempt_from: &[],
    },
    Rule {
        pattern: Pattern {
            name: "def/dash-gloss",
            regex: r"(?i)(?P<pre>[^\u{2014}]*[\w-]) ?\u{2014} ?(?P<text>(?:the|a|an) [\w-]+(?: [\w-]+)*? (?:of|that|which|who|in which|where|used|by which|for)(?-u:\b)[^\u{2014}]*)",
            hits: &[(
                "Farmers rely on the monsoon\u{2014}a seasonal wind that brings heavy rain.",
                "monsoon := a seasonal wind that brings heavy rain",
            )],
            misses: &[
                "We waited\u{2014}a long wait that nobody enjoyed.",
                "The storm came\u{2014}the worst in years.",
            ],
        },
        // Triggers hand-written: its regex requires no literal (classes, optional parts or
        // alternatives without one).
        triggers: &[&[
            "\u{2014}a ",
            "\u{2014}an ",
            "\u{2014}the ",
            "\u{2014} a",
            "\u{2014} the",
        ]],
        checks: &[Check::ObjectOfVerbTerm],
        exempt_from: &[],
    },
    Rule {
        pattern: Pattern {
            name: "def/appositive",
            regex: r"(?i)^(?P<pre>[^;?]*[\w-]), (?P<text>(?:a|an) [\w-]+(?: [\w-]+){0,3} (?:that|which|who|in which|where|used to|by which)(?-u:\b)[^,;?]*)$",
            hits: &[(
                "Pollen is carried by bees to the stigma, a sticky pad that traps the grains.",
                "stigma := a sticky pad that traps the grains",
            )],
            misses: &[
                "He finally went home, a decision that surprised everyone.",
                "They sold it, a move which few understood.",
            ],
        },
        // Triggers hand-written: the derived groups need one of these two
        // (the other part of its regex is a class or optional).
        triggers: &[&[", a ", ", an "], RELATIVE],
        checks: &[
            Check::ObjectOfVerbTerm,
            Check::AppositiveNotOpening,
            Check::NotAList,
            Check::NotOpinion,
        ],
        exempt_from: &[],
    },
    Rule {
        pattern: Pattern {
            name: "def/appositive-mid",
            regex: r"(?i)^(?P<pre>[^;?]*?[\w-]), (?P<text>(?:a|an) [\w-]+(?: [\w-]+){0,3} (?:that|which|who|whose|in which|where|whereby|by which|used to|of|for|with|between|made|composed|consisting|characterized)(?-u:\b)[^,;?()]*)",
            hits: &[(
                "Many coasts have a lagoon, a shallow body of water cut off by a sand bar, behind the dunes.",
                "lagoon := a shallow body of water cut off by a sand bar",
            )],
            misses: &[
                "In the spring of that year, a group of farmers met in town.",
                "He finally went home, a decision that surprised everyone, and slept.",
                "Later, Ann Lee, a painter who lived by the sea, sold the house.",
                "After the war, the city, a major port of the region, grew quickly.",
            ],
        },
        // Triggers hand-written: its regex requires no literal (classes, optional parts or
        // alternatives without one).
        triggers: &[&[", a ", ", an "]],
        checks: &[
            Check::ObjectOfVerbTerm,
            Check::AppositiveMid,
            Check::AppositiveNotOpening,
            Check::NotAList,
            Check::NotOpinion,
        ],
        exempt_from: &[],
    },
    Rule {
        pattern: Pattern {
            name: "def/glossary",
            regex: r"(?i)^(?P<subj>[\w][\w' -]{0,40}?)(?P<link>\s?:| [-–—]) (?P<text>(?:an? |any |the [\w-]+(?: [\w-]+)? (?:of|by|in|that|which|for|used) )\S+(?: \S+){2,}.*)$",
            hits: &[
                (
                    "Osmosis: the movement of water through a membrane.",
                    "osmosis := the movement of water through a membrane",
                ),
                (
                    "Tariff - a tax on goods that enter a country.",
                    "tariff := a tax on goods that enter a country",
                ),
            ],
            misses: &[
                "Note: the office closes at noon on friday.",
                "Keywords: trade, tariffs, import quotas, customs unions.",
            ],
        },
        // Triggers hand-written: its regex requires no literal (classes, optional parts or
        // alternatives without one).
        triggers: &[&[":", " - ", " \u{2013} ", " \u{2014} "]],
        checks: &[],
        exempt_from: &[],
    },
    Rule {
        pattern: Pattern {
            name: "def/reverse-copular",
            regex: r"(?i)^(?P<pre>[^;?:,()]+?) (?P<link>is|are) (?P<term>(?:the |a |an )?[\w'’-]+(?: [\w'’-]+){0,3}), (?P<text>(?:which|who|in which|where|wherein|whereby) .*|(?:or )?(?:a|an|the) [\w-]+(?: [\w-]+){0,3} (?:of|that|which|who|in which|where|used|by which|for|with|in|to|on)(?-u:\b).*|or [\w-]+ing .*)$",
            hits: &[
                (
                    "A common cause of back pain is sciatica, which pinches a nerve in the lower spine.",
                    "sciatica := pinches a nerve in the lower spine",
                ),
                (
                    "The oldest form of money is barter, the direct swap of one good for another.",
                    "barter := the direct swap of one good for another",
                ),
                (
                    "A common way to learn is rehearsal, or the repetition of what is to be learned.",
                    "rehearsal := the repetition of what is to be learned",
                ),
            ],
            misses: &[
                "When the kettle is boiling, a whistle that sounds like a bird tells us.",
                "The price of bread is rising, which worries the bakers.",
                "Our best hope is trade, which we have always loved.",
                "The boat is a ketch called Tern, which sails well.",
            ],
        },
        // Triggers hand-written: its regex requires no literal (classes, optional parts or
        // alternatives without one).
        triggers: &[
            COPULA,
            &[
                ", which",
                ", who",
                ", in which",
                ", where",
                ", a ",
                ", an ",
                ", the ",
                ", or ",
            ],
        ],
        checks: &[Check::StripWhichIs, Check::ReverseCopular],
        exempt_from: &[],
    },
    Rule {
        pattern: Pattern {
            name: "def/called-appositive",
            regex: r"(?i)(?-u:\b)[\w'’-]+\)?, (?:(?:commonly|collectively|usually|generally|often|sometimes) )?(?P<link>called|known as|termed|referred to as) (?P<term>[^,;?()]+?)(?: \([^()]*\))?, (?P<text>[^?]+)$",
            hits: &[
                (
                    "In spring you see a pouch of skin, called a vocal sac, which swells when the frog calls.",
                    "vocal sac := which swells when the frog calls",
                ),
                (
                    "A spring obeys a simple rule, known as Hooke's law, which ties force to stretch.",
                    "hooke's law := which ties force to stretch",
                ),
            ],
            misses: &[
                "Our old dog, called Rex, barked at the postman.",
                "A new party, known as the Young Guard, won the vote.",
                "The heavy rain, known as a deluge, on the hills.",
            ],
        },
        // Triggers hand-written: the derived groups need one of these two
        // (the other part of its regex is a class or optional).
        triggers: &[&[", "], CALLED_NP],
        checks: &[Check::CalledAppositive],
        exempt_from: &[],
    },
    Rule {
        pattern: Pattern {
            name: "def/appositive-the",
            regex: r"(?i)^(?P<pre>[^;?]*?[\w-]\)?), (?P<text>the [\w-]+(?: [\w-]+){0,3} (?:of|that|which|who|whose|in which|by which|where|whereby|used to|for|between|within|to)(?-u:\b)[^,;?()]*)",
            hits: &[
                (
                    "Every town needs zoning, the division of land into areas for different uses.",
                    "zoning := the division of land into areas for different uses",
                ),
                (
                    "Erosion, the wearing away of rock by wind and water, shapes every valley.",
                    "erosion := the wearing away of rock by wind and water",
                ),
                (
                    "Most farmers practise crop rotation, the planting of different crops in turn.",
                    "crop rotation := the planting of different crops in turn",
                ),
            ],
            misses: &[
                "On the first day, the mayor of the town spoke.",
                "The prize went to Anna Berg, the founder of the club.",
                "He met the new teacher, the one who lived by the mill.",
            ],
        },
        // Triggers hand-written: its regex requires no literal (classes, optional parts or
        // alternatives without one).
        triggers: &[&[", the "]],
        checks: &[
            Check::ObjectOfVerbTerm,
            Check::AppositiveNotOpening,
            Check::Gloss,
            Check::NotAList,
            Check::NotOpinion,
        ],
        exempt_from: &[],
    },
    Rule {
        pattern: Pattern {
            name: "def/appositive-a",
            regex: r"(?i)^(?P<pre>[^;?]*?[\w-]\)?), (?P<text>(?:a|an) [\w-]+(?: [\w-]+){0,3} (?:of|that|which|who|whose|in which|by which|where|whereby|used to|for|between|within|to|with|from|in|on|[\w-]+ed|[\w-]+ing)(?-u:\b)[^,;?()]*)",
            hits: &[
                (
                    "Bees carry pollen to the stigma, a sticky pad located at the top of the flower.",
                    "stigma := a sticky pad located at the top of the flower",
                ),
                (
                    "Most sleep labs record a polysomnogram (PSG), a chart showing several body signals during sleep.",
                    "polysomnogram := a chart showing several body signals during sleep",
                ),
            ],
            misses: &[
                "After the war, the city, a major port of the region, grew quickly.",
                "The prize went to Anna Berg, a painter living by the sea.",
                "We met at noon, a time chosen by the host.",
            ],
        },
        // Triggers hand-written: its regex requires no literal (classes, optional parts or
        // alternatives without one).
        triggers: &[&[", a ", ", an "]],
        checks: &[
            Check::ObjectOfVerbTerm,
            Check::AppositiveNotOpening,
            Check::Gloss,
            Check::NotAList,
            Check::NotOpinion,
        ],
        exempt_from: &[],
    },
    Rule {
        pattern: Pattern {
            name: "def/paren-ie",
            regex: r"(?i)(?P<pre>[^()]*[\w-]) \((?:i\.\s?e\.|that is),? (?P<text>(?:a|an|the) [\w-]+(?: [\w-]+){0,3} (?:of|that|which|who|whose|in which|by which|where|whereby|used|for|to|between|with|from|in|on|within|[\w-]+ing|[\w-]+ed)(?-u:\b)[^()]*)\)",
            hits: &[(
                "Many patients suffer from anhedonia (i.e., a lack of pleasure in things they once enjoyed) after the illness.",
                "anhedonia := a lack of pleasure in things they once enjoyed",
            )],
            misses: &[
                "Prices rose in the last quarter (i.e., from May to July).",
                "They asked the mayor (that is, the one who won) to speak.",
            ],
        },
        // Triggers hand-written: its regex requires no literal (classes, optional parts or
        // alternatives without one).
        triggers: &[&["(i.e", "(that is"]],
        checks: &[Check::ObjectOfVerbTerm, Check::Gloss, Check::ParenGloss],
        exempt_from: &[],
    },
    Rule {
        pattern: Pattern {
            name: "def/paren-gloss-wide",
            regex: r"(?i)(?P<pre>[^()]*[\w-]) \((?P<text>(?:the|a|an) [\w-]+(?: [\w-]+){0,3} (?:to|between|with|from|in|on|within|[\w-]+ing|[\w-]+ed)(?-u:\b)[^()]*)\)",
            hits: &[(
                "Long hours often cause burnout (a state caused by long stress at work) in most workers.",
                "burnout := a state caused by long stress at work",
            )],
            misses: &[
                "Prices rose sharply (a rise of ten percent in one year) last spring.",
                "She met Anna Berg (the woman living by the sea) again.",
            ],
        },
        // Triggers hand-written: its regex requires no literal (classes, optional parts or
        // alternatives without one).
        triggers: &[&["(the ", "(a ", "(an "]],
        checks: &[Check::ObjectOfVerbTerm, Check::Gloss, Check::ParenGloss],
        exempt_from: &[],
    },
    Rule {
        pattern: Pattern {
            name: "def/or-gloss",
            regex: r"(?i)^(?P<pre>[^;?]*?[\w-]\)?), or (?P<text>(?:(?:the|a|an) )?[\w-]+(?: [\w-]+){0,3} (?:of|that|which|who|whose|in which|by which|where|whereby|used to|for|between|within|through|to|with|from|in|on|[\w-]+ing|[\w-]+ed)(?-u:\b)[^,;?()]*)",
            hits: &[(
                "Wet soils suffer from leaching, or the removal of minerals by water that drains away.",
                "leaching := the removal of minerals by water that drains away",
            )],
            misses: &[
                "You can pay by card, by cheque, or the cash in the drawer.",
                "Stay for lunch, or we leave without you at noon.",
            ],
        },
        // Triggers hand-written: its regex requires no literal (classes, optional parts or
        // alternatives without one).
        triggers: &[&[", or "]],
        checks: &[
            Check::ObjectOfVerbTerm,
            Check::Gloss,
            Check::ListItemGloss,
            Check::OrGloss,
            Check::OrRestates,
        ],
        exempt_from: &[],
    },
    Rule {
        pattern: Pattern {
            name: "def/dash-gloss-wide",
            regex: r"(?i)(?P<pre>[^\u{2014}]*[\w-]\)?) ?\u{2014} ?(?P<text>(?:(?:the|a|an) )?[\w-]+(?: [\w-]+){0,3} (?:of|that|which|who|whose|in which|by which|where|used|for|to|between|within|with|from|in|on|[\w-]+ing|[\w-]+ed)(?-u:\b)[^\u{2014}]*)",
            hits: &[(
                "Each leaf is covered with stomata\u{2014}tiny pores that let gases in and out.",
                "stomata := tiny pores that let gases in and out",
            )],
            misses: &[
                "The crowd cheered\u{2014}and then the rain began to fall on us.",
                "She met Anna Berg\u{2014}the woman living by the sea.",
            ],
        },
        // Triggers hand-written: its regex requires no literal (classes, optional parts or
        // alternatives without one).
        triggers: &[&["\u{2014}"]],
        checks: &[Check::ObjectOfVerbTerm, Check::Gloss, Check::ListItemGloss],
        exempt_from: &[],
    },
    Rule {
        pattern: Pattern {
        name: "def/appositive-plural",
        regex: r"(?i)^(?P<pre>[^;?]*?[\w-]s\)?), (?P<text>(?:[\w-]+ ){0,2}[\w-]+s (?:that|which|who|whose|in which|by which) [^,;?()]*)",
        hits: &[(
            "Many birds grow pinfeathers, young feathers that still have a sheath of keratin.",
            "pinfeathers := young feathers that still have a sheath of keratin",
        )],
        misses: &[
            "He fed the cats, the dogs, and the birds that came by.",
            "We met their parents, farmers who still lived on the hill.",
        ],
        },
        // Triggers hand-written: the derived groups need one of these two
        // (the other part of its regex is a class or optional).
        triggers: // (Its noun phrase ends in "s" before the comma; "\u{17F}" is the
        // long s, which `(?i)` folds to "s".)
        &[
            &["s, ", "s), ", "\u{17F}, ", "\u{17F}), "],
            &["that", "which", "who"],
        ],
        checks: &[
            Check::ObjectOfVerbTerm,
            Check::AppositiveNotOpening,
            Check::Gloss,
            Check::ListItemGloss,
            Check::NotAList,
            Check::NotOpinion,
        ],
        exempt_from: &[],
    },
    Rule {
        pattern: Pattern {
            name: "def/colon-gloss",
            regex: r"(?i)^(?P<pre>[^:;?]*?[\w-]\)?): (?P<text>(?:(?:a|an|the) [\w-]+(?: [\w-]+){0,3}|[\w-]+s(?: [\w-]+){0,2}) (?:of|that|which|who|whose|in which|by which|where|whereby|used to|for|between|within|without|to|from|in|on|with)(?-u:\b)[^:;?]*)$",
            hits: &[
                (
                    "Most towns now use recycling: the collection of used goods to make new ones.",
                    "recycling := the collection of used goods to make new ones",
                ),
                (
                    "Old maps often show isobars: lines that join places of equal air pressure.",
                    "isobars := lines that join places of equal air pressure",
                ),
            ],
            misses: &[
                "The house has three rooms: the kitchen, the hall and the study.",
                "The result was clear: the plan of the council had failed.",
                "She told us the news: the mayor of the town had resigned.",
                "The old bridge was finally repaired, the cost of which fell on the town.",
            ],
        },
        // Triggers hand-written: its regex requires no literal (classes, optional parts or
        // alternatives without one).
        triggers: &[&[":"]],
        checks: &[Check::ObjectOfVerbTerm, Check::Gloss, Check::ColonGloss],
        exempt_from: &[],
    },
    Rule {
        pattern: Pattern {
            name: "def/called-gloss",
            regex: r"(?i)(?-u:\b)(?:called|known as|termed|referred to as|dubbed) (?P<term>[^,;?()\u{2014}]+?)(?: \([^()]*\))?(?:, ?| ?\u{2014} ?)(?P<text>(?:which|that) (?:is|are)(?: also| often| usually)? (?:a|an|the) .*|which (?:\w+ly )?(?:states|holds|says|means|argues|suggests) that .*|which (?:\w+ly )?[a-z]+s (?:a|an|the|that|how|what|to|from|for|with|in|on|any|all)(?-u:\b).*|(?:meaning|where|in which|whereby) .*|(?:or )?(?:a|an|the) [\w-]+(?: [\w-]+){0,3} (?:of|that|which|who|in which|where|whereby|used|by which|for|with)(?-u:\b).*)$",
            hits: &[
                (
                    "This effect is known as glare, the loss of contrast caused by stray light.",
                    "glare := the loss of contrast caused by stray light",
                ),
                (
                    "This hazard is called inflation risk, where the value of money falls over time.",
                    "inflation risk := the value of money falls over time",
                ),
                (
                    "These cells form a thin layer called the cambium, which produces the new wood each year.",
                    "cambium := produces the new wood each year",
                ),
            ],
            misses: &[
                "He gave a speech known as the Harbour Address, which he wrote on a train.",
                "The town passed a law known as the Water Act, which was repealed in 1990.",
                "It is known as the Old Road, which runs past the mill.",
                "Taxes fell in the so-called border towns, the places that trade with both sides.",
            ],
        },
        // Triggers hand-written: the derived groups need one of these two
        // (the other part of its regex is a class or optional).
        triggers: &[&[", ", "\u{2014}"], CALLED],
        checks: &[Check::StripWhichIs, Check::CalledGloss],
        exempt_from: &[],
    },
    Rule {
        pattern: Pattern {
            name: "def/dash-called",
            regex: r"(?i)^(?P<text>[^\u{2014}]*?[\w)\u{201d}]) ?\u{2014} ?(?:also |commonly |sometimes |often |usually )?(?:called|known as|termed|referred to as) (?P<term>[^\u{2014},;()?]+?) ?\u{2014}",
            hits: &[(
                "Towns set a floor on wages\u{2014}called the local minimum\u{2014}that firms must pay.",
                "local minimum := towns set a floor on wages",
            )],
            misses: &["He left early\u{2014}called away by his sister\u{2014}and never came back."],
        },
        // Triggers hand-written: the derived groups need one of these two
        // (the other part of its regex is a class or optional).
        triggers: &[&["\u{2014}"], CALLED_NP],
        checks: &[Check::TermAfterVerb],
        exempt_from: &[&["guard/ranked-term"]],
    },
];
