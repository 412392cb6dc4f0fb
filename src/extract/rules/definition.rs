//! The definition table, and its first rows: explicit definitions ("X is
//! defined as Y", "X refers to Y", "A defines X as Y") and predicates ("X
//! is a N that ...", "X are N of ...").

use super::*;
use crate::extract::guards as guard;
use crate::extract::pattern::Pattern;
use crate::extract::rule::{Check, Rule};

/// The definition patterns, most specific first: the rows of this file,
/// then [`super::called`], then [`super::gloss`].
pub static DEFINITION_PATTERNS: &[Rule] = &ALL;

const N: usize = STATEMENTS.len() + super::called::CALLED_RULES.len() + super::gloss::GLOSSES.len();
static ALL: [Rule; N] = concat(&[
    STATEMENTS,
    super::called::CALLED_RULES,
    super::gloss::GLOSSES,
]);

/// Explicit definitions and predicates.
const STATEMENTS: &[Rule] = &[
    Rule {
        pattern: Pattern {
            name: "def/defined-as",
            regex: r"(?i)^(?P<subj>(?:[^;?(]|\([^()]*\))+?),?(?P<link> (?:which )?(?:is|are|was|were|can be|may be|could be|might be|has been|have been|is often|is usually|is generally|is commonly|are often|are usually|are generally|are commonly)(?: \w+ly)? defined (?:as|to be)),?(?P<text>.*)$",
            hits: &[
                (
                    "Accordingly, inflation can be broadly defined as a general rise in prices.",
                    "inflation := a general rise in prices",
                ),
                (
                    "A reef is defined as a ridge of rock or coral near the surface of the sea.",
                    "reef := a ridge of rock or coral near the surface of the sea",
                ),
                (
                    "Erosion, which is defined as the wearing away of land, shapes every valley.",
                    "erosion := the wearing away of land, shapes every valley",
                ),
            ],
            misses: &[
                "The council defined the new zone as.",
                "Success is not defined as a number in a bank account.",
            ],
        },
        triggers: &[],
        checks: &[],
        exempt_from: &[],
    },
    Rule {
        pattern: Pattern {
            name: "def/term-to-describe",
            regex: r#"(?i)(?-u:\b)(?:use|uses|used|using|coin|coins|coined|coining|introduce|introduces|introduced|introducing|adopt|adopts|adopted|apply|applies|applied|reserve|reserves|reserved) the (?:term|word|phrase|label|name) ["“‘']?(?P<term>[\w'’-]+(?: [\w'’-]+){0,3}?)["”’']? to (?:refer to|describe|mean|denote|designate|indicate) (?P<text>[^;?]+)$"#,
            hits: &[
                (
                    "Ecologists use the term niche to describe the role a species plays in its habitat.",
                    "niche := the role a species plays in its habitat",
                ),
                (
                    "Engineers coined the word latency to refer to the delay before a transfer begins.",
                    "latency := the delay before a transfer begins",
                ),
                (
                    "Some writers use the phrase \u{201c}soft power\u{201d} to mean the pull of a culture abroad.",
                    "soft power := the pull of a culture abroad",
                ),
            ],
            misses: &[
                "She used the word twice to describe her mood.",
                "We use the term only once in this chapter.",
                "They never used the name to describe themselves.",
                "Calling it progress is easy, but to use the word progress to describe it is wrong.",
                "To use the word luck to describe that effort does them no good.",
            ],
        },
        triggers: &[],
        checks: &[Check::TextNotPointing],
        exempt_from: &[],
    },
    Rule {
        pattern: Pattern {
            name: "def/agent-defines",
            regex: r"(?i)^(?P<agent>[^;?]+?) (?:defines|defined|define|describes|described|describe|characterizes|characterises|characterized|characterised)(?P<term> [^;?]+?)(?P<link> as),?(?P<text>.*)$",
            hits: &[
                (
                    "Smith defines soft power as the ability to shape the preferences of others.",
                    "soft power := the ability to shape the preferences of others [by smith]",
                ),
                (
                    "Keller 1998 describes urban sprawl as, the unplanned spread of a city into farmland.",
                    "urban sprawl := the unplanned spread of a city into farmland [by keller]",
                ),
                (
                    "We define a graph as a set of points joined by lines.",
                    "graph := a set of points joined by lines",
                ),
            ],
            misses: &[
                "The reporter described him as tired.",
                "In her first letter she defined the plan as.",
            ],
        },
        // Triggers hand-written: the derived groups need one of these two
        // (the other part of its regex is a class or optional).
        triggers: &[&["defin", "describ", "characteri"], &[" as"]],
        checks: &[],
        exempt_from: &[],
    },
    Rule {
        pattern: Pattern {
            name: "def/according-to",
            regex: r"(?i)^(?P<subj>(?:[^;?(]|\([^()]*\))+?), according to (?P<agent>[^,;?]+?),(?P<link> (?:is|are)) (?P<text>.*)$",
            hits: &[(
                "Ecology, according to Haeckel, is the study of how organisms relate to their surroundings.",
                "ecology := the study of how organisms relate to their surroundings [by haeckel]",
            )],
            misses: &["This, according to the mayor, is a disgrace."],
        },
        triggers: &[],
        checks: &[],
        exempt_from: &[],
    },
    Rule {
        pattern: Pattern {
            name: "def/according-to-lead",
            regex: r"(?i)^according to (?P<agent>[^,;?]+?), (?P<subj>[^;?]+?)(?P<link> (?:is|are)) (?P<text>(?:a|an|the) .*)$",
            hits: &[(
                "According to Lyell, a fault is a crack in the crust of the earth.",
                "fault := a crack in the crust of the earth [by lyell]",
            )],
            misses: &["According to the forecast, it is a sunny week."],
        },
        triggers: &[],
        checks: &[],
        exempt_from: &[],
    },
    Rule {
        pattern: Pattern {
            name: "def/definition-of-refers",
            regex: r"(?i)^(?P<pre>[^;?]*?)(?-u:\b)(?:the|a|one|our) (?:[\w-]+ )?definition of (?P<term>[^;?]+?)(?P<link> (?:refers to|denotes|describes|states that))(?P<text> .*)$",
            hits: &[(
                "The broadest definition of logistics refers to the flow of goods from maker to buyer.",
                "logistics := the flow of goods from maker to buyer",
            )],
            misses: &["The definition of the rule refers to."],
        },
        triggers: &[],
        checks: &[],
        exempt_from: &[],
    },
    Rule {
        pattern: Pattern {
            name: "def/definition-of-is",
            regex: r"(?i)^(?P<pre>[^;?]*?)(?-u:\b)(?:the|a|one|our) (?:[\w-]+ )?definition of (?P<term>[^;?]+?)(?P<link> (?:is|was))(?P<text> (?:a|an|the|that|to) .*)$",
            hits: &[(
                "A simple definition of a wetland is an area of land saturated with water.",
                "wetland := an area of land saturated with water",
            )],
            misses: &["The definition of poverty by the bank is succinct and clear."],
        },
        triggers: &[],
        checks: &[],
        exempt_from: &[],
    },
    Rule {
        pattern: Pattern {
            name: "def/we-mean",
            regex: r"(?i)(?-u:\b)by (?P<term>[^,;?]+?),? (?:we|i|they|economists|scientists|linguists|historians|people) (?P<link>mean)(?P<text> .*)$",
            hits: &[(
                "By inflation, we mean a steady rise in the general level of prices.",
                "inflation := a steady rise in the general level of prices",
            )],
            misses: &["By the way, we mean no harm."],
        },
        triggers: &[],
        checks: &[],
        exempt_from: &[],
    },
    Rule {
        pattern: Pattern {
            name: "def/refers-to",
            regex: r"(?i)^(?P<subj>(?:[^;?(]|\([^()]*\))+?)(?P<link>(?: \w+ly)? (?:refers|refer|is used to refer|are used to refer|is a term that refers|is a term used to refer)) to(?P<text> .*)$",
            hits: &[
                (
                    "Photosynthesis refers to the process by which plants turn light into sugar.",
                    "photosynthesis := the process by which plants turn light into sugar",
                ),
                (
                    "While the outer layer refers to the crust, the inner one covers the mantle.",
                    "outer layer := the crust, the inner one covers the mantle",
                ),
            ],
            misses: &[
                "It refers to the earlier chapter.",
                "The footnote on page four refers to.",
            ],
        },
        triggers: &[],
        checks: &[],
        exempt_from: &[],
    },
    Rule {
        pattern: Pattern {
            name: "def/denotes",
            regex: r"(?i)^(?P<subj>(?:[^;?(]|\([^()]*\))+?)(?P<link>(?: \w+ly)? (?:denotes|denote|signifies|signify|stands for|means|mean|is used to denote|are used to denote|is used to describe|are used to describe))(?P<text> .*)$",
            hits: &[
                (
                    "In contrast, the symbol pi denotes the ratio of a circle's circumference to its diameter.",
                    "symbol pi := the ratio of a circle's circumference to its diameter",
                ),
                (
                    "Biodiversity means the variety of life found in one place.",
                    "biodiversity := the variety of life found in one place",
                ),
            ],
            misses: &[
                "This means that prices will rise.",
                "These results mean that the test failed.",
            ],
        },
        triggers: &[],
        checks: &[],
        exempt_from: &[],
    },
    Rule {
        pattern: Pattern {
            name: "def/states-that",
            regex: r"(?i)^(?P<subj>[^;?,]*?(?-u:\b)(?:theory|law|principle|hypothesis|model|rule|theorem|postulate|thesis|doctrine|paradox|conjecture)(?: of (?:the )?[\w-]+(?: [\w-]+)?)?(?: \([^()]*\))?)(?P<link> (?:states|proposes|suggests|holds|asserts|posits|predicts|maintains|says|argues)) that(?P<text> .*)$",
            hits: &[
                (
                    "Hooke's law states that the stretch of a spring grows with the load.",
                    "hooke's law := the stretch of a spring grows with the load",
                ),
                (
                    "The quantity theory of money holds that prices follow the money supply.",
                    "quantity theory of money := prices follow the money supply",
                ),
            ],
            misses: &[
                "This theory suggests that sleep repairs the body.",
                "The judge who wrote the rule says that it was fair.",
            ],
        },
        triggers: &[],
        checks: &[],
        exempt_from: &[guard::CLAUSE_GUARDS],
    },
    Rule {
        pattern: Pattern {
            name: "def/involves",
            regex: r"(?i)^(?P<subj>[^;?,]+?)(?P<link> (?:involves|involve|encompasses|encompass|entails|entail))(?P<text> .*)$",
            hits: &[(
                "Crop rotation involves planting different crops on the same land in turn.",
                "crop rotation := planting different crops on the same land in turn",
            )],
            misses: &["This plan involves a lot of risk for everyone."],
        },
        triggers: &[],
        checks: &[],
        exempt_from: &[],
    },
    Rule {
        pattern: Pattern {
            name: "def/describes",
            regex: r"(?i)^(?P<subj>(?:[^;?(]|\([^()]*\))+?)(?P<link> (?:describes|describe))(?P<text> (?:a|an|the|all|any|how|what|those|each|every) .*)$",
            hits: &[(
                "The term entropy describes the degree of disorder in a system.",
                "entropy := the degree of disorder in a system",
            )],
            misses: &["Chapter three describes the journey home."],
        },
        triggers: &[],
        checks: &[Check::NoAs],
        exempt_from: &[],
    },
    Rule {
        pattern: Pattern {
            name: "def/focuses-on",
            regex: r"(?i)^(?P<subj>(?:[^;?(]|\([^()]*\))+?)(?P<link> (?:measures|examines|focuses on|focus on|deals with|deal with|is concerned with|are concerned with|looks at|look at|seeks to|seek to|attempts to|attempt to|proposes that|emphasizes|emphasize))(?P<text> .*)$",
            hits: &[
                (
                    "Ecology looks at how living things relate to their surroundings.",
                    "ecology := how living things relate to their surroundings",
                ),
                (
                    "A barometer measures the pressure of the air around it.",
                    "barometer := the pressure of the air around it",
                ),
            ],
            misses: &[
                "This chapter looks at the early years of the town.",
                "Let's look at a simple case first.",
                "If a report focuses on crime, readers grow afraid.",
                "This method, which focuses on cost, was dropped.",
                "Most painters tend to focus on light.",
                "Prompt measures were taken to stop the flood.",
                "Any attempt to leave early will fail.",
            ],
        },
        triggers: &[],
        checks: &[Check::FocusesOn],
        exempt_from: &[guard::CLAUSE_GUARDS],
    },
    Rule {
        pattern: Pattern {
            name: "def/consists-of",
            regex: r"(?i)^(?P<subj>(?:[^;?(]|\([^()]*\))+?)(?P<link> (?:consists of|consist of))(?P<text> .*)$",
            hits: &[(
                "Granite consists of quartz, feldspar and mica crystals bound together.",
                "granite := quartz, feldspar and mica crystals bound together",
            )],
            misses: &["Our team consists of five people."],
        },
        triggers: &[],
        checks: &[],
        exempt_from: &[],
    },
    Rule {
        pattern: Pattern {
            name: "def/characterized-by",
            regex: r"(?i)^(?P<subj>(?:[^;?(]|\([^()]*\))+?)(?P<link> (?:is|are)(?: \w+ly)? (?:characterized|characterised|marked|distinguished) by)(?P<text> .*)$",
            hits: &[(
                "A drought is characterized by a long period without rain.",
                "drought := a long period without rain",
            )],
            misses: &["It is marked by a red line."],
        },
        // Triggers hand-written: the derived groups need one of these two
        // (the other part of its regex is a class or optional).
        triggers: &[&[" by "], &["characteri", "marked", "distinguished"]],
        checks: &[],
        exempt_from: &[],
    },
    Rule {
        pattern: Pattern {
            name: "def/is-when",
            regex: r"(?i)^(?P<subj>(?:[^;?(]|\([^()]*\))+?)(?P<link> (?:is|are|occurs|occur|happens|happen|arises|arise|exists|exist)) when(?P<text> .*)$",
            hits: &[
                (
                    "Condensation occurs when water vapour cools and turns back into liquid.",
                    "condensation := water vapour cools and turns back into liquid",
                ),
                (
                    "A merger occurs when two firms combine into one.",
                    "merger := two firms combine into one",
                ),
                (
                    "A shortage exists when buyers want more than sellers offer.",
                    "shortage := buyers want more than sellers offer",
                ),
            ],
            misses: &["It happens when you least expect it."],
        },
        triggers: &[],
        checks: &[],
        exempt_from: &[guard::CLAUSE_GUARDS],
    },
    Rule {
        pattern: Pattern {
            name: "def/which-is",
            regex: r"(?i)^(?P<pre>[^;?]+?), (?:which|who) (?P<link>is|are)(?P<text> (?:a|an|the) .*| [\w-]+(?: [\w-]+){0,3} (?:that|which|who|in which) .*)$",
            hits: &[(
                "Most bread rises because of yeast, which is a fungus that feeds on sugar.",
                "yeast := a fungus that feeds on sugar",
            )],
            misses: &["He went home, which is a relief."],
        },
        triggers: &[],
        checks: &[Check::NotOpinion],
        exempt_from: &[],
    },
    Rule {
        pattern: Pattern {
            name: "def/copular",
            regex: r"(?i)^(?P<subj>(?:[^;?(]|\([^()]*\))+?)(?P<link> (?:is|are))(?P<text> (?:a|an|the|one of|any of|any|anything|something|someone|anyone) .*)$",
            hits: &[
                (
                    "A volcano is an opening in the crust through which lava escapes.",
                    "volcano := an opening in the crust through which lava escapes",
                ),
                (
                    "In biology, a cell is the basic unit of living things.",
                    "cell := the basic unit of living things",
                ),
                (
                    "Although a virus is tiny, a bacterium is a living cell that divides on its own.",
                    "bacterium := a living cell that divides on its own",
                ),
                (
                    "Recall that a prism is a solid with two parallel faces.",
                    "prism := a solid with two parallel faces",
                ),
                (
                    "The okapi (Okapia johnstoni) is a mammal that lives in the rainforest.",
                    "okapi := a mammal that lives in the rainforest",
                ),
                (
                    "12. Matter is anything that has mass and takes up space.",
                    "matter := anything that has mass and takes up space",
                ),
                (
                    "A rival is a person whom you regard as a threat to your place.",
                    "rival := a person whom you regard as a threat to your place",
                ),
                (
                    "A hot spring (/\u{2c8}h\u{252}t/; from Old English hat) is a spring fed by warm groundwater.",
                    "hot spring := a spring fed by warm groundwater",
                ),
                (
                    "A rain garden (RG), or simply garden, is a planted hollow that soaks up runoff.",
                    "rain garden := a planted hollow that soaks up runoff",
                ),
                (
                    "A ledger is a book in which accounts are recorded.[2][3]",
                    "ledger := a book in which accounts are recorded",
                ),
                (
                    "Triage is the process of sorting patients by urgency (Lee and Roe 2011, p. 4).",
                    "triage := the process of sorting patients by urgency",
                ),
                (
                    "A tariff is a tax on imports (see the table in Section 2).",
                    "tariff := a tax on imports (see the table in section 2)",
                ),
                (
                    "The snow leopard, also known as the ounce, is a large cat of the mountains.",
                    "snow leopard := a large cat of the mountains",
                ),
                (
                    "The second stage, called the plateau, is a period of slow growth.",
                    "plateau := a period of slow growth",
                ),
                (
                    "Jan 5, 2015 the tundra is a treeless plain of the far north.",
                    "tundra := a treeless plain of the far north",
                ),
                (
                    "Field notes by anna berg sea glass sea glass is a smooth fragment of glass shaped by waves.",
                    "sea glass := a smooth fragment of glass shaped by waves",
                ),
                (
                    "Sleet or ice pellets is a form of rain that freezes before it lands.",
                    "sleet := a form of rain that freezes before it lands",
                ),
                (
                    "Mercury is one of the metals that stay liquid at room temperature.",
                    "mercury := one of the metals that stay liquid at room temperature",
                ),
                (
                    "Velmora, officially the Republic of Velmora, is a country on the northern coast.",
                    "velmora := a country on the northern coast",
                ),
            ],
            misses: &[
                "It is a small town.",
                "The answer is a mystery.",
                "The book is a good example of clear writing.",
                "What he wanted most is a quiet room.",
                "While chess is a game of skill, most players rely on habit.",
            ],
        },
        // Triggers hand-written: its regex requires no literal (classes, optional parts or
        // alternatives without one).
        triggers: &[COPULA_DET],
        checks: &[Check::CopulaSubject, Check::NotOpinion],
        exempt_from: &[],
    },
    Rule {
        pattern: Pattern {
            name: "def/copular-adverb",
            regex: r"(?i)^(?P<subj>(?:[^;?(]|\([^()]*\))+?)(?P<link> (?:is|are) (?:usually|generally|typically|traditionally|normally|essentially|basically)(?: (?:understood|thought of|regarded) as)?)(?P<text> (?:a|an|the|any) .*)$",
            hits: &[
                (
                    "Honey is usually a thick sweet liquid made by bees.",
                    "honey := a thick sweet liquid made by bees",
                ),
                (
                    "Numeracy is traditionally the ability to use numbers.",
                    "numeracy := the ability to use numbers",
                ),
                (
                    "A scarf is typically a long strip of cloth worn around the neck.",
                    "scarf := a long strip of cloth worn around the neck",
                ),
                (
                    "Thrift is generally understood as the habit of spending less than one earns.",
                    "thrift := the habit of spending less than one earns",
                ),
            ],
            misses: &[
                "It is usually a quiet town in winter.",
                "The answer is usually a mystery.",
                "This is generally the best time to plant.",
                "Our harbour is typically the busiest of the coast.",
            ],
        },
        triggers: &[],
        checks: &[Check::CopulaSubject, Check::NotOpinion],
        exempt_from: &[],
    },
    Rule {
        pattern: Pattern {
            name: "def/past-copular",
            regex: r"(?i)^(?P<subj>(?:[^;?(]|\([^()]*\))+?)(?P<link> (?:was|were))(?P<text> (?:a|an|the) .*)$",
            hits: &[
                (
                    "Jorvik Haldane was a Danish painter known for his seascapes.",
                    "jorvik haldane := a danish painter known for his seascapes",
                ),
                (
                    "The Vell Accord was a treaty that ended the salt war between two ports.",
                    "vell accord := a treaty that ended the salt war between two ports",
                ),
                (
                    "Marta Quell (1801\u{2013}1866) was an English botanist and illustrator.",
                    "marta quell := an english botanist and illustrator",
                ),
                (
                    "The Ossani were an ancient people of the northern steppe.",
                    "ossani := an ancient people of the northern steppe",
                ),
                (
                    "Edda Morn was an Icelandic poet.",
                    "edda morn := an icelandic poet",
                ),
                (
                    "Piet Valk was a Dutch painter, printmaker, and teacher.",
                    "piet valk := a dutch painter, printmaker, and teacher",
                ),
                (
                    "Haral Sorn, commonly known as Old Haral, was a Norse chieftain of the west coast.",
                    "old haral := a norse chieftain of the west coast",
                ),
            ],
            misses: &[
                "It was a great day for the whole town.",
                "Ours was a small and quiet village.",
                "The meeting was a waste of an evening.",
                "So great was the cost that nobody paid it.",
                "But Marta was a friend to all of us.",
                "Port Vell was the first town to light its streets.",
                "When we arrived, the Senate was a place of quiet work.",
            ],
        },
        triggers: &[],
        checks: &[Check::CopulaSubject, Check::EntrySubject],
        exempt_from: &[&["guard/short-predicate", "guard/list"]],
    },
    Rule {
        pattern: Pattern {
            name: "def/entry-superlative",
            regex: r"(?i)^(?P<subj>(?:[^;?(]|\([^()]*\))+?)(?P<link> (?:is|are|was|were))(?P<text> the (?:(?:world's|capital|capital city|official|de facto|only|chief) (?:and )?)*(?:(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))[ -])?(?:largest|biggest|highest|longest|deepest|smallest|oldest|tallest|northernmost|southernmost|easternmost|westernmost|most populous|most populated)(?: and (?:most populous|largest|biggest|oldest|deepest|highest))? [\w'’-]+(?: [\w'’-]+){0,3} (?:of|in|on) .*)$",
            hits: &[
                (
                    "Velmora is the capital and largest city of Drenland.",
                    "velmora := the capital and largest city of drenland",
                ),
                (
                    "Mount Ferro is the highest peak in the southern range of Vell.",
                    "mount ferro := the highest peak in the southern range of vell",
                ),
            ],
            misses: &[
                "It is the largest city in the region.",
                "This was the biggest crowd in years.",
                "Our harbour is the deepest one of the coast.",
            ],
        },
        triggers: &[],
        checks: &[Check::CopulaSubject, Check::EntrySubject],
        exempt_from: &[&["guard/evaluative"]],
    },
    Rule {
        pattern: Pattern {
            name: "def/bare-predicate",
            regex: r"(?i)^(?P<subj>(?:[^;?(]|\([^()]*\))+?)(?P<link> (?:is|are))(?P<text> [\w-]+(?: [\w-]+){0,4} (?:that|which|who|whose|whereby|in which|by which|where|used to|consisting of|made up of|composed of|characterized by|characterised by|involving|containing|designed to) .*)$",
            hits: &[
                (
                    "Enzymes are proteins that speed up chemical reactions.",
                    "enzymes := proteins that speed up chemical reactions",
                ),
                (
                    "Barter is direct trade whereby goods are swapped without money.",
                    "barter := direct trade whereby goods are swapped without money",
                ),
            ],
            misses: &[
                "Dogs are so loyal that they follow us.",
                "Parents are so proud that they cry.",
            ],
        },
        // Triggers hand-written: the derived groups need one of these two
        // (the other part of its regex is a class or optional).
        triggers: &[COPULA, RELATIVE],
        checks: &[
            Check::CopulaSubject,
            Check::TextNotThatClause,
            Check::NotOpinion,
        ],
        exempt_from: &[],
    },
    Rule {
        pattern: Pattern {
            name: "def/one-that",
            regex: r"(?i)^(?P<subj>(?:[^;?(]|\([^()]*\))+?)(?P<link> (?:is|are))(?P<text> (?:(?:one|ones|those) (?:that|which|who|whose|in which|not|we|you|\w+ed)(?-u:\b)|what (?:the|a|an) ).*)$",
            hits: &[
                (
                    "A strong password is one not found in any dictionary.",
                    "strong password := one not found in any dictionary",
                ),
                (
                    "Open markets are those served by many small sellers.",
                    "open markets := those served by many small sellers",
                ),
                (
                    "Rent is what a tenant pays for the use of a property.",
                    "rent := what a tenant pays for the use of a property",
                ),
            ],
            misses: &[
                "No engine is one hundred percent efficient.",
                "Her garden is one of the finest in the town.",
                "This is what the mayor said to the press.",
                "That is one that I like.",
            ],
        },
        // Triggers hand-written: the derived groups need one of these two
        // (the other part of its regex is a class or optional).
        triggers: &[COPULA, &[" one ", " ones ", " those ", " what "]],
        checks: &[],
        exempt_from: &[],
    },
    Rule {
        pattern: Pattern {
            name: "def/bare-noun",
            regex: r"(?i)^(?P<subj>(?:[^;?(]|\([^()]*\))+?)(?P<link> (?:is|are))(?P<text> [\w'’-]+(?:,? [\w'’-]+){0,2} (?:of|for|with|between|through|against|about|from|on|in|to|among|within|having|enclosed|found|located|used|made|formed|produced|caused|needed|given)(?-u:\b).*)$",
            hits: &[
                (
                    "Tendons are tough bands of tissue between muscle and bone.",
                    "tendons := tough bands of tissue between muscle and bone",
                ),
                (
                    "Friction is surface resistance to motion between two bodies.",
                    "friction := surface resistance to motion between two bodies",
                ),
                (
                    "Gastritis is inflammation of the stomach lining.",
                    "gastritis := inflammation of the stomach lining",
                ),
            ],
            misses: &[
                "Most lizards are active during the warm part of the day.",
                "Iron is present in many foods.",
                "The nest is under the eaves of the barn.",
                "The rule is that all guests sign in at the desk.",
                "Hail is common in spring on the plains.",
                "Bats are mostly active at night in summer.",
                "The old budget is almost certain to show a deficit.",
                "Our best hope is trade with the neighbours.",
                "Iron is part of many foods.",
            ],
        },
        // Triggers hand-written: its regex requires no literal (classes, optional parts or
        // alternatives without one).
        triggers: &[COPULA],
        checks: &[
            Check::BareNoun,
            Check::CopulaSubject,
            Check::TextNotThatClause,
            Check::NotOpinion,
        ],
        exempt_from: &[],
    },
];
