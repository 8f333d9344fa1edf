//! Language resources and the gazetteer, read from the files in `data/`.
//!
//! This module owns the parsing of every data file: the per-language files in `data/lang/` (cue
//! phrases, markers, roles, boilerplate patterns, stop-words), the actor lists in `data/actors/`
//! (countries, persons with their offices and years, organisations, and place names that are not
//! actors), and the relation kinds with their CAMEO codes in `data/relations.toml`. The files are
//! embedded in the binary at build time, so relgraph runs anywhere; a new language is a new file in
//! `data/lang/` and nothing else. Ingest uses the boilerplate patterns and stop-words; extraction
//! uses the rest. Nothing here knows about articles or graphs.

pub mod morphology;

use crate::error::{Error, Result};
use crate::model::RelationKind;
use regex::{Regex, RegexBuilder};
use rustc_hash::FxHashSet;
use serde::Deserialize;
use std::collections::BTreeMap;

include!(concat!(env!("OUT_DIR"), "/embedded_langs.rs"));

const COUNTRIES: &str = include_str!("../../data/actors/countries.tsv");
const PERSONS: &str = include_str!("../../data/actors/persons.tsv");
const ORGANIZATIONS: &str = include_str!("../../data/actors/organizations.tsv");
const PLACES: &str = include_str!("../../data/actors/places.tsv");
const CITIES: &str = include_str!("../../data/actors/cities.tsv");
const REGIONS: &str = include_str!("../../data/actors/regions.tsv");
const RELATIONS: &str = include_str!("../../data/relations.toml");

/// How a cue phrase relates its arguments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueForm {
    /// Active verb: the subject acts on the object (`mengecam X`, `condemned X`).
    Verb,
    /// Passive verb: the subject is acted upon, the agent follows (`dikecam oleh X`).
    Passive,
    /// Noun: the source is a genitive, modifier, agent or the subject; the target follows a
    /// preposition (`sanksi AS terhadap Iran`, `US sanctions on Iran`).
    Noun,
    /// The subject receives the action of the object (`menerima kunjungan X`, `hosted X`).
    Reverse,
    /// An English bare form that reads as verb or noun by its context (`visit`, `sanctions`).
    Either,
    /// A symmetric verb whose partners must be named as such (`membahas X dengan Y`, `discussed X
    /// with Y`): what follows it is a topic, not a party.
    Partnered,
}

/// A grammatical signal word or phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Marker {
    /// Negates a following cue.
    Negation,
    /// Makes the clause conditional.
    Hypothetical,
    /// Marks a planned or intended action.
    Planned,
    /// Introduces an agent (`oleh`, `by`).
    Agent,
    /// Introduces a target (`terhadap`, `against`).
    Target,
    /// Introduces what a noun acts upon (`invasion of X`).
    Patient,
    /// Introduces a place (`di`, `in`).
    Location,
    /// Introduces a partner (`dengan`, `with`).
    Partner,
    /// Introduces all partners (`antara`, `between`).
    Between,
    /// Any other preposition.
    OtherPreposition,
    /// Makes the subject the target of the following noun (`under sanctions`).
    Under,
    /// A relative pronoun.
    Relative,
    /// Joins names into a group.
    Coordinator,
    /// "also": inherit a missing target.
    Also,
    /// "each other", `saling`: parties named together do the act to one another.
    Reciprocal,
    /// Starts a new clause.
    ClauseBreak,
    /// A passive auxiliary (`was`, `were`).
    PassiveAux,
    /// A verb of saying (`kata`, `said`): names the speaker of a quote.
    Speech,
    /// A phrase that passes a preposition on to the name after it (`travelers from X`, `warga X`):
    /// that name is a target.
    TargetVia,
}

impl Marker {
    /// Whether the marker is a preposition: one that governs the name after it, so that name is not
    /// the subject of a following verb.
    pub fn is_preposition(self) -> bool {
        matches!(
            self,
            Marker::Agent
                | Marker::Target
                | Marker::Patient
                | Marker::Location
                | Marker::Partner
                | Marker::Between
                | Marker::OtherPreposition
        )
    }
}

/// What a referring phrase (`kedua negara`, `they`) points back to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reference {
    /// The two countries named last (states only: `kedua negara`, `both countries`).
    Countries,
    /// The two parties named last, organisations too (`kedua pihak`, `both sides`).
    Sides,
    /// The last group of several actors.
    Group,
    /// A first-person pronoun (`saya`, `I`): the speaker named by a verb of saying.
    Speaker,
    /// `the latter`: the actor named last.
    Latter,
    /// An object pronoun (`them`): the last group named before it in its sentence that does not
    /// share an actor with the sentence's first group, the subject (`Sudan recalls its
    /// ambassador to Ethiopia, accusing them of`); nothing when there is none.
    Object,
    /// `the former`: the actor named before the last.
    Former,
    /// `the country`, `negara itu`: the first country named in the sentence before it, else the
    /// country named last.
    Country,
    /// A third-person singular pronoun (`he`, `dia`): the one person named before it in its
    /// sentence, else the person the sentence before opened with.
    Person,
    /// A place adverb right after a cue (`an Israeli airstrike there`, `serangan di sana`): the
    /// last place named with a preposition before it in its sentence, as where the act happened.
    Place,
}

/// A role word and what it stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleWord {
    /// Normalised office (`president`) or body (`government`).
    pub role: String,
    /// True for an office held by one person; false for a body that stands for its country.
    pub person: bool,
}

/// A cue phrase of one relation kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    /// Lowercase phrase.
    pub phrase: String,
    /// The relation it signals.
    pub kind: RelationKind,
    /// How it takes its arguments.
    pub form: CueForm,
    /// True when parties named together with no object do it to each other (`Andorra and Malta
    /// establish diplomatic relations`).
    pub mutual: bool,
    /// Closing phrases of a framed cue (`designate X as a terrorist organization`): the cue holds
    /// only when one of them follows its object. Empty for a plain cue.
    pub closings: Vec<String>,
    /// An instrument verb (`hit`, `pounded`): a cue only right after an act of its kind or a
    /// weapon (`Israeli airstrikes hit Sanaa`, `Russian warplanes pounded Aleppo`).
    pub after_act: bool,
    /// Listed as an instrument verb: after a weapon it is active even after an auxiliary
    /// (`Iranian missiles are fired at Israel`).
    pub instrument: bool,
}

/// Everything relgraph knows about one language.
#[derive(Debug, Clone)]
pub struct Language {
    /// Code (`id`, `en`).
    pub code: String,
    /// English name.
    pub name: String,
    /// Function words for language detection.
    pub stopwords: FxHashSet<String>,
    /// Words typical of the language for detection: its stop-words and its one-word cues, markers
    /// and role words.
    pub signature: FxHashSet<String>,
    /// Abbreviations (lowercase, without the final dot) that do not end a sentence.
    pub abbreviations: FxHashSet<String>,
    /// Lines to drop.
    pub drop_line: Vec<Regex>,
    /// Lines from which the rest of the article is dropped.
    pub cut_rest: Vec<Regex>,
    /// Line openings to drop (datelines: `Jakarta, CNN Indonesia - -`, `WASHINGTON (Reuters) -`).
    pub strip_prefix: Vec<Regex>,
    /// Signal words and phrases.
    pub markers: Vec<(String, Marker)>,
    /// Referring phrases.
    pub references: Vec<(String, Reference)>,
    /// Role words.
    pub roles: Vec<(String, RoleWord)>,
    /// Lowercase words that never start a person's name.
    pub not_names: FxHashSet<String>,
    /// Lowercase particles that may stand inside a name (`van`, `bin`).
    pub particles: FxHashSet<String>,
    /// Lowercase titles that may stand before a name and are not part of it (`Jenderal`, `Sheikh`).
    pub titles: FxHashSet<String>,
    /// The titles and every word of the role phrases (`president`, `secretary`, `state`): words
    /// that may stand right before a person's bare surname (`Secretary of State Rubio`).
    pub title_words: FxHashSet<String>,
    /// Words that may stand between a preposition and a name, or between names of one group.
    pub determiners: FxHashSet<String>,
    /// Number words and quantifiers between a target preposition and a name (`sanctions on four
    /// Venezuelan companies`); digits count too.
    pub quantifiers: FxHashSet<String>,
    /// Determiners that may also stand between a subject and its verb (`China and the U.S. both
    /// agreed`): there, after a name or a perfect auxiliary, they describe no noun.
    pub floating_quantifiers: FxHashSet<String>,
    /// Auxiliaries of the perfect (`have`, `has`), after which a floating quantifier stands
    /// (`have both agreed`).
    pub perfect_auxiliaries: FxHashSet<String>,
    /// Body roles (as normalised in `[roles.body]`) that are weapons or armed forces, after which
    /// an instrument verb is a cue (`drones hit`, `missiles were fired at`).
    pub instrument_bodies: FxHashSet<String>,
    /// Words that open an apposition after a comma (`Romania, a NATO and European Union member
    /// country`): the names in it describe the name before, and are no item of its list.
    pub apposition_openers: FxHashSet<String>,
    /// Plural nouns for states (`countries`, `negara`): a list of names after one and an
    /// inclusion word stands where the noun stands.
    pub member_nouns: FxHashSet<String>,
    /// Prefixes of opposition before a hyphen (`anti`): a name after one describes a noun and
    /// acts in nothing (`the anti-ISIS coalition`).
    pub against_prefixes: FxHashSet<String>,
    /// Capitalised words that end the name of a law or of a body that acts for no state (`Act`,
    /// `Network`): a name before one, with only capitalised words between, is part of that name
    /// and acts in nothing.
    pub name_heads: FxHashSet<String>,
    /// Relative words that also open what a verb of saying reports (`said on Monday that`):
    /// after such a verb one opens no relative clause.
    pub complementizers: FxHashSet<String>,
    /// Words, or phrases, that open a list of a plural noun's members (`including`, `such as`,
    /// `termasuk`).
    pub inclusion_words: FxHashSet<String>,
    /// Nouns naming a weapon, after which an instrument verb is a cue and its agent is the one
    /// the weapon is named for (`shoot down an Iranian missile fired at Aqaba`).
    pub weapons: FxHashSet<String>,
    /// Attack verbs of bringing down, which stop a weapon they take as object (`shoot down a
    /// suspected Iranian ballistic missile`: the missile's owner attacks, and so does the one who
    /// brings it down) and attack anything else (`shoot down a U.S. F-15E fighter jet`).
    pub downing_verbs: FxHashSet<String>,
    /// Attack verbs whose object fights back (`fight`, `fought`): with a name as direct object,
    /// each side attacks the other (`killed in action while fighting Hezbollah`).
    pub combat_verbs: FxHashSet<String>,
    /// Words for a crowd acting on its own (`protestors`): one right before an attack verb, no
    /// actor named, opposes the state whose thing it attacks from the country it gathers in.
    pub mobs: FxHashSet<String>,
    /// Words that open a clause but serve as prepositions too (`as`, `when`): a plain plural noun
    /// right after one is the subject there, and `they` after one following such a noun is it.
    pub clause_openers: FxHashSet<String>,
    /// Prepositions of a cause (`due to`): an owned attack with no target named after one hits
    /// the state of the clause's subject.
    pub cause_prepositions: FxHashSet<String>,
    /// Phrases naming the source of a report (`according to`): a state's body named after one,
    /// right after an attack with no target, tells of an attack on its state.
    pub attributions: FxHashSet<String>,
    /// Prepositions of nearness (`near`, `along`): a state named at a boundary noun after one
    /// (`near the Venezuelan border`) is no place where the act happens.
    pub vicinity_prepositions: FxHashSet<String>,
    /// Nouns of a boundary between states (`border`, `frontier`).
    pub boundary_nouns: FxHashSet<String>,
    /// Nouns for a part of a place or of a people: a name after `of` following one takes the
    /// preposition before the noun (`airstrikes on several suburbs of Beirut`).
    pub part_nouns: FxHashSet<String>,
    /// Prepositions after which a country names the body before them when no name precedes it
    /// (`Security forces in Guinea have tortured`, `Authorities in Iran arrested`).
    pub body_place_prepositions: FxHashSet<String>,
    /// Prepositions of whom a complaint is addressed to: not its target when a reason after it
    /// names an act's owner (`complained to the United Nations over two Israeli air raids`).
    pub addressee_prepositions: FxHashSet<String>,
    /// Words after a hyphen that make the name before them the actor of a noun (`US-led war`).
    pub agent_suffixes: FxHashSet<String>,
    /// Words after a hyphen that make the country before them a thing's origin, no actor
    /// (`Chinese-made drone`).
    pub origin_suffixes: FxHashSet<String>,
    /// Suffixes that may follow a cue inside one word (`sanksinya`).
    pub clitics: Vec<String>,
    /// True when a noun's possessor follows it (`sanksi AS`), false when it precedes (`US sanctions`).
    pub genitive_after: bool,
    /// True when a clause may leave out its subject (`Iran mengatakan akan membalas`: the speaker
    /// acts); false when it may not, so that `UNICEF says 300 children were killed` leaves UNICEF
    /// out of the killing.
    pub pro_drop: bool,
    /// The country news in this language is written from, if one (`IDN` for Indonesian): a
    /// person's role or a trade act named without any country is its (`Menteri Pertanian Amran
    /// Sulaiman`, `ekspor ... ke RRT`).
    pub home: Option<String>,
    /// The person roles that are the home country's when no country is named with them (its
    /// cabinet: `Menteri Pertanian`, not `Juru Bicara`, which news gives foreigners unqualified).
    pub home_roles: FxHashSet<String>,
    /// Participles of owning up to an act, whose agent after `by` is the act's agent even after
    /// a passive auxiliary (`attacks ... that are claimed by JNIM`).
    pub claim_participles: FxHashSet<String>,
    /// Participles of holding a thing, whose agent after `by` holds the thing before them and
    /// did not do the act named before it (`a raid on a building owned by Israeli weapons
    /// manufacturer Elbit Systems`).
    pub holding_participles: FxHashSet<String>,
    /// Lowercase personal pronouns that may stand for the speaker of a verb of saying (`Trump said
    /// he would visit China`).
    pub subject_pronouns: FxHashSet<String>,
    /// Pronouns that are only ever subjects (`he`, `they`): after a preposition that doubles as
    /// a conjunction, one opens a clause (`as he tries to negotiate`).
    pub nominative_pronouns: FxHashSet<String>,
    /// Lowercase words that make the bare form after them a verb (`to` in `to recognize`).
    pub infinitive_markers: FxHashSet<String>,
    /// Lowercase prepositions that give the reason for what a verb does to its object; the object
    /// does the act named after one (`accused Israel of attacking Syria`, `mengecam Israel atas
    /// serangan ke Gaza`).
    pub reason_prepositions: FxHashSet<String>,
    /// Lowercase prepositions before a gerund that name an act warned against, not one done
    /// (`warned Iran against attacking Israel`).
    pub aversion_prepositions: FxHashSet<String>,
    /// Lowercase prepositions naming whom a friendly act is aimed against, who is not its
    /// recipient or partner (`provide logistical support against Boko Haram`).
    pub adversary_prepositions: FxHashSet<String>,
    /// Lowercase demonstratives (`this`, `these`, `itu`, `tersebut`): a noun with one names a
    /// thing already told of (`Moldovan authorities condemn this strike`, `mengecam serangan
    /// tersebut`).
    pub demonstratives: FxHashSet<String>,
    /// Lowercase prepositions opening the circumstances of an act (`during`, `selama`): a noun
    /// act after one is an act of its own, which the clause's verb does not govern (`killed
    /// several members of ISIS during a joint mission with Nigerian forces`).
    pub circumstance_prepositions: FxHashSet<String>,
    /// Lowercase participles of taking part (`involved`, `engaged`): a passive of one names
    /// those who do the act after it (`Serb forces were engaged in ethnic cleansing`), where
    /// other passives name those who underwent it (`the embassy is damaged in the strikes`).
    pub involvement_participles: FxHashSet<String>,
    /// Lowercase prepositions naming where a thing comes from: the one who launched what a
    /// reverse attack cue stops (`intercepts a missile fired from Yemen`).
    pub origin_prepositions: FxHashSet<String>,
    /// Lowercase prepositions after which a noun act is what came before, not the clause
    /// subject's own act (`Pakistan closes its border following the attack on tourists`).
    pub sequel_prepositions: FxHashSet<String>,
    /// Lowercase words naming a court in an actor's name: such an actor is where a case is heard,
    /// not who brings it (`the International Court of Justice's genocide case against Israel`).
    pub venue_words: FxHashSet<String>,
    /// Nouns a name right before names a topic (`the Iran war`, `the Ukraine crisis`): that name
    /// is no place visited and no party met.
    pub topic_nouns: FxHashSet<String>,
    /// Capitalised words that may follow a city's name in a place name (`Donetsk Oblast`); after
    /// any other capitalised word the name is part of another name (`Aden Adde International
    /// Airport`, `Columbia University`).
    pub place_suffixes: FxHashSet<String>,
    /// Lowercase words inside an institution's name (`Federal Bureau of Investigation`): a list
    /// of names goes on past such a name right after one of its names (`with the U.S. Federal
    /// Bureau of Investigation and Chinese police`).
    pub name_connectors: FxHashSet<String>,
    /// Articles: a city's name right after one modifies a noun (`the Druzhba pipeline`), as
    /// cities take none.
    pub articles: FxHashSet<String>,
    /// Nouns of a place that stand before its name (`kota Kharkiv`): a city's name after one is
    /// governed as the noun is. In a language that puts a genitive before its noun they stand
    /// after the name, which then modifies them (`in the Kharkiv town of Kupiansk`).
    pub place_nouns: FxHashSet<String>,
    /// Lowercase nouns that a bare cue word right before them modifies, naming a thing rather than
    /// an act (`attack helicopters`, `supply chains`, `aid workers`).
    pub modified_nouns: FxHashSet<String>,
    /// Lowercase verbs that deny what follows them (`denies`, `membantah`): after one, the clause
    /// of `that` or of a report noun is not an event (`denies a CNN report claiming that ...`).
    pub denials: FxHashSet<String>,
    /// Lowercase verbs that forbid the act an origin preposition after their object introduces
    /// (`bans its citizens from traveling to Iran`): that act is not an event.
    pub prohibitions: FxHashSet<String>,
    /// Lowercase words for a crowd (`demonstrators`, `rallies`, `massa`): a crowd with no actor
    /// named opposes from the country it gathers in.
    pub crowd_words: FxHashSet<String>,
    /// Lowercase nouns for a part played in an act (`role`, `involvement`): the act a possessive
    /// and one of them name with a place preposition is the possessor's (`its role in supporting`).
    pub role_nouns: FxHashSet<String>,
    /// Lowercase nouns naming something reported (`report`, `claims`, `tuduhan`), whose content a
    /// denial verb before them denies.
    pub hearsay: FxHashSet<String>,
    /// Verbs (lowercase words) whose object does what the infinitive after it names (`urged
    /// Russia to withdraw`, `called on Israel to stop`); after other verbs the infinitive is the
    /// subject's purpose (`summons the ambassador to protest`).
    pub control_verbs: Vec<Vec<String>>,
    /// Lowercase endings of adverbs that may stand between a subject or `to` and its verb
    /// (`Ukraine allegedly shoots down`, `to formally recognize`).
    pub adverb_suffixes: Vec<String>,
    /// Lowercase past participles that do not end in `-ed` (`struck`, `sunk`): after a passive
    /// auxiliary or before `by` they make a cue passive.
    pub irregular_participles: FxHashSet<String>,
    /// Lowercase endings of regular past participles (`-ed`).
    pub participle_suffixes: Vec<String>,
    /// Lowercase endings of present participles (`-ing`), which are never passive.
    pub gerund_suffixes: Vec<String>,
    /// Lowercase endings of plural nouns and third-person verbs (`-s`): such a word modifies no
    /// noun after it (`attacks drones` is an act, `attack drones` a weapon).
    pub plural_suffixes: Vec<String>,
    /// Lowercase words that mark a sentence as sport or entertainment (no relations from it).
    pub excluded_context: Vec<String>,
    /// Lowercase nouns that turn a neighbouring country name into an origin (`pemain asal Nigeria`).
    pub origin_heads: FxHashSet<String>,
    /// Lowercase nouns of documents and formats named after a place (`Vienna Convention`, `Minsk
    /// agreements`, `Konvensi Wina`): the place name there is no actor.
    pub document_heads: FxHashSet<String>,
    /// Nouns of events named after a place: a name right before one, after a determiner or a
    /// year, names the event and no actor (`linked to the Iran war`).
    pub event_heads: FxHashSet<String>,
    /// Lowercase nouns of a state's qualities: supporting or opposing the one a name after `of`
    /// owns is supporting or opposing that name (`supports the territorial integrity of Lebanon`).
    pub state_qualities: FxHashSet<String>,
    /// Lowercase verbs of joining: a name before one does what the names after it do in the act
    /// that follows (`the United Arab Emirates has joined Israel and the U.S. in carrying out
    /// airstrikes on Iran`).
    pub join_verbs: FxHashSet<String>,
    /// Phrases (lowercase words) by which a group claims an act: with no act named after them, the
    /// attack the sentence before reported with no doer is the group's (`Thirty-two people are
    /// killed in a suicide bombing ... in Islamabad, Pakistan. The Islamic State – Pakistan
    /// Province claims responsibility.`).
    pub responsibility_claims: Vec<Vec<String>>,
    /// Lowercase nouns of operations: the doer of a relative clause after one is who carried it
    /// out (`American troops conducted a four-day operation that killed 60 al-Shabaab
    /// insurgents`).
    pub operation_nouns: FxHashSet<String>,
    /// Lowercase words opening a condition (`if`, `unless`, `jika`): a warning with no target
    /// threatens the one the condition after it names (`warns that a whole civilization will die
    /// if Iran does not agree`).
    pub conditionals: FxHashSet<String>,
    /// Lowercase forms of verbs of taking (`retakes`, `merebut`): with no actor as its object, the
    /// one a place is taken from is who the act hits (`retakes Bara from the Rapid Support Forces`).
    pub taking_verbs: FxHashSet<String>,
    /// Lowercase predicates of calling something off, word by word (`cancelled`, `called off`,
    /// `dibatalkan`): an act a noun names that is the subject of one is not taking place (`the
    /// planned talks between Iran and the United States ... have been cancelled`).
    pub called_off: Vec<Vec<String>>,
    /// Lowercase phrases of responding to an act, word by word (`in response to`, `sebagai
    /// balasan atas`): a hostile act named right after one with no target hits the one who
    /// responds (`Iran has ended direct contact with the U.S. in response to Trump's latest threat`).
    pub responses: Vec<Vec<String>>,
    /// Lowercase nouns of a kind of body (`group`, `militia`, `kelompok`): a name right after one
    /// and its modifiers is in apposition to it, so the preposition before them governs the name
    /// (`by the paramilitary group Rapid Support Forces`, `oleh kelompok militan Hamas`).
    pub class_nouns: FxHashSet<String>,
    /// Lowercase words past which a framed cue's closing is not looked for: what follows is
    /// excepted (`freezes nearly all foreign aid except military aid to Israel`).
    pub frame_breaks: FxHashSet<String>,
    /// Lowercase phrases that hold a cue's words but are no act (`tolak ukur`, a benchmark, holds
    /// `tolak`, reject): matched as phrases of their own, they leave no cue.
    pub not_cues: Vec<String>,
    /// Lowercase verbs of judging (`convict`, `charge`): an act after their object and one of
    /// `charge_prepositions` is that object's (`convicting him of threatening officials`).
    pub charge_verbs: FxHashSet<String>,
    /// Lowercase prepositions naming what a verb of judging charges (`of`, `with`, `for`).
    pub charge_prepositions: FxHashSet<String>,
    /// Patterns of money amounts.
    pub money: Vec<Regex>,
    /// Patterns of counted things.
    pub quantity: Vec<Regex>,
    /// Lowercase sector words.
    pub sectors: Vec<String>,
    /// Lowercase day names, Monday first.
    pub weekdays: Vec<String>,
    /// Cue phrases.
    pub cues: Vec<Cue>,
}

impl Language {
    /// Whether a lowercase word is an adverb by its ending (`allegedly`).
    pub fn is_adverb(&self, word: &str) -> bool {
        self.adverb_suffixes
            .iter()
            .any(|e| word.len() > e.len() + 2 && word.ends_with(e.as_str()))
    }

    /// Whether a lowercase word is a determiner (`the`, `its`, `both`).
    pub fn is_determiner(&self, word: &str) -> bool {
        self.determiners.contains(word)
    }

    /// Whether a lowercase word is a determiner, a quantifier or a number (`the`, `several`,
    /// `two`, `40`): what may stand before a noun in its phrase.
    pub fn is_determiner_or_count(&self, word: &str) -> bool {
        self.determiners.contains(word)
            || self.quantifiers.contains(word)
            || word.chars().all(|c| c.is_ascii_digit())
    }

    /// Whether `word` is a floating quantifier where it stands after `before` (capitalised
    /// when `before_name`): after a name or a perfect auxiliary it stands between a subject and
    /// its verb (`China and the U.S. both agreed`, `have both agreed`).
    pub fn floats(&self, word: &str, before: &str, before_name: bool) -> bool {
        self.floating_quantifiers.contains(word)
            && (before_name || self.perfect_auxiliaries.contains(before))
    }

    /// Whether a lowercase word has a regular past participle's ending (`condemned`).
    pub fn is_regular_participle(&self, word: &str) -> bool {
        ends_with_any(word, &self.participle_suffixes)
    }

    /// Whether a lowercase word is a past participle, regular or listed (`condemned`, `struck`).
    pub fn is_participle(&self, word: &str) -> bool {
        self.is_regular_participle(word) || self.irregular_participles.contains(word)
    }

    /// Whether a lowercase word has a present participle's ending (`attacking`).
    pub fn is_gerund(&self, word: &str) -> bool {
        ends_with_any(word, &self.gerund_suffixes)
    }

    /// Whether lowercase `word` modifies lowercase `next`, the pair naming a thing rather than
    /// an act (`attack helicopters`, `supply chains`; not `attacks drones`).
    pub fn modifies_noun(&self, word: &str, next: &str) -> bool {
        self.modified_nouns.contains(next) && !self.is_plural(word)
    }

    /// Whether a lowercase word has a plural ending (`members`, `flights`).
    pub fn is_plural(&self, word: &str) -> bool {
        ends_with_any(word, &self.plural_suffixes)
    }
}

fn ends_with_any(word: &str, suffixes: &[String]) -> bool {
    suffixes.iter().any(|e| word.ends_with(e.as_str()))
}

/// A name and the language it is matched in (`None`: every language).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    /// The name as written.
    pub text: String,
    /// Language code, or `None`.
    pub lang: Option<String>,
}

/// A name that is a place, not an actor (`South China Sea`, `Georgia, United States`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// The name as written, with its language.
    pub name: Name,
    /// A country name this place gives another sense for the whole article: once `Georgia, United
    /// States` is named, a bare `Georgia` in the same article is the state too.
    pub shadows: Option<String>,
    /// The country (ISO3) of a city, which the city stands for where a preposition governs it
    /// (`killed three people in Basra`); `None` for a place that is never an actor.
    pub country: Option<String>,
}

impl Name {
    fn parse(s: &str) -> Name {
        match s.rsplit_once('@') {
            Some((t, l)) if !l.is_empty() && l.chars().all(|c| c.is_ascii_lowercase()) => Name {
                text: t.trim().to_string(),
                lang: Some(l.to_string()),
            },
            _ => Name {
                text: s.trim().to_string(),
                lang: None,
            },
        }
    }
}

/// A country of the gazetteer.
#[derive(Debug, Clone)]
pub struct CountryEntry {
    /// ISO 3166-1 alpha-3.
    pub iso3: String,
    /// English name.
    pub name_en: String,
    /// Indonesian name.
    pub name_id: String,
    /// Every name, short form and metonym.
    pub names: Vec<Name>,
    /// English demonyms and adjectives.
    pub demonyms: Vec<String>,
}

/// One office a person held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Office {
    /// Country (ISO3) of the office.
    pub country: String,
    /// Normalised role.
    pub role: String,
    /// First year in office.
    pub start: Option<i32>,
    /// Last year in office; `None` while in office.
    pub end: Option<i32>,
}

impl Office {
    /// Whether the office was held at some time in `year`.
    pub fn covers(&self, year: i32) -> bool {
        self.start.is_none_or(|s| s <= year) && self.end.is_none_or(|e| year <= e)
    }
}

/// A person of the gazetteer.
#[derive(Debug, Clone)]
pub struct PersonEntry {
    /// Slug id.
    pub id: String,
    /// Full name.
    pub name: String,
    /// Other names.
    pub aliases: Vec<Name>,
    /// Offices, in the order of the data file.
    pub offices: Vec<Office>,
}

/// An organisation of the gazetteer.
#[derive(Debug, Clone)]
pub struct OrganizationEntry {
    /// Slug id.
    pub id: String,
    /// English name.
    pub name_en: String,
    /// Indonesian name.
    pub name_id: String,
    /// Other names, organs, acronyms.
    pub aliases: Vec<Name>,
    /// ISO3 of a national body; `None` for an international one.
    pub country: Option<String>,
}

/// Properties of a relation kind from `data/relations.toml`.
#[derive(Debug, Clone, Deserialize)]
pub struct KindInfo {
    /// Kind name.
    pub name: String,
    /// CAMEO root code.
    pub cameo: String,
    /// Goldstein scale value.
    pub goldstein: f64,
    /// Whether the kind has no direction.
    pub symmetric: bool,
    /// One-line meaning.
    pub description: String,
}

/// All actor lists.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    /// Countries.
    pub countries: Vec<CountryEntry>,
    /// Persons.
    pub persons: Vec<PersonEntry>,
    /// Organisations.
    pub organizations: Vec<OrganizationEntry>,
    /// Names that are places, not actors.
    pub places: Vec<Place>,
}

/// Every resource relgraph reads text with.
#[derive(Debug, Clone)]
pub struct Lexicon {
    /// Languages, by code order.
    pub languages: Vec<Language>,
    /// The actors.
    pub gazetteer: Gazetteer,
    /// Relation kinds.
    pub kinds: Vec<KindInfo>,
    /// The boilerplate patterns of every language, each kind joined into one pattern.
    pub boilerplate: Boilerplate,
}

/// Page furniture patterns of all languages (`drop_line`, `cut_rest`), each list joined into one
/// regular expression so that a line is tested once, not once per pattern.
#[derive(Debug, Clone)]
pub struct Boilerplate {
    /// Lines to drop (`Baca Juga: ...`).
    pub drop_line: Option<Regex>,
    /// Lines from which the rest is dropped (comment forms).
    pub cut_rest: Option<Regex>,
    /// Line openings to drop (datelines), anchored at the line's start.
    pub strip_prefix: Option<Regex>,
}

impl Boilerplate {
    fn new(languages: &[Language]) -> Result<Boilerplate> {
        let join = |pick: fn(&Language) -> &Vec<Regex>| -> Result<Option<Regex>> {
            let parts: Vec<String> = languages
                .iter()
                .flat_map(|l| pick(l).iter().map(|r| format!("(?:{})", r.as_str())))
                .collect();
            if parts.is_empty() {
                return Ok(None);
            }
            RegexBuilder::new(&format!("(?:{})", parts.join("|")))
                .case_insensitive(true)
                .build()
                .map(Some)
                .map_err(|e| Error::data("data/lang", 0, format!("boilerplate patterns: {e}")))
        };
        Ok(Boilerplate {
            drop_line: join(|l| &l.drop_line)?,
            cut_rest: join(|l| &l.cut_rest)?,
            strip_prefix: join(|l| &l.strip_prefix)?,
        })
    }
}

impl Lexicon {
    /// The resources built into the binary.
    pub fn builtin() -> Result<Lexicon> {
        let mut languages = Vec::new();
        for (stem, text) in LANGUAGES {
            languages.push(parse_language(&format!("data/lang/{stem}.toml"), text)?);
        }
        let mut gazetteer = Gazetteer::default();
        parse_countries("data/actors/countries.tsv", COUNTRIES, &mut gazetteer)?;
        parse_persons("data/actors/persons.tsv", PERSONS, &mut gazetteer)?;
        parse_organizations(
            "data/actors/organizations.tsv",
            ORGANIZATIONS,
            &mut gazetteer,
        )?;
        parse_places("data/actors/places.tsv", PLACES, &mut gazetteer)?;
        parse_cities("data/actors/cities.tsv", CITIES, &mut gazetteer)?;
        parse_cities("data/actors/regions.tsv", REGIONS, &mut gazetteer)?;
        #[derive(Deserialize)]
        struct Kinds {
            kind: Vec<KindInfo>,
        }
        let kinds: Kinds = toml::from_str(RELATIONS)
            .map_err(|e| Error::data("data/relations.toml", 0, e.to_string()))?;
        for (l, (stem, text)) in languages.iter().zip(LANGUAGES) {
            check_home(&format!("data/lang/{stem}.toml"), text, l, &gazetteer)?;
        }
        Ok(Lexicon {
            boilerplate: Boilerplate::new(&languages)?,
            languages,
            gazetteer,
            kinds: kinds.kind,
        })
    }

    /// Adds the persons or organisations of a user's actor file, in the format of
    /// `data/actors/persons.tsv` (8 columns) or `data/actors/organizations.tsv` (6 columns).
    pub fn add_actor_file(&mut self, path: &std::path::Path) -> Result<()> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::read(path, e))?;
        let file = path.display().to_string();
        let columns = data_rows(&text)
            .find(|(_, cols)| cols[0] != "id")
            .map(|(_, cols)| cols.len());
        match columns {
            Some(8) => parse_persons(&file, &text, &mut self.gazetteer),
            Some(6) => parse_organizations(&file, &text, &mut self.gazetteer),
            Some(n) => Err(Error::data(
                file,
                0,
                format!("{n} columns: expected 8 (persons: id, name, country, role, start, end, aliases, source) or 6 (organizations: id, name_en, name_id, aliases, country, source)"),
            )),
            None => Err(Error::data(file, 0, "no actors in the file")),
        }
    }

    /// The language with this code.
    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    /// Codes of all languages.
    pub fn language_codes(&self) -> Vec<&str> {
        self.languages.iter().map(|l| l.code.as_str()).collect()
    }
}

/// Non-comment, non-empty lines split on tabs, with 1-based line numbers.
fn data_rows(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| (i + 1, l.split('\t').map(str::trim).collect()))
}

fn split_names(s: &str) -> Vec<Name> {
    s.split('|')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(Name::parse)
        .collect()
}

fn year(file: &str, line: usize, s: &str) -> Result<Option<i32>> {
    if s.is_empty() {
        return Ok(None);
    }
    s.parse()
        .map(Some)
        .map_err(|_| Error::data(file, line, format!("`{s}` is not a year")))
}

fn expect_columns(file: &str, line: usize, cols: &[&str], n: usize) -> Result<()> {
    if cols.len() == n {
        Ok(())
    } else {
        Err(Error::data(
            file,
            line,
            format!("{} columns, expected {n}", cols.len()),
        ))
    }
}

fn parse_countries(file: &str, text: &str, g: &mut Gazetteer) -> Result<()> {
    for (line, cols) in data_rows(text) {
        if cols[0] == "iso3" {
            continue;
        }
        expect_columns(file, line, &cols, 6)?;
        let mut names = split_names(cols[3]);
        for n in [cols[1], cols[2]] {
            if !names.iter().any(|x| x.text == n) {
                names.push(Name {
                    text: n.to_string(),
                    lang: None,
                });
            }
        }
        g.countries.push(CountryEntry {
            iso3: cols[0].to_string(),
            name_en: cols[1].to_string(),
            name_id: cols[2].to_string(),
            names,
            demonyms: cols[4]
                .split('|')
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect(),
        });
    }
    Ok(())
}

fn parse_persons(file: &str, text: &str, g: &mut Gazetteer) -> Result<()> {
    for (line, cols) in data_rows(text) {
        if cols[0] == "id" {
            continue;
        }
        expect_columns(file, line, &cols, 8)?;
        if cols[0].is_empty() || cols[1].is_empty() || cols[2].len() != 3 {
            return Err(Error::data(
                file,
                line,
                "a person needs an id, a name and an ISO3 country",
            ));
        }
        let office = Office {
            country: cols[2].to_string(),
            role: cols[3].to_string(),
            start: year(file, line, cols[4])?,
            end: year(file, line, cols[5])?,
        };
        let aliases = split_names(cols[6]);
        match g.persons.iter_mut().find(|p| p.id == cols[0]) {
            Some(p) => {
                p.offices.push(office);
                for a in aliases {
                    if !p.aliases.contains(&a) {
                        p.aliases.push(a);
                    }
                }
            }
            None => g.persons.push(PersonEntry {
                id: cols[0].to_string(),
                name: cols[1].to_string(),
                aliases,
                offices: vec![office],
            }),
        }
    }
    Ok(())
}

fn parse_organizations(file: &str, text: &str, g: &mut Gazetteer) -> Result<()> {
    for (line, cols) in data_rows(text) {
        if cols[0] == "id" {
            continue;
        }
        expect_columns(file, line, &cols, 6)?;
        g.organizations.push(OrganizationEntry {
            id: cols[0].to_string(),
            name_en: cols[1].to_string(),
            name_id: cols[2].to_string(),
            aliases: split_names(cols[3]),
            country: (!cols[4].is_empty()).then(|| cols[4].to_string()),
        });
    }
    Ok(())
}

fn parse_places(file: &str, text: &str, g: &mut Gazetteer) -> Result<()> {
    for (line, cols) in data_rows(text) {
        if cols.len() < 2 {
            return Err(Error::data(
                file,
                line,
                "expected: name, lang, source[, shadows]",
            ));
        }
        let shadows = cols.get(3).map(|s| s.trim()).filter(|s| !s.is_empty());
        if let Some(n) = shadows {
            if !cols[0].contains(n) {
                return Err(Error::data(
                    file,
                    line,
                    format!("`{n}` is not part of the place name `{}`", cols[0]),
                ));
            }
        }
        g.places.push(Place {
            name: Name {
                text: cols[0].to_string(),
                lang: (!cols[1].is_empty() && cols[1] != "*").then(|| cols[1].to_string()),
            },
            shadows: shadows.map(String::from),
            country: None,
        });
    }
    Ok(())
}

fn parse_cities(file: &str, text: &str, g: &mut Gazetteer) -> Result<()> {
    for (line, cols) in data_rows(text) {
        if cols[0] == "name" {
            continue; // the header
        }
        if cols.len() < 2 || cols[1].len() != 3 {
            return Err(Error::data(
                file,
                line,
                "expected: name, country (ISO3)[, city or region, population]",
            ));
        }
        g.places.push(Place {
            name: Name {
                text: cols[0].to_string(),
                lang: None,
            },
            shadows: None,
            country: Some(cols[1].to_string()),
        });
    }
    Ok(())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LanguageFile {
    code: String,
    name: String,
    morphology: String,
    stopwords: Vec<String>,
    #[serde(default)]
    abbreviations: Vec<String>,
    genitive: String,
    #[serde(default)]
    pro_drop: bool,
    #[serde(default)]
    home: Option<String>,
    #[serde(default)]
    home_roles: Vec<String>,
    #[serde(default)]
    claim_participles: Vec<String>,
    #[serde(default)]
    holding_participles: Vec<String>,
    #[serde(default)]
    downing_verbs: Vec<String>,
    #[serde(default)]
    combat_verbs: Vec<String>,
    #[serde(default)]
    mobs: Vec<String>,
    #[serde(default)]
    clause_openers: Vec<String>,
    #[serde(default)]
    cause_prepositions: Vec<String>,
    #[serde(default)]
    attributions: Vec<String>,
    #[serde(default)]
    vicinity_prepositions: Vec<String>,
    #[serde(default)]
    boundary_nouns: Vec<String>,
    #[serde(default)]
    subject_pronouns: Vec<String>,
    #[serde(default)]
    nominative_pronouns: Vec<String>,
    #[serde(default)]
    infinitive_markers: Vec<String>,
    #[serde(default)]
    reason_prepositions: Vec<String>,
    #[serde(default)]
    aversion_prepositions: Vec<String>,
    #[serde(default)]
    adversary_prepositions: Vec<String>,
    #[serde(default)]
    demonstratives: Vec<String>,
    #[serde(default)]
    circumstance_prepositions: Vec<String>,
    #[serde(default)]
    involvement_participles: Vec<String>,
    #[serde(default)]
    origin_prepositions: Vec<String>,
    #[serde(default)]
    sequel_prepositions: Vec<String>,
    #[serde(default)]
    venue_words: Vec<String>,
    #[serde(default)]
    topic_nouns: Vec<String>,
    #[serde(default)]
    place_suffixes: Vec<String>,
    #[serde(default)]
    name_connectors: Vec<String>,
    #[serde(default)]
    articles: Vec<String>,
    #[serde(default)]
    place_nouns: Vec<String>,
    #[serde(default)]
    modified_nouns: Vec<String>,
    #[serde(default)]
    denials: Vec<String>,
    #[serde(default)]
    prohibitions: Vec<String>,
    #[serde(default)]
    crowd_words: Vec<String>,
    #[serde(default)]
    role_nouns: Vec<String>,
    #[serde(default)]
    hearsay: Vec<String>,
    #[serde(default)]
    control_verbs: Vec<String>,
    #[serde(default)]
    adverb_suffixes: Vec<String>,
    #[serde(default)]
    participle_suffixes: Vec<String>,
    #[serde(default)]
    gerund_suffixes: Vec<String>,
    #[serde(default)]
    plural_suffixes: Vec<String>,
    #[serde(default)]
    irregular_participles: Vec<String>,
    #[serde(default)]
    determiners: Vec<String>,
    #[serde(default)]
    quantifiers: Vec<String>,
    #[serde(default)]
    floating_quantifiers: Vec<String>,
    #[serde(default)]
    perfect_auxiliaries: Vec<String>,
    #[serde(default)]
    part_nouns: Vec<String>,
    #[serde(default)]
    instrument_bodies: Vec<String>,
    #[serde(default)]
    weapons: Vec<String>,
    #[serde(default)]
    body_place_prepositions: Vec<String>,
    #[serde(default)]
    addressee_prepositions: Vec<String>,
    #[serde(default)]
    apposition_openers: Vec<String>,
    #[serde(default)]
    member_nouns: Vec<String>,
    #[serde(default)]
    against_prefixes: Vec<String>,
    #[serde(default)]
    name_heads: Vec<String>,
    #[serde(default)]
    complementizers: Vec<String>,
    #[serde(default)]
    inclusion_words: Vec<String>,
    #[serde(default)]
    agent_suffixes: Vec<String>,
    #[serde(default)]
    origin_suffixes: Vec<String>,
    #[serde(default)]
    phrase_fillers: Vec<String>,
    #[serde(default)]
    clitics: Vec<String>,
    #[serde(default)]
    context: ContextFile,
    #[serde(default)]
    attributes: AttributesFile,
    boilerplate: BoilerplateFile,
    markers: MarkersFile,
    #[serde(default)]
    references: BTreeMap<String, String>,
    roles: RolesFile,
    #[serde(default)]
    names: NamesFile,
    cues: BTreeMap<String, CuesFile>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct AttributesFile {
    #[serde(default)]
    money: Vec<String>,
    #[serde(default)]
    quantity: Vec<String>,
    #[serde(default)]
    sectors: Vec<String>,
    #[serde(default)]
    weekdays: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct ContextFile {
    #[serde(default)]
    excluded: Vec<String>,
    #[serde(default)]
    origin_heads: Vec<String>,
    #[serde(default)]
    document_heads: Vec<String>,
    #[serde(default)]
    event_heads: Vec<String>,
    #[serde(default)]
    state_qualities: Vec<String>,
    #[serde(default)]
    join_verbs: Vec<String>,
    #[serde(default)]
    responsibility_claims: Vec<String>,
    #[serde(default)]
    not_cues: Vec<String>,
    #[serde(default)]
    operation_nouns: Vec<String>,
    #[serde(default)]
    conditionals: Vec<String>,
    #[serde(default)]
    taking_verbs: Vec<String>,
    #[serde(default)]
    called_off: Vec<String>,
    #[serde(default)]
    responses: Vec<String>,
    #[serde(default)]
    class_nouns: Vec<String>,
    #[serde(default)]
    frame_breaks: Vec<String>,
    #[serde(default)]
    charge_verbs: Vec<String>,
    #[serde(default)]
    charge_prepositions: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BoilerplateFile {
    #[serde(default)]
    drop_line: Vec<String>,
    #[serde(default)]
    cut_rest: Vec<String>,
    #[serde(default)]
    strip_prefix: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct MarkersFile {
    #[serde(default)]
    negation: Vec<String>,
    #[serde(default)]
    hypothetical: Vec<String>,
    #[serde(default)]
    planned: Vec<String>,
    #[serde(default)]
    agent: Vec<String>,
    #[serde(default)]
    target: Vec<String>,
    #[serde(default)]
    patient: Vec<String>,
    #[serde(default)]
    location: Vec<String>,
    #[serde(default)]
    partner: Vec<String>,
    #[serde(default)]
    between: Vec<String>,
    #[serde(default)]
    other_prepositions: Vec<String>,
    #[serde(default)]
    under: Vec<String>,
    #[serde(default)]
    relative: Vec<String>,
    #[serde(default)]
    coordinators: Vec<String>,
    #[serde(default)]
    also: Vec<String>,
    #[serde(default)]
    reciprocal: Vec<String>,
    #[serde(default)]
    clause_breaks: Vec<String>,
    #[serde(default)]
    passive_aux: Vec<String>,
    #[serde(default)]
    speech: Vec<String>,
    #[serde(default)]
    target_via: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RolesFile {
    #[serde(default)]
    person: BTreeMap<String, String>,
    #[serde(default)]
    body: BTreeMap<String, String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct NamesFile {
    #[serde(default)]
    not_names: Vec<String>,
    #[serde(default)]
    particles: Vec<String>,
    #[serde(default)]
    titles: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct CuesFile {
    #[serde(default)]
    roots: Vec<String>,
    #[serde(default)]
    verb: Vec<String>,
    #[serde(default)]
    noun: Vec<String>,
    #[serde(default)]
    passive: Vec<String>,
    #[serde(default)]
    reverse: Vec<String>,
    #[serde(default)]
    partnered: Vec<String>,
    /// Roots (inflected like `roots`) of acts that parties named together do to each other.
    #[serde(default)]
    mutual: Vec<String>,
    /// `ROOT * CLOSING`: a verb (inflected like `roots`) whose act is named only by a closing
    /// phrase after its object (`designate * as a terrorist`).
    #[serde(default)]
    framed: Vec<String>,
    /// Verbs whose subject is the act or the weapon (`airstrikes hit`, `warplanes pounded`).
    #[serde(default)]
    instrument: Vec<String>,
    /// Prepositions that make each of the language's `weapons` before them a noun cue of this kind
    /// (`launch mortars into Pakistan`, `fired missiles at Israel`).
    #[serde(default)]
    aimed: Vec<String>,
}

fn regexes(file: &str, patterns: &[String]) -> Result<Vec<Regex>> {
    patterns
        .iter()
        .map(|p| {
            RegexBuilder::new(p)
                .case_insensitive(true)
                .build()
                .map_err(|e| Error::data(file, 0, format!("bad pattern `{p}`: {e}")))
        })
        .collect()
}

fn lower_all(v: Vec<String>) -> impl Iterator<Item = String> {
    v.into_iter()
        .map(|s| s.trim().to_lowercase())
        .filter(|s| !s.is_empty())
}

/// Lowercase phrases, each split into its words for matching token by token (`called off`).
fn word_phrases(v: Vec<String>) -> Vec<Vec<String>> {
    lower_all(v)
        .map(|p| p.split_whitespace().map(str::to_string).collect())
        .collect()
}

/// The 1-based line of a TOML file's `text` where `key` is first set (0 if it is not).
fn key_line(text: &str, key: &str) -> usize {
    text.lines()
        .position(|l| {
            l.trim_start()
                .strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(0, |i| i + 1)
}

/// Checks that a language file's `home` names a country of the gazetteer (`file` and `text` are
/// the file's, for the error's line).
fn check_home(file: &str, text: &str, language: &Language, gazetteer: &Gazetteer) -> Result<()> {
    match &language.home {
        Some(home) if !gazetteer.countries.iter().any(|c| &c.iso3 == home) => Err(Error::data(
            file,
            key_line(text, "home"),
            format!("home = `{home}`: no country has this ISO 3166-1 alpha-3 code"),
        )),
        _ => Ok(()),
    }
}

/// Parses one language file.
pub fn parse_language(file: &str, text: &str) -> Result<Language> {
    let f: LanguageFile = toml::from_str(text).map_err(|e| {
        let line = e
            .span()
            .map(|s| text[..s.start.min(text.len())].lines().count().max(1))
            .unwrap_or(0);
        Error::data(file, line, e.message().to_string())
    })?;
    let m = f.markers;
    let mut markers = Vec::new();
    for (list, marker) in [
        (m.negation, Marker::Negation),
        (m.hypothetical, Marker::Hypothetical),
        (m.planned, Marker::Planned),
        (m.agent, Marker::Agent),
        (m.target, Marker::Target),
        (m.patient, Marker::Patient),
        (m.location, Marker::Location),
        (m.partner, Marker::Partner),
        (m.between, Marker::Between),
        (m.other_prepositions, Marker::OtherPreposition),
        (m.under, Marker::Under),
        (m.relative, Marker::Relative),
        (m.coordinators, Marker::Coordinator),
        (m.also, Marker::Also),
        (m.reciprocal, Marker::Reciprocal),
        (m.clause_breaks, Marker::ClauseBreak),
        (m.passive_aux, Marker::PassiveAux),
        (m.speech, Marker::Speech),
        (m.target_via, Marker::TargetVia),
    ] {
        markers.extend(lower_all(list).map(|p| (p, marker)));
    }
    for (i, (phrase, marker)) in markers.iter().enumerate() {
        if let Some((_, other)) = markers[..i].iter().find(|(p, _)| p == phrase) {
            return Err(Error::data(
                file,
                0,
                format!("marker `{phrase}` is listed as both {other:?} and {marker:?}"),
            ));
        }
    }
    let mut references = Vec::new();
    for (phrase, what) in f.references {
        let r = match what.as_str() {
            "countries" => Reference::Countries,
            "sides" => Reference::Sides,
            "group" => Reference::Group,
            "speaker" => Reference::Speaker,
            "latter" => Reference::Latter,
            "object" => Reference::Object,
            "former" => Reference::Former,
            "country" => Reference::Country,
            "person" => Reference::Person,
            "place" => Reference::Place,
            other => {
                return Err(Error::data(
                    file,
                    0,
                    format!(
                        "reference `{phrase}`: `{other}` is not `countries`, `sides`, `group`, `speaker`, `latter`, `former`, `country` or `person`"
                    ),
                ))
            }
        };
        references.push((phrase.to_lowercase(), r));
    }
    let mut roles: Vec<(String, RoleWord)> = Vec::new();
    for (map, person) in [(f.roles.person, true), (f.roles.body, false)] {
        for (phrase, role) in map {
            roles.push((phrase.to_lowercase(), RoleWord { role, person }));
        }
    }
    if let Some(unknown) = f
        .home_roles
        .iter()
        .find(|h| !roles.iter().any(|(_, r)| r.person && &r.role == *h))
    {
        return Err(Error::data(
            file,
            key_line(text, "home_roles"),
            format!("home_roles: `{unknown}` is no value of [roles.person]"),
        ));
    }
    // English role nouns take a plural (`the governments of Singapore and Vietnam`) unless the
    // file lists that form itself
    if f.morphology == "english" {
        let listed: FxHashSet<String> = roles.iter().map(|(p, _)| p.clone()).collect();
        let plurals: Vec<(String, RoleWord)> = roles
            .iter()
            .filter(|(p, _)| !p.ends_with('s') && !listed.contains(&format!("{p}s")))
            .map(|(p, r)| (format!("{p}s"), r.clone()))
            .collect();
        roles.extend(plurals);
    }
    let title_words: FxHashSet<String> = lower_all(f.names.titles.clone())
        .chain(
            roles
                .iter()
                .flat_map(|(p, _)| p.split_whitespace().map(str::to_string)),
        )
        .collect();
    let mut cues = Vec::new();
    for (kind_name, c) in f.cues {
        let kind: RelationKind = kind_name
            .parse()
            .map_err(|e: crate::model::UnknownKind| Error::data(file, 0, e.to_string()))?;
        if kind.is_structural() {
            return Err(Error::data(
                file,
                0,
                format!("`{kind}` is structural and has no cues"),
            ));
        }
        let mut add = |phrase: String, form: CueForm, mutual: bool, closing: Option<&str>| {
            // a form listed in `verb` too is still mutual when its root is (`established
            // diplomatic relations`)
            let mut found = cues
                .iter_mut()
                .find(|x: &&mut Cue| x.phrase == phrase && x.kind == kind);
            if let Some(x) = found.as_mut() {
                x.mutual |= mutual;
            }
            match found {
                // a root's bare or `-ing` form listed as a noun too (`attacks`, `bombing`) still
                // reads as verb or noun by its context: `Israel attacks Lebanon`, `Israel's attacks
                // on Gaza`, `accused Russia of bombing Idlib`, `the bombing of Idlib`
                // (and so does a bare verb listed as a noun too: `protes`)
                Some(x)
                    if (x.form == CueForm::Noun
                        && matches!(form, CueForm::Either | CueForm::Verb))
                        || (x.form == CueForm::Verb
                            && form == CueForm::Noun
                            && closing.is_none()) =>
                {
                    x.form = CueForm::Either
                }
                // one framed verb may close in several ways; a plain cue needs no closing
                Some(x) => match closing {
                    Some(c) if !x.closings.is_empty() => x.closings.push(c.to_string()),
                    Some(_) => {}
                    None => x.closings.clear(),
                },
                None => cues.push(Cue {
                    phrase,
                    kind,
                    form,
                    mutual,
                    closings: closing.map(str::to_string).into_iter().collect(),
                    after_act: false,
                    instrument: false,
                }),
            }
        };
        // a verb phrase may take a filler after its first word: `sever ties` is also `sever its
        // ties`, `severed all ties`
        let fill = |p: &str, form: CueForm| -> Vec<(String, CueForm)> {
            let mut out = vec![(p.to_string(), form)];
            if let (true, Some((first, rest))) = (
                matches!(form, CueForm::Verb | CueForm::Either),
                p.split_once(' '),
            ) {
                out.extend(
                    f.phrase_fillers
                        .iter()
                        .map(|w| (format!("{first} {} {rest}", w.to_lowercase()), form)),
                );
            }
            out
        };
        // a reverse cue may be framed too: `welcome * to` (`welcomed Lukashenko to Pyongyang`)
        let (reverse_framed, reverse): (Vec<String>, Vec<String>) =
            c.reverse.into_iter().partition(|p| p.contains(" * "));
        // and a noun: `closure of * embassy` (`the closure of Taiwan's representative office`)
        let (noun_framed, noun): (Vec<String>, Vec<String>) =
            c.noun.into_iter().partition(|p| p.contains(" * "));
        let framed = c
            .framed
            .iter()
            .map(|p| (p, CueForm::Verb))
            .chain(reverse_framed.iter().map(|p| (p, CueForm::Reverse)))
            .chain(noun_framed.iter().map(|p| (p, CueForm::Noun)));
        let aimed = c
            .aimed
            .iter()
            .flat_map(|p| f.weapons.iter().map(move |w| format!("{w} {p}")));
        let noun: Vec<String> = noun.into_iter().chain(aimed).collect();
        for (list, form) in [
            (c.verb, CueForm::Verb),
            (c.passive, CueForm::Passive),
            (reverse, CueForm::Reverse),
            (noun, CueForm::Noun),
            (c.partnered, CueForm::Partnered),
        ] {
            for p in lower_all(list) {
                for (p, form) in fill(&p, form) {
                    add(p, form, false, None);
                }
            }
        }
        let roots = c.mutual.iter().map(|r| (r, true));
        for (root, mutual) in roots.chain(c.roots.iter().map(|r| (r, false))) {
            for (p, form) in morphology::expand(&f.morphology, root) {
                for (p, form) in fill(&p, form) {
                    add(p, form, mutual, None);
                }
            }
        }
        for (framed, framed_form) in framed {
            let Some((root, closing)) = framed
                .split_once(" * ")
                .map(|(r, c)| (r.trim(), c.trim().to_lowercase()))
                .filter(|(r, c)| !r.is_empty() && !c.is_empty())
            else {
                let quoted = format!("\"{framed}\"");
                let line = text
                    .lines()
                    .position(|l| l.contains(&quoted))
                    .map_or(0, |i| i + 1);
                return Err(Error::data(
                    file,
                    line,
                    format!("framed cue `{framed}` is not `ROOT * CLOSING`"),
                ));
            };
            // (`|` separates closings one root takes: `terminate * agreement with|treaty with`)
            for closing in closing.split('|').map(str::trim).filter(|c| !c.is_empty()) {
                if framed_form == CueForm::Noun {
                    // (a noun is not inflected)
                    add(root.to_lowercase(), CueForm::Noun, false, Some(closing));
                    continue;
                }
                for (p, form) in morphology::expand(&f.morphology, root) {
                    // (the bare root reads as a verb: a closing phrase follows its object)
                    let form = if form == CueForm::Either || framed_form == CueForm::Reverse {
                        framed_form
                    } else {
                        form
                    };
                    add(p, form, false, Some(closing));
                }
            }
        }
        for p in lower_all(c.instrument) {
            // (a phrase listed otherwise too stays a cue after anything: `fired at`)
            match cues.iter_mut().find(|x| x.phrase == p && x.kind == kind) {
                Some(x) => x.instrument = true,
                None => cues.push(Cue {
                    phrase: p,
                    kind,
                    form: CueForm::Verb,
                    mutual: false,
                    closings: Vec::new(),
                    after_act: true,
                    instrument: true,
                }),
            }
        }
    }
    let stopwords: FxHashSet<String> = lower_all(f.stopwords).collect();
    let mut signature = stopwords.clone();
    let single = |p: &String| !p.contains(' ');
    signature.extend(
        cues.iter()
            .map(|c| &c.phrase)
            .filter(|p| single(p))
            .cloned(),
    );
    signature.extend(
        markers
            .iter()
            .map(|(p, _)| p)
            .filter(|p| single(p))
            .cloned(),
    );
    signature.extend(roles.iter().map(|(p, _)| p).filter(|p| single(p)).cloned());
    Ok(Language {
        code: f.code,
        signature,
        name: f.name,
        stopwords,
        abbreviations: lower_all(f.abbreviations).collect(),
        drop_line: regexes(file, &f.boilerplate.drop_line)?,
        cut_rest: regexes(file, &f.boilerplate.cut_rest)?,
        strip_prefix: regexes(file, &f.boilerplate.strip_prefix)?,
        markers,
        references,
        roles,
        not_names: lower_all(f.names.not_names).collect(),
        particles: lower_all(f.names.particles).collect(),
        title_words,
        titles: lower_all(f.names.titles).collect(),
        determiners: lower_all(f.determiners).collect(),
        quantifiers: lower_all(f.quantifiers).collect(),
        floating_quantifiers: lower_all(f.floating_quantifiers).collect(),
        perfect_auxiliaries: lower_all(f.perfect_auxiliaries).collect(),
        part_nouns: lower_all(f.part_nouns).collect(),
        instrument_bodies: lower_all(f.instrument_bodies).collect(),
        weapons: lower_all(f.weapons).collect(),
        body_place_prepositions: lower_all(f.body_place_prepositions).collect(),
        addressee_prepositions: lower_all(f.addressee_prepositions).collect(),
        apposition_openers: lower_all(f.apposition_openers).collect(),
        member_nouns: lower_all(f.member_nouns).collect(),
        against_prefixes: lower_all(f.against_prefixes).collect(),
        name_heads: lower_all(f.name_heads).collect(),
        complementizers: lower_all(f.complementizers).collect(),
        inclusion_words: lower_all(f.inclusion_words).collect(),
        agent_suffixes: lower_all(f.agent_suffixes).collect(),
        origin_suffixes: lower_all(f.origin_suffixes).collect(),
        clitics: lower_all(f.clitics).collect(),
        excluded_context: lower_all(f.context.excluded).collect(),
        origin_heads: lower_all(f.context.origin_heads).collect(),
        document_heads: lower_all(f.context.document_heads).collect(),
        event_heads: lower_all(f.context.event_heads).collect(),
        state_qualities: lower_all(f.context.state_qualities).collect(),
        join_verbs: lower_all(f.context.join_verbs).collect(),
        not_cues: lower_all(f.context.not_cues).collect(),
        operation_nouns: lower_all(f.context.operation_nouns).collect(),
        conditionals: lower_all(f.context.conditionals).collect(),
        taking_verbs: lower_all(f.context.taking_verbs).collect(),
        called_off: word_phrases(f.context.called_off),
        responses: word_phrases(f.context.responses),
        class_nouns: lower_all(f.context.class_nouns).collect(),
        frame_breaks: lower_all(f.context.frame_breaks).collect(),
        responsibility_claims: word_phrases(f.context.responsibility_claims),
        charge_verbs: lower_all(f.context.charge_verbs).collect(),
        charge_prepositions: lower_all(f.context.charge_prepositions).collect(),
        money: regexes(file, &f.attributes.money)?,
        quantity: regexes(file, &f.attributes.quantity)?,
        sectors: lower_all(f.attributes.sectors).collect(),
        weekdays: {
            let days: Vec<String> = lower_all(f.attributes.weekdays).collect();
            if !days.is_empty() && days.len() != 7 {
                return Err(Error::data(
                    file,
                    0,
                    "weekdays lists seven day names, Monday first",
                ));
            }
            days
        },
        pro_drop: f.pro_drop,
        home: f.home,
        home_roles: lower_all(f.home_roles).collect(),
        claim_participles: lower_all(f.claim_participles).collect(),
        holding_participles: lower_all(f.holding_participles).collect(),
        downing_verbs: lower_all(f.downing_verbs).collect(),
        combat_verbs: lower_all(f.combat_verbs).collect(),
        mobs: lower_all(f.mobs).collect(),
        clause_openers: lower_all(f.clause_openers).collect(),
        cause_prepositions: lower_all(f.cause_prepositions).collect(),
        attributions: lower_all(f.attributions).collect(),
        vicinity_prepositions: lower_all(f.vicinity_prepositions).collect(),
        boundary_nouns: lower_all(f.boundary_nouns).collect(),
        subject_pronouns: lower_all(f.subject_pronouns).collect(),
        nominative_pronouns: lower_all(f.nominative_pronouns).collect(),
        infinitive_markers: lower_all(f.infinitive_markers).collect(),
        reason_prepositions: lower_all(f.reason_prepositions).collect(),
        aversion_prepositions: lower_all(f.aversion_prepositions).collect(),
        adversary_prepositions: lower_all(f.adversary_prepositions).collect(),
        demonstratives: lower_all(f.demonstratives).collect(),
        circumstance_prepositions: lower_all(f.circumstance_prepositions).collect(),
        involvement_participles: lower_all(f.involvement_participles).collect(),
        origin_prepositions: lower_all(f.origin_prepositions).collect(),
        sequel_prepositions: lower_all(f.sequel_prepositions).collect(),
        venue_words: lower_all(f.venue_words).collect(),
        topic_nouns: lower_all(f.topic_nouns).collect(),
        place_suffixes: lower_all(f.place_suffixes).collect(),
        name_connectors: lower_all(f.name_connectors).collect(),
        articles: lower_all(f.articles).collect(),
        place_nouns: lower_all(f.place_nouns).collect(),
        modified_nouns: lower_all(f.modified_nouns).collect(),
        denials: lower_all(f.denials).collect(),
        prohibitions: lower_all(f.prohibitions).collect(),
        crowd_words: lower_all(f.crowd_words).collect(),
        role_nouns: lower_all(f.role_nouns).collect(),
        hearsay: lower_all(f.hearsay).collect(),
        control_verbs: word_phrases(f.control_verbs),
        adverb_suffixes: lower_all(f.adverb_suffixes).collect(),
        participle_suffixes: lower_all(f.participle_suffixes).collect(),
        gerund_suffixes: lower_all(f.gerund_suffixes).collect(),
        plural_suffixes: lower_all(f.plural_suffixes).collect(),
        irregular_participles: lower_all(f.irregular_participles).collect(),
        genitive_after: match f.genitive.as_str() {
            "after" => true,
            "before" => false,
            other => {
                return Err(Error::data(
                    file,
                    0,
                    format!("genitive = `{other}`: expected `after` or `before`"),
                ))
            }
        },
        cues,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_data_loads() {
        let lex = Lexicon::builtin().unwrap();
        assert!(lex.language("id").is_some() && lex.language("en").is_some());
        assert!(lex.gazetteer.countries.len() > 200);
        let usa = lex
            .gazetteer
            .countries
            .iter()
            .find(|c| c.iso3 == "USA")
            .unwrap();
        for n in [
            "AS",
            "Amerika Serikat",
            "Washington",
            "U.S.",
            "Gedung Putih",
        ] {
            assert!(usa.names.iter().any(|x| x.text == n), "{n}");
        }
        let raisi = lex
            .gazetteer
            .persons
            .iter()
            .find(|p| p.id == "ebrahim-raisi")
            .unwrap();
        assert!(raisi
            .offices
            .iter()
            .any(|o| o.country == "IRN" && o.role == "president" && o.covers(2023)));
        assert_eq!(lex.kinds.len(), 11);
    }

    #[test]
    fn cues_are_expanded_by_morphology() {
        let lex = Lexicon::builtin().unwrap();
        let id = lex.language("id").unwrap();
        let has = |p: &str, k: RelationKind| id.cues.iter().any(|c| c.phrase == p && c.kind == k);
        assert!(has("mengecam", RelationKind::Opposition));
        assert!(has("dikecam", RelationKind::Opposition));
        assert!(has("menandatangani", RelationKind::Agreement));
        assert!(has("mengunjungi", RelationKind::Visit));
    }

    #[test]
    fn a_bad_language_file_names_its_line() {
        let err = parse_language("x.toml", "code = \"xx\"\nname = 3\n")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("x.toml:2:"), "{err}");
    }

    #[test]
    fn home_roles_must_be_person_roles() {
        let lex = Lexicon::builtin().unwrap();
        let id = lex.language("id").unwrap();
        assert_eq!(id.home.as_deref(), Some("IDN"));
        assert!(id.home_roles.contains("agriculture minister"));
        assert!(lex.language("en").unwrap().home.is_none());
        let bad = include_str!("../../data/lang/id.toml").replacen(
            "home_roles = [",
            "home_roles = [\"spokesman\", ",
            1,
        );
        let err = error_on_line(&bad, "home_roles = [");
        assert!(err.contains("`spokesman`"), "{err}");
        // a home no country has names its line too
        let text =
            include_str!("../../data/lang/id.toml").replacen("home = \"IDN\"", "home = \"XYZ\"", 1);
        let lang = parse_language("x.toml", &text).unwrap();
        let err = check_home("x.toml", &text, &lang, &lex.gazetteer)
            .unwrap_err()
            .to_string();
        let line = text.lines().position(|l| l.starts_with("home = ")).unwrap() + 1;
        assert!(err.starts_with(&format!("x.toml:{line}:")), "{err}");
        assert!(err.contains("`XYZ`"), "{err}");
        assert!(check_home("x.toml", &text, id, &lex.gazetteer).is_ok());
    }

    /// The error of parsing a broken language file, checked to name the first line containing
    /// `marker`.
    fn error_on_line(bad: &str, marker: &str) -> String {
        let err = parse_language("x.toml", bad).unwrap_err().to_string();
        let line = bad.lines().position(|l| l.contains(marker)).unwrap() + 1;
        assert!(err.starts_with(&format!("x.toml:{line}:")), "{err}");
        err
    }

    #[test]
    fn framed_cues_inflect_their_verb_and_keep_their_closings() {
        let lex = Lexicon::builtin().unwrap();
        let en = lex.language("en").unwrap();
        let designates = en
            .cues
            .iter()
            .find(|c| c.phrase == "designates" && c.kind == RelationKind::Sanction)
            .unwrap();
        assert_eq!(designates.form, CueForm::Verb);
        assert!(designates.closings.iter().any(|c| c == "terrorist"));
        // a plain cue has none
        assert!(en
            .cues
            .iter()
            .find(|c| c.phrase == "condemned")
            .is_some_and(|c| c.closings.is_empty()));
        let bad = include_str!("../../data/lang/en.toml").replacen(
            "framed = [",
            "framed = [\"designate\", ",
            1,
        );
        let err = error_on_line(&bad, "\"designate\"");
        assert!(err.contains("ROOT * CLOSING"), "{err}");
    }

    #[test]
    fn names_carry_their_language() {
        assert_eq!(Name::parse("AS@id").lang.as_deref(), Some("id"));
        assert_eq!(Name::parse("U.S.").lang, None);
    }
}
