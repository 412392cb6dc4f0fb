//! The definition and alias rule tables: one [`Rule`] row per rule, most
//! specific first. A row holds everything a rule does: its regex and named
//! groups, the trigger words the prefilter needs, the named checks
//! ([`Check`]) its candidates go through, the guards it is exempt from,
//! and examples (hits and misses) that the table tests run. The engine
//! that runs them is in [`super::definition`].

use super::guard;
use super::pattern::Pattern;
use super::rule::{Check, Rule};

// Named groups the extractor reads:
//   subj  the region before the verb: the term is cleaned out of it
//   term  the region after "called" / between "defines" and "as"
//   pre   the text before an apposition: the term is its last noun phrase
//   text  the defining text
//   link  the words between term and text (negation guard)
//   agent who gives the definition
//   alias a second name (alias table)

/// The definition patterns, most specific first.
pub static DEFINITION_PATTERNS: &[Rule] = &[
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
        triggers: &[&["defined"]],
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
        triggers: &[&["refer", "describ", "denot", "mean"]],
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
        triggers: &[&["according to"]],
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
        triggers: &[&["according to"]],
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
        triggers: &[&["definition of"]],
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
        triggers: &[&["definition of"]],
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
        triggers: &[&[" mean "]],
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
        triggers: &[&["refer"]],
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
        triggers: &[&["denot", "signif", "stands for", "mean", "used to"]],
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
        triggers: &[&[
            "states that",
            "proposes that",
            "suggests that",
            "holds that",
            "asserts that",
            "posits that",
            "predicts that",
            "maintains that",
            "says that",
            "argues that",
        ]],
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
        triggers: &[&["involve", "encompass", "entail"]],
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
        triggers: &[&["describ"]],
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
        triggers: &[&[
            "measures",
            "examines",
            "focus",
            "deal",
            "concerned with",
            "look at",
            "looks at",
            "seek",
            "attempt",
            "proposes that",
            "emphasi",
        ]],
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
        triggers: &[&["consist"]],
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
        triggers: &[&[" when "]],
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
        triggers: &[&[", which", ", who"]],
        checks: &[],
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
            ],
            misses: &[
                "It is a small town.",
                "The answer is a mystery.",
                "The book is a good example of clear writing.",
                "What he wanted most is a quiet room.",
                "While chess is a game of skill, most players rely on habit.",
            ],
        },
        triggers: &[COPULA_DET],
        checks: &[Check::CopulaSubject],
        exempt_from: &[],
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
        triggers: &[COPULA, RELATIVE],
        checks: &[Check::CopulaSubject, Check::TextNotThatClause],
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
            ],
        },
        triggers: &[COPULA],
        checks: &[
            Check::BareNoun,
            Check::CopulaSubject,
            Check::TextNotThatClause,
        ],
        exempt_from: &[],
    },
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
        triggers: &[&["said to be"]],
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
        triggers: &[&["what "], WHAT_CALLED],
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
        triggers: &[&[" what "], WHAT_CALLED],
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
        triggers: &[&["which"], CALLED],
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
        triggers: &[CALLED_NP],
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
        triggers: &[&["called", "known as", "termed", "referred to as", ", or "]],
        checks: &[],
        exempt_from: &[],
    },
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
        triggers: &[&["that is"]],
        checks: &[Check::ObjectOfVerbTerm],
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
        triggers: &[&[", a ", ", an "], RELATIVE],
        checks: &[Check::ObjectOfVerbTerm, Check::AppositiveNotOpening],
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
        triggers: &[&[", a ", ", an "]],
        checks: &[
            Check::ObjectOfVerbTerm,
            Check::AppositiveMid,
            Check::AppositiveNotOpening,
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
        triggers: &[&[", the "]],
        checks: &[
            Check::ObjectOfVerbTerm,
            Check::AppositiveNotOpening,
            Check::Gloss,
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
        triggers: &[&[", a ", ", an "]],
        checks: &[
            Check::ObjectOfVerbTerm,
            Check::AppositiveNotOpening,
            Check::Gloss,
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
        triggers: &[&[", or "]],
        checks: &[
            Check::ObjectOfVerbTerm,
            Check::Gloss,
            Check::ListItemGloss,
            Check::OrGloss,
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
        triggers: // (Its noun phrase ends in "s" before the comma; "\u{17F}" is the
        // long s, which `(?i)` folds to "s".)
        &[
            &["s, ", "s), ", "\u{17F}, ", "\u{17F}), "],
            &["that", "which", "who"],
        ],
        checks: &[Check::ObjectOfVerbTerm, Check::AppositiveNotOpening, Check::Gloss, Check::ListItemGloss],
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
        triggers: &[&["\u{2014}"], CALLED_NP],
        checks: &[Check::TermAfterVerb],
        exempt_from: &[&["guard/ranked-term"]],
    },
];

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
        triggers: &[&["("]],
        checks: &[Check::Abbreviation, Check::NotTradeSign],
        exempt_from: &[],
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
        triggers: &[&["("]],
        checks: &[Check::TermAfterVerb, Check::NamingOrAcronym],
        exempt_from: &[&["guard/ranked-term"]],
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
        triggers: &[CALLED],
        checks: &[Check::HeadNotOfComplement, Check::NameKindAgrees],
        exempt_from: &[],
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
        triggers: &[&["hereafter", "henceforth", "hereinafter"]],
        checks: &[Check::NamingOrAcronym],
        exempt_from: &[],
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
        triggers: &[&[" or "], COPULA_DET],
        checks: &[Check::NamingOrAcronym],
        exempt_from: &[],
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
        exempt_from: &[],
    },
];

// ------------------------------------------------------- trigger word lists

const CALLED: &[&str] = &[
    "called",
    "termed",
    "named",
    "dubbed",
    "known as",
    "referred to as",
];
/// The verbs of "what X call Y", "what is known as Y".
const WHAT_CALLED: &[&str] = &["call", "term", "dub", "known as", "refer"];
/// The forms of [`CALLED`] that name a term after a noun phrase
/// ("named" mostly introduces a person's name).
const CALLED_NP: &[&str] = &["called", "known as", "termed", "referred to as"];
const COPULA: &[&str] = &[" is ", " are "];
const COPULA_ANY: &[&str] = &[" is ", " are ", " was ", " were ", " be ", " been "];
const COPULA_DET: &[&str] = &[
    " is a",
    " are a",
    " is the",
    " are the",
    " is one",
    " are one",
    " is some",
    " are some",
];
const RELATIVE: &[&str] = &[
    "that",
    "which",
    "who",
    "where",
    "used to",
    "consisting",
    "made up",
    "composed",
    "characteri",
    "involving",
    "containing",
    "designed to",
];
