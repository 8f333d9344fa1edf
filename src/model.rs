//! The shared vocabulary of relgraph: actors, relations, their evidence, and articles.
//!
//! Every pipeline stage speaks in these types and this module depends on nothing else in the crate.
//! Extraction produces an [`Extraction`] per article; the graph stores [`Actor`]s and [`Relation`]s;
//! exporters and queries read them. The serde forms here are the documented JSON schema.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// What sort of actor a node is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    /// A sovereign state (or territory), identified by its ISO 3166-1 alpha-3 code.
    Country,
    /// A person: a head of state or government, a minister, an official.
    Person,
    /// An international organisation, or a national body that acts on its own (IRGC, Hamas).
    Organization,
}

impl ActorKind {
    /// The lowercase name used in files and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Country => "country",
            ActorKind::Person => "person",
            ActorKind::Organization => "organization",
        }
    }
}

/// An international actor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    /// Stable identifier: ISO3 for a country (`IRN`), a lowercase slug otherwise (`ebrahim-raisi`, `un`).
    pub id: String,
    /// Display name.
    pub name: String,
    /// Country, person or organization.
    pub kind: ActorKind,
    /// ISO3 code of the country the actor belongs to (its own for a country); `None` for an
    /// international organisation.
    pub country: Option<String>,
    /// A person's office (`president`, `foreign minister`).
    pub role: Option<String>,
    /// Other names the actor is known by, in any language.
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// The kind of a relation between two actors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelationKind {
    /// An official of the source travels to the target.
    Visit,
    /// Officials meet, talk or negotiate (symmetric).
    Meeting,
    /// An agreement, treaty, memorandum or deal is signed or reached (symmetric).
    Agreement,
    /// Cooperation, partnership or alliance (symmetric).
    Cooperation,
    /// Trade, sales, purchases, investment (symmetric).
    Trade,
    /// The source gives aid to the target.
    Aid,
    /// The source backs, approves or praises the target.
    Support,
    /// The source imposes sanctions, embargoes, tariffs or bans on the target.
    Sanction,
    /// The source criticises, condemns, rejects or accuses the target.
    Opposition,
    /// The source threatens or warns the target.
    Threat,
    /// The source uses military force against the target.
    Attack,
    /// Structural: a person leads the country or organisation (head of state or government).
    Leads,
    /// Structural: a person or body belongs to the country or organisation.
    MemberOf,
}

impl RelationKind {
    /// Every kind, event kinds first, in a fixed order.
    pub const ALL: [RelationKind; 13] = [
        RelationKind::Visit,
        RelationKind::Meeting,
        RelationKind::Agreement,
        RelationKind::Cooperation,
        RelationKind::Trade,
        RelationKind::Aid,
        RelationKind::Support,
        RelationKind::Sanction,
        RelationKind::Opposition,
        RelationKind::Threat,
        RelationKind::Attack,
        RelationKind::Leads,
        RelationKind::MemberOf,
    ];

    /// The name used in files and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            RelationKind::Visit => "visit",
            RelationKind::Meeting => "meeting",
            RelationKind::Agreement => "agreement",
            RelationKind::Cooperation => "cooperation",
            RelationKind::Trade => "trade",
            RelationKind::Aid => "aid",
            RelationKind::Support => "support",
            RelationKind::Sanction => "sanction",
            RelationKind::Opposition => "opposition",
            RelationKind::Threat => "threat",
            RelationKind::Attack => "attack",
            RelationKind::Leads => "leads",
            RelationKind::MemberOf => "member_of",
        }
    }

    /// Symmetric kinds have no direction: `A meeting B` is `B meeting A`.
    pub fn is_symmetric(self) -> bool {
        matches!(
            self,
            RelationKind::Meeting
                | RelationKind::Agreement
                | RelationKind::Cooperation
                | RelationKind::Trade
        )
    }

    /// Hostile kinds act against their target: attack, sanction, threat and opposition.
    pub fn is_hostile(self) -> bool {
        matches!(
            self,
            RelationKind::Attack
                | RelationKind::Sanction
                | RelationKind::Threat
                | RelationKind::Opposition
        )
    }

    /// Structural kinds link a person to the body they serve rather than record an event.
    pub fn is_structural(self) -> bool {
        matches!(self, RelationKind::Leads | RelationKind::MemberOf)
    }
}

impl fmt::Display for RelationKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error of parsing an unknown relation kind name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownKind(pub String);

impl fmt::Display for UnknownKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = RelationKind::ALL.iter().map(|k| k.as_str()).collect();
        write!(
            f,
            "unknown relation kind `{}` (known: {})",
            self.0,
            names.join(", ")
        )
    }
}

impl std::error::Error for UnknownKind {}

impl FromStr for RelationKind {
    type Err = UnknownKind;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_ascii_lowercase().replace('-', "_");
        RelationKind::ALL
            .iter()
            .copied()
            .find(|k| k.as_str() == wanted)
            .ok_or_else(|| UnknownKind(s.to_string()))
    }
}

/// One sentence that attests a relation.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Evidence {
    /// Id of the article.
    pub article: String,
    /// Index of the sentence in the article (0 is the title).
    pub sentence: usize,
    /// The sentence itself.
    pub text: String,
    /// The cue phrase that signalled the relation, as written.
    pub cue: String,
    /// Date of the event: a date the sentence gives (`Senin (12/6)`, `on Monday`) resolved against
    /// the article's date, else the article's date; ISO 8601.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Whether the sentence speaks of a planned or intended action.
    #[serde(default)]
    pub planned: bool,
    /// A money amount in the sentence, as written (`20 miliar dolar`, `$1.3 billion`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<String>,
    /// A count of things in the sentence, as written (`19 perjanjian`, `42 jet tempur`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<String>,
    /// Sectors the sentence names (`energi`, `petrokimia`, `defence`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sectors: Vec<String>,
}

/// A typed relation between two actors, with every sentence that attests it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    /// Id of the acting actor (for symmetric kinds, the smaller id).
    pub source: String,
    /// Id of the actor acted upon (for symmetric kinds, the larger id).
    pub target: String,
    /// What kind of relation.
    pub kind: RelationKind,
    /// How many pieces of evidence attest it.
    pub count: usize,
    /// True when every piece of evidence speaks of a planned action.
    pub planned: bool,
    /// The evidence, in the order it was added.
    pub evidence: Vec<Evidence>,
}

impl Evidence {
    /// What identifies a piece of evidence: its article and sentence.
    pub fn key(&self) -> (&str, usize) {
        (&self.article, self.sentence)
    }
}

impl Relation {
    /// A relation with one piece of evidence; symmetric kinds get their ends in canonical order.
    pub fn new(source: &str, target: &str, kind: RelationKind, evidence: Evidence) -> Relation {
        let (source, target) = if kind.is_symmetric() && target < source {
            (target, source)
        } else {
            (source, target)
        };
        Relation {
            source: source.to_string(),
            target: target.to_string(),
            kind,
            count: 1,
            planned: evidence.planned,
            evidence: vec![evidence],
        }
    }
}

impl Relation {
    /// Adds evidence: one piece per article sentence (however many cues it has; the first given
    /// is kept), the relation staying planned only while every piece is planned, the count following
    /// the evidence. Evidence is kept sorted by article and sentence, so the result does not depend
    /// on the order articles arrive in.
    pub fn merge_evidence(&mut self, evidence: impl IntoIterator<Item = Evidence>) {
        if !self.evidence.is_sorted_by(|a, b| a.key() <= b.key()) {
            self.evidence.sort_by(|a, b| a.key().cmp(&b.key()));
            self.evidence.dedup_by(|b, a| a.key() == b.key());
        }
        for ev in evidence {
            if let Err(at) = self.evidence.binary_search_by(|x| x.key().cmp(&ev.key())) {
                self.planned &= ev.planned;
                self.evidence.insert(at, ev);
            }
        }
        self.count = self.evidence.len();
    }
}

/// What is known of an article besides its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleMeta {
    /// Stable id: the article's own, or a hash of its content.
    pub id: String,
    /// Title (the first line of a text file).
    pub title: String,
    /// Publication date, ISO 8601, when known.
    pub date: Option<String>,
    /// Language code (`id`, `en`).
    pub lang: String,
    /// Where it was published, when known.
    pub url: Option<String>,
}

/// An article ready for extraction: its metadata and its cleaned body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// Id, title, date, language, url.
    pub meta: ArticleMeta,
    /// The body with boilerplate removed; paragraphs separated by newlines.
    pub body: String,
}

/// What extraction found in one article: the actors it mentions and the relations between them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    /// The article the facts come from.
    pub article: ArticleMeta,
    /// Every actor mentioned, once each.
    pub actors: Vec<Actor>,
    /// Every relation found, merged per (source, target, kind).
    pub relations: Vec<Relation>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_parse_from_their_names() {
        for k in RelationKind::ALL {
            assert_eq!(k.as_str().parse::<RelationKind>().unwrap(), k);
        }
        assert_eq!(
            "Member-Of".parse::<RelationKind>().unwrap(),
            RelationKind::MemberOf
        );
        let err = "hug".parse::<RelationKind>().unwrap_err().to_string();
        assert!(err.contains("hug") && err.contains("sanction"), "{err}");
    }

    #[test]
    fn evidence_merges_once_per_sentence_and_plans_only_while_all_are_planned() {
        let ev = |article: &str, sentence: usize, planned: bool| Evidence {
            article: article.into(),
            sentence,
            cue: "c".into(),
            planned,
            ..Default::default()
        };
        let mut r = Relation::new("USA", "IRN", RelationKind::Sanction, ev("a", 1, true));
        r.merge_evidence([ev("a", 1, false), ev("b", 1, true)]);
        assert_eq!(
            (r.count, r.planned),
            (2, true),
            "same sentence counted once"
        );
        r.merge_evidence([ev("a", 2, false)]);
        assert_eq!((r.count, r.planned), (3, false));
    }

    #[test]
    fn symmetric_relations_order_their_ends() {
        let ev = Evidence {
            article: "a".into(),
            sentence: 1,
            text: "t".into(),
            cue: "met".into(),
            date: None,
            planned: false,
            ..Default::default()
        };
        let r = Relation::new("VEN", "IRN", RelationKind::Meeting, ev.clone());
        assert_eq!((r.source.as_str(), r.target.as_str()), ("IRN", "VEN"));
        let r = Relation::new("VEN", "IRN", RelationKind::Visit, ev);
        assert_eq!((r.source.as_str(), r.target.as_str()), ("VEN", "IRN"));
    }
}
