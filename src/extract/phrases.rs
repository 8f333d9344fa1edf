//! Phrase matching for one language: cue phrases, grammatical markers, role words and referring
//! phrases, each found with a leftmost-longest Aho-Corasick automaton over the lowercased sentence and
//! mapped onto whole tokens (a cue may carry a clitic such as `-nya`).

use super::text::Token;
use crate::lexicon::{CueForm, Language, Marker, Reference, RoleWord};
use crate::model::RelationKind;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use rustc_hash::FxHashMap;

/// A phrase found over tokens `start..end`.
#[derive(Debug, Clone, PartialEq)]
pub struct Span<T> {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// What the phrase means.
    pub value: T,
}

impl<T> Span<T> {
    /// Whether the phrase covers token `t`.
    pub fn covers(&self, t: usize) -> bool {
        self.start <= t && t < self.end
    }
}

#[derive(Debug)]
struct Table<T> {
    automaton: AhoCorasick,
    values: Vec<T>,
}

impl<T: Clone> Table<T> {
    fn new(entries: impl IntoIterator<Item = (String, T)>) -> Table<T> {
        let (phrases, values): (Vec<String>, Vec<T>) = entries.into_iter().unzip();
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(&phrases)
            .expect("phrase automaton builds");
        Table { automaton, values }
    }

    fn find(&self, lower: &str, tokens: &[Token], clitics: &[String]) -> Vec<Span<T>> {
        let mut out = Vec::new();
        // a match that does not end on a token boundary (`drone at` in `drone attack`) is
        // dropped and the search resumes right after its start, so shorter phrases inside it
        // (`attack`) are still found
        let mut from = 0;
        while let Some(m) = self
            .automaton
            .find(aho_corasick::Input::new(lower).span(from..lower.len()))
        {
            from = m.end();
            let retry = lower[m.start()..]
                .char_indices()
                .nth(1)
                .map_or(lower.len(), |(i, _)| m.start() + i);
            let Ok(start) = tokens.binary_search_by_key(&m.start(), |t| t.start) else {
                from = retry;
                continue;
            };
            let Some(end) = tokens[start..]
                .iter()
                .position(|t| t.end >= m.end())
                .map(|p| start + p)
            else {
                continue;
            };
            let t = &tokens[end];
            let aligned = t.end == m.end()
                || (t.word && clitics.iter().any(|c| &lower[m.end()..t.end] == c.as_str()));
            if !aligned {
                from = retry;
            } else {
                out.push(Span {
                    start,
                    end: end + 1,
                    value: self.values[m.pattern().as_usize()].clone(),
                });
            }
        }
        out
    }
}

/// A cue found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct CueHit {
    /// The relation kind.
    pub kind: RelationKind,
    /// Its grammatical form.
    pub form: CueForm,
    /// Parties named together with no object do it to each other.
    pub mutual: bool,
    /// For a framed cue, the index of its closing phrases in the matcher.
    closing: Option<usize>,
    /// For a framed cue, the token where its closing phrase starts: its object lies before.
    pub object_end: Option<usize>,
    /// For a framed cue whose closing ends in a preposition of a partner, target, place or
    /// parties (not a reverse cue's: `welcome * to`), the token after the closing: its object lies
    /// there, and the words framed name what is acted on (`terminate its air transport agreement
    /// with the UAE`, `vows a response against the UK`, `reopens its embassy in Caracas`).
    pub object_after: Option<usize>,
    /// An instrument verb: a cue only right after an act of its kind or a weapon.
    after_act: bool,
    /// An instrument verb, which reads active after a weapon.
    instrument: bool,
    /// Right after an act of its kind or a weapon (a passive auxiliary aside): `missiles were
    /// fired at`. Set for instrument verbs only.
    pub after_weapon: bool,
}

/// The compiled phrase tables of one language.
#[derive(Debug)]
pub struct PhraseMatcher {
    markers: Table<Marker>,
    /// Each cue phrase's readings, as a range of `readings`.
    cues: Table<(usize, usize)>,
    /// The readings of every cue phrase, in phrase order.
    readings: Vec<CueHit>,
    /// Words that may stand before a name (`the`), for the guest of a framed reverse cue.
    determiners: rustc_hash::FxHashSet<String>,
    roles: Table<RoleWord>,
    references: Table<Reference>,
    context: Table<()>,
    clitics: Vec<String>,
    /// The closing phrases of each framed cue, as lowercase words.
    closings: Vec<Vec<Vec<String>>>,
    /// Prepositions of a partner, target, place or parties (`with`, `against`, `in`,
    /// `between`): a closing ending in one has its object after it.
    prepositions: rustc_hash::FxHashSet<String>,
    /// Words past which a framed cue's closing is not looked for (`except`).
    frame_breaks: rustc_hash::FxHashSet<String>,
    /// Body roles after which an instrument verb is a cue.
    instrument_bodies: rustc_hash::FxHashSet<String>,
    /// Weapon nouns after which an instrument verb is a cue.
    weapons: rustc_hash::FxHashSet<String>,
    /// Auxiliaries of the perfect (`has`, `have`), which may stand between a body or weapon and
    /// its instrument verb.
    perfect_auxiliaries: rustc_hash::FxHashSet<String>,
}

/// How far after a framed cue its closing phrase may start, in tokens (`designates the Viv Ansanm
/// coalition and the Gran Grif gang as Foreign Terrorist Organizations`).
const MAX_FRAME_TOKENS: usize = 14;

/// Every phrase of one sentence.
#[derive(Debug, Default)]
pub struct Phrases {
    /// Grammatical markers.
    pub markers: Vec<Span<Marker>>,
    /// Cues.
    pub cues: Vec<Span<CueHit>>,
    /// Role words.
    pub roles: Vec<Span<RoleWord>>,
    /// Referring phrases.
    pub references: Vec<Span<Reference>>,
    /// Where the sentence speaks of sport or entertainment (token spans of its context words;
    /// one inside an actor's name does not count: `the Arab League`).
    pub excluded: Vec<(usize, usize)>,
}

impl Phrases {
    /// Whether a cue of the given kind of form starts at token `t`: a noun (`invasion`) when
    /// `noun`, else a verb or bare form (`launched strikes`, `warns`).
    pub fn cue_at(&self, t: usize, noun: bool) -> bool {
        self.cues
            .iter()
            .any(|c| c.start == t && (c.value.form == CueForm::Noun) == noun)
    }
}

impl PhraseMatcher {
    /// Compiles a language's phrases.
    pub fn new(lang: &Language) -> PhraseMatcher {
        let mut closings = Vec::new();
        let hits = lang.cues.iter().map(|c| {
            let closing = (!c.closings.is_empty()).then(|| {
                closings.push(
                    c.closings
                        .iter()
                        .map(|p| p.split_whitespace().map(str::to_string).collect())
                        .collect(),
                );
                closings.len() - 1
            });
            (
                c.phrase.clone(),
                CueHit {
                    kind: c.kind,
                    form: c.form,
                    mutual: c.mutual,
                    closing,
                    object_end: None,
                    object_after: None,
                    after_act: c.after_act,
                    instrument: c.instrument,
                    after_weapon: false,
                },
            )
        });
        // one pattern per phrase: its first plain reading, and every framed one (`welcomed` is
        // support, and a visit when `to` closes its object: `welcomed Lukashenko to Pyongyang`)
        let mut grouped: Vec<(String, Vec<CueHit>)> = Vec::new();
        let mut index: FxHashMap<String, usize> = FxHashMap::default();
        for (phrase, hit) in hits {
            match index.get(&phrase) {
                Some(&i) => {
                    let readings = &mut grouped[i].1;
                    if hit.closing.is_some() || readings.iter().all(|h| h.closing.is_some()) {
                        readings.push(hit);
                    }
                }
                None => {
                    index.insert(phrase.clone(), grouped.len());
                    grouped.push((phrase, vec![hit]));
                }
            }
        }
        // (a phrase that is no act holds the words it covers with no reading: `tolak ukur`)
        for phrase in &lang.not_cues {
            if !index.contains_key(phrase) {
                index.insert(phrase.clone(), grouped.len());
                grouped.push((phrase.clone(), Vec::new()));
            }
        }
        // (the table maps a phrase to its readings' range, so a match copies no vector)
        let mut readings = Vec::new();
        let cues = Table::new(grouped.into_iter().map(|(phrase, hits)| {
            let start = readings.len();
            readings.extend(hits);
            (phrase, (start, readings.len()))
        }));
        PhraseMatcher {
            closings,
            prepositions: lang
                .markers
                .iter()
                .filter(|(_, m)| {
                    matches!(
                        m,
                        Marker::Partner
                            | Marker::Target
                            | Marker::Location
                            | Marker::Between
                            // (whose part the object is: `eliminated several members of ISIS`)
                            | Marker::Patient
                    )
                })
                .map(|(p, _)| p.to_lowercase())
                // (and where a thing comes from: `deny a claim from a United States official`)
                .chain(lang.origin_prepositions.iter().cloned())
                .collect(),
            readings,
            frame_breaks: lang.frame_breaks.clone(),
            determiners: lang.determiners.clone(),
            instrument_bodies: lang.instrument_bodies.clone(),
            weapons: lang.weapons.clone(),
            perfect_auxiliaries: lang.perfect_auxiliaries.clone(),
            cues,
            markers: Table::new(lang.markers.iter().cloned()),
            roles: Table::new(lang.roles.iter().cloned()),
            references: Table::new(lang.references.iter().cloned()),
            context: Table::new(lang.excluded_context.iter().map(|w| (w.clone(), ()))),
            clitics: lang.clitics.clone(),
        }
    }

    /// Finds every phrase in a lowercased sentence.
    pub fn find(&self, lower: &str, tokens: &[Token]) -> Phrases {
        let mut p = self.find_referring(lower, tokens);
        self.find_rest(lower, tokens, &mut p);
        p
    }

    /// Finds only the phrases that can stand for an actor (role words, referring phrases): a
    /// sentence that names no actor and has none of these can yield no relation.
    pub fn find_referring(&self, lower: &str, tokens: &[Token]) -> Phrases {
        Phrases {
            roles: self.roles.find(lower, tokens, &[]),
            references: self.references.find(lower, tokens, &[]),
            ..Phrases::default()
        }
    }

    /// Adds the markers, cues and context of a sentence to what [`find_referring`] found.
    ///
    /// [`find_referring`]: PhraseMatcher::find_referring
    pub fn find_rest(&self, lower: &str, tokens: &[Token], p: &mut Phrases) {
        p.markers = self.markers.find(lower, tokens, &[]);
        // a verb of saying right after a determiner describes a noun and says nothing (`an
        // alleged Hamas company commander`, `the reported attack`)
        p.markers.retain(|m| {
            !(m.value == Marker::Speech
                && m.start > 0
                && self
                    .determiners
                    .contains(tokens[m.start - 1].lower.as_str()))
        });
        p.cues = self
            .cues
            .find(lower, tokens, &self.clitics)
            .into_iter()
            .flat_map(|s| {
                self.readings[s.value.0..s.value.1]
                    .iter()
                    .map(move |value| Span {
                        start: s.start,
                        end: s.end,
                        value: value.clone(),
                    })
            })
            .collect();
        let roles = &p.roles;
        // the guest of a framed reverse cue is a name, with its role words and determiners
        // (`welcomed the Belarusian president Alexander Lukashenko to`, not `welcomes Ukraine's
        // bid to`)
        let named = |from: usize, to: usize| {
            (from..to).all(|t| {
                tokens[t].capital
                    || self.determiners.contains(tokens[t].lower.as_str())
                    || roles.iter().any(|r| r.covers(t))
            })
        };
        // a word of an agent phrase names who did the act before it, and is no act of its own
        // (`an ambush blamed on Hezbollah`, `attacks attributed to ISIS`)
        let agents: Vec<(usize, usize)> = p
            .markers
            .iter()
            .filter(|m| m.value == Marker::Agent && m.end > m.start + 1)
            .map(|m| (m.start, m.end))
            .collect();
        p.cues
            .retain(|c| !agents.iter().any(|&(s, e)| s <= c.start && c.end <= e));
        p.cues.retain_mut(|c| match c.value.closing {
            None => true,
            Some(i) => {
                let closed = closes(&self.closings[i], tokens, c.end, self);
                c.value.object_end = closed.map(|(start, _)| start);
                c.value.object_after = closed
                    .filter(|&(_, end)| {
                        c.value.form != CueForm::Reverse
                            && self.prepositions.contains(tokens[end - 1].lower.as_str())
                    })
                    .map(|(_, end)| end);
                c.value
                    .object_end
                    .is_some_and(|end| c.value.form != CueForm::Reverse || named(c.end, end))
            }
        });
        // a framed reading that closes beats the plain one of the same words
        let framed: Vec<(usize, usize)> = p
            .cues
            .iter()
            .filter(|c| c.value.closing.is_some())
            .map(|c| (c.start, c.end))
            .collect();
        if !framed.is_empty() {
            p.cues
                .retain(|c| c.value.closing.is_some() || !framed.contains(&(c.start, c.end)));
        }
        // an instrument verb needs its act or a weapon right before it (`airstrikes hit`), a
        // passive auxiliary aside (`missiles were fired at`)
        if p.cues.iter().any(|c| c.value.instrument) {
            self.mark_after_weapon(p, tokens);
        }
        p.excluded = self
            .context
            .find(lower, tokens, &self.clitics)
            .iter()
            .map(|s| (s.start, s.end))
            .collect();
    }

    /// Marks the instrument verbs that follow an act of their kind or a weapon, and drops those
    /// that are cues only there.
    fn mark_after_weapon(&self, p: &mut Phrases, tokens: &[Token]) {
        let acts: Vec<(usize, RelationKind)> = p
            .cues
            .iter()
            .filter(|c| matches!(c.value.form, CueForm::Noun | CueForm::Either))
            .map(|c| (c.end, c.value.kind))
            .collect();
        // (an auxiliary or `also` may stand between: `missiles were fired at`, `drones also
        // hit`, `the Air Force have targeted`)
        let aux = |t: usize| {
            self.perfect_auxiliaries.contains(tokens[t].lower.as_str())
                || p.markers.iter().any(|m| {
                    matches!(m.value, Marker::PassiveAux | Marker::Also)
                        && m.start == t
                        && m.end == t + 1
                })
        };
        // (or, in the passive, a weapon right after its `by`: `is hit by Ukrainian drones`)
        let agents: Vec<usize> = p
            .markers
            .iter()
            .filter(|m| m.value == Marker::Agent && m.end == m.start + 1)
            .map(|m| m.start)
            .collect();
        let by_weapon = |c: &Span<CueHit>| {
            c.start > 0
                && p.markers.iter().any(|m| {
                    m.value == Marker::PassiveAux && m.start + 1 == c.start && m.end == c.start
                })
                && agents.contains(&c.end)
                && {
                    // (hyphened modifiers too: `by Iranian anti-aircraft fire`, `by Israeli–U.S.
                    // airstrikes`)
                    // (an abbreviation's dots are no tokens of their own here: `U.S.`)
                    let mut reach = 0;
                    let mut counted = 0;
                    for t in &tokens[c.end + 1..] {
                        if !(t.word || matches!(t.lower.as_str(), "-" | "–" | ".")) {
                            break;
                        }
                        if t.lower != "." {
                            counted += 1;
                        }
                        if counted > MAX_WEAPON_TOKENS {
                            break;
                        }
                        reach += 1;
                    }
                    let window = c.end + 1..c.end + 1 + reach;
                    tokens[window.clone()]
                        .iter()
                        .any(|t| self.weapons.contains(t.lower.as_str()))
                        // (or an act of the verb's kind: `is hit by Israeli airstrikes`)
                        || acts
                            .iter()
                            .any(|&(end, kind)| kind == c.value.kind && window.contains(&(end - 1)))
                }
        };
        let roles = &p.roles;
        let passive_weapon: Vec<bool> = p
            .cues
            .iter()
            .map(|c| c.value.instrument && by_weapon(c))
            .collect();
        for (c, passive) in p.cues.iter_mut().zip(passive_weapon) {
            if !c.value.instrument {
                continue;
            }
            let mut at = c.start;
            while at > 0 && at + 2 > c.start && aux(at - 1) {
                at -= 1;
            }
            c.value.after_weapon = acts.contains(&(at, c.value.kind))
                || roles
                    .iter()
                    .any(|r| r.end == at && self.instrument_bodies.contains(&r.value.role))
                || (at > 0 && self.weapons.contains(tokens[at - 1].lower.as_str()))
                || passive;
        }
        p.cues
            .retain(|c| !c.value.after_act || c.value.after_weapon);
    }
}

/// How many tokens after a passive instrument verb's `by` may lead to its weapon (`is hit by
/// Ukrainian kamikaze drones`, `hit by Iranian anti-aircraft fire`: a hyphen is a token, an
/// abbreviation's dots are not).
const MAX_WEAPON_TOKENS: usize = 5;

/// Where the first of a framed cue's closing phrases starts after its object (at least one
/// token after the cue ending at `after`): `designates [the Houthis] as a terrorist
/// organization`. A closing that ends in one of `prepositions` has its object after it, and may
/// follow the cue at once (`denies claims from Israel`).
fn closes(
    closings: &[Vec<String>],
    tokens: &[Token],
    after: usize,
    matcher: &PhraseMatcher,
) -> Option<(usize, usize)> {
    let prepositions = &matcher.prepositions;
    let window = &tokens[after.min(tokens.len())..];
    let window = &window[..window.len().min(MAX_FRAME_TOKENS + 1)];
    // (not past an exception: `freezes nearly all foreign aid except military aid to Israel`)
    let window = &window[..window
        .iter()
        .position(|t| matcher.frame_breaks.contains(t.lower.as_str()))
        .unwrap_or(window.len())];
    (0..window.len()).find_map(|k| {
        closings
            .iter()
            .find(|c| {
                (k > 0 || c.last().is_some_and(|w| prepositions.contains(w)))
                    && window[k..].len() >= c.len()
                    && c.iter()
                        .zip(&window[k..])
                        .all(|(w, t)| t.lower == w.as_str())
            })
            .map(|c| (after + k, after + k + c.len()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::{lower_same_len, tokenize};
    use crate::lexicon::Lexicon;

    #[test]
    fn cues_align_to_tokens_and_take_clitics() {
        let lex = Lexicon::builtin().unwrap();
        let m = PhraseMatcher::new(lex.language("id").unwrap());
        let s = "Iran mengecam sanksinya dan bekerja sama dengan kedua negara";
        let lower = lower_same_len(s);
        let t = tokenize(s);
        let p = m.find(&lower, &t);
        let kinds: Vec<_> = p.cues.iter().map(|c| (c.start, c.value.kind)).collect();
        assert_eq!(
            kinds,
            [
                (1, RelationKind::Opposition),
                (2, RelationKind::Sanction),
                (4, RelationKind::Cooperation)
            ]
        );
        assert_eq!(p.references.len(), 1);
        assert_eq!((p.references[0].start, p.references[0].end), (7, 9));
    }

    #[test]
    fn no_cue_inside_a_longer_word() {
        let lex = Lexicon::builtin().unwrap();
        let m = PhraseMatcher::new(lex.language("en").unwrap());
        let s = "The aidan attacker";
        let p = m.find(&lower_same_len(s), &tokenize(s));
        assert!(p.cues.is_empty(), "{:?}", p.cues);
    }
}
