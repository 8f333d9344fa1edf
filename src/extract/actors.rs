//! Finding actor names in text and turning them into [`Actor`]s.
//!
//! One Aho-Corasick automaton holds every name of the gazetteer (countries with their short forms,
//! demonyms and metonyms; persons with their aliases and unique surnames; organisations; and place
//! names that are not actors). A match counts only on word boundaries, in the right language, and
//! with the right case: a name written in capitals (`AS`, `US`, `UN`) must match exactly, any other
//! must start with a capital in the text. Of overlapping matches the longest wins, so `Laut China
//! Selatan` is a place and `Papua New Guinea` is not Guinea.

use crate::lexicon::{Gazetteer, Lexicon, Name, Office, PersonEntry};
use crate::model::{Actor, ActorKind};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use rustc_hash::FxHashSet;
use std::collections::HashMap;

/// What a name refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Referent {
    /// Index into the gazetteer's countries.
    Country(usize),
    /// Index into the gazetteer's persons.
    Person(usize),
    /// Index into the gazetteer's organisations.
    Organization(usize),
    /// Index into the gazetteer's places (not actors).
    Place(usize),
}

#[derive(Debug)]
struct Pattern {
    text: String,
    strict: bool,
    targets: Vec<(Referent, Option<String>)>,
    /// Only a person's surname: it may be part of another name (`Khan Younis`).
    surname: bool,
}

/// A name found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameHit {
    /// Byte range in the sentence.
    pub start: usize,
    /// Byte end.
    pub end: usize,
    /// What it names.
    pub referent: Referent,
    /// Found by a person's bare surname.
    pub surname: bool,
}

/// The gazetteer, compiled for matching.
#[derive(Debug)]
pub struct ActorMatcher {
    automaton: AhoCorasick,
    patterns: Vec<Pattern>,
    /// Incumbents by (country, role): person indices.
    offices: HashMap<(String, String), Vec<usize>>,
    /// Bytes a name may start with (see `new`).
    may_start: [bool; 256],
    /// For each pattern, the patterns equal to it but for ASCII case (itself included).
    case_siblings: Vec<Vec<usize>>,
}

fn fold(s: &str) -> String {
    deunicode::deunicode(s)
}

/// Lowercase slug: `Alberto van Klaveren` becomes `alberto-van-klaveren`.
pub fn slug(s: &str) -> String {
    let folded = fold(s).to_lowercase();
    let mut out = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

impl ActorMatcher {
    /// Compiles the gazetteer.
    pub fn new(lexicon: &Lexicon) -> ActorMatcher {
        let g = &lexicon.gazetteer;
        let mut by_text: HashMap<String, usize> = HashMap::new();
        let mut patterns: Vec<Pattern> = Vec::new();
        let mut add = |name: &str, lang: Option<String>, r: Referent| {
            let name = name.trim();
            if name.chars().filter(|c| c.is_alphanumeric()).count() < 2 {
                return;
            }
            let idx = *by_text.entry(name.to_string()).or_insert_with(|| {
                let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
                let strict = letters.iter().all(|c| c.is_uppercase()) || !name.is_ascii();
                patterns.push(Pattern {
                    text: name.to_string(),
                    strict,
                    targets: Vec::new(),
                    surname: false,
                });
                patterns.len() - 1
            });
            let t = (r, lang);
            if !patterns[idx].targets.contains(&t) {
                patterns[idx].targets.push(t);
            }
        };
        // (a hyphenated name also as text tokenised with spaces around its hyphen, as the
        // IndoSum corpus and some feeds print it: `Kim Jong - un`, `Timor - Leste`)
        let mut add = |name: &str, lang: Option<String>, r: Referent| {
            add(name, lang.clone(), r.clone());
            if name.contains('-') && !name.contains(" -") {
                add(&name.replace('-', " - "), lang, r);
            }
        };
        for (i, c) in g.countries.iter().enumerate() {
            for n in &c.names {
                add(&n.text, n.lang.clone(), Referent::Country(i));
            }
            for d in &c.demonyms {
                add(d, Some("en".into()), Referent::Country(i));
            }
        }
        let surnames = unique_surnames(g);
        for (i, p) in g.persons.iter().enumerate() {
            add(&p.name, None, Referent::Person(i));
            if fold(&p.name) != p.name {
                add(&fold(&p.name), None, Referent::Person(i));
            }
            for a in &p.aliases {
                add(&a.text, a.lang.clone(), Referent::Person(i));
            }
            if let Some(s) = surnames.get(&i) {
                add(s, None, Referent::Person(i));
            }
        }
        for (i, o) in g.organizations.iter().enumerate() {
            for n in [&o.name_en, &o.name_id] {
                add(n, None, Referent::Organization(i));
            }
            for a in &o.aliases {
                add(&a.text, a.lang.clone(), Referent::Organization(i));
            }
        }
        for (i, p) in g.places.iter().enumerate() {
            add(&p.name.text, p.name.lang.clone(), Referent::Place(i));
        }
        // a pattern that is nothing but one person's surname
        for (&i, s) in &surnames {
            if let Some(&idx) = by_text.get(s.trim()) {
                let p = &mut patterns[idx];
                let full = &g.persons[i];
                let other_name =
                    full.name == p.text || full.aliases.iter().any(|a| a.text == p.text);
                p.surname = !other_name && p.targets.iter().all(|(r, _)| *r == Referent::Person(i));
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(aho_corasick::StartKind::Anchored)
            // (a contiguous NFA: with some 14,000 city names a DFA takes 80 MB and a tenth of a
            // second to build, and searches no faster from anchored starts)
            .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
            .build(patterns.iter().map(|p| p.text.as_str()))
            .expect("gazetteer automaton builds");
        // Where a name may start: an accepted match starts with a capital unless its pattern is
        // written in lowercase (then the text must match it exactly), or with a sign or a
        // non-ASCII letter.
        let mut may_start = [false; 256];
        for b in 0..=255u8 {
            may_start[b as usize] = b.is_ascii_uppercase() || b >= 0x80;
        }
        for p in &patterns {
            if let Some(&b) = p.text.as_bytes().first() {
                may_start[b as usize] = true;
            }
        }
        let mut offices: HashMap<(String, String), Vec<usize>> = HashMap::new();
        for (i, p) in g.persons.iter().enumerate() {
            for o in &p.offices {
                offices
                    .entry((o.country.clone(), o.role.clone()))
                    .or_default()
                    .push(i);
            }
        }
        let mut by_folded: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, p) in patterns.iter().enumerate() {
            by_folded
                .entry(p.text.to_ascii_lowercase())
                .or_default()
                .push(i);
        }
        let case_siblings = patterns
            .iter()
            .map(|p| by_folded[&p.text.to_ascii_lowercase()].clone())
            .collect();
        ActorMatcher {
            automaton,
            patterns,
            offices,
            may_start,
            case_siblings,
        }
    }

    /// Every actor or place name in `sentence`, non-overlapping, longest first. A bare surname
    /// followed by another capitalised word is part of another name (`Khan Younis`, `Lino Sousa
    /// Loureiro`) unless that word is one of `not_names` (`Putin Monday`).
    pub fn find(
        &self,
        sentence: &str,
        lang: &str,
        g: &Gazetteer,
        year: Option<i32>,
        not_names: &FxHashSet<String>,
        titles: &FxHashSet<String>,
    ) -> Vec<NameHit> {
        let bytes = sentence.as_bytes();
        // an anchored search from each place a name may start (a word start whose first byte can
        // begin an accepted match) finds the same names as an unanchored search of the sentence,
        // at a fraction of the cost: most words are lowercase
        let starts = (0..bytes.len()).filter(|&i| {
            self.may_start[bytes[i] as usize]
                && (i == 0
                    || !bytes[i - 1].is_ascii_alphanumeric()
                    || !bytes[i].is_ascii_alphanumeric())
        });
        // the longest acceptable name from a start: the longest match, else a shorter one
        let accept_one =
            |s: usize, e: usize, pattern: usize, after_name: bool| -> Option<(Referent, bool)> {
                if !sentence.is_char_boundary(s) || !sentence.is_char_boundary(e) {
                    return None;
                }
                // a name must not run into a word; a name that ends in a sign (`US$`) may touch one
                let found_first = sentence[s..e]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
                let found_last = sentence[s..e]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric);
                let before = sentence[..s].chars().next_back();
                let after = sentence[e..].chars().next();
                if (found_first && before.is_some_and(|c| c.is_alphanumeric()))
                    || (found_last && after.is_some_and(|c| c.is_alphanumeric()))
                {
                    return None;
                }
                let p = &self.patterns[pattern];
                let found = &sentence[s..e];
                let upper = |t: &str| t.chars().next().is_some_and(char::is_uppercase);
                let case_ok = found == p.text || (!p.strict && upper(found) && upper(&p.text));
                if !case_ok {
                    return None;
                }
                if p.surname {
                    let next: String = sentence[e..]
                        .strip_prefix(' ')
                        .unwrap_or("")
                        .chars()
                        .take_while(|c| c.is_alphanumeric())
                        .collect();
                    if next.chars().next().is_some_and(char::is_uppercase)
                        && !not_names.contains(&next.to_lowercase())
                    {
                        return None;
                    }
                }
                // a one-word person name right after a capitalised word that is no title, inside the
                // sentence, is a namesake's (`Hunter Biden`, `Betssy Chávez`; not `Secretary of State
                // Rubio`, `Recep Tayyip Erdoğan`, nor after another name: `Presiden Taiwan Tsai`)
                let person = |r: &Referent| match r {
                    Referent::Person(i) => Some(*i),
                    _ => None,
                };
                let one_word_person =
                    !p.text.contains(' ') && p.targets.iter().all(|(r, _)| person(r).is_some());
                if one_word_person && !after_name {
                    if let Some(prev) = sentence[..s].strip_suffix(' ') {
                        let word_start = prev.rfind(char::is_whitespace).map_or(0, |i| i + 1);
                        let word = &prev[word_start..];
                        let inside = prev[..word_start].chars().any(char::is_alphanumeric);
                        let own = |i: usize| {
                            let person = &g.persons[i];
                            std::iter::once(&person.name)
                                .chain(person.aliases.iter().map(|a| &a.text))
                                .any(|n| n.split_whitespace().any(|w| w == word))
                        };
                        let given_name = upper(word)
                            && word.chars().all(|c| c.is_alphabetic() || c == '-')
                            && !word.split('-').any(|w| {
                                let w = w.to_lowercase();
                                titles.contains(&w) || not_names.contains(&w)
                            });
                        if inside
                            && given_name
                            && !p.targets.iter().filter_map(|(r, _)| person(r)).any(own)
                        {
                            return None;
                        }
                    }
                }
                let candidates: Vec<&Referent> = p
                    .targets
                    .iter()
                    .filter(|(_, l)| l.as_deref().is_none_or(|l| l == lang))
                    .map(|(r, _)| r)
                    .collect();
                choose(&candidates, g, year).map(|r| (r, p.surname))
            };
        // patterns equal but for ASCII case (`Al-Shabaab`, `al-Shabaab`) are one automaton match
        let accept = |s: usize, e: usize, pattern: usize, after_name: bool| {
            self.case_siblings[pattern]
                .iter()
                .find_map(|&q| accept_one(s, e, q, after_name))
        };
        // starts come in order and each yields its longest name, so the names are found in
        // order too; a start inside the name found last cannot begin another
        let mut out: Vec<NameHit> = Vec::new();
        for i in starts {
            if out.last().is_some_and(|h| i < h.end) {
                continue;
            }
            // (a name right before, one space away)
            let after_name = out.last().is_some_and(|h| h.end + 1 == i);
            let mut limit = bytes.len();
            while limit > i {
                let input = aho_corasick::Input::new(sentence)
                    .span(i..limit)
                    .anchored(aho_corasick::Anchored::Yes);
                let Some(m) = self.automaton.find(input) else {
                    break;
                };
                if let Some((referent, surname)) =
                    accept(m.start(), m.end(), m.pattern().as_usize(), after_name)
                {
                    out.push(NameHit {
                        start: m.start(),
                        end: m.end(),
                        referent,
                        surname,
                    });
                    break;
                }
                limit = m.end() - 1;
            }
        }
        out
    }

    /// The person who held `role` in `country` in `year`; a holder named elsewhere in the article
    /// (`named`) wins, and with no year the current holder is taken. `leader` and `head of state`
    /// try the heads of state and government in turn.
    pub fn incumbent(
        &self,
        g: &Gazetteer,
        country: &str,
        role: &str,
        year: Option<i32>,
        named: &[usize],
    ) -> Option<usize> {
        let heads = [
            "supreme leader",
            "president",
            "king",
            "prime minister",
            "chancellor",
        ];
        let single = [role];
        let roles: &[&str] = if matches!(role, "leader" | "head of state") {
            &heads
        } else {
            &single
        };
        for r in roles {
            let Some(list) = self.offices.get(&(country.to_string(), r.to_string())) else {
                continue;
            };
            if let Some(&p) = list.iter().find(|p| named.contains(p)) {
                return Some(p);
            }
            let holds = |p: &usize| {
                g.persons[*p].offices.iter().any(|o| {
                    o.country == country && o.role == *r && year.is_none_or(|y| o.covers(y))
                })
            };
            let current: Vec<usize> = list.iter().copied().filter(holds).collect();
            let pick = match year {
                Some(_) => current.first().copied(),
                None => current.iter().copied().find(|p| {
                    g.persons[*p]
                        .offices
                        .iter()
                        .any(|o| o.role == *r && o.end.is_none())
                }),
            };
            if pick.is_some() {
                return pick;
            }
        }
        None
    }
}

/// Chooses among the referents of one name: a person in office at the article's year first.
fn choose(candidates: &[&Referent], g: &Gazetteer, year: Option<i32>) -> Option<Referent> {
    if candidates.len() <= 1 {
        return candidates.first().map(|r| (*r).clone());
    }
    if let Some(y) = year {
        for r in candidates {
            if let Referent::Person(i) = r {
                if g.persons[*i].offices.iter().any(|o| o.covers(y)) {
                    return Some((*r).clone());
                }
            }
        }
    }
    candidates.first().map(|r| (*r).clone())
}

/// Surnames (the last word of a full name) that belong to one person only and are no other name.
fn unique_surnames(g: &Gazetteer) -> HashMap<usize, String> {
    let mut count: HashMap<String, usize> = HashMap::new();
    let last = |name: &str| -> Option<String> {
        let words: Vec<&str> = name.split_whitespace().collect();
        if words.len() < 2 {
            return None;
        }
        let w = words[words.len() - 1].trim_matches(|c: char| !c.is_alphanumeric());
        (w.chars().count() >= 4
            && w.chars().next().is_some_and(|c| c.is_uppercase())
            && !w.contains('.'))
        .then(|| w.to_string())
    };
    for p in &g.persons {
        let mut words: Vec<String> = p.name.split_whitespace().map(String::from).collect();
        words.sort();
        words.dedup();
        for w in words {
            *count.entry(w).or_default() += 1;
        }
    }
    let taken: std::collections::HashSet<&str> = g
        .countries
        .iter()
        .flat_map(|c| c.names.iter().map(|n| n.text.as_str()))
        .chain(
            g.organizations
                .iter()
                .flat_map(|o| o.aliases.iter().map(|a| a.text.as_str())),
        )
        .collect();
    let mut out = HashMap::new();
    for (i, p) in g.persons.iter().enumerate() {
        if let Some(s) = last(&p.name) {
            if count.get(&s) == Some(&1) && !taken.contains(s.as_str()) {
                out.insert(i, s);
            }
        }
    }
    out
}

/// The actor a gazetteer country stands for.
pub fn country_actor(g: &Gazetteer, i: usize) -> Actor {
    let c = &g.countries[i];
    let mut aliases: Vec<String> = Vec::new();
    for n in c.names.iter().map(|n| &n.text).chain(c.demonyms.iter()) {
        if *n != c.name_en && !aliases.contains(n) {
            aliases.push(n.clone());
        }
    }
    Actor {
        id: c.iso3.clone(),
        name: c.name_en.clone(),
        kind: ActorKind::Country,
        country: Some(c.iso3.clone()),
        role: None,
        aliases,
    }
}

/// The office a person held in `year` (or their latest).
pub fn office_at(p: &PersonEntry, year: Option<i32>) -> &Office {
    // (of two offices held at once, a head's, then the one taken last: Qatar's foreign minister
    // since 2016 is its prime minister since 2023)
    let head = |o: &Office| super::HEAD_ROLES.contains(&o.role.as_str());
    year.and_then(|y| {
        p.offices
            .iter()
            .rev()
            .filter(|o| o.covers(y))
            .max_by_key(|o| (head(o), o.start))
    })
    .or_else(|| p.offices.iter().find(|o| o.end.is_none()))
    .or_else(|| p.offices.iter().max_by_key(|o| o.end))
    .expect("a person has at least one office")
}

/// The actor a gazetteer person stands for, with the office held in `year`; a person named after
/// their last office ended is its former holder (`Rutte` in 2026 is a former prime minister of
/// the Netherlands, who leads it no longer).
pub fn person_actor(g: &Gazetteer, i: usize, year: Option<i32>) -> Actor {
    let p = &g.persons[i];
    let o = office_at(p, year);
    let role = match (year, o.end) {
        (Some(y), Some(end)) if end < y => format!("former {}", o.role),
        _ => o.role.clone(),
    };
    let mut aliases: Vec<String> = Vec::new();
    for a in &p.aliases {
        if a.text != p.name && !aliases.contains(&a.text) {
            aliases.push(a.text.clone());
        }
    }
    Actor {
        id: p.id.clone(),
        name: p.name.clone(),
        kind: ActorKind::Person,
        country: Some(o.country.clone()),
        role: Some(role),
        aliases,
    }
}

/// The actor a gazetteer organisation stands for.
pub fn organization_actor(g: &Gazetteer, i: usize) -> Actor {
    let o = &g.organizations[i];
    let mut aliases: Vec<String> = vec![o.name_id.clone()];
    aliases.extend(o.aliases.iter().map(|a: &Name| a.text.clone()));
    aliases.retain(|a| *a != o.name_en);
    aliases.dedup();
    Actor {
        id: o.id.clone(),
        name: o.name_en.clone(),
        kind: ActorKind::Organization,
        country: o.country.clone(),
        role: None,
        aliases,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str, lang: &str) -> Vec<String> {
        let lex = Lexicon::builtin().unwrap();
        let m = ActorMatcher::new(&lex);
        let language = lex.language(lang).unwrap();
        m.find(
            text,
            lang,
            &lex.gazetteer,
            Some(2023),
            &language.not_names,
            &language.title_words,
        )
        .into_iter()
        .map(|h| match h.referent {
            Referent::Country(i) => lex.gazetteer.countries[i].iso3.clone(),
            Referent::Person(i) => lex.gazetteer.persons[i].id.clone(),
            Referent::Organization(i) => lex.gazetteer.organizations[i].id.clone(),
            Referent::Place(_) => format!("place:{}", &text[h.start..h.end]),
        })
        .collect()
    }

    #[test]
    fn respects_case_language_and_word_boundaries() {
        assert_eq!(names("Sanksi AS terhadap KASUS Iran", "id"), ["USA", "IRN"]);
        assert_eq!(names("as far as Romania is concerned", "en"), ["ROU"]);
        assert_eq!(names("AS dan U.S. dan Gedung Putih", "en"), ["USA"]);
        assert_eq!(
            names("Teheran, Tehran, Washington", "id"),
            ["IRN", "IRN", "USA"]
        );
    }

    #[test]
    fn peoples_resolve_by_their_plural_nouns() {
        // the reference list has one adjective per country; data/curation/demonyms.tsv adds the
        // nouns for its people that do not end in -n or -i
        assert_eq!(
            names("Greenlanders, Danes and Spaniards protest", "en"),
            ["GRL", "DNK", "ESP"]
        );
        assert_eq!(
            names("Argentinian and Saudi Arabian envoys", "en"),
            ["ARG", "SAU"]
        );
    }

    #[test]
    fn longest_name_wins() {
        assert_eq!(
            names("sengketa di Laut China Selatan", "id"),
            ["place:Laut China Selatan"]
        );
        assert_eq!(names("Papua New Guinea and Guinea", "en"), ["PNG", "GIN"]);
        assert_eq!(
            names("Presiden Iran Ebrahim Raisi", "id"),
            ["IRN", "ebrahim-raisi"]
        );
    }

    #[test]
    fn persons_resolve_by_alias_and_surname() {
        assert_eq!(
            names("Raisi met Maduro and Zelenskiy", "en"),
            ["ebrahim-raisi", "nicolas-maduro", "volodymyr-zelenskyy"]
        );
        assert_eq!(
            names("Erdoğan and Erdogan", "en"),
            ["recep-tayyip-erdogan", "recep-tayyip-erdogan"]
        );
        // a surname that runs into another capitalised word is part of another name
        assert!(names("airstrikes near Khan Younis", "en").is_empty());
        assert_eq!(names("Putin Monday", "en"), ["vladimir-putin"]);
        // a one-word name after another given name is a namesake's, not after a title
        assert!(names("Officials said Hunter Biden met them", "en").is_empty());
        assert!(names("asylum to Betssy Chávez", "en").is_empty());
        assert_eq!(
            names("said Secretary of State Rubio", "en"),
            ["marco-rubio"]
        );
        assert_eq!(names("said Tayyip Erdoğan", "en"), ["recep-tayyip-erdogan"]);
        // (a sentence's first word is capitalised anyway, and a country's name is no given name)
        assert_eq!(names("Yesterday Putin said", "en"), ["vladimir-putin"]);
        assert_eq!(
            names("Presiden Taiwan Tsai Ing - wen", "id"),
            ["TWN", "tsai-ing-wen"]
        );
    }

    #[test]
    fn incumbents_follow_the_date() {
        let lex = Lexicon::builtin().unwrap();
        let m = ActorMatcher::new(&lex);
        let g = &lex.gazetteer;
        let who = |y| {
            m.incumbent(g, "IRN", "president", y, &[])
                .map(|i| g.persons[i].id.clone())
        };
        assert_eq!(who(Some(2017)).as_deref(), Some("hassan-rouhani"));
        assert_eq!(who(Some(2023)).as_deref(), Some("ebrahim-raisi"));
        let mexico = |y| {
            m.incumbent(g, "MEX", "president", y, &[])
                .map(|i| g.persons[i].id.clone())
        };
        assert_eq!(
            mexico(Some(2020)).as_deref(),
            Some("andres-manuel-lopez-obrador")
        );
        // (a dateless article gets the holder still in office)
        assert_eq!(mexico(None).as_deref(), Some("claudia-sheinbaum"));
        let raisi = g
            .persons
            .iter()
            .position(|p| p.id == "ebrahim-raisi")
            .unwrap();
        assert_eq!(
            m.incumbent(g, "IRN", "president", None, &[raisi]),
            Some(raisi)
        );
    }

    #[test]
    fn slugs_are_stable() {
        assert_eq!(slug("Alberto van Klaveren"), "alberto-van-klaveren");
        assert_eq!(slug("Nicolás Maduro"), "nicolas-maduro");
    }
}
