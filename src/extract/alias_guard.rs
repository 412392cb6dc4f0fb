//! Alias guards (issue 12): an alias needs direct evidence, an acronym
//! whose letters align with its long form or an explicit naming ("also
//! called", "known as", "hereafter referred to as").
//!
//! In: the rule's row (its [`Check`]s), the sentence, the term and alias
//! ranges. Out: the name of the guard that rejects the pair, or `None`.
//! Called from the alias runner (`try_alias`) and, for the variants, from
//! `variant.rs` ([`variant_rejected`]).

use super::rule::{Check, Rule};
use std::ops::Range;

/// One alias guard: the row [`Check`] that turns it on (`scope`; the
/// test itself is the code that check names). `hits` still yield `term =
/// alias` (the tables' rendering), `misses` yield no alias.
pub type AliasGuard = super::guards::shape::Guard<(), Check>;

/// Every alias guard.
pub static ALIAS_GUARDS: &[AliasGuard] = &[
    AliasGuard {
        id: "guard/alias-or-alternative",
        scope: Check::NamingOrAcronym,
        test: (),
        hits: &[
            (
                "The wide area network (or WAN) links the sites.",
                "wide area network = WAN",
            ),
            (
                "The trachea (also called the windpipe) carries air to the lungs.",
                "trachea = windpipe",
            ),
        ],
        misses: &[
            "Write the town (or city) of your birth on the form.",
            "Open a socket (or named pipe) for the link.",
            "Sleet or hail is a kind of frozen rain.",
        ],
    },
    AliasGuard {
        id: "guard/alias-trade-sign",
        scope: Check::NotTradeSign,
        test: (),
        hits: &[(
            "Gross domestic product (GDP) measures output.",
            "gross domestic product = GDP",
        )],
        misses: &["Try the Tasty Melon (TM) drink today."],
    },
    AliasGuard {
        id: "guard/alias-of-complement",
        scope: Check::HeadNotOfComplement,
        test: (),
        hits: &[(
            "The killer whale, also known as the orca, hunts seals.",
            "killer whale = orca",
        )],
        misses: &[
            "Groups of lenders, commonly called pools, bought the loans.",
            "Velvet worms are related to the spiders, also called arachnids.",
        ],
    },
    AliasGuard {
        id: "guard/alias-name-kind",
        scope: Check::NameKindAgrees,
        test: (),
        hits: &[(
            "The bison, commonly known as buffalo, grazed there.",
            "bison = buffalo",
        )],
        misses: &[
            "A law on interstate railways, commonly known as the Rail Transit Act, passed.",
            "It is a standard for radio networking also known as 802.99z.",
        ],
    },
];

/// The first guard of `p`'s row that rejects the pair.
pub fn reject(p: &Rule, s: &str, term: Range<usize>, alias: Range<usize>) -> Option<&'static str> {
    let t = s.get(term.clone())?;
    let a = s.get(alias.clone())?;
    let link = s.get(term.end.min(alias.start)..alias.start).unwrap_or("");
    ALIAS_GUARDS
        .iter()
        .filter(|g| p.has(g.scope))
        .find(|g| match g.scope {
            Check::NamingOrAcronym => !names_explicitly(link) && !acronym_of(a, t),
            Check::NotTradeSign => is_trade_sign(a),
            Check::HeadNotOfComplement => of_complement(s, term.start),
            Check::NameKindAgrees => name_kind_differs(t, a),
            _ => false,
        })
        .map(|g| g.id)
}

/// The words between term and alias name it: "also called", "known as",
/// "aka", "termed", "referred to as", "abbreviated", a quote mark.
fn names_explicitly(link: &str) -> bool {
    let l = link.to_lowercase();
    [
        "called",
        "known as",
        "aka",
        "a.k.a",
        "termed",
        "referred to as",
        "abbreviated",
        "named",
        "dubbed",
        "\"",
        "\u{201c}",
    ]
    .iter()
    .any(|w| l.contains(w))
}

/// Whether `short` is an acronym of `long`: two or more capitals, its
/// first letter opens `long`'s first word, and its letters appear in
/// order in `long` (Schwartz-Hearst alignment, loosely).
pub fn acronym_of(short: &str, long: &str) -> bool {
    let letters: Vec<char> = short
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    if short.chars().filter(|c| c.is_uppercase()).count() < 2 || letters.is_empty() {
        return false;
    }
    let long_l: Vec<char> = long.chars().flat_map(char::to_lowercase).collect();
    let first_word = long_l.iter().position(|c| c.is_alphanumeric());
    if first_word.is_none_or(|i| long_l[i] != letters[0]) {
        return false;
    }
    let mut it = long_l.iter();
    letters.iter().all(|c| it.any(|l| l == c))
}

/// "(TM)", "(SM)", "(R)", "(C)": trade and copyright signs, not names.
fn is_trade_sign(alias: &str) -> bool {
    ["TM", "SM", "R", "C", "tm"].contains(&alias.trim())
}

/// "groups of lenders, commonly called pools": the term read backwards is
/// the complement of "of"; the alias may name the head before it.
/// The same for any preposition: "related to the arthropods, also called
/// walking worms".
fn of_complement(s: &str, term_start: usize) -> bool {
    let before = s[..term_start].trim_end();
    let before = before
        .strip_suffix("the")
        .or_else(|| before.strip_suffix("a"))
        .map_or(before, str::trim_end);
    let last = before.rsplit(char::is_whitespace).next().unwrap_or("");
    ["of", "to", "from", "with", "for", "by", "among", "between"]
        .iter()
        .any(|p| last.eq_ignore_ascii_case(p))
}

/// A lowercase common noun and a capitalized or numbered name ("interstate
/// railways" and "Rail Transit Act", "radio networking" and "802.99z")
/// name different things, unless the name is an acronym of the noun.
fn name_kind_differs(term: &str, alias: &str) -> bool {
    let lower_term = !term.chars().any(char::is_uppercase);
    let name = alias
        .split_whitespace()
        .filter(|w| !["the", "a", "an"].contains(w))
        .any(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
    lower_term && name && !acronym_of(alias, term)
}

/// A variant that says nothing or names another thing: equal to its term
/// but for white space and case (`identity`), an identifier against a
/// phrase ("field_names" and "field name"), or a name in capitals against
/// a lowercase term ("new worlds" and "New World").
pub fn variant_rejected(term: &str, surface: &str) -> bool {
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    if norm(term).eq_ignore_ascii_case(&norm(surface)) {
        return true;
    }
    if term.contains('_') != surface.contains('_') {
        return true;
    }
    // A term ending in debris ("#size-cells -") or a function word ("man
    // of" of "man-of-war") came from a cut definition.
    let last = term.split_whitespace().last().unwrap_or("");
    if !last.ends_with(|c: char| c.is_alphanumeric() || c == ')')
        || [
            "of", "the", "and", "or", "to", "in", "a", "an", "for", "with",
        ]
        .iter()
        .any(|w| last.eq_ignore_ascii_case(w))
    {
        return true;
    }
    let inner_capital = |s: &str| {
        s.split_whitespace()
            .skip(1)
            .any(|w| w.starts_with(char::is_uppercase) && w.chars().any(char::is_lowercase))
    };
    !term.chars().any(char::is_uppercase) && inner_capital(surface)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_align() {
        assert!(acronym_of("WAN", "wide area network"));
        assert!(acronym_of("GDP", "gross domestic product"));
        assert!(!acronym_of("TM", "Tasty Melon drink") || acronym_of("TM", "Tasty Melon"));
        assert!(!acronym_of("city", "town"));
        assert!(!acronym_of("XYZ", "wide area network"));
    }

    #[test]
    fn variants_that_say_nothing_or_name_another_thing() {
        assert!(variant_rejected("European\n  species", "European species"));
        assert!(variant_rejected("field_names", "field name"));
        assert!(variant_rejected("new worlds", "New World"));
        assert!(variant_rejected("#size-cells -", "size-cells"));
        assert!(variant_rejected("man of", "man-of"));
        assert!(!variant_rejected("hash table", "hash tables"));
        assert!(!variant_rejected("antibody", "Antibodies"));
        assert!(!variant_rejected("e-mail", "email"));
        assert!(!variant_rejected("phase two trials", "Phase II trials"));
    }

    #[test]
    fn guard_examples() {
        use crate::extract::guards::shape::{SHIFTS, check_guards};
        let run = |s: &str| -> Vec<String> {
            crate::extract::definition::find_aliases(s)
                .iter()
                .map(|a| {
                    format!(
                        "{} = {}",
                        s[a.term.clone()].to_lowercase(),
                        &s[a.alias.clone()]
                    )
                })
                .collect()
        };
        for g in ALIAS_GUARDS {
            assert!(!g.hits.is_empty(), "{}: no hit", g.id);
        }
        let f = check_guards(ALIAS_GUARDS, SHIFTS, &|_, s| run(s));
        assert!(f.is_empty(), "{}", f.join("\n"));
    }
}
