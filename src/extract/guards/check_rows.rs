//! Example rows for the named [`Check`]s of `rule.rs` (issue 11): every
//! check that rejects candidates is a guard with hits and misses, in the
//! one [`Guard`](super::shape::Guard) shape. A check whose examples live
//! in a family's table (precision, alias, entry) points there; the others
//! have a `check/<name>` row in [`CHECK_GUARDS`].
//!
//! Not done yet (session 8): most checks implemented in `checks.rs` and
//! `gloss.rs` have no row; [`row_of`] lists them as [`Row::NotYet`], and a
//! test keeps that list from growing.

use super::shape::GuardDoc;
use crate::extract::rule::Check;

/// The `check/...` rows of checks that have no table of their own.
pub static CHECK_GUARDS: &[GuardDoc] = &[GuardDoc {
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
}];

/// Where a check's examples are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// The id of the guard row that holds them.
    Guard(&'static str),
    /// No row yet: the check still needs its examples.
    NotYet,
}

/// The row of each check. Exhaustive: a new [`Check`] variant does not
/// compile until it is listed here.
pub fn row_of(c: Check) -> Row {
    use Check::*;
    match c {
        SubjectIsText => Row::Guard("check/subject-is-text"),
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
        BareNoun | TermAfterVerb | SaidToBe | KeepsSubordinator | NoFirstPersonText
        | InlineCalled | ObjectOfVerbTerm | AppositiveMid | AppositiveNotOpening | Gloss
        | ListItemGloss | ParenGloss | ColonGloss | OrGloss | CopulaSubject | StripWhichIs
        | TextNotThatClause | TextNotPointing | NoAs | ReverseCopular | FocusesOn | CalledGloss
        | CalledAppositive | Abbreviation | AliasWithoutDigits => Row::NotYet,
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

    #[test]
    fn check_rows_hold_and_miss() {
        let run = |_: &GuardDoc, s: &str| -> Vec<String> {
            crate::extract::engine::find_definitions(s)
                .iter()
                .map(|d| crate::extract::engine::render(s, d))
                .collect()
        };
        let f = check_guards(CHECK_GUARDS, SHIFTS, &run);
        assert_no_failures("check", &f);
    }

    #[test]
    fn every_rejecting_check_has_a_row() {
        let ids: Vec<&str> = CHECK_GUARDS
            .iter()
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
                Row::NotYet => not_yet += 1,
            }
        }
        // Only ever goes down: a new check comes with its row.
        assert!(not_yet <= 25, "{not_yet} checks without examples");
    }
}
