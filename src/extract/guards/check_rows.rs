//! Example rows for the named [`Check`]s of `rule.rs` (issue 11): every
//! check that rejects candidates is a guard with hits and misses, in the
//! one [`Guard`](super::shape::Guard) shape. A check whose examples live
//! in a family's table (precision, alias, entry) points there; the others
//! have a `check/<name>` row here: [`CHECK_GUARDS`] (definitions, run with
//! every shift), [`CHECK_GUARDS_AT_START`] (a check about the sentence's
//! opening phrase, run without the opening-phrase shift),
//! [`CHECK_ALIAS_GUARDS`] (alias checks, rendered `term = alias`), and
//! [`CHECK_RESHAPES`] (checks that change a candidate's text or let it
//! skip other checks, and never reject one alone: hits only).
//!
//! Each miss is a sentence the listing rule's regex matches and that
//! `defmine explain` shows rejected, for that rule, by this check (the
//! name it reports is in the row's comment). Checks inside `gloss_ok` are
//! reported as `gloss-ok` and alias checks as `alias-ok`; their misses
//! are minimal pairs: the same sentence without the one feature the check
//! tests yields (the row's hit, or the sentence its comment gives).

use super::shape::GuardDoc;
use crate::extract::rule::Check;

/// The `check/...` rows of checks that have no table of their own.
pub static CHECK_GUARDS: &[GuardDoc] = &[
    GuardDoc {
        id: "check/subject-is-text",
        scope: (),
        test: (),
        hits: &[(
            "A small boat used for fishing is called a dory.",
            "dory := a small boat used for fishing",
        )],
        misses: &[
            "Such a boat is called a dory.",
            "The boat that my uncle built for fishing on the lake is called a dory.",
        ],
    },
    // def/bare-noun: `bare-noun/noun-head` ("used", "hard"); a subject
    // with a determiner is refused before the regex runs
    // (`bare-noun/possible`).
    GuardDoc {
        id: "check/bare-noun",
        scope: (),
        test: (),
        hits: &[(
            "Ligaments are bands of tough tissue.",
            "ligaments := bands of tough tissue",
        )],
        misses: &[
            "Copper is used in most electric wiring.",
            "Slate is hard to split.",
            "Our future is ours to shape.",
        ],
    },
    // def/called, def/when-called, ...: the text is the clause without
    // its subordinator; `called/text-not-personal`.
    GuardDoc {
        id: "check/term-after-verb",
        scope: (),
        test: (),
        hits: &[(
            "When water turns to vapour, it is called evaporation.",
            "evaporation := water turns to vapour",
        )],
        misses: &["We are known as the night shift."],
    },
    // def/said-to-be: `said-to-be/short-bare-term-clause-subject` (the
    // subject is a thing, not a clause).
    GuardDoc {
        id: "check/said-to-be",
        scope: (),
        test: (),
        hits: &[(
            "A number that has no divisors but one and itself is said to be prime.",
            "prime := a number that has no divisors but one and itself",
        )],
        misses: &[
            "The old mill is said to be haunted.",
            "The harbour wall is said to be crumbling.",
        ],
    },
    // def/called: `called/subject-not-pointing-or-personal` on "my" (the
    // hit is the same sentence without it).
    GuardDoc {
        id: "check/no-first-person-text",
        scope: (),
        test: (),
        hits: &[(
            "The sauce that the cook makes each winter is called a ragu.",
            "ragu := the sauce that the cook makes each winter",
        )],
        misses: &["The sauce that my aunt cooks each winter is called a ragu."],
    },
    // def/inline-called: `inline-called/not-a-title` (a capitalized name),
    // `inline-called/term-ends-clean` (the term runs into a verb).
    GuardDoc {
        id: "check/inline-called",
        scope: (),
        test: (),
        hits: &[(
            "Bees build a small cell called a comb.",
            "comb := bees build a small cell",
        )],
        misses: &[
            "The crew sailed a boat called Kestrel.",
            "A new field called geomatics grew quickly.",
        ],
    },
    // def/appositive, def/appositive-mid, def/appositive-a: the object
    // after "to grow" is the term; `gloss/object-of-verb` (a lone verb,
    // no object), `gloss/not-after-verb` (an adverb before the verb).
    GuardDoc {
        id: "check/object-of-verb-term",
        scope: (),
        test: (),
        hits: &[(
            "Farmers like to grow millet, a grain that needs little water.",
            "millet := a grain that needs little water",
        )],
        misses: &[
            "Most people like to travel, a habit that costs money.",
            "He finally went home, a walk that took an hour.",
        ],
    },
    // def/appositive-mid: `appositive-mid/not-a-name`,
    // `appositive-mid/no-auxiliary` (def/appositive-a rejects them with
    // `gloss/not-a-name` and `gloss-ok`).
    GuardDoc {
        id: "check/appositive-mid",
        scope: (),
        test: (),
        hits: &[(
            "Sheep graze on heather, a shrub with purple flowers, in the hills.",
            "heather := a shrub with purple flowers",
        )],
        misses: &[
            "Tom Reed, a farmer of the valley, sold his land.",
            "Prices rose, a trend of sorts had begun.",
        ],
    },
    // def/appositive-the, def/appositive-a, ...: `gloss/noun-end` (the
    // term is a participle), `gloss/not-a-name`. (The hit is
    // def/appositive-the's.)
    GuardDoc {
        id: "check/gloss",
        scope: (),
        test: (),
        hits: &[(
            "Warm rocks give off the so-called afterlight, the light of cooling stone.",
            "afterlight := the light of cooling stone",
        )],
        misses: &[
            "The roof was repaired, the cost of the work fell on the owner.",
            "Tom Reed, a farmer of the valley, sold his land.",
        ],
    },
    // def/or-gloss (`gloss-ok`): the clause before the gloss ends a list
    // ("You may pay by cheque, or the balance of your account." yields).
    GuardDoc {
        id: "check/list-item-gloss",
        scope: (),
        test: (),
        hits: &[(
            "Aphids feed on sap, or the sugary fluid that flows in plants.",
            "sap := the sugary fluid that flows in plants",
        )],
        misses: &["You may pay by card, by cheque, or the balance of your account."],
    },
    // def/colon-gloss (`gloss-ok`): a counting word before the colon.
    GuardDoc {
        id: "check/colon-gloss",
        scope: (),
        test: (),
        hits: &[(
            "The lab in the north wing studies one organ: the liver of the sheep.",
            "organ := the liver of the sheep",
        )],
        misses: &["The lab in the north wing studies two organs: the liver of the sheep."],
    },
    // def/or-gloss (`gloss-ok`): a coordination in the clause before the
    // "or" gloss.
    GuardDoc {
        id: "check/or-gloss",
        scope: (),
        test: (),
        hits: &[(
            "Sheep give wool, or the fibre that is spun into yarn.",
            "wool := the fibre that is spun into yarn",
        )],
        misses: &["Sheep and goats give wool, or the fibre that is spun into yarn."],
    },
    // def/copular: `copula/not-concessive`.
    GuardDoc {
        id: "check/copula-subject",
        scope: (),
        test: (),
        hits: &[(
            "A delta is a landform that forms at the mouth of a river.",
            "delta := a landform that forms at the mouth of a river",
        )],
        misses: &["While geology is a broad field, most students pick one branch."],
    },
    // def/bare-predicate: `copula/text-not-a-that-clause`.
    GuardDoc {
        id: "check/text-not-that-clause",
        scope: (),
        test: (),
        hits: &[(
            "Tendons are bands of tough tissue that join muscle to bone.",
            "tendons := bands of tough tissue that join muscle to bone",
        )],
        misses: &[
            "A key rule is that guests who stay overnight sign the book.",
            "The plan is that workers who finish early go home.",
        ],
    },
    // def/term-to-describe: `term-to-describe/text-not-pointing`.
    GuardDoc {
        id: "check/text-not-pointing",
        scope: (),
        test: (),
        hits: &[(
            "Sailors use the word tack to describe a turn into the wind.",
            "tack := a turn into the wind",
        )],
        misses: &[
            "Sailors use the word tack to describe this turn.",
            "Doctors use the term fever to refer to it.",
        ],
    },
    // def/describes: `describes/no-as` (def/agent-defines reads the
    // sentence and rejects it with its own guard).
    GuardDoc {
        id: "check/no-as",
        scope: (),
        test: (),
        hits: &[(
            "Plate tectonics describes how the crust moves over the mantle.",
            "plate tectonics := how the crust moves over the mantle",
        )],
        misses: &["The report describes the storm as a rare event."],
    },
    // def/focuses-on: `new-pattern-ok` ("measures" as a noun, "to" in
    // the subject, a quantifier subject).
    GuardDoc {
        id: "check/focuses-on",
        scope: (),
        test: (),
        hits: &[
            (
                "Ecology focuses on how living things share a habitat.",
                "ecology := how living things share a habitat",
            ),
            (
                "A barometer measures the pressure of the air.",
                "barometer := the pressure of the air",
            ),
        ],
        misses: &[
            "Prompt measures were taken.",
            "Many students tend to focus on grades.",
            "Any attempt to measure the wind deals with gusts.",
        ],
    },
    // def/called-gloss: `new-pattern-ok` (a name in capitals, a
    // "so-called" label).
    GuardDoc {
        id: "check/called-gloss",
        scope: (),
        test: (),
        hits: &[(
            "Warm rocks give off a faint glow dubbed afterlight, meaning the light of cooling stone.",
            "afterlight := meaning the light of cooling stone",
        )],
        misses: &[
            "Warm rocks give off a faint glow dubbed Brightlow, meaning the light of cooling stone.",
            "Warm rocks give off the so-called afterlight, meaning the light of cooling stone.",
        ],
    },
    // def/called-appositive: `new-pattern-ok` (a name, a pointing noun
    // phrase before; def/inline-called rejects the second with
    // `guard/determiner-text`).
    GuardDoc {
        id: "check/called-appositive",
        scope: (),
        test: (),
        hits: &[(
            "Trees grow a ring of tissue, commonly called the cambium, which makes new wood.",
            "cambium := which makes new wood",
        )],
        misses: &[
            "Our tabby, called Misty, sleeps all day.",
            "Such stones, called cairns, mark the trail.",
        ],
    },
];

/// Rows of checks about the sentence's opening phrase, or of a rule whose
/// subject can hold no comma from the sentence's start (def/reverse-copular):
/// run shifted by white space only, since another opening phrase put
/// before the example ("In short, At dawn, a ...") makes the first one
/// part of the clause.
pub static CHECK_GUARDS_AT_START: &[GuardDoc] = &[
    // def/reverse-copular: `new-pattern-ok` (the subject is an example).
    GuardDoc {
        id: "check/reverse-copular",
        scope: (),
        test: (),
        hits: &[(
            "One common kind of volcanic rock is basalt, which cools quickly from lava.",
            "basalt := cools quickly from lava",
        )],
        misses: &["An example of a soft metal is tin, which melts at low heat."],
    },
    // def/appositive, def/appositive-mid:
    // `appositive/more-than-an-opening` (def/appositive-a: `gloss-ok`).
    GuardDoc {
        id: "check/appositive-not-opening",
        scope: (),
        test: (),
        hits: &[(
            "The crew finally reached the harbor, a sheltered bay that protects ships.",
            "harbor := a sheltered bay that protects ships",
        )],
        misses: &[
            "At dawn, a ridge of high ground that divides two rivers.",
            "For years, a ridge of high ground that divides two rivers.",
        ],
    },
];

/// Alias checks: hits render `term = alias` as
/// [`render_alias`](crate::extract::engine::render_alias) writes it;
/// misses give no alias (`explain` reports these as `alias-ok`; each miss
/// is its hit with the one feature the check tests).
pub static CHECK_ALIAS_GUARDS: &[GuardDoc] = &[
    // alias/abbreviation: the letters of the short form do not spell the
    // end of the words before it.
    GuardDoc {
        id: "check/abbreviation",
        scope: (),
        test: (),
        hits: &[(
            "The central processing unit (CPU) runs each instruction.",
            "central processing unit = CPU",
        )],
        // ("The national weather service (NWS) issued a warning." yields.)
        misses: &[
            "The central processing unit (CXQ) runs each instruction.",
            "The national weather service (QPR) issued a warning.",
        ],
    },
    // alias/paren-subject: a digit in the alias.
    GuardDoc {
        id: "check/alias-without-digits",
        scope: (),
        test: (),
        hits: &[(
            "The water pump (Model Seven) is a device that lifts water.",
            "water pump = Model Seven",
        )],
        // ("The city bus (Line Twelve) is a route that crosses the river."
        // yields.)
        misses: &[
            "The water pump (Model 7) is a device that lifts water.",
            "The city bus (Line 12) is a route that crosses the river.",
        ],
    },
];

/// Checks that change what a candidate's text is but reject nothing on
/// their own: hits only (the text the check gives), no misses.
pub static CHECK_RESHAPES: &[GuardDoc] = &[
    // def/called keeps the opening "When" of its subject.
    GuardDoc {
        id: "check/keeps-subordinator",
        scope: (),
        test: (),
        hits: &[(
            "When a ship leans to one side in still water is called a list.",
            "list := when a ship leans to one side in still water",
        )],
        misses: &[],
    },
    // def/called-gloss (also def/reverse-copular, def/what-called): the
    // relative opening ("which is", "where", "whereby") is no part of the
    // text.
    GuardDoc {
        id: "check/strip-which-is",
        scope: (),
        test: (),
        hits: &[(
            "Warm rocks give off a faint glow dubbed afterlight, whereby cooling stone sheds its heat as light.",
            "afterlight := cooling stone sheds its heat as light",
        )],
        misses: &[],
    },
    // def/paren-gloss, def/paren-ie, def/paren-gloss-wide: the
    // parenthesis closes the gloss, the list and clause checks after it
    // are skipped; it only lets candidates through.
    GuardDoc {
        id: "check/paren-gloss",
        scope: (),
        test: (),
        hits: &[
            (
                "Each cell holds a nucleus (i.e. the part of the cell that stores its genes).",
                "nucleus := the part of the cell that stores its genes",
            ),
            (
                "Glaciers carve a cirque (a bowl-shaped hollow on a mountain).",
                "cirque := a bowl-shaped hollow on a mountain",
            ),
        ],
        misses: &[],
    },
];

/// Where a check's examples are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// The id of the guard row that holds them (hits and misses).
    Guard(&'static str),
    /// The check never rejects a candidate alone (it changes the text or
    /// lets a candidate skip other checks): the id of its hits-only row
    /// in [`CHECK_RESHAPES`].
    Reshapes(&'static str),
    /// No row yet: the check still needs its examples.
    NotYet,
}

/// The row of each check. Exhaustive: a new [`Check`] variant does not
/// compile until it is listed here.
pub fn row_of(c: Check) -> Row {
    use Check::*;
    match c {
        SubjectIsText => Row::Guard("check/subject-is-text"),
        BareNoun => Row::Guard("check/bare-noun"),
        TermAfterVerb => Row::Guard("check/term-after-verb"),
        SaidToBe => Row::Guard("check/said-to-be"),
        NoFirstPersonText => Row::Guard("check/no-first-person-text"),
        InlineCalled => Row::Guard("check/inline-called"),
        ObjectOfVerbTerm => Row::Guard("check/object-of-verb-term"),
        AppositiveMid => Row::Guard("check/appositive-mid"),
        AppositiveNotOpening => Row::Guard("check/appositive-not-opening"),
        Gloss => Row::Guard("check/gloss"),
        ListItemGloss => Row::Guard("check/list-item-gloss"),
        ColonGloss => Row::Guard("check/colon-gloss"),
        OrGloss => Row::Guard("check/or-gloss"),
        CopulaSubject => Row::Guard("check/copula-subject"),
        TextNotThatClause => Row::Guard("check/text-not-that-clause"),
        TextNotPointing => Row::Guard("check/text-not-pointing"),
        NoAs => Row::Guard("check/no-as"),
        ReverseCopular => Row::Guard("check/reverse-copular"),
        FocusesOn => Row::Guard("check/focuses-on"),
        CalledGloss => Row::Guard("check/called-gloss"),
        CalledAppositive => Row::Guard("check/called-appositive"),
        Abbreviation => Row::Guard("check/abbreviation"),
        AliasWithoutDigits => Row::Guard("check/alias-without-digits"),
        KeepsSubordinator => Row::Reshapes("check/keeps-subordinator"),
        StripWhichIs => Row::Reshapes("check/strip-which-is"),
        ParenGloss => Row::Reshapes("check/paren-gloss"),
        NotOpinion => Row::Guard("precision/opinion"),
        NotAList => Row::Guard("precision/list-apposition"),
        OrRestates => Row::Guard("precision/or-alternative"),
        OrSubjectNounPhrase => Row::Guard("precision/or-subject-noun-phrase"),
        ThatIsParenthetical => Row::Guard("precision/that-is-parenthetical"),
        EntrySubject => Row::Guard("entry/name-subject"),
        NamingOrAcronym => Row::Guard("guard/alias-or-alternative"),
        NotTradeSign => Row::Guard("guard/alias-trade-sign"),
        HeadNotOfComplement => Row::Guard("guard/alias-of-complement"),
        NameKindAgrees => Row::Guard("guard/alias-name-kind"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::guards::shape::{SHIFTS, check_guards};
    use crate::extract::pattern::assert_no_failures;

    /// Every check, for the tests (the match in [`row_of`] is the
    /// exhaustive list; this one must name each variant once).
    const ALL: &[Check] = {
        use Check::*;
        &[
            BareNoun,
            TermAfterVerb,
            SaidToBe,
            KeepsSubordinator,
            SubjectIsText,
            NoFirstPersonText,
            InlineCalled,
            ObjectOfVerbTerm,
            AppositiveMid,
            AppositiveNotOpening,
            Gloss,
            ListItemGloss,
            ParenGloss,
            ColonGloss,
            OrGloss,
            CopulaSubject,
            StripWhichIs,
            TextNotThatClause,
            TextNotPointing,
            NoAs,
            ReverseCopular,
            FocusesOn,
            CalledGloss,
            CalledAppositive,
            Abbreviation,
            AliasWithoutDigits,
            NotOpinion,
            NotAList,
            OrRestates,
            OrSubjectNounPhrase,
            ThatIsParenthetical,
            EntrySubject,
            NamingOrAcronym,
            NotTradeSign,
            HeadNotOfComplement,
            NameKindAgrees,
        ]
    };

    /// What the definition extractor yields for `s`, rendered.
    fn definitions(_: &GuardDoc, s: &str) -> Vec<String> {
        crate::extract::engine::find_definitions(s)
            .iter()
            .map(|d| crate::extract::engine::render(s, d))
            .collect()
    }

    #[test]
    fn check_rows_hold_and_miss() {
        let f = check_guards(CHECK_GUARDS, SHIFTS, &definitions);
        assert_no_failures("check", &f);
        // Shifted by white space only (see the table's doc).
        let f = check_guards(CHECK_GUARDS_AT_START, &SHIFTS[..2], &definitions);
        assert_no_failures("check (at start)", &f);
    }

    #[test]
    fn alias_check_rows_hold_and_miss() {
        let run = |_: &GuardDoc, s: &str| -> Vec<String> {
            crate::extract::engine::find_aliases(s)
                .iter()
                .map(|a| crate::extract::engine::render_alias(s, a))
                .collect()
        };
        let f = check_guards(CHECK_ALIAS_GUARDS, SHIFTS, &run);
        assert_no_failures("check (alias)", &f);
    }

    #[test]
    fn reshaping_checks_give_their_hits() {
        let f = check_guards(CHECK_RESHAPES, SHIFTS, &definitions);
        // Hits only: every row reports its missing miss, nothing else.
        let (no_miss, rest): (Vec<_>, Vec<_>) = f
            .into_iter()
            .partition(|l| l.ends_with(": no miss example"));
        assert_no_failures("check (reshapes)", &rest);
        assert_eq!(no_miss.len(), CHECK_RESHAPES.len(), "{no_miss:?}");
        for g in CHECK_RESHAPES {
            assert!(!g.hits.is_empty(), "{}: no hit", g.id);
        }
    }

    #[test]
    fn every_rejecting_check_has_a_row() {
        let ids: Vec<&str> = CHECK_GUARDS
            .iter()
            .chain(CHECK_GUARDS_AT_START)
            .chain(CHECK_ALIAS_GUARDS)
            .map(|g| g.id)
            .chain(
                crate::extract::precision::PRECISION_GUARDS
                    .iter()
                    .map(|g| g.id),
            )
            .chain(
                crate::extract::alias_guard::ALIAS_GUARDS
                    .iter()
                    .map(|g| g.id),
            )
            .chain(crate::extract::coverage::ENTRY_GUARDS.iter().map(|g| g.id))
            .collect();
        let mut not_yet = 0;
        for &c in ALL {
            match row_of(c) {
                Row::Guard(id) => assert!(ids.contains(&id), "{c:?}: no row {id}"),
                Row::Reshapes(id) => assert!(
                    CHECK_RESHAPES.iter().any(|g| g.id == id),
                    "{c:?}: no row {id}"
                ),
                Row::NotYet => not_yet += 1,
            }
        }
        // Every check has its row: a new check comes with one.
        assert_eq!(not_yet, 0, "{not_yet} checks without examples");
    }
}
