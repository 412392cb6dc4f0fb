//! A definition or alias rule as one value: its pattern (id, regex,
//! examples), the trigger words the prefilter needs, the named checks its
//! candidates go through and the guards it is exempt from.
//!
//! Nothing in the engine compares a rule id with a string: what a rule does
//! beyond its regex is what its row lists here (a test greps the sources
//! for such comparisons).

use super::pattern::Pattern;

/// One row of a rule table.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// Id, regex and examples.
    pub pattern: Pattern,
    /// Hand-written trigger groups (one or two): the sentence must hold a
    /// word of each group (ASCII case-insensitively) for the regex to run.
    /// Empty (the usual case): the groups are derived from the regex's
    /// required literals ([`super::fast::derive`]); a row lists its own only
    /// where derivation gives nothing or less, with a note saying which.
    pub triggers: &'static [&'static [&'static str]],
    /// The named checks, beyond the common ones, a candidate of this rule
    /// must pass (see [`Check`]).
    pub checks: &'static [Check],
    /// Guards (lists of guard ids) that do not apply to this rule.
    pub exempt_from: &'static [&'static [&'static str]],
}

impl std::ops::Deref for Rule {
    type Target = Pattern;
    fn deref(&self) -> &Pattern {
        &self.pattern
    }
}

impl Rule {
    /// Whether the row lists `c`.
    #[inline]
    pub fn has(&self, c: Check) -> bool {
        self.checks.contains(&c)
    }

    /// The guard ids this rule is exempt from, in one list.
    pub fn exempt(&self) -> Vec<&'static str> {
        self.exempt_from
            .iter()
            .flat_map(|l| l.iter().copied())
            .collect()
    }
}

/// The named behaviours a row can list. Each is implemented once in the
/// definition engine; its doc says what it checks or changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    /// Bare predicate "X are N of ...": the word before the preposition
    /// heads a noun phrase (no participle, adverb or lone singular word),
    /// and the subject has no determiner (also checked before the regex).
    BareNoun,
    /// The term follows the verb and the subject is the text ("X is
    /// called Y"): the text is a clause stripped of its subordinator, it
    /// does not open with a personal pronoun.
    TermAfterVerb,
    /// "X is said to be Y": the clause without the subject after its
    /// comma; the term is one to three bare words and the subject a clause.
    SaidToBe,
    /// "Because X, it is called Y": the text keeps its opening
    /// subordinator.
    KeepsSubordinator,
    /// The subject of "X is called Y" is the text: at least three words,
    /// no pointing or personal opening, the name guards on it.
    SubjectIsText,
    /// The text of "X is called Y" must not hold "I", "me" or "my".
    NoFirstPersonText,
    /// "a book called The Long Road": no title, the term ends clean, no
    /// first or second person or line break in the clause.
    InlineCalled,
    /// A term right after a verb ("contains X, a ..."): the object noun
    /// phrase is the term, not the verb.
    ObjectOfVerbTerm,
    /// A mid-sentence apposition after a verb is a description: rejected.
    AppositiveMid,
    /// An apposition: the part before it holds more than an opening phrase.
    AppositiveNotOpening,
    /// A gloss ("X, the Y of ..."): a plural subject's verb is not in the
    /// term, no name in capitals, the gloss checks ([`Check`]s below),
    /// the term ends like a noun.
    Gloss,
    /// Gloss: the last item of a list or a clause after "or"/"—" is no
    /// gloss.
    ListItemGloss,
    /// Gloss: a parenthesis closes the gloss (no list or clause checks).
    ParenGloss,
    /// Gloss: "three rooms: the kitchen, ...": no enumeration before a
    /// colon.
    ColonGloss,
    /// Gloss: an "or" gloss after a coordination is a list item.
    OrGloss,
    /// A copula subject: a relative clause "X, which is Y, ..." ends the
    /// text at its comma; a concessive clause gives nothing.
    CopulaSubject,
    /// "X is Y, which is Z": the copula of the relative clause is no part
    /// of the text.
    StripWhichIs,
    /// "The rule is that ...": a text opening with "that" states a fact.
    TextNotThatClause,
    /// "use the word X to describe it": the text does not point back.
    TextNotPointing,
    /// "A describes X as Y" belongs to def/agent-defines: no " as ".
    NoAs,
    /// Reverse copula "Y is X, ...": the subject names a class.
    ReverseCopular,
    /// "X focuses on Y": its own subject checks.
    FocusesOn,
    /// "..., called X, ...": its own term checks.
    CalledGloss,
    /// "X, called Y": its own term checks.
    CalledAppositive,
    /// Alias: the short form's letters spell the end of the long form
    /// (Schwartz-Hearst), and it is not all digits.
    Abbreviation,
    /// Alias: an alias with a digit is no name.
    AliasWithoutDigits,
    /// `precision/opinion`: no first person, "the only", superlative or
    /// "and must" in the text (see `precision.rs`).
    NotOpinion,
    /// `precision/list-apposition`: an apposition is not an item of a
    /// coordinated list, nor a clause (see `precision.rs`).
    NotAList,
    /// `precision/or-alternative`: "X, or Y" restates X (see
    /// `precision.rs`).
    OrRestates,
    /// `precision/or-subject-noun-phrase`: "X, or Y, Z" with noun phrases
    /// X and Y and a predicate Z (see `precision.rs`).
    OrSubjectNounPhrase,
    /// `precision/that-is-parenthetical`: "X, that is, Y" with its comma
    /// (see `precision.rs`).
    ThatIsParenthetical,
    /// Past copula "X was a Y" (an entry's opening line): the subject
    /// opens the sentence and is a name, no inversion or pronoun, and the
    /// text is not a rank ("the first to ..."); see
    /// [`super::coverage::entry_subject_ok`].
    EntrySubject,
    /// Alias: "X (or Y)", "X or Y is": without a naming word ("called",
    /// "known as", "aka") the alias must be an acronym of the term; an
    /// "or" alone gives an alternative (see `alias_guard`).
    NamingOrAcronym,
    /// Alias: "(TM)", "(R)" are trade signs, not abbreviations.
    NotTradeSign,
    /// Alias: a term that is the complement of "of" ("groups of lenders,
    /// called pools") is not what the alias names.
    HeadNotOfComplement,
    /// Alias: a lowercase common noun and a capitalized or numbered name
    /// are different things, unless the name is its acronym.
    NameKindAgrees,
}
