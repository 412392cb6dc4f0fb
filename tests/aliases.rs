//! Aliases never chain: in every golden file and the committed dataset,
//! each alias carries its own evidence, and that evidence ties it directly
//! to its term (never only through another alias).

use crate::util::root;
use defmine::term::{term_key, term_tokens};
use std::path::{Path, PathBuf};

/// The golden knowledge files with the folder their documents are in.
fn knowledge_files() -> Vec<(PathBuf, PathBuf)> {
    let data = root().join("tests").join("data");
    let mut out: Vec<(PathBuf, PathBuf)> = std::fs::read_dir(&data)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| (p, data.clone()))
        .collect();
    out.push((
        root().join("output").join("knowledge.json"),
        root().join("input"),
    ));
    out.sort();
    out
}

/// The text of `doc` (a golden case is named after its file alone).
fn document(dir: &Path, doc: &str) -> String {
    let p = dir.join(doc);
    let p = if p.exists() {
        p
    } else {
        dir.join(Path::new(doc).file_name().unwrap())
    };
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// Whether `sentence` names the folded form `key` (its words, folded as
/// terms are, run together).
fn names(sentence: &str, key: &str) -> bool {
    let words = term_tokens(sentence);
    // Plurals are folded on a term's last word only: compare each start.
    (0..words.len()).any(|i| {
        let mut s = String::new();
        for w in &words[i..] {
            s.push_str(w);
            if s.len() >= key.len() {
                break;
            }
        }
        s.starts_with(key) || key.starts_with(&s) && s.len() + 1 >= key.len()
    })
}

#[test]
fn no_alias_joins_only_through_another_alias() {
    let mut checked = 0;
    for (file, dir) in knowledge_files() {
        let k = crate::util::read_knowledge(&file);
        for t in k["terms"].as_array().unwrap() {
            let term = t["term"].as_str().unwrap();
            let aliases: Vec<&str> = t["aliases"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| a.as_str().unwrap())
                .collect();
            let evidence = t["alias_evidence"].as_array().unwrap();
            let with: Vec<&str> = evidence
                .iter()
                .map(|e| e["alias"].as_str().unwrap())
                .collect();
            assert_eq!(with, aliases, "{}: {term}", file.display());
            for e in evidence {
                let alias = e["alias"].as_str().unwrap();
                let rules: Vec<&str> = e["rules"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|r| r.as_str().unwrap())
                    .collect();
                let what = format!("{}: {term} / {alias} {rules:?}", file.display());
                assert!(!rules.is_empty(), "{what}");
                let sentences = e["evidence"].as_array().unwrap();
                assert!(!sentences.is_empty(), "{what}");
                match rules.as_slice() {
                    ["alias/fold"] => assert_eq!(term_key(alias), term_key(term), "{what}"),
                    ["alias/elliptical"] => {
                        let (a, b) = (term_key(alias), term_key(term));
                        assert!(a.starts_with(&b) || b.starts_with(&a), "{what}");
                    }
                    _ => {
                        assert!(rules.iter().all(|r| r.starts_with("alias/")), "{what}");
                        assert!(!rules.contains(&"alias/indirect"), "{what}");
                        // One of the sentences names both the alias and
                        // the term itself.
                        let ok = sentences.iter().any(|s| {
                            let text = document(&dir, s["doc"].as_str().unwrap());
                            let (a, b) = crate::util::span(s);
                            let sentence = &text[a..b];
                            names(sentence, &term_key(alias)) && names(sentence, &term_key(term))
                        });
                        assert!(ok, "{what}: no sentence names both");
                    }
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 10, "too few aliases to check: {checked}");
}
