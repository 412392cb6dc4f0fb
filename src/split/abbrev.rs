//! General English word lists for the splitter.
//!
//! In: a token as bytes (the word before a period, or the word after one).
//! Out: how that token behaves at a sentence boundary. Only general English
//! lists live here (titles, reference and month abbreviations, function
//! words); nothing is about one subject.

/// How the token before a period behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Abbrev {
    /// A title before a name (`Mr.`, `Dr.`, `Prof.`): never ends a sentence.
    Title,
    /// Only ever inside a sentence (`e.g.`, `i.e.`, `cf.`, `vs.`).
    Inner,
    /// Usually before a number (`No. 5`, `pp. 12`, `Fig. 3`, `Jan. 5`): ends a
    /// sentence only before a capitalized word.
    Numeric,
    /// May end a sentence (`etc.`, `Inc.`, `U.S.`, `a.m.`): ends one only
    /// before a word that typically starts a sentence.
    Ambiguous,
    /// One capital letter (`J. Smith`, `Plan B.`): an initial unless a
    /// sentence-starting word follows.
    Initial,
    /// One lowercase letter (`item a.`): ends a sentence before a capital.
    Letter,
}

/// Longest token looked up, in bytes.
const MAX_TOKEN: usize = 12;

/// Lowercases `w` into `buf` when it is short and made of ASCII letters,
/// dots and the degree/ordinal signs (`N°`), else `None`.
fn lower<'b>(w: &[u8], buf: &'b mut [u8; MAX_TOKEN]) -> Option<&'b [u8]> {
    if w.is_empty() || w.len() > MAX_TOKEN {
        return None;
    }
    for (d, &c) in buf.iter_mut().zip(w) {
        if !(c.is_ascii_alphabetic() || c == b'.' || c == 0xC2 || c == 0xB0 || c == 0xBA) {
            return None;
        }
        *d = c.to_ascii_lowercase();
    }
    Some(&buf[..w.len()])
}

/// Classifies the token written just before a period (without that period).
/// `None` means an ordinary word: the period ends the sentence.
pub(crate) fn classify(w: &[u8]) -> Option<Abbrev> {
    let mut buf = [0u8; MAX_TOKEN];
    let l = lower(w, &mut buf)?;
    if w.len() == 1 && w[0].is_ascii_uppercase() {
        return Some(Abbrev::Initial); // `P. Smith`, never page `p.`
    }
    if let Some(class) = listed(l) {
        return Some(class);
    }
    if l.len() == 1 && l[0].is_ascii_alphabetic() {
        return Some(if w[0].is_ascii_uppercase() {
            Abbrev::Initial
        } else {
            Abbrev::Letter
        });
    }
    if l.contains(&b'.') && dotted_letters(l) {
        return Some(Abbrev::Ambiguous);
    }
    None
}

/// `u.s`, `ph.d`, `a.m`: pieces of one to three letters joined by dots.
fn dotted_letters(l: &[u8]) -> bool {
    l.split(|&c| c == b'.')
        .all(|p| (1..=3).contains(&p.len()) && p.iter().all(u8::is_ascii_alphabetic))
}

fn listed(l: &[u8]) -> Option<Abbrev> {
    use Abbrev::*;
    Some(match l {
        b"mr" | b"mrs" | b"ms" | b"messrs" | b"mssrs" | b"mme" | b"mlle" | b"dr" | b"prof"
        | b"rev" | b"revd" | b"hon" | b"gen" | b"col" | b"capt" | b"cpt" | b"lt" | b"sgt"
        | b"cpl" | b"pvt" | b"maj" | b"cmdr" | b"adm" | b"gov" | b"sen" | b"rep" | b"pres"
        | b"supt" | b"insp" | b"atty" | b"fr" | b"mt" | b"brig" | b"lieut" | b"comdt" | b"ens"
        | b"pfc" | b"sra" | b"srta" | b"mx" | b"msgr" | b"mc" => Title,
        b"e.g" | b"i.e" | b"cf" | b"viz" | b"vs" | b"v" | b"approx" | b"ca" | b"incl" | b"esp"
        | b"resp" | b"a.k.a" | b"w.r.t" | b"n.b" | b"sq" | b"cca" => Inner,
        b"no" | b"nos" | b"nr" | b"num" | b"p" | b"pp" | b"para" | b"paras" | b"vol" | b"vols"
        | b"fig" | b"figs" | b"ch" | b"chap" | b"chs" | b"sec" | b"secs" | b"sect" | b"art"
        | b"arts" | b"eq" | b"eqs" | b"tab" | b"ref" | b"refs" | b"pt" | b"pts" | b"ex"
        | b"ser" | b"suppl" | b"op" | b"rs" | b"n\xc2\xb0" | b"n\xc2\xba" | b"jan" | b"feb"
        | b"mar" | b"apr" | b"jun" | b"jul" | b"aug" | b"sep" | b"sept" | b"oct" | b"nov"
        | b"dec" => Numeric,
        b"etc" | b"co" | b"corp" | b"inc" | b"ltd" | b"llc" | b"plc" | b"jr" | b"sr" | b"esq"
        | b"bros" | b"st" | b"ste" | b"ave" | b"blvd" | b"rd" | b"ft" | b"dept" | b"univ"
        | b"assn" | b"assoc" | b"inst" | b"natl" | b"intl" | b"govt" | b"mfg" | b"al" | b"est"
        | b"ed" | b"eds" | b"trans" | b"repr" | b"ibid" | b"cit" | b"hr" | b"hrs" | b"min"
        | b"mins" | b"yr" | b"yrs" | b"mo" | b"mos" | b"wk" | b"wks" | b"oz" | b"lb" | b"lbs"
        | b"mi" | b"gal" | b"qt" | b"tues" | b"tue" | b"wed" | b"thu" | b"thur" | b"thurs"
        | b"fri" | b"sat" | b"sun" | b"ala" | b"ariz" | b"calif" | b"colo" | b"conn" | b"fla"
        | b"kan" | b"md" | b"mich" | b"minn" | b"mont" | b"neb" | b"nev" | b"okla" | b"tenn"
        | b"tex" | b"wis" | b"wyo" | b"penn" | b"mon" | b"misc" | b"dist" | b"div" | b"adj"
        | b"adv" | b"prep" | b"conj" | b"pron" | b"interj" | b"syn" | b"obs" | b"usu" | b"pl"
        | b"fem" | b"masc" | b"abbr" | b"orig" | b"excl" | b"avg" | b"max" | b"std" | b"tel"
        | b"ext" | b"attn" | b"mgr" | b"asst" | b"med" | b"yd" | b"yds" | b"tsp" | b"tbsp"
        | b"ln" | b"hwy" | b"pkwy" => Ambiguous,
        _ => return None,
    })
}

/// True when `w` (the word after a boundary candidate, without trailing
/// punctuation) is a capitalized word that typically begins a sentence:
/// pronouns, determiners, auxiliaries, conjunctions, common sentence
/// adverbs, and titles.
pub(crate) fn is_starter(w: &[u8]) -> bool {
    let mut buf = [0u8; MAX_TOKEN];
    if !w.first().is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    let Some(l) = lower(w, &mut buf) else {
        return false;
    };
    if is_title(l) {
        return true;
    }
    matches!(
        l,
        b"a" | b"an"
            | b"the"
            | b"this"
            | b"that"
            | b"these"
            | b"those"
            | b"there"
            | b"here"
            | b"it"
            | b"its"
            | b"he"
            | b"she"
            | b"we"
            | b"they"
            | b"you"
            | b"i"
            | b"his"
            | b"her"
            | b"our"
            | b"their"
            | b"my"
            | b"your"
            | b"what"
            | b"who"
            | b"whom"
            | b"whose"
            | b"when"
            | b"where"
            | b"why"
            | b"how"
            | b"which"
            | b"whether"
            | b"but"
            | b"and"
            | b"or"
            | b"so"
            | b"yet"
            | b"nor"
            | b"if"
            | b"in"
            | b"on"
            | b"at"
            | b"as"
            | b"for"
            | b"from"
            | b"by"
            | b"with"
            | b"without"
            | b"after"
            | b"before"
            | b"while"
            | b"since"
            | b"because"
            | b"although"
            | b"though"
            | b"however"
            | b"then"
            | b"thus"
            | b"hence"
            | b"also"
            | b"is"
            | b"are"
            | b"was"
            | b"were"
            | b"do"
            | b"does"
            | b"did"
            | b"have"
            | b"has"
            | b"had"
            | b"can"
            | b"could"
            | b"will"
            | b"would"
            | b"should"
            | b"may"
            | b"might"
            | b"must"
            | b"shall"
            | b"not"
            | b"no"
            | b"all"
            | b"some"
            | b"many"
            | b"most"
            | b"each"
            | b"every"
            | b"both"
            | b"such"
            | b"other"
            | b"another"
            | b"despite"
            | b"during"
            | b"once"
            | b"now"
            | b"today"
            | b"yesterday"
            | b"tomorrow"
            | b"meanwhile"
            | b"moreover"
            | b"furthermore"
            | b"therefore"
            | b"nevertheless"
            | b"instead"
            | b"indeed"
            | b"still"
            | b"later"
            | b"finally"
            | b"let"
            | b"please"
            | b"everyone"
            | b"everybody"
            | b"everything"
            | b"someone"
            | b"somebody"
            | b"something"
            | b"nobody"
            | b"nothing"
            | b"none"
            | b"few"
            | b"several"
            | b"only"
            | b"even"
            | b"perhaps"
            | b"maybe"
            | b"soon"
            | b"often"
            | b"sometimes"
            | b"usually"
            | b"again"
            | b"yes"
            | b"first"
            | b"next"
            | b"unlike"
            | b"unless"
            | b"until"
            | b"whereas"
            | b"whatever"
    )
}

/// Lowercase titles that start a name (`mr`, `dr`).
pub(crate) fn is_title(l: &[u8]) -> bool {
    matches!(listed(l), Some(Abbrev::Title))
}

/// True when a line ending in lowercase word `w` clearly continues on the
/// next line: articles, prepositions, conjunctions, auxiliaries.
pub(crate) fn is_continuation(w: &[u8]) -> bool {
    matches!(
        w,
        b"a" | b"an"
            | b"the"
            | b"of"
            | b"to"
            | b"in"
            | b"on"
            | b"at"
            | b"for"
            | b"with"
            | b"by"
            | b"from"
            | b"and"
            | b"or"
            | b"but"
            | b"nor"
            | b"that"
            | b"which"
            | b"who"
            | b"whose"
            | b"is"
            | b"are"
            | b"was"
            | b"were"
            | b"be"
            | b"been"
            | b"being"
            | b"as"
            | b"than"
            | b"into"
            | b"onto"
            | b"upon"
            | b"its"
            | b"their"
            | b"his"
            | b"her"
            | b"our"
            | b"your"
            | b"my"
            | b"this"
            | b"these"
            | b"those"
            | b"if"
            | b"when"
            | b"while"
            | b"because"
            | b"although"
            | b"about"
            | b"between"
            | b"among"
            | b"under"
            | b"over"
            | b"through"
            | b"without"
            | b"within"
            | b"against"
            | b"per"
            | b"via"
    )
}

/// Minor words a title may keep in lowercase (`War and Peace`).
pub(crate) fn is_minor(w: &[u8]) -> bool {
    matches!(
        w,
        b"a" | b"an"
            | b"the"
            | b"of"
            | b"and"
            | b"or"
            | b"in"
            | b"on"
            | b"to"
            | b"for"
            | b"at"
            | b"by"
            | b"with"
            | b"from"
            | b"vs"
    )
}

/// `a.m` or `p.m` in any case (the token before the final period of a
/// clock time such as `6 p.m.`).
pub(crate) fn is_clock(w: &[u8]) -> bool {
    matches!(w, [a, b'.', m] if matches!(a.to_ascii_lowercase(), b'a' | b'p') && m.eq_ignore_ascii_case(&b'm'))
}

/// Capitalized words that commonly follow a clock time inside a sentence:
/// weekday and month names (`9 a.m. Monday`), and short all-capital words
/// such as time zones (`6 p.m. UTC`).
pub(crate) fn follows_clock(w: &[u8]) -> bool {
    if (2..=4).contains(&w.len()) && w.iter().all(u8::is_ascii_uppercase) {
        return true;
    }
    let mut buf = [0u8; MAX_TOKEN];
    let Some(l) = lower(w, &mut buf) else {
        return false;
    };
    matches!(
        l,
        b"monday"
            | b"tuesday"
            | b"wednesday"
            | b"thursday"
            | b"friday"
            | b"saturday"
            | b"sunday"
            | b"january"
            | b"february"
            | b"march"
            | b"april"
            | b"may"
            | b"june"
            | b"july"
            | b"august"
            | b"september"
            | b"october"
            | b"november"
            | b"december"
    )
}

/// Lowercase prepositions (and `see`, `and`, `or`) that may stand before an
/// item number referred to in the text (`as in 2. above`).
pub(crate) fn is_preposition(w: &[u8]) -> bool {
    matches!(
        w,
        b"for"
            | b"in"
            | b"of"
            | b"to"
            | b"from"
            | b"under"
            | b"at"
            | b"on"
            | b"by"
            | b"with"
            | b"per"
            | b"see"
            | b"and"
            | b"or"
    )
}

/// Words that open a letter's or e-mail's greeting line (`Dear Ann,`).
pub(crate) fn is_greeting(w: &[u8]) -> bool {
    let mut buf = [0u8; MAX_TOKEN];
    let Some(l) = lower(w, &mut buf) else {
        return false;
    };
    matches!(l, b"dear" | b"hi" | b"hello" | b"hey" | b"greetings")
}

/// Roman numeral of at most four letters, any case (`iv`, `XII`).
pub(crate) fn is_roman(w: &[u8]) -> bool {
    !w.is_empty()
        && w.len() <= 4
        && w.iter()
            .all(|c| matches!(c.to_ascii_lowercase(), b'i' | b'v' | b'x' | b'l' | b'c'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_never_end() {
        assert_eq!(classify(b"Mrs"), Some(Abbrev::Title));
        assert_eq!(classify(b"Prof"), Some(Abbrev::Title));
    }

    #[test]
    fn reference_words_are_numeric() {
        assert_eq!(classify(b"pp"), Some(Abbrev::Numeric));
        assert_eq!(classify(b"Fig"), Some(Abbrev::Numeric));
        assert_eq!(classify(b"Sept"), Some(Abbrev::Numeric));
        assert_eq!(classify(b"Rs"), Some(Abbrev::Numeric));
        assert_eq!(classify("N\u{b0}".as_bytes()), Some(Abbrev::Numeric));
    }

    #[test]
    fn dotted_and_single_letters() {
        assert_eq!(classify(b"e.g"), Some(Abbrev::Inner));
        assert_eq!(classify(b"U.K"), Some(Abbrev::Ambiguous));
        assert_eq!(classify(b"Ph.D"), Some(Abbrev::Ambiguous));
        assert_eq!(classify(b"K"), Some(Abbrev::Initial));
        assert_eq!(classify(b"P"), Some(Abbrev::Initial));
        assert_eq!(classify(b"p"), Some(Abbrev::Numeric));
        assert_eq!(classify(b"q"), Some(Abbrev::Letter));
    }

    #[test]
    fn ordinary_words_are_not_abbreviations() {
        for w in [
            &b"garden"[..],
            b"1999",
            b"$4.50",
            b"web.site.org",
            b"x_y",
            b"",
        ] {
            assert_eq!(classify(w), None, "{}", String::from_utf8_lossy(w));
        }
    }

    #[test]
    fn starters_need_a_capital() {
        assert!(is_starter(b"They"));
        assert!(is_starter(b"Dr"));
        assert!(!is_starter(b"they"));
        assert!(!is_starter(b"Garden"));
    }

    #[test]
    fn clock_times_and_greetings() {
        assert!(is_clock(b"p.m") && is_clock(b"A.M"));
        assert!(!is_clock(b"e.g") && !is_clock(b"pm"));
        assert!(follows_clock(b"Friday") && follows_clock(b"GMT") && follows_clock(b"June"));
        assert!(!follows_clock(b"Visitors") && !follows_clock(b"X"));
        assert!(is_greeting(b"Dear") && is_greeting(b"hello"));
        assert!(is_preposition(b"for") && !is_preposition(b"was"));
        assert!(!is_greeting(b"Dean"));
    }

    #[test]
    fn continuation_and_roman() {
        assert!(is_continuation(b"the"));
        assert!(!is_continuation(b"garden"));
        assert!(is_roman(b"xii") && is_roman(b"IV"));
        assert!(!is_roman(b"civil") && !is_roman(b"dog"));
    }
}
