//! Cue frames: for each cue phrase of a sentence, who acts on whom.
//!
//! The subject is the nearest group of actors left of the cue in its clause that no preposition
//! governs and that is not already a verb's object (`X said Y condemned Z`: Y); after a relative
//! pronoun it is the noun right before it, or nobody. The object is the first group right of the cue,
//! before the next verb cue. By form:
//! - verb: subject acts on object (`Iran mengecam AS`);
//! - passive: the agent after `oleh`/`by` acts on the subject (`Iran dikecam oleh AS`); an English
//!   verb after `was`/`were`, or followed by `by`, is passive too;
//! - noun: the possessor (`sanksi AS`, `US sanctions`), else an agent, else the subject acts; the
//!   target follows a target preposition (`terhadap`, `against`, `on`, `ke`); after `sasaran`,
//!   `under`, `dikenai` the subject is the target (`X menjadi sasaran sanksi AS`);
//! - reverse: the object acts on the subject (`menerima kunjungan X`); for an attack, the agent or
//!   origin of what the subject stops (`intercepts a missile fired by the Houthis`).
//!
//! - partnered: a symmetric verb whose object is a topic (`membahas ISIS dengan X`): only partners
//!   named as such (`dengan`, `with`, `antara`) or the subject's own members are parties.
//!
//! Symmetric kinds relate everyone in `antara X dan Y`, or the subject, possessor, partners (`dengan`,
//! `with`) and object pairwise. A negated or conditional cue yields nothing; a planned one is marked.

use super::attributes::SentenceAttributes;
use super::phrases::{CueHit, Phrases, Span};
use super::text::Token;
use super::{agent_suffix, possessive_s, ArticleCtx, Group, Sentence};
use crate::lexicon::{CueForm, Language, Marker};
use crate::model::{Evidence, RelationKind};
use rustc_hash::FxHashSet;

/// How far back (in tokens) negation and plan markers reach.
const SCOPE: usize = 4;
/// How many words the subject of a passive joined by `and` to a passive cue may have (`killed and
/// homes are burned by`).
const MAX_JOINED_SUBJECT: usize = 3;

/// How many words may stand between a meeting cue and the agreement it is about (`hold talks on
/// a new nuclear deal`).
const MAX_TOPIC_GAP: usize = 4;

/// How many words may stand between a crowd word and the attack verb it does (`protestors
/// attempted to storm`).
const MAX_MOB_GAP: usize = 4;

/// How many words may stand between a verb of bringing down and the weapon it stops (`shoot down a
/// suspected Iranian ballistic missile`).
const MAX_DOWNED_WORDS: usize = 6;
/// How far after an attack cue the source it is told by may stand (`killed in Israeli attacks
/// according to the Gaza Health Ministry`).
const MAX_SOURCE_GAP: usize = 4;
/// How many words may stand between a weapon's owner and the weapon, a model's name and number
/// among them (`an Iranian Shahed 139 drone`).
const MAX_MODEL_WORDS: usize = 4;
/// How many tokens an act's owner may take before it (`the United States'`, `Israel's`).
const MAX_OWNER_TOKENS: usize = 5;
/// A symmetric cue with more participants than this is a list, not a meeting.
const MAX_PARTIES: usize = 6;
/// Members of one group pair up only up to this size; a longer list is an enumeration.
const MAX_GROUP_PARTIES: usize = 4;
/// How far after a verb of taking the name after `from` may stand, past the place taken
/// (`regain control of Nushki from Balochistan Liberation Army insurgents`).
const MAX_TAKEN_WORDS: usize = 8;
/// How far after a trade cue the name after `from` may stand, past what is traded (`purchases a
/// shipment of liquefied petroleum gas from Iran`).
const MAX_TRADED_WORDS: usize = 8;

fn is_prep(m: Option<Marker>) -> bool {
    m.is_some_and(Marker::is_preposition)
}

/// Whether the tokens from `at` on spell `words` (lowercase; an empty phrase spells nothing).
fn phrase_at(tokens: &[Token], at: usize, words: &[String]) -> bool {
    !words.is_empty()
        && tokens
            .get(at..at + words.len())
            .is_some_and(|span| span.iter().zip(words).all(|(t, w)| t.lower == *w))
}

/// The evidence a cue (or claim) at token span `cue` of sentence `idx` (`text`) gives, with the
/// sentence's attributes.
fn cue_evidence(
    article: &str,
    (idx, text): (usize, &str),
    tokens: &[Token],
    cue: std::ops::Range<usize>,
    attrs: &SentenceAttributes,
    planned: bool,
) -> Evidence {
    Evidence {
        article: article.to_string(),
        sentence: idx,
        text: text.to_string(),
        cue: text[tokens[cue.start].start..tokens[cue.end - 1].end].to_string(),
        date: attrs.date.clone(),
        planned,
        amount: attrs.amount.clone(),
        quantity: attrs.quantity.clone(),
        sectors: attrs.sectors.clone(),
    }
}

/// True when cue `next` is the complement of cue `head`: one `to`/`akan` between them
/// (`threatened to break off relations`, `mengancam akan memutus hubungan`).
fn is_complement(head: &Span<CueHit>, next: &Span<CueHit>, marks: &[Option<Marker>]) -> bool {
    next.start == head.end + 1 && matches!(marks[head.end], Some(Marker::Target | Marker::Planned))
}

/// Whether `next` is intended by `head`: its complement, or the act right after a head that
/// closes with the marker itself (`pledged to send more tanks`), which does not share the head's
/// object (`offered to mediate between Iran and Saudi Arabia` is no Iran-Saudi cooperation).
fn is_intended(head: &Span<CueHit>, next: &Span<CueHit>, marks: &[Option<Marker>]) -> bool {
    is_complement(head, next, marks)
        || (next.start == head.end
            && head.end > head.start + 1
            && matches!(marks[head.end - 1], Some(Marker::Target | Marker::Planned)))
}

/// True when the word at `t` is the second half of a hyphenated lowercase compound
/// (`long-threatened`, `much-criticized`): an adjective, not a verb.
fn compound_modifier(tokens: &[Token], t: usize) -> bool {
    t >= 2
        && tokens[t - 1].lower == "-"
        && tokens[t - 1].start == tokens[t - 2].end
        && tokens[t].start == tokens[t - 1].end
        && tokens[t - 2].word
        && !tokens[t - 2].capital
}

/// A plain word that may stand between an actor and its noun: unmarked (or a coordinator, when
/// `coordinators` allows), lowercase and alphabetic (`military` in `U.S. military airstrikes`).
fn plain_modifier(token: &Token, mark: Option<Marker>, coordinators: bool) -> bool {
    (mark.is_none() || (coordinators && mark == Some(Marker::Coordinator)))
        && !token.capital
        && token.lower.chars().all(char::is_alphabetic)
}

/// How many determiners and counts may stand before a noun in its phrase (`the first three`,
/// `more than 40`).
const MAX_COUNT_WORDS: usize = 4;

/// How many words may stand between an act's owner and its noun: three plain modifiers and a
/// coordinator of weapons (`a Russian ballistic missile and drone attack`).
const MAX_ACT_MODIFIERS: usize = 4;

/// Whether a coordinator among tokens `range` joins two weapons (`missile and drone`).
fn joins_weapons(
    lang: &Language,
    tokens: &[Token],
    marks: &[Option<Marker>],
    range: std::ops::Range<usize>,
) -> bool {
    let (start, end) = (range.start, range.end);
    range.into_iter().any(|t| {
        marks[t] == Some(Marker::Coordinator)
            && t > start
            && t + 1 < end
            && lang.weapons.contains(tokens[t - 1].lower.as_str())
            && lang.weapons.contains(tokens[t + 1].lower.as_str())
    })
}

/// Whether `group` names the owner of the act `act` names: right before it, or before `'s`, with
/// at most four plain modifiers between (`after Iran's retaliatory strikes`, `Russian artillery
/// and glide bombs`); right after it where possessors follow (`serangan udara AS`).
fn names_act_owner(
    lang: &Language,
    tokens: &[Token],
    marks: &[Option<Marker>],
    group: &Group,
    act: &Span<CueHit>,
) -> bool {
    let gap = if lang.genitive_after {
        act.end..group.start
    } else {
        group.end..act.start
    };
    let possessive = gap.len() >= 2 && possessive_s(tokens, gap.start);
    let modifiers = if possessive {
        gap.start + 2..gap.end
    } else {
        gap
    };
    modifiers.start <= modifiers.end
        && (modifiers.len() < MAX_ACT_MODIFIERS
            || (modifiers.len() == MAX_ACT_MODIFIERS
                && joins_weapons(lang, tokens, marks, modifiers.clone())))
        && modifiers
            .clone()
            .all(|t| plain_modifier(&tokens[t], marks[t], true))
}

/// The first of the determiners and plain modifiers right before token `t`, going back no further
/// than `floor`; with `numbers`, hyphens and digits count too (`its five-year ban`).
fn modifiers_start(
    lang: &Language,
    tokens: &[Token],
    marks: &[Option<Marker>],
    t: usize,
    floor: usize,
    numbers: bool,
) -> usize {
    let mut k = t;
    while k > floor
        && (lang.is_determiner(tokens[k - 1].lower.as_str())
            || plain_modifier(&tokens[k - 1], marks[k - 1], false)
            || (numbers && numeric(&tokens[k - 1])))
    {
        k -= 1;
    }
    k
}

/// Whether the noun at token `t` opens, past its determiners and modifiers (going back no
/// further than `floor`), a phrase of the circumstances of the clause's act (`during a joint
/// mission with Nigerian forces`, `in the course of`): an act of its own, which the clause's verb
/// does not govern.
fn circumstance(
    lang: &Language,
    tokens: &[Token],
    marks: &[Option<Marker>],
    t: usize,
    floor: usize,
) -> bool {
    // (hyphened and counted modifiers too: `during a large-scale drone attack`)
    let k = modifiers_start(lang, tokens, marks, t, floor, true);
    k > floor && super::listed_before(tokens, k, &lang.circumstance_prepositions)
}

/// Whether a token is part of a count or share before a noun: digits, `%` or a hyphen (`50%
/// tariffs`, `five-year ban`).
fn numeric(token: &Token) -> bool {
    matches!(token.lower.as_str(), "-" | "%") || token.lower.chars().all(|c| c.is_ascii_digit())
}

/// Applies every cue of the sentence.
pub(super) fn apply(ctx: &mut ArticleCtx<'_, '_>, sentence: Sentence<'_>, groups: &mut [Group]) {
    let Sentence {
        idx,
        text,
        lower,
        tokens,
        phrases,
        marks,
    } = sentence;
    // sport or entertainment: "Italia akan menjamu Israel" is a fixture (a word of an actor's
    // name aside: `the Arab League`; and not where a weapon is named: `A Russian drone strike
    // hits the Chornomorets Stadium in Odesa`)
    if phrases
        .excluded
        .iter()
        .any(|&(s, e)| !groups.iter().any(|g| g.start <= s && e <= g.end))
        && !tokens
            .iter()
            .any(|t| ctx.lang.weapons.contains(t.lower.as_str()))
    {
        return;
    }
    // attributes are read only when a cue yields a relation (most cues do not)
    let attrs_cell = std::cell::OnceCell::new();
    let lang = ctx.lang;
    let article_date = ctx.article.meta.date.clone();
    let attrs = || {
        attrs_cell.get_or_init(|| {
            super::attributes::attributes(text, lower, lang, article_date.as_deref())
        })
    };
    let after_to = |t: usize| after_to(ctx.lang, tokens, t);
    // whether token `t` is a preposition giving a reason (`accused Israel of`, `blamed for`)
    let reason_at = |t: usize| {
        ctx.lang
            .reason_prepositions
            .contains(tokens[t].lower.as_str())
    };
    let inside_group = |c: &Span<CueHit>| groups.iter().any(|g| g.start < c.end && c.start < g.end);
    let cues: Vec<&Span<CueHit>> = phrases.cues.iter().filter(|c| !inside_group(c)).collect();
    // each cue's voice, read once: later cues ask it of earlier ones
    let voices: Vec<CueForm> = cues.iter().map(|c| voice(ctx, c, tokens, marks)).collect();
    // at each clause break, whether the last group ending before it names persons only (only
    // clause breaks are asked; other tokens stay false)
    let person_before: Vec<bool> = (0..tokens.len())
        .map(|t| {
            marks[t] == Some(Marker::ClauseBreak)
                && groups.iter().rev().find(|g| g.end <= t).is_some_and(|g| {
                    !g.actors.is_empty() && g.actors.iter().all(|a| ctx.is_person(a))
                })
        })
        .collect();
    let describes_noun =
        |c: &Span<CueHit>, form: CueForm| describes_noun(ctx.lang, tokens, marks, c, form);
    // the cues that lie between two tokens
    let cues_between =
        |from: usize, to: usize| cues.iter().filter(move |c| c.start >= from && c.end <= to);
    // the group each cue's reason preposition handed it, if any (read by an act joined to it)
    let mut reason_owners: Vec<Option<usize>> = vec![None; cues.len()];
    for (ci, cue) in cues.iter().enumerate() {
        let Some(CueScope {
            clause_start,
            window_end,
        }) = cue_scope(ctx.lang, tokens, marks, &cues, &voices, &person_before, ci)
        else {
            continue; // denied, negated or conditional
        };
        // a framed cue's closing may be the role word of its object's name (`closes Mexico's
        // embassy`): the object ends with that name
        let window_end = match cue.value.object_end {
            Some(end) if end == window_end => groups
                .iter()
                .find(|g| g.start >= cue.end && g.start < end && g.end > end)
                .map_or(window_end, |g| g.end),
            _ => window_end,
        };
        // an object after a framed cue's closing ends at a comma or an infinitive (`vows a
        // response against the UK to protect Russian interests`)
        let window_end = match cue.value.object_after {
            Some(a) => groups
                .iter()
                .find(|g| g.start >= a)
                .and_then(|first| {
                    (first.end..window_end).find(|&t| {
                        tokens[t].lower == ","
                            || ctx
                                .lang
                                .infinitive_markers
                                .contains(tokens[t].lower.as_str())
                    })
                })
                .unwrap_or(window_end),
            None => window_end,
        };
        // a visit's place comes before an infinitive of purpose (`troops first arrived in 2015
        // to fight against the Islamic State`; `travelled to the United States` is no infinitive)
        let window_end = if cue.value.kind == RelationKind::Visit {
            (cue.end..window_end)
                .find(|&t| {
                    after_to(t + 1)
                        && tokens.get(t + 1).is_some_and(|w| {
                            w.word
                                && !w.capital
                                && !ctx.lang.is_determiner(&w.lower)
                                && marks[t + 1].is_none()
                        })
                })
                .unwrap_or(window_end)
        } else {
            window_end
        };
        let before = |m: Marker, from: usize| {
            (from.max(clause_start)..cue.start).any(|t| marks[t] == Some(m))
        };
        // the complement of another cue (`offered to help`) is intended; a threatened act
        // (`threatened to shell Iraqi towns`) is the threat itself
        // (not an act named as the reason of opposing: `blamed for attacks`, `tuduh atas
        // bentrokan`)
        let head = cues[..ci].last().filter(|prev| {
            is_intended(prev, cue, marks)
                && !(prev.value.kind == RelationKind::Opposition && reason_at(prev.end))
        });
        if head.is_some_and(|h| h.value.kind == RelationKind::Threat) {
            continue;
        }
        let planned = before(Marker::Planned, cue.start.saturating_sub(SCOPE)) || head.is_some();

        let form = voices[ci];
        // an act warned against is not done (`warned Iran against attacking Israel`)
        if cue.start > 0
            && ctx.lang.is_gerund(&tokens[cue.start].lower)
            && ctx
                .lang
                .aversion_prepositions
                .contains(tokens[cue.start - 1].lower.as_str())
        {
            continue;
        }
        // a bare word before a noun it modifies names a thing (`attack helicopters`), unless
        // `to` or a modal makes it a verb (`will supply drones`)
        // (so does a noun, of one word or several: `ceasefire talks`, `an air raid alert`)
        if ((form == CueForm::Either && cue.end - cue.start == 1) || form == CueForm::Noun)
            && !after_to(cue.start)
            && !(cue.start > 0 && marks[cue.start - 1] == Some(Marker::Planned))
            && tokens
                .get(cue.end)
                .is_some_and(|t| ctx.lang.modifies_noun(&tokens[cue.end - 1].lower, &t.lower))
        {
            continue;
        }
        // a noun, or a bare form after a determiner (`condemned the attack on Iran`)
        let opens_noun =
            form == CueForm::Either && ctx.lang.genitive_after && cue.start == clause_start;
        // (a bare form after a sequel preposition is a noun too, past its modifiers: `despite
        // recent attacks on the United Arab Emirates`)
        let after_sequel = word_before(
            ctx,
            tokens,
            modifiers_start(ctx.lang, tokens, marks, cue.start, clause_start, false),
            &ctx.lang.sequel_prepositions,
        );
        // a verb in the past that is no cue (`announced`)
        let past_verb = |v: usize| {
            tokens[v].word
                && !tokens[v].capital
                && matches!(marks[v], None | Some(Marker::Speech))
                && ctx.lang.is_participle(&tokens[v].lower)
                && !cues.iter().any(|c| c.start <= v && v < c.end)
        };
        // (or after such a verb right after a name: its object, `after the US announced talks
        // with Iran`)
        let after_past = {
            let mut k = cue.start;
            // (past counts and percentages too: `announced 50% tariffs on Canadian goods`)
            while k > clause_start
                && (ctx.lang.is_determiner(tokens[k - 1].lower.as_str())
                    || numeric(&tokens[k - 1])
                    || (plain_modifier(&tokens[k - 1], marks[k - 1], false)
                        && !ctx.lang.is_participle(&tokens[k - 1].lower)))
            {
                k -= 1;
            }
            // (a verb right after its subject's name, no modifier: not `reopen designated
            // border trade points`)
            k > 0 && past_verb(k - 1) && groups.iter().any(|g| g.end == k - 1)
        };
        let nominal = form == CueForm::Noun
            || opens_noun
            || (form == CueForm::Either
                && (after_sequel
                    || after_past
                    || (cue.start > 0
                        && ctx.lang.is_determiner(tokens[cue.start - 1].lower.as_str()))));
        // a bare form joined to an active verb cue and its object is a verb too (`recalls its
        // ambassador to Argentina and summons Argentina's ambassador`)
        let form = if form == CueForm::Either
            && cue.start > 0
            && marks[cue.start - 1] == Some(Marker::Coordinator)
            && cues[..ci].iter().zip(&voices[..ci]).any(|(c, &v)| {
                c.start >= clause_start
                    && matches!(c.value.form, CueForm::Verb | CueForm::Either)
                    && v != CueForm::Passive
                    && groups.iter().any(|g| g.start >= c.end && g.end < cue.start)
            }) {
            CueForm::Verb
        } else if opens_noun {
            // where possessors follow their noun, a bare form opening its clause is a noun
            // (`Protes Amerika Serikat terhadap dugaan campur tangan Rusia`), and one right
            // after its subject a verb (`RI protes Mesir`)
            CueForm::Noun
        } else if form == CueForm::Either
            && ctx.lang.genitive_after
            && groups
                .iter()
                .any(|g| g.end == cue.start && g.prep.is_none() && !g.object)
        {
            CueForm::Verb
        } else {
            form
        };
        if describes_noun(cue, form) {
            continue;
        }
        // an agreement named as what talks are about is not reached (`Iran and the United States
        // discuss a nuclear deal`, `hold talks about a ceasefire`): only lowercase words between
        if cue.value.kind == RelationKind::Agreement && nominal {
            let topic = cues[..ci].iter().any(|c| {
                c.value.kind == RelationKind::Meeting
                    && c.end <= cue.start
                    && cue.start - c.end <= MAX_TOPIC_GAP
                    && (c.end..cue.start).all(|t| {
                        tokens[t].word && !tokens[t].capital && !cues.iter().any(|o| o.covers(t))
                    })
            });
            if topic {
                continue;
            }
        }
        // halting a hostile act is no sanction: it cancels that act (`the U.S. halted its recent
        // strikes against the country`; halting cooperation stays one: `suspended intelligence
        // sharing with Ukraine`)
        if cue.value.kind == RelationKind::Sanction
            && marks[cue.start] == Some(Marker::Negation)
            && cues[ci + 1..].iter().any(|c| {
                c.start <= cue.end + 4
                    && matches!(c.value.form, CueForm::Noun | CueForm::Either)
                    && c.value.kind.is_hostile()
            })
        {
            continue;
        }
        let subject = subject(ctx.lang, groups, &cues, cue, clause_start, tokens, marks)
            // in a language that does not drop subjects, a speaker is not the subject of what
            // they report (`UNICEF says 300 children were killed by Israel`)
            // (a noun may be the speaker's own: `Biden said new sanctions against Russia would
            // follow`, `Biden said after talks with Zelenskiy`)
            .filter(|&g| {
                if matches!(form, CueForm::Noun | CueForm::Either) {
                    return true;
                }
                // (an attitude in a participle after a comma is the speaker's own: `the UAE says
                // that two vessels were attacked, accusing Iran of being behind the attacks`)
                if cue.start > 0
                    && tokens[cue.start - 1].lower == ","
                    && ctx.lang.is_gerund(&tokens[cue.start].lower)
                    && matches!(
                        cue.value.kind,
                        RelationKind::Opposition | RelationKind::Support | RelationKind::Threat
                    )
                {
                    return true;
                }
                // (not a verb of saying after an auxiliary: `are confirmed killed by`; nor one
                // that is a cue itself: `declares a Russian diplomat persona non grata and
                // summons`)
                let Some(said) = (groups[g].end..cue.start).rev().find(|&t| {
                    marks[t] == Some(Marker::Speech)
                        && !(t > 0 && marks[t - 1] == Some(Marker::PassiveAux))
                        && !cues.iter().any(|c| c.start <= t && t < c.end)
                }) else {
                    return true;
                };
                // (`claims to have killed`, `reports intercepting`: the speaker acts)
                ctx.lang.pro_drop
                    || tokens
                        .get(said + 1)
                        .is_some_and(|t| ctx.lang.infinitive_markers.contains(t.lower.as_str()))
                    || (said + 1 == cue.start && ctx.lang.is_gerund(&tokens[cue.start].lower))
                    || tokens[said + 1..cue.start]
                        .iter()
                        .any(|t| ctx.lang.subject_pronouns.contains(t.lower.as_str()))
            });
        // a name after a comma and before a verb of saying is the speaker (`..., China said`)
        let speaker = |g: &Group| {
            marks.get(g.end) == Some(&Some(Marker::Speech))
                && g.start > 0
                && tokens[g.start - 1].lower == ","
        };
        // a name before a topic noun names what is talked of, not where one goes or whom one
        // meets (`talks on the Iran war`, `arrives in the Middle East ... during the Iran war`)
        let topic = |g: &Group| {
            // (the noun first where possessors follow: `perang Ukraina`)
            let noun = if ctx.lang.genitive_after {
                g.start.checked_sub(1)
            } else {
                Some(g.end)
            };
            // (the two sides of a conflict may well be the parties of its talks: `his mediation
            // during the India–Pakistan conflict`)
            // (the cheap word test first: this runs for every group and cue)
            noun.and_then(|t| tokens.get(t))
                .is_some_and(|t| ctx.lang.topic_nouns.contains(t.lower.as_str()))
                && (cue.value.kind == RelationKind::Visit
                    || (cue.value.kind == RelationKind::Meeting
                        && ctx.distinct_keys(&g.actors) < 2))
        };
        // a country before an origin suffix names where a weapon was made, not who attacks or
        // is attacked (`downed another Chinese-made FH-95 drone`); other acts on such goods still
        // concern it (`purchase British-made frigates`, `bans all Chinese-made vehicles`)
        let made = |g: &Group| {
            cue.value.kind == RelationKind::Attack
                && super::hyphen_suffix(tokens, g.end, &ctx.lang.origin_suffixes)
        };
        let right: Vec<usize> = (0..groups.len())
            .filter(|&g| {
                groups[g].start >= cue.value.object_after.unwrap_or(cue.end)
                    && groups[g].end <= window_end
                    && !speaker(&groups[g])
                    && !topic(&groups[g])
                    && !made(&groups[g])
            })
            .collect();
        // a group ends right before the cue, or before a possessive `'s` (`Nicaragua's recognition`)
        // (or before plain modifiers of a directed noun: `U.S. military airstrikes`, `Russian
        // missile and drone strikes`)
        let touches = |end: usize| {
            if end > cue.start {
                return (false, false);
            }
            // (`'s` may stand before a hyphenated modifier: `Russia's full-scale invasion`)
            if possessive_s(tokens, end)
                && (4..=6).contains(&(cue.start - end))
                && compound_modifier(tokens, cue.start - 1)
                && (end + 2..cue.start - 3).all(|t| plain_modifier(&tokens[t], marks[t], false))
                && !cues.iter().any(|c| c.start < cue.start && c.end > end)
            {
                return (false, true);
            }
            // (both kinds of gap are at most MAX_ACT_MODIFIERS words long)
            if cue.start - end > MAX_ACT_MODIFIERS {
                return (false, false);
            }
            let gap: Vec<&str> = tokens[end..cue.start]
                .iter()
                .map(|t| t.lower.as_str())
                .collect();
            // (a coordinator right after the group joins a new predicate, not a modifier:
            // `aid to Ukraine and impose new sanctions on Russia`)
            let modifiers = !cue.value.kind.is_symmetric()
                && !cues.iter().any(|c| c.start < cue.start && c.end > end)
                && (end == cue.start || marks[end] != Some(Marker::Coordinator))
                && (end..cue.start).all(|t| plain_modifier(&tokens[t], marks[t], true))
                // (a fourth word only as a coordinator of weapons: `ballistic missile and drone`)
                && (cue.start - end < MAX_ACT_MODIFIERS
                    || joins_weapons(ctx.lang, tokens, marks, end..cue.start));
            let genitive = match gap.as_slice() {
                [] | ["'" | "’", "s"] | ["'" | "’"] => true,
                [_, _] => agent_suffix(tokens, end, ctx.lang),
                // (`'s` and one plain modifier: `condemned Israel's recent strikes on Syria`;
                // a name, not a referring phrase, whose referent is less sure: `over the
                // country's military support`)
                ["'" | "’", "s", _] => {
                    plain_modifier(&tokens[end + 2], marks[end + 2], false)
                        && !phrases.references.iter().any(|r| r.end == end)
                }
                // (and one plain modifier after it: `the U.S.-imposed oil blockade`)
                [_, _, _] => {
                    agent_suffix(tokens, end, ctx.lang)
                        && plain_modifier(&tokens[end + 2], marks[end + 2], false)
                }
                _ => false,
            };
            (modifiers, genitive)
        };
        // (an adverb may stand between: `Ukraine allegedly shoots down`)
        let verb_start = if cue.start > 0 && ctx.lang.is_adverb(&tokens[cue.start - 1].lower) {
            cue.start - 1
        } else {
            cue.start
        };
        // the owner of a noun right before `to` does what the infinitive names (`Trump's efforts
        // to purchase Greenland`, `Russia's decision to expel two diplomats`)
        let owner = after_to(verb_start)
            .then(|| {
                groups.iter().position(|g| {
                    let nouns = g.end + 2..verb_start - 1;
                    g.start >= clause_start
                        && possessive_s(tokens, g.end)
                        && (1..=2).contains(&nouns.len())
                        && nouns
                            .clone()
                            .all(|t| plain_modifier(&tokens[t], marks[t], false))
                        && !cues
                            .iter()
                            .any(|c| c.start < verb_start - 1 && c.end > g.end)
                })
            })
            .flatten();
        // the object of a verb does the act its reason names (`accused Israel of attacking Syria`,
        // `criticised Hungary over its support for Russia`, `mengecam Israel atas serangan ke Gaza`)
        // (where the act's words start, its modifiers included: a reason preposition may stand
        // right before)
        let act_start = modifiers_start(
            ctx.lang,
            tokens,
            marks,
            verb_start,
            verb_start.saturating_sub(3),
            false,
        );
        let reason_owner = {
            let k = act_start;
            (k >= 2 && reason_at(k - 1))
                .then(|| {
                    // (a verb's object, or the target of an act named before it: `sanksi kepada
                    // Rusia atas invasi ke Ukraina`)
                    // (the object may modify the noun before the reason: `sanctions two
                    // Uzbekistan-based cotton plants for supplying`)
                    let noun_tail = |end: usize| {
                        end < k
                            && k - 1 - end <= 5
                            && (end..k - 1).all(|t| {
                                tokens[t].lower == "-"
                                    || (tokens[t].word
                                        && !tokens[t].capital
                                        && marks[t].is_none()
                                        && !cues.iter().any(|c| c.covers(t)))
                            })
                    };
                    groups.iter().position(|g| {
                        (g.end == k - 1 || (g.object && g.prep.is_none() && noun_tail(g.end)))
                            && g.start >= clause_start
                            && (g.object && g.prep.is_none()
                                || g.prep == Some(Marker::Target)
                                    && cues[..ci]
                                        .iter()
                                        .any(|c| c.start >= clause_start && c.end <= g.start))
                    })
                })
                .flatten()
                // (or the subject of a passive verb of opposing right before the reason: `Russia was
                // blamed for attacks on Ukraine`)
                .or_else(|| {
                    let pi = ci.checked_sub(1)?;
                    let prev = cues[pi];
                    (k >= 2
                        && prev.end == k - 1
                        && prev.value.kind == RelationKind::Opposition
                        && voices[pi] == CueForm::Passive
                        && reason_at(k - 1))
                    .then(|| {
                        groups.iter().rposition(|g| {
                            g.start >= clause_start
                                && g.end <= prev.start
                                && prev.start - g.end <= 3
                                && g.prep.is_none()
                        })
                    })
                    .flatten()
                })
                // (an act joined by `and` to one after the reason shares its actor: `accuses Thailand
                // of shooting and killing a Cambodian villager`)
                .or_else(|| {
                    let prev = ci.checked_sub(1)?;
                    (cues[prev].end + 1 == cue.start
                        && marks[cues[prev].end] == Some(Marker::Coordinator))
                    .then_some(reason_owners[prev])
                    .flatten()
                })
                // (an act named as someone's role in it is theirs: `lawsuits against the UAE in
                // international courts for its role in supporting war crimes`)
                .or_else(|| {
                    let role = verb_start.checked_sub(3)?;
                    (marks[verb_start - 1] == Some(Marker::Location)
                        && ctx
                            .lang
                            .role_nouns
                            .contains(tokens[role + 1].lower.as_str())
                        && ctx
                            .lang
                            .subject_pronouns
                            .contains(tokens[role].lower.as_str()))
                    .then(|| {
                        groups
                            .iter()
                            .rposition(|g| g.start >= clause_start && g.end <= role)
                    })
                    .flatten()
                })
        };
        reason_owners[ci] = reason_owner;
        // an act a verb of opposing blames on someone unnamed is no one's here (`whom it accuses
        // of cooperating with Iranian authorities`, `accused him of attacking Somalia`)
        // (a mutual act keeps its parties: `both sides accuse the other of instigating the
        // clashes`)
        let blamed_on_unnamed = reason_owner.is_none() && !cue.value.mutual && {
            let k = act_start;
            k >= 2
                && reason_at(k - 1)
                && cues[..ci]
                    .iter()
                    .zip(&voices[..ci])
                    .next_back()
                    .is_some_and(|(p, &v)| {
                        p.value.kind == RelationKind::Opposition
                            && v != CueForm::Passive
                            && p.end < k
                            && k - 1 - p.end <= 3
                            && !groups.iter().any(|g| g.start >= p.end && g.end < k)
                    })
        };
        if blamed_on_unnamed {
            continue;
        }
        // a preposition that doubles as a conjunction opens a clause with its own subject (`after
        // Israel accused Hamas`, `since Russia invaded Ukraine`)
        // (so does the object of a verb of accusing or urging right before another verb:
        // `menuduh Iran memasok senjata kepada Houthi`)
        let accused = |g: &Group| {
            let k = ctx.before_determiners(g.start, tokens);
            g.object
                && g.prep.is_none()
                && cues[..ci].iter().any(|c| {
                    c.end == k
                        && c.value.kind == RelationKind::Opposition
                        && c.value.form != CueForm::Noun
                })
        };
        let clause_subject = matches!(form, CueForm::Verb | CueForm::Either)
            .then(|| {
                groups.iter().position(|g| {
                    // (a perfect auxiliary may stand between: `a delegation from Iran has
                    // arrived in Iraq`)
                    let perfect = g.end + 1 == verb_start
                        && ctx
                            .lang
                            .perfect_auxiliaries
                            .contains(tokens[g.end].lower.as_str());
                    // (so does a partner's preposition after a comma: `berlawanan dalam
                    // konflik Suriah, dengan Rusia mendukung rezim Assad`)
                    let absolute = g.prep == Some(Marker::Partner) && {
                        let k = ctx.before_determiners(g.start, tokens);
                        k >= 2 && tokens[k - 2].lower == ","
                    };
                    (g.end == verb_start || perfect)
                        && g.start >= clause_start
                        && (g.prep == Some(Marker::OtherPreposition) || accused(g) || absolute)
                })
            })
            .flatten()
            // (and of a noun act a verb of that clause governs: `fall after the US announced
            // talks with Iran`)
            .or_else(|| {
                nominal
                    .then(|| {
                        groups.iter().position(|g| {
                            let v = g.end;
                            g.start >= clause_start
                                && g.prep == Some(Marker::OtherPreposition)
                                && v < cue.start
                                && past_verb(v)
                                && modifiers_start(ctx.lang, tokens, marks, cue.start, v + 1, true)
                                    == v + 1
                        })
                    })
                    .flatten()
            });
        // a name right before an infinitive does what it names, as something asked or planned
        // (`invited Modi to visit Russia`, `called on Israel to stop attacks on Lebanon`, `Russia
        // to expel diplomats`), in place of the clause subject (not a destination: `travelled to
        // Russia to meet Putin`)
        let asked = (matches!(form, CueForm::Verb | CueForm::Either) && after_to(verb_start))
            .then(|| {
                groups.iter().position(|g| {
                    g.end + 1 == verb_start && g.start >= clause_start && g.prep.is_none()
                })
            })
            .flatten();
        // (after a verb of asking, urging or helping: `summons the ambassador of Iraq to
        // protest` is the summoner's purpose)
        let control_verb = |g: usize| {
            let k = ctx.before_determiners(groups[g].start, tokens);
            ctx.lang
                .control_verbs
                .iter()
                .any(|v| k >= v.len() && phrase_at(tokens, k - v.len(), v))
        };
        // (an infinitive of purpose after the one a controlled name does is that name's too:
        // `allows the United States to use British bases to strike Iranian targets`)
        let chained = || {
            (matches!(form, CueForm::Verb | CueForm::Either) && after_to(verb_start))
                .then(|| {
                    groups.iter().position(|g| {
                        g.prep.is_none()
                            && g.start >= clause_start
                            && g.end + 2 < verb_start
                            && verb_start - g.end <= MAX_CHAIN_WORDS
                            && after_to(g.end + 1)
                            && (g.end + 1..verb_start - 1).all(|t| {
                                tokens[t].word && !matches!(marks[t], Some(Marker::Coordinator))
                            })
                    })
                })
                .flatten()
        };
        let controller = asked.or_else(chained).filter(|&g| control_verb(g));
        // an act a verb of judging charges its object with is that object's (`after convicting
        // him of threatening public officials`): with no name there, no one named does it
        let judged = (cue.start >= 2
            && ctx.lang.is_gerund(&tokens[cue.start].lower)
            && word_before(ctx, tokens, cue.start, &ctx.lang.charge_prepositions))
        .then(|| {
            (cue.start.saturating_sub(6).max(clause_start)..cue.start - 1)
                .rev()
                .find(|&v| ctx.lang.charge_verbs.contains(tokens[v].lower.as_str()))
                .filter(|&v| cues_between(v + 1, cue.start).next().is_none())
                .map(|v| {
                    groups
                        .iter()
                        .position(|g| g.start > v && g.end < cue.start && !is_prep(g.prep))
                })
        })
        .flatten();
        if judged == Some(None) {
            continue;
        }
        // (or a name opening the clause: `Russia to expel two diplomats`)
        let planned = planned
            || controller.is_some()
            || asked
                .is_some_and(|g| ctx.before_determiners(groups[g].start, tokens) == clause_start);
        let subject = judged
            .flatten()
            .or(controller)
            .or(reason_owner)
            .or(owner)
            .or(clause_subject)
            .or(subject);
        // (nor is a judge the doer of an act it judges later in its clause: `The International
        // Criminal Court convicts ... and sentences them ... for their roles in various massacres`);
        // a joint act is the judge's own way of acting (`Police in Dubai arrest 276 individuals ...
        // in a joint operation with the U.S. Federal Bureau of Investigation`)
        let judge = judged.is_none()
            && !cue.value.kind.is_symmetric()
            && subject.is_some_and(|s| {
                groups[s].end < cue.start
                    && groups[s].end >= clause_start
                    && ctx
                        .lang
                        .charge_verbs
                        .contains(tokens[groups[s].end].lower.as_str())
            });
        if judge {
            continue;
        }
        // or a prepositional phrase after the subject (`Israeli soldiers in the West Bank shoot
        // ...`), when the cue can be a verb
        let pp_subject = (form == CueForm::Either)
            .then(|| {
                let pp = groups
                    .iter()
                    .find(|g| g.end == verb_start && is_prep(g.prep))?;
                groups.iter().position(|g| {
                    !is_prep(g.prep) && !g.object && g.end < pp.start && pp.start - g.end <= 3
                })
            })
            .flatten();
        // or a subject before a phrase set off by commas that opens with a common word (`the
        // French military, with assistance from a U.K. warship, seizes a Russian tanker`; a list
        // of names is no such phrase)
        let parenthesis_subject =
            (form == CueForm::Either && verb_start > 1 && tokens[verb_start - 1].lower == ",")
                .then(|| {
                    let open = (clause_start..verb_start - 1)
                        .rev()
                        .find(|&t| tokens[t].lower == ",")?;
                    (open + 1 < verb_start - 1 && !tokens[open + 1].capital)
                        .then(|| {
                            groups.iter().position(|g| {
                                g.end == open
                                    && g.start >= clause_start
                                    && !is_prep(g.prep)
                                    && !g.object
                            })
                        })
                        .flatten()
                })
                .flatten();
        let adjacent_before = groups
            .iter()
            .position(|g| g.end == verb_start && !is_prep(g.prep) && !g.object)
            .or(pp_subject)
            .or(parenthesis_subject);
        // a crowd with no actor named opposes from the country it gathers in (`thousands of
        // demonstrators attend rallies in Copenhagen, Denmark, to protest the takeover by
        // U.S. president Donald Trump`)
        let crowd_place = (cue.value.kind == RelationKind::Opposition
            && subject.is_none()
            && (clause_start..cue.start)
                .any(|t| ctx.lang.crowd_words.contains(tokens[t].lower.as_str())))
        .then(|| {
            groups.iter().position(|g| {
                g.prep == Some(Marker::Location)
                    && g.start >= clause_start
                    && g.end <= cue.start
                    && !g.actors.is_empty()
                    && g.actors.iter().all(|a| ctx.is_country(a))
            })
        })
        .flatten();
        let adjacent_after = right
            .first()
            .copied()
            .filter(|&g| groups[g].start == cue.end && groups[g].prep.is_none());
        let possessor = if form == CueForm::Partnered {
            None // `membahas ISIS`: a topic
        } else if ctx.lang.genitive_after {
            // right after the noun, or after one or two plain modifiers (`impor kopi Indonesia`,
            // `sanksi ekonomi AS`)
            adjacent_after.or_else(|| {
                right.first().copied().filter(|&g| {
                    let gap = cue.end..groups[g].start;
                    groups[g].prep.is_none()
                        && gap.len() <= 2
                        && gap
                            .clone()
                            .all(|t| plain_modifier(&tokens[t], marks[t], false))
                })
            })
        } else {
            // a modifier right before its noun, even inside a prepositional phrase (`killed in a
            // Russian drone strike`): the preposition governs the whole phrase. Not for symmetric
            // kinds, where it would become the subject's partner (`agreed to US mediation`). With
            // `'s` even a verb's object (`condemned Nicaragua's recognition of`).
            // (not the phrase between a verb and its subject: `in the West Bank shoot`)
            groups.iter().position(|g| {
                if pp_subject.is_some() && is_prep(g.prep) && g.end == verb_start {
                    return false;
                }
                // (nor a party after `between`, which belongs to the noun before it: `Clashes
                // between FARC dissidents kill at least 48 people`)
                if g.prep == Some(Marker::Between) {
                    return false;
                }
                let (modifiers, genitive) = touches(g.end);
                // a verb's object may own a noun only through `'s`, or as a determined modifier
                // right before it (`condemning the Iranian attacks targeting GCC countries`)
                let determined = g.end == cue.start
                    && g.start > 0
                    && ctx.lang.is_determiner(tokens[g.start - 1].lower.as_str());
                (genitive && (!g.object || g.end < cue.start)
                    || modifiers && (!g.object || determined))
                    && (!is_prep(g.prep) || !cue.value.kind.is_symmetric())
            })
        };
        // a court owns no case it hears (`the International Court of Justice's genocide case
        // against Israel`)
        let venue = |g: usize| {
            groups[g].actors.iter().all(|a| {
                ctx.actors.get(a).is_some_and(|actor| {
                    std::iter::once(&actor.name)
                        .chain(&actor.aliases)
                        .flat_map(|n| n.split_whitespace())
                        .any(|w| ctx.lang.venue_words.contains(w.to_lowercase().as_str()))
                })
            })
        };
        let hears = |g: usize| cue.value.kind == RelationKind::Opposition && nominal && venue(g);
        // (where possessors follow their noun, a state's people right after an act of sanction
        // are what it is done to, not who does it: `pengusiran diplomat Rusia`, `sanksi berupa
        // pengusiran duta besar Belanda`)
        let owned_people = |g: usize| {
            ctx.lang.genitive_after
                && cue.value.kind == RelationKind::Sanction
                && nominal
                && phrases
                    .roles
                    .iter()
                    .any(|r| r.start == groups[g].start && r.value.person)
        };
        let patient = possessor.filter(|&g| owned_people(g));
        let possessor = possessor.filter(|&g| !hears(g) && !owned_people(g));
        let subject = subject.filter(|&g| !hears(g));
        if let Some(p) = possessor.filter(|_| ctx.lang.genitive_after && form == CueForm::Noun) {
            // `bantuan militer AS untuk Israel ... dan kesepakatan nuklir Iran`: a possessor after
            // its noun is not the subject of a later cue (in English the modifier before a noun
            // may well be: `American aid groups donated`)
            groups[p].object = true;
        }
        // (a noun's agent belongs to the nearest cue before it, and no direct object stands
        // between: `conducts a strike and sinks a Venezuelan boat used by Tren de Aragua`; a
        // passive verb's may stand past the act that names it: `killed in an attack by Russian
        // forces`)
        let agent = right.iter().copied().find(|&g| {
            let own = || {
                cues_between(cue.end, groups[g].start).next().is_none()
                    && !right.iter().any(|&h| h < g && groups[h].prep.is_none())
            };
            // (a name with an agent suffix only modifies the agent after it: `by the
            // Al-Qaeda-linked JNIM`)
            let modifier = || {
                agent_suffix(tokens, groups[g].end, ctx.lang)
                    && right.iter().any(|&h| {
                        h > g
                            && groups[h].prep == Some(Marker::Agent)
                            && groups[h].start <= groups[g].end + 4
                    })
            };
            // (nor one whose `by` follows another passive verb, which it belongs to: `have been
            // killed after being recruited by Russia`; a participle after a noun keeps it: `an
            // attack perpetrated by the RSF`, as does one of owning up to the act: `attacks ...
            // that are claimed by JNIM`)
            // (nor one whose `by` follows a participle of holding after another noun: `a raid
            // on a building owned by Israeli weapons manufacturer Elbit Systems`)
            // (a passive joined to this one by `and`, with a plain subject of its own, shares
            // its agent: `Forty people are killed and homes are burned by Allied Democratic
            // Forces militants`)
            let joined_passive = |aux: usize| {
                form == CueForm::Passive
                    && marks.get(cue.end) == Some(&Some(Marker::Coordinator))
                    && aux > cue.end + 1
                    && aux - (cue.end + 1) <= MAX_JOINED_SUBJECT
                    && (cue.end + 1..aux)
                        .all(|t| tokens[t].word && !tokens[t].capital && marks[t].is_none())
            };
            let other_participle = || {
                let by = ctx.before_determiners(groups[g].start, tokens);
                by >= 3 && by - 1 > cue.end && {
                    let w = tokens[by - 2].lower.as_str();
                    (ctx.lang.is_participle(w)
                        && marks[by - 3] == Some(Marker::PassiveAux)
                        && !ctx.lang.claim_participles.contains(w)
                        && !joined_passive(by - 3))
                        || (by - 2 > cue.end && ctx.lang.holding_participles.contains(w))
                }
            };
            groups[g].prep == Some(Marker::Agent)
                && (form == CueForm::Passive || own())
                && !modifier()
                && !other_participle()
        });
        // an act of force promised on a condition is a threat, made now (`will strike Iran if it
        // does not reopen the strait`)
        let conditional = planned
            && matches!(
                cue.value.kind,
                RelationKind::Attack | RelationKind::Sanction
            )
            && condition_word(ctx, tokens, cue.end..window_end).is_some();
        let (kind, planned) = if conditional {
            (RelationKind::Threat, false)
        } else {
            (cue.value.kind, planned)
        };
        // a verb cue of a kind `of_kind` accepts between the subject and this cue: the verb whose
        // object this noun is (`Russia condemned the invasion of Lebanon`)
        // (not one that a verb of saying separates from this cue, which opens what is said:
        // `after threatening to strike, claiming that talks are in progress with Iran`)
        let verb_after_subject = |of_kind: &dyn Fn(RelationKind) -> bool| {
            subject.is_some_and(|sg| {
                cues[..ci].iter().any(|c| {
                    c.start >= groups[sg].end
                        && of_kind(c.value.kind)
                        && c.value.form != CueForm::Noun
                        && !(c.end..cue.start).any(|t| {
                            // (`states` in `the United States` is a name)
                            marks[t] == Some(Marker::Speech)
                                && !groups.iter().any(|g| g.start <= t && t < g.end)
                        })
                        // (nor one a verb phrase joined by `and` parts from it: `have agreed to
                        // halt strikes ... and will hold a Qatar-mediated meeting`)
                        && !(c.end..cue.start).any(|t| {
                            marks[t] == Some(Marker::Coordinator)
                                && (marks.get(t + 1) == Some(&Some(Marker::Planned))
                                    || cues.iter().any(|v| {
                                        v.start == t + 1 && v.value.form != CueForm::Noun
                                    }))
                        })
                })
            })
        };
        // (the subject's place is the target when an agent after the cue acts there: `Iran
        // confirms the death of its leader in an attack in Tehran by Israel`)
        // (a group based in a state is at home there too: `a Hezbollah drone attack in southern
        // Lebanon`)
        // (only for the act's named owner: `a Hezbollah drone attack`)
        let own_place = |g: usize| {
            let place = ctx.keys(&groups[g].actors);
            possessor
                .or(subject.filter(|_| agent.is_none()))
                .is_some_and(|a| place == ctx.keys(&groups[a].actors))
                || possessor.is_some_and(|a| {
                    groups[a]
                        .actors
                        .iter()
                        .all(|x| ctx.home(x).is_some_and(|h| place == [h]))
                })
        };
        // a state's quality the attitude is to, named before the `of` of its owner, with no
        // name between (`supports the territorial integrity of Lebanon`)
        let state_quality = |g: usize| {
            let k = ctx.before_determiners(groups[g].start, tokens);
            k >= 2
                && marks[k - 1] == Some(Marker::Patient)
                && ctx
                    .lang
                    .state_qualities
                    .contains(tokens[k - 2].lower.as_str())
                && !groups.iter().any(|h| h.start >= cue.end && h.end <= k)
        };
        // (a target right after another cue of this kind is that cue's: `plotting terror attacks
        // across Europe ... in retaliation of the 2020 strike against former Quds Force
        // commander Qasem Soleimani`)
        // (nor one right after an act named after `after`, which came before and is aimed on
        // its own: `AS menjatuhkan sanksi setelah invasi ke Ukraina`)
        // (past the act's owner before it: `amidst the Iranian strikes on Israel`)
        let act_start = |c: &Span<CueHit>| {
            groups
                .iter()
                .find(|h| h.end == c.start && h.start > cue.end)
                .map_or(c.start, |h| h.start)
        };
        let past_own_kind = |g: usize| {
            cues_between(cue.end, groups[g].start).any(|c| {
                groups[g].start - c.end <= 3
                    && ((c.value.kind == kind && marks[c.end].is_some_and(Marker::is_preposition))
                        || word_before(ctx, tokens, act_start(c), &ctx.lang.sequel_prepositions))
            })
        };
        // (a friendly act's target is not whom it is aimed against: `provide logistical support
        // against Boko Haram`)
        let adversary = |g: usize| {
            !kind.is_hostile()
                && word_before(
                    ctx,
                    tokens,
                    groups[g].start,
                    &ctx.lang.adversary_prepositions,
                )
        };
        // (an attitude to a war or crisis is not to the place it is in: `opposing the war in
        // Ukraine`)
        let topic_place = |g: usize| {
            matches!(kind, RelationKind::Support | RelationKind::Opposition) && {
                let k = ctx.before_determiners(groups[g].start, tokens);
                k >= 2
                    && marks[k - 1] == Some(Marker::Location)
                    && ctx.lang.topic_nouns.contains(tokens[k - 2].lower.as_str())
            }
        };
        let marked_target = right
            .iter()
            .copied()
            .filter(|&g| !past_own_kind(g) && !adversary(g) && !topic_place(g))
            .find(|&g| {
                groups[g].prep == Some(Marker::Target)
                || groups[g].counted_target
                || patient == Some(g)
                // (an attitude or sanction to a thing is to its owner, with no other act between:
                // `kecaman terhadap kebijakan Israel`; not `Serangan Fiji mulai menebarkan
                // ancaman bagi pertahanan Indonesia`)
                || (groups[g].owned_target
                    && matches!(
                        kind,
                        RelationKind::Opposition | RelationKind::Support | RelationKind::Sanction
                    )
                    && cues_between(cue.end, groups[g].start).next().is_none())
                // refusing dealings with someone opposes them (`rejects negotiations with the
                // U.S.`); ties are set up or cut with someone (`establishes diplomatic relations
                // with Syria`, `suspends diplomatic relations with Paraguay`)
                || (matches!(
                    kind,
                    RelationKind::Opposition | RelationKind::Support | RelationKind::Sanction
                ) && groups[g].prep == Some(Marker::Partner))
                // (not a place of the actor's own country: `the Malian army conducts airstrikes
                // in the Kayes Region against JNIM`)
                || (matches!(kind, RelationKind::Visit | RelationKind::Attack)
                    && groups[g].prep == Some(Marker::Location)
                    && !own_place(g))
                || (kind != RelationKind::Visit
                    && groups[g].prep == Some(Marker::Patient)
                    && groups[g].start <= cue.end + 3)
                // (a visit cue closing in its own preposition goes where that names: `a trip
                // through Saudi Arabia, Qatar, and Turkey`)
                || (kind == RelationKind::Visit
                    && is_prep(marks[cue.end - 1])
                    && ctx.before_determiners(groups[g].start, tokens) == cue.end)
                || (matches!(kind, RelationKind::Support | RelationKind::Opposition)
                    && groups[g].prep == Some(Marker::Patient)
                    && groups[g].start <= cue.end + 6
                    && state_quality(g))
            });
        let under = (cue.start.saturating_sub(3).max(clause_start)..cue.start)
            .any(|t| marks[t] == Some(Marker::Under));

        let article_id = ctx.article.meta.id.clone();
        let evidence = || {
            let span = cue.start..cue.end;
            cue_evidence(&article_id, (idx, text), tokens, span, attrs(), planned)
        };

        // aid that arrives somewhere is given there by the state it comes from, no visit (`Five
        // aid convoys from the United Arab Emirates carrying 938 tonnes of humanitarian aid
        // arrive in Gaza`)
        if kind == RelationKind::Visit && form != CueForm::Noun {
            let aid = cues[..ci]
                .iter()
                .find(|c| c.value.kind == RelationKind::Aid && c.start >= clause_start);
            let origin = aid.and_then(|a| {
                groups.iter().position(|g| {
                    g.start > a.end
                        && g.end <= cue.start
                        && g.start <= a.end + 3
                        && word_before(ctx, tokens, g.start, &ctx.lang.origin_prepositions)
                })
            });
            let place = right
                .iter()
                .copied()
                .find(|&g| matches!(groups[g].prep, Some(Marker::Target | Marker::Location)));
            if let (Some(o), Some(p)) = (origin, place) {
                let giver = groups[o].actors.clone();
                let given = groups[p].actors.clone();
                for a in &giver {
                    for b in &given {
                        ctx.relate(a, b, RelationKind::Aid, evidence());
                    }
                }
                continue;
            }
        }

        // `between X and Y` names both sides of a joint or mutual act only when it names two
        // (`between Israel and the Western Hemisphere` leaves the sides to the subject)
        let between = (kind.is_symmetric() || cue.value.mutual)
            .then(|| {
                // (in the cue's own phrase: `discuss relations amid tensions between Cuba and the
                // U.S.` names no talks between them)
                // (nor past another cue of its kind, whose parties they are: `hold a phone call
                // to review the status of talks between Iran and the United States`)
                // (a body's `from` is the body's: `talks between officials from Iran and`)
                right.iter().copied().find(|&g| {
                    let from = ctx
                        .before_determiners(groups[g].start, tokens)
                        .checked_sub(1);
                    groups[g].prep == Some(Marker::Between)
                        && ctx.distinct_keys(&groups[g].actors) >= 2
                        && !(cue.end..groups[g].start).any(|t| {
                            marks[t] == Some(Marker::OtherPreposition)
                                && !(Some(t) == from
                                    && ctx
                                        .lang
                                        .origin_prepositions
                                        .contains(tokens[t].lower.as_str()))
                        })
                        && !cues_between(cue.end, groups[g].start).any(|c| c.value.kind == kind)
                })
            })
            .flatten();

        // the parties a framed noun act names inside its frame do it together (`a joint
        // U.S.–Venezuela operation`)
        if kind.is_symmetric() && form == CueForm::Noun {
            if let Some(end) = cue.value.object_end {
                let inside = actors_of(
                    groups,
                    (0..groups.len())
                        .filter(|&g| groups[g].start >= cue.end && groups[g].end <= end),
                );
                if ctx.distinct_keys(&inside) >= 2 {
                    relate_each_other(ctx, inside, kind, &evidence);
                    continue;
                }
            }
        }
        if kind.is_symmetric() {
            // Two sides: the subject (with a possessor) and its partners (`dengan`, `with`, an agent
            // of a verb, or the object when the subject is one country). Pairs join the sides; with
            // no partner the subject's own members pair up (`Iran dan Venezuela sepakat`). `antara X
            // dan Y` names everyone at once.
            let collect = |gs: &[usize]| actors_of(groups, gs.iter().copied());
            let (side_a, side_b): (Vec<String>, Vec<String>) = match between {
                Some(b) => (collect(&[b]), Vec::new()),
                None => {
                    // a joint act named by a noun that a hostile verb governs is not the
                    // subject's own (`Israel is opposed to ... negotiations with Syria`, `Russia
                    // threatened to stop negotiations`, `accused the US of ... the negotiations`)
                    // (unless the noun opens an adjunct of its own: `killed several members of
                    // ISIS during a joint mission with Nigerian forces`)
                    let governed_by_other = nominal
                        && !circumstance(ctx.lang, tokens, marks, cue.start, 0)
                        && verb_after_subject(&|k| k.is_hostile());
                    // nor one a noun before `of` governs, whose modifiers own that noun
                    // (`Israeli and American violations of the ceasefire`)
                    let owns_head = |g: usize| {
                        let k = ctx.before_determiners(cue.start, tokens);
                        nominal
                            && k >= 2
                            && marks[k - 1] == Some(Marker::Patient)
                            && groups[g].end == k - 2
                            && tokens[k - 2].word
                            && !tokens[k - 2].capital
                            && marks[k - 2].is_none()
                            && !cues.iter().any(|c| c.start <= k - 2 && k - 2 < c.end)
                    };
                    let subject = subject.filter(|&g| !governed_by_other && !owns_head(g));
                    // (a name with an agent suffix leads or mediates the joint act, no party to
                    // it: `United Kingdom and United States-mediated talks ... between president
                    // Hassan Sheikh Mohamud and the opposition`)
                    // (a possessor naming the parties itself leaves the subject out: `Jokowi
                    // menekankan hal penting dalam kemitraan ASEAN - PBB`)
                    let subject = subject.filter(|_| {
                        possessor.is_none_or(|p| ctx.distinct_keys(&groups[p].actors) < 2)
                    });
                    // (a name with an agent suffix right before the act modifies it: the
                    // subject is named before it, `Iran and the United States will hold a
                    // Qatar-mediated meeting`)
                    let subject = subject.and_then(|g| {
                        let modifier = super::agent_suffix(tokens, groups[g].end, ctx.lang)
                            && groups[g].start > clause_start
                            && cue.start > groups[g].end
                            && cue.start - groups[g].end <= 3;
                        if !modifier {
                            return Some(g);
                        }
                        groups[..g]
                            .iter()
                            .rposition(|h| h.start >= clause_start && h.prep.is_none())
                    });
                    let a: Vec<usize> = subject
                        .iter()
                        .chain(possessor.iter())
                        .copied()
                        .filter(|&g| !super::agent_suffix(tokens, groups[g].end, ctx.lang))
                        .collect();
                    let side_a = collect(&a);
                    // the cues between this one and a token
                    let cues_before = |to: usize| cues_between(cue.end, to);
                    let mut b: Vec<usize> = right
                        .iter()
                        .copied()
                        .filter(|&g| {
                            // (an agent belongs to the nearest cue before it: `agree to negotiate
                            // a ceasefire following mediation efforts by Rubio`)
                            let own_agent = || cues_before(groups[g].start).next().is_none();
                            // (trade one party does in a country is done with it: `invests one
                            // billion dollars in Russia`, `berinvestasi ... di Rusia`; parties
                            // named together trade with each other there: `Jokowi dan Anwar
                            // sepakat memperkuat kerja sama perdagangan ... di Malaysia`)
                            // (a partner a later cue takes in its phrase is that cue's:
                            // `have agreed to dial back on fighting after holding a call with
                            // Netanyahu`)
                            // (nor one a participle takes: `people allegedly linked with
                            // ISIL`)
                            (groups[g].prep == Some(Marker::Partner)
                                && !cues_before(groups[g].start).any(|c| c.end == groups[g].start)
                                && !word_before(
                                    ctx,
                                    tokens,
                                    groups[g].start - 1,
                                    &ctx.lang.agent_suffixes,
                                ))
                                || (groups[g].prep == Some(Marker::Agent)
                                    && form != CueForm::Noun
                                    && own_agent())
                                || (kind == RelationKind::Trade
                                    && groups[g].prep == Some(Marker::Location)
                                    && ctx.distinct_keys(&side_a) <= 1
                                    && own_agent())
                        })
                        .collect();
                    let single_subject = ctx.distinct_keys(&side_a) <= 1;
                    // (past a possessor after its noun, to a phrase right after it: `Ekspor
                    // Indonesia ke Thailand naik`)
                    // (nor a sender before an addressee: `menyerahkan pesan tertulis dari Perdana
                    // Menteri Shehbaz Sharif kepada Abbas Araghchi`; what is traded comes from a
                    // partner, and so does a counterpart: `disambut oleh rekannya dari Venezuela`)
                    let sender = |g: usize| {
                        kind != RelationKind::Trade
                            && right
                                .iter()
                                .any(|&h| h > g && groups[h].prep == Some(Marker::Target))
                            && word_before(
                                ctx,
                                tokens,
                                groups[g].start,
                                &ctx.lang.origin_prepositions,
                            )
                    };
                    let first_object =
                        right
                            .iter()
                            .filter(|&&g| !sender(g))
                            .find(|&&g| match possessor {
                                Some(p) if g == p => false,
                                Some(p) if right.first() == Some(&p) => {
                                    ctx.before_determiners(groups[g].start, tokens)
                                        == groups[p].end + 1
                                }
                                _ => true,
                            });
                    if let Some(&first) = first_object.filter(|_| form != CueForm::Partnered) {
                        let object_like = matches!(
                            groups[first].prep,
                            None | Some(Marker::Target) | Some(Marker::OtherPreposition)
                        );
                        // the object of a joint act stands near it (`met Sunday and decided
                        // ... Hamas` is no meeting with Hamas)
                        // (and no verb joined by `and` stands between: `military exercises and
                        // warns the United States`)
                        let joined_verb = cues_before(groups[first].start).any(|c| {
                            c.value.form != CueForm::Noun
                                && c.start > cue.end
                                && marks[c.start - 1] == Some(Marker::Coordinator)
                        });
                        // (nor is a name its own verb follows: `agreed to talks a day after
                        // Israel and the US launched strikes`)
                        let own_verb = phrases.cue_at(groups[first].end, false);
                        // (what is traded may stand between: `purchases a shipment of
                        // liquefied petroleum gas from Iran`)
                        let traded_from = kind == RelationKind::Trade
                            && groups[first].start <= cue.end + MAX_TRADED_WORDS
                            && word_before(
                                ctx,
                                tokens,
                                groups[first].start,
                                &ctx.lang.origin_prepositions,
                            )
                            && (cue.end..ctx.before_determiners(groups[first].start, tokens) - 1)
                                .all(|t| {
                                    tokens[t].word
                                        && !tokens[t].capital
                                        && matches!(marks[t], None | Some(Marker::Patient))
                                        && !phrases.cues.iter().any(|c| c.covers(t))
                                });
                        // (a marked target past a hostile act is that act's: `signs an
                        // executive order imposing a 25% tariff on goods from Canada`; not inside
                        // the infinitive this one takes, the act agreed to: `agreed to lift
                        // embargoes on pharmaceutical sales ... to Iran`; a visit's destination
                        // may still be where the partners are: `menemui pimpinan MPR, DPR dan DPD
                        // dalam lawatan resminya ke Indonesia`)
                        let others_target = groups[first].prep == Some(Marker::Target)
                            && !after_to(cue.end + 1)
                            && cues_before(groups[first].start).any(|c| c.value.kind.is_hostile());
                        let near = (groups[first].start <= cue.end + 4
                            || (groups[first].prep == Some(Marker::Target) && !others_target)
                            || traded_from)
                            && !joined_verb
                            && !own_verb;
                        // (a country bought is acquired, not traded with: `Trump's desire to
                        // purchase the island`; its people's goods are: `buys Russian oil`,
                        // `U.S.-made weapons`, `penjualan mereka di wilayah Amerika`)
                        let bought = kind == RelationKind::Trade
                            && groups[first].prep.is_none()
                            && ctx.before_determiners(groups[first].start, tokens) == cue.end
                            && !possessive_s(tokens, groups[first].end)
                            && !tokens
                                .get(groups[first].end)
                                .is_some_and(|t| (t.word && !t.capital) || t.lower == "-")
                            && groups[first].actors.iter().all(|a| ctx.is_country(a));
                        // (nor the one a friendly act is aimed against: `exporting weapons
                        // ... for its defense effort against Russia`)
                        if single_subject
                            && object_like
                            && near
                            && !bought
                            && !adversary(first)
                            && Some(first) != possessor
                            && !b.contains(&first)
                        {
                            b.push(first);
                        }
                    }
                    let mut side_a = side_a;
                    let fronted = cue.start <= clause_start + 2
                        && b.iter().any(|&g| groups[g].prep == Some(Marker::Partner));
                    if side_a.is_empty() && form == CueForm::Noun && fronted {
                        // a fronted phrase: `Dalam pertemuan dengan Netanyahu, Trump mengatakan`
                        let last_b = b.iter().map(|&g| groups[g].end).max().unwrap_or(cue.end);
                        let comma = (last_b..window_end).find(|&t| tokens[t].lower == ",");
                        if let Some(c) = comma {
                            // (the main subject may well be a speaker: `, Trump mengatakan`)
                            if let Some(g) = groups
                                .iter()
                                .find(|g| g.start > c && g.end <= window_end && g.prep.is_none())
                            {
                                side_a = g.actors.clone();
                            }
                        }
                    }
                    // a trade noun with no trader before it runs from the place after `from` to
                    // the one after `to` (`marking the first export of wheat from France to Sudan`)
                    if side_a.is_empty() && kind == RelationKind::Trade && form != CueForm::Verb {
                        let origin = right.iter().copied().find(|&g| {
                            groups[g].start <= cue.end + MAX_TRADED_WORDS
                                && word_before(
                                    ctx,
                                    tokens,
                                    groups[g].start,
                                    &ctx.lang.origin_prepositions,
                                )
                        });
                        let destination = origin.and_then(|o| {
                            right.iter().copied().find(|&g| {
                                g > o
                                    && groups[g].prep == Some(Marker::Target)
                                    && groups[g].start <= groups[o].end + 2
                            })
                        });
                        if let (Some(o), Some(d)) = (origin, destination) {
                            side_a = groups[o].actors.clone();
                            b = vec![d];
                        }
                    }
                    let side_b = collect(&b);
                    let side_a = match subject {
                        Some(s) if !side_b.is_empty() && side_a == groups[s].actors => {
                            match not_on_themselves(ctx, groups, marks, s, &side_b) {
                                Some(actors) => actors,
                                None => continue,
                            }
                        }
                        _ => side_a,
                    };
                    (side_a, side_b)
                }
            };
            let pairs: Vec<(String, String)> = if side_b.is_empty() {
                // (examples listed after `such as` or `seperti` are no parties to each other:
                // `negara mitra dagang seperti India, Filipina, Belanda, dan Pakistan menjadi
                // penyumbang surplus perdagangan`)
                // (back over the names and signs of the list: `seperti Amerika Serikat (AS),
                // India, ...`)
                let listed = subject.is_some_and(|s| {
                    let mut k = groups[s].start;
                    while k > 0
                        && (matches!(tokens[k - 1].lower.as_str(), "," | "(" | ")")
                            || groups.iter().any(|g| g.start < k && k <= g.end))
                    {
                        k -= 1;
                    }
                    word_before(ctx, tokens, k, &ctx.lang.inclusion_words)
                });
                let members = dedup_by_key(ctx, side_a);
                if members.len() > MAX_GROUP_PARTIES || listed {
                    continue;
                }
                let mut p = Vec::new();
                for i in 0..members.len() {
                    for j in i + 1..members.len() {
                        p.push((members[i].clone(), members[j].clone()));
                    }
                }
                p
            } else {
                let (a, b) = (dedup_by_key(ctx, side_a), dedup_by_key(ctx, side_b));
                if a.len() * b.len() > MAX_PARTIES * 2 {
                    continue;
                }
                a.iter()
                    .flat_map(|x| b.iter().map(move |y| (x.clone(), y.clone())))
                    .collect()
            };
            // a meeting held in one side's country is the other side's visit there (`Ryabkov
            // meets with Cuban president Díaz-Canel in Havana`)
            let host = (kind == RelationKind::Meeting)
                .then(|| {
                    // (a place right after the cue or a party, not a noun's modifier: `a force
                    // in Ukraine`, `negotiations in the Russian invasion`)
                    let ends: Vec<usize> = std::iter::once(cue.end)
                        .chain(groups.iter().map(|g| g.end))
                        .collect();
                    right.iter().find_map(|&g| {
                        let place = &groups[g];
                        let at = ctx.before_determiners(place.start, tokens);
                        let modifier = tokens
                            .get(place.end)
                            .is_some_and(|t| t.word && !t.capital && marks[place.end].is_none());
                        (place.prep == Some(Marker::Location)
                            && at > 0
                            && ends.contains(&(at - 1))
                            && !modifier
                            && place.actors.len() == 1
                            && ctx.is_country(&place.actors[0]))
                        .then(|| place.actors[0].clone())
                    })
                })
                .flatten();
            for (x, y) in pairs {
                if let Some(c) = &host {
                    let (kx, ky) = (ctx.key(&x), ctx.key(&y));
                    if ky == *c && kx != *c {
                        ctx.relate(&x, c, RelationKind::Visit, evidence());
                    } else if kx == *c && ky != *c {
                        ctx.relate(&y, c, RelationKind::Visit, evidence());
                    }
                }
                ctx.relate(&x, &y, kind, evidence());
            }
            continue;
        }

        // (an attitude to an act is none to the act's target or place: `condemned the
        // attack on Syria`, `approved military action in Lebanon`; its possessor or
        // agent stays the object: `condemned the American attack`, `refused assistance
        // to the US-led war`)
        let owns_act = |g: usize| {
            let end = groups[g].end;
            possessive_s(tokens, end)
                || phrases.cue_at(end, true)
                || agent_suffix(tokens, end, ctx.lang)
        };
        let act_target = |g: usize| {
            matches!(kind, RelationKind::Support | RelationKind::Opposition)
                && !owns_act(g)
                && matches!(
                    groups[g].prep,
                    Some(Marker::Target | Marker::Location | Marker::Patient)
                )
                // (an act by its voice: `the bombing of Gaza`)
                && (cues.iter().zip(&voices).any(|(c, &v)| {
                    c.start >= cue.end
                        && c.end <= groups[g].start
                        && c.value.kind != kind
                        && matches!(v, CueForm::Noun | CueForm::Either)
                })
                // (or a place the object lies in: `recognised the breakaway region in Somalia`)
                // (not the place a framed cue names: `reopens its embassy in Damascus`; and the
                // place of an opposed thing is opposed, as event coders read it: `refused to deploy
                // peacekeepers in Iraq`)
                || (kind == RelationKind::Support
                    && groups[g].prep == Some(Marker::Location)
                    && groups[g].start > cue.end + 1
                    && cue.value.object_after.is_none()))
        };
        // a name joined by a hyphen to a cue word does it to the thing the compound modifies (`an
        // EU-sanctioned Russian tanker`, `Rwanda-backed M23 rebels`)
        let hyphen_agent = (cue.start >= 2 && tokens[cue.start - 1].lower == "-")
            .then(|| groups.iter().position(|g| g.end + 1 == cue.start))
            .flatten();
        // (and is no object of a verb before it when the modified thing names another:
        // `seizes an EU-sanctioned Russian tanker`, not `recognized Russian-occupied territories`)
        // (nor, but for an attitude, when it does an act the compound names: `suspends flights
        // due to constraints linked to the U.S.-imposed oil blockade of the country`)
        let hyphen_modifier = |g: usize| {
            let end = groups[g].end;
            let suffix = agent_suffix(tokens, end, ctx.lang);
            let owns_act = suffix
                && !matches!(kind, RelationKind::Opposition | RelationKind::Support)
                && cues.iter().any(|c| {
                    c.start > end + 2
                        && c.start <= end + 4
                        && matches!(c.value.form, CueForm::Noun | CueForm::Either)
                });
            owns_act
                || ((suffix
                    || (tokens.get(end).is_some_and(|t| t.lower == "-")
                        && cues.iter().any(|c| c.start == end + 1)))
                    && groups
                        .iter()
                        .any(|h| h.start > end && h.start <= end + 4 && h.prep.is_none()))
        };
        let (source, target): (Option<usize>, Option<usize>) = match form {
            _ if hyphen_agent.is_some() => (
                hyphen_agent,
                right
                    .iter()
                    .copied()
                    .find(|&g| groups[g].prep.is_none() && groups[g].start <= cue.end + 4),
            ),
            CueForm::Verb | CueForm::Partnered => {
                // an act's possessor right before a verb acts through it (`serangan udara AS
                // menewaskan enam polisi Afghanistan`)
                // (a name right before a gerund does it, even as an object: `points to the
                // Israel Defense Forces opening fire on crowds`)
                let gerund_subject = || {
                    (cue.start > clause_start && ctx.lang.is_gerund(&tokens[cue.start].lower))
                        .then(|| groups.iter().position(|g| g.end == cue.start))
                        .flatten()
                };
                let src = subject.or_else(gerund_subject).or_else(|| {
                    let act = cues[..ci].last()?;
                    let g = groups.iter().position(|g| g.end == cue.start && g.object)?;
                    (ctx.lang.genitive_after
                        && act.value.kind == kind
                        && act.value.form == CueForm::Noun
                        && act.end <= groups[g].start
                        && groups[g].start - act.end <= 2)
                        .then_some(g)
                });
                // (a place visited is not the agent of a relative clause's verb: `mengunjungi
                // markas Twitter yang diblokir oleh China`; what is condemned is: `mengecam sanksi
                // ... yang dikenakan pada mereka oleh Amerika Serikat`)
                // (nor is any other agent: `a convoy heading to an operation is exploded by a BLA
                // device`)
                let agent_destination =
                    |g: usize| kind == RelationKind::Visit && groups[g].prep == Some(Marker::Agent);
                // (a complaint's addressee is not its target when a reason after it names an
                // act's owner: `complained to the United Nations over two Israeli air raids`)
                let addressee = |g: usize| {
                    kind == RelationKind::Opposition
                        && word_before(
                            ctx,
                            tokens,
                            groups[g].start,
                            &ctx.lang.addressee_prepositions,
                        )
                        && right.iter().any(|&h| {
                            // (an owner after its act where possessors follow: `atas serangan
                            // udara Israel`)
                            let owner = owns_act(h)
                                || (ctx.lang.genitive_after
                                    && cues.iter().any(|c| {
                                        c.end == groups[h].start && c.value.form == CueForm::Noun
                                    }));
                            h > g
                                && owner
                                && (groups[g].end..groups[h].start).any(|t| {
                                    ctx.lang
                                        .reason_prepositions
                                        .contains(tokens[t].lower.as_str())
                                })
                        })
                };
                // (names after `between` are the parties of a noun before it, not a directed
                // verb's object: `suspending flights following military exchanges between Iran
                // and Israel`)
                // (an attitude keeps them: `concern about possible military cooperation between
                // the two countries`; so does a framed cue closing in `between`)
                let parties = |g: usize| {
                    groups[g].prep == Some(Marker::Between)
                        && !matches!(kind, RelationKind::Support | RelationKind::Opposition)
                        && cue.value.object_after.is_none()
                };
                // (a name after the verb's object and `and`, itself followed by a verb, opens a
                // clause of its own: `Slovakia suspended the measure and Hungary protested`)
                let next_subject = |g: usize| {
                    let k = ctx.before_determiners(groups[g].start, tokens);
                    groups[g].prep.is_none()
                        && k >= cue.end + 2
                        && marks[k - 1] == Some(Marker::Coordinator)
                        && !right.iter().any(|&h| h < g)
                        && tokens.get(groups[g].end).is_some_and(|t| {
                            t.word
                                && !t.capital
                                && (ctx.lang.is_participle(&t.lower)
                                    || cues.iter().any(|c| c.start == groups[g].end))
                        })
                };
                let tgt = right.iter().copied().find(|&g| {
                    Some(g) != src
                        && !same_actors(groups, g, src)
                        && !(agent_destination(g)
                            || adversary(g)
                            || topic_place(g)
                            || act_target(g)
                            || hyphen_modifier(g)
                            || addressee(g)
                            || parties(g)
                            || next_subject(g))
                });
                (src, tgt)
            }
            CueForm::Passive => {
                // with no agent, the actor of a same-kind act named next is the agent (`five
                // Ukrainians are killed in a Russian drone strike`)
                // (its possessor before it, or after it where possessors follow: `tewas dalam
                // serangan udara AS`)
                let by_act = || {
                    right.iter().copied().find(|&g| {
                        cues[ci + 1..].iter().any(|c| {
                            // (a mutual act has no one agent: `tewas dalam bentrokan`)
                            c.value.kind == kind
                                && !c.value.mutual
                                && matches!(c.value.form, CueForm::Noun | CueForm::Either)
                                && c.start <= cue.end + 8
                                && names_act_owner(ctx.lang, tokens, marks, &groups[g], c)
                        })
                    })
                };
                // (the victims unnamed, an attack hits the place it happens in: `three people are
                // killed in Israel after Iran's strikes`)
                // (right after the cue or the act that names the attacker, or past places the
                // gazetteer does not know: `killed during an Israeli airstrike in Jenin, in the
                // occupied West Bank`)
                // (or the agent's name, past a passive joined to this one: `are killed and homes
                // are burned by Allied Democratic Forces militants in Congo`)
                let base = cue.end.max(agent.map_or(0, |a| groups[a].end));
                let act_end = cues[ci + 1..]
                    .iter()
                    .find(|c| c.value.kind == kind && c.start >= base && c.start <= base + 8)
                    .or_else(|| {
                        cues[ci + 1..]
                            .iter()
                            .find(|c| c.value.kind == kind && c.start <= cue.end + 8)
                    })
                    .map_or(base, |c| c.end.max(base));
                let place = || {
                    right.iter().copied().find(|&g| {
                        if kind != RelationKind::Attack {
                            return false;
                        }
                        let start = groups[g].start;
                        if start <= cue.end + 3 {
                            return groups[g].prep == Some(Marker::Location);
                        }
                        if start < act_end || start - act_end > 8 {
                            return false;
                        }
                        // (a modifier may part the place from its preposition: `in the occupied
                        // West Bank`)
                        let k = modifiers_start(ctx.lang, tokens, marks, start, act_end, false);
                        let located = groups[g].prep == Some(Marker::Location)
                            || (k > act_end && marks[k - 1] == Some(Marker::Location));
                        // (or past the agent and its body word: `are killed by Islamic State
                        // gunmen in Guyaku, Nigeria`)
                        let by_agent = |t: usize| {
                            agent.is_some_and(|a| {
                                let by = ctx.before_determiners(groups[a].start, tokens);
                                (by.saturating_sub(1)..groups[a].end).contains(&t)
                                    || (t == groups[a].end
                                        && tokens[t].word
                                        && marks[t].is_none()
                                        && !cues.iter().any(|c| c.covers(t)))
                            })
                        };
                        located
                            && (act_end..k).all(|t| {
                                tokens[t].capital
                                    || tokens[t].lower == ","
                                    || marks[t] == Some(Marker::Location)
                                    || by_agent(t)
                            })
                    })
                };
                // (with no agent, a sanction's place is who imposes it: `diplomats were
                // expelled from Poland`, `was denied entry into the United States`, `ditolak
                // masuk ke Amerika Serikat`)
                let imposer = || {
                    right.iter().copied().find(|&g| {
                        kind == RelationKind::Sanction
                            && groups[g].start <= cue.end + 3
                            && (matches!(groups[g].prep, Some(Marker::Target | Marker::Location))
                                || word_before(
                                    ctx,
                                    tokens,
                                    groups[g].start,
                                    &ctx.lang.origin_prepositions,
                                ))
                    })
                };
                // (with no agent, an attack a state's armed forces report is theirs: `The IDF
                // claim that ... were killed in separate strikes in Gaza`)
                let reporter = || {
                    if kind != RelationKind::Attack {
                        return None;
                    }
                    let (speech, g) = military_reporter(ctx, groups, tokens, marks, phrases, cue)?;
                    // (not a weapon stopped: `reports that 74 Iranian missiles have been
                    // intercepted and destroyed`)
                    (!(speech..cue.start)
                        .any(|t| ctx.lang.weapons.contains(tokens[t].lower.as_str())))
                    .then_some(g)
                };
                // (the victim a thing no actor, an attack hits the place the clause's subject
                // is in: `The Volgograd refinery in Volgograd Oblast, Russia, is ablaze ... after
                // being attacked overnight by Ukrainian drones`)
                let subject_place = || {
                    if kind != RelationKind::Attack {
                        return None;
                    }
                    let g = groups.iter().position(|g| {
                        g.start > clause_start
                            && g.end <= cue.start
                            && g.prep == Some(Marker::Location)
                    })?;
                    let p = ctx.before_determiners(groups[g].start, tokens);
                    // (the subject: determiners and words with no role, then the preposition)
                    let bare = (clause_start..p - 1).all(|t| {
                        tokens[t].word
                            && marks[t].is_none()
                            && !groups.iter().any(|o| o.start <= t && t < o.end)
                            && !cues.iter().any(|c| c.start <= t && t < c.end)
                    });
                    // (and no other actor up to the verb but places of the chain after a comma:
                    // `in Volgograd Oblast, Russia,`)
                    let alone = groups.iter().all(|o| {
                        o.start < groups[g].end
                            || o.start >= cue.start
                            || (o.start > 0 && tokens[o.start - 1].lower == ",")
                    });
                    (p > clause_start + 1 && bare && alone).then_some(g)
                };
                (
                    agent
                        .or(adjacent_after)
                        .or_else(by_act)
                        .or_else(imposer)
                        .or_else(reporter),
                    subject.or_else(place).or_else(subject_place),
                )
            }
            // the guest is the host's direct object (`received Modi`, not `receives phased
            // concessions on most Indian tariff lines`)
            // an attack stopped came from whoever launched what is stopped: the agent, else the
            // origin, after it (`intercepts a missile fired by the Houthis`, `fired from Yemen`)
            CueForm::Reverse if kind == RelationKind::Attack => {
                // (not a passive: `drones launched by Hezbollah were intercepted by Israel`)
                // (but with no interceptor named, one a state's armed forces report stopped
                // what was launched at that state: `The Israeli military reports a missile
                // launched by Houthi militias is intercepted`)
                // (an auxiliary before an -ing form is progressive, no passive: `have been
                // actively intercepting "hostile drones" from Iran`)
                if aux_before(cue, marks) && !ctx.lang.is_gerund(&tokens[cue.start].lower) {
                    let stopped_by_reporter = || {
                        if right.iter().any(|&g| groups[g].prep == Some(Marker::Agent)) {
                            return None;
                        }
                        let (speech, reporter) =
                            military_reporter(ctx, groups, tokens, marks, phrases, cue)?;
                        let launcher = groups.iter().rposition(|g| {
                            g.start > speech
                                && g.end <= cue.start
                                && (g.prep == Some(Marker::Agent)
                                    || word_before(
                                        ctx,
                                        tokens,
                                        g.start,
                                        &ctx.lang.origin_prepositions,
                                    ))
                        })?;
                        Some((launcher, reporter))
                    };
                    match stopped_by_reporter() {
                        Some((launcher, reporter)) => (Some(launcher), Some(reporter)),
                        None => continue,
                    }
                } else {
                    let near = |g: usize| groups[g].start <= cue.end + 8;
                    let origin = |g: usize| {
                        word_before(ctx, tokens, groups[g].start, &ctx.lang.origin_prepositions)
                    };
                    // (or the one the weapon stopped is named for: `Turkey intercepts an Iranian
                    // ballistic missile`, counted: `intercepts three Iranian missiles`)
                    let owner = |g: usize| {
                        let end = groups[g].end;
                        // (past determiners, counts and plain modifiers: `shoot down a
                        // suspected Iranian ballistic missile`)
                        // (a count's thousands comma too: `more than 33,000 Russian drones`)
                        let thousands = |k: usize| {
                            tokens[k].lower == ","
                                && k > 0
                                && numeric(&tokens[k - 1])
                                && tokens.get(k + 1).is_some_and(numeric)
                        };
                        let counted = super::run_back(groups[g].start, MAX_COUNT_WORDS + 2, |k| {
                            k >= cue.end
                                && (ctx.lang.is_determiner_or_count(tokens[k].lower.as_str())
                                    || plain_modifier(&tokens[k], marks[k], false)
                                    || numeric(&tokens[k])
                                    || thousands(k))
                        });
                        let weapon = |t: usize| ctx.lang.weapons.contains(tokens[t].lower.as_str());
                        // (the weapon may be the group's own body word: `Iranian drones`)
                        groups[g].prep.is_none()
                            && counted == cue.end
                            && ((groups[g].start + 1..end).any(weapon)
                                // (past a model's name and number: `an Iranian Shahed 139
                                // drone`)
                                || (end..(end + MAX_MODEL_WORDS).min(tokens.len()))
                                    .take_while(|&t| {
                                        (tokens[t].word || numeric(&tokens[t]))
                                            && marks[t].is_none()
                                    })
                                    .any(weapon))
                    };
                    let launcher = right
                        .iter()
                        .copied()
                        .find(|&g| near(g) && groups[g].prep == Some(Marker::Agent))
                        .or_else(|| right.iter().copied().find(|&g| near(g) && origin(g)))
                        .or_else(|| right.iter().copied().find(|&g| owner(g)));
                    (launcher, subject)
                }
            }
            CueForm::Reverse => (
                // (not the owner of what is received: `receive Iran's enriched uranium`; nor a
                // name's modifier: `receives the Israeli Presidential Medal`, where a role word
                // may follow: `received the Iranian Ambassador`)
                right.first().copied().filter(|&g| {
                    let end = groups[g].end;
                    let named_thing = tokens.get(end).is_some_and(|t| {
                        t.word && t.capital && !phrases.roles.iter().any(|r| r.covers(end))
                    });
                    // (nor a name in a clause the object opens: `received intelligence that
                    // the U.S. ... are planning`)
                    let clause = (cue.end..groups[g].start).any(|t| {
                        matches!(
                            marks[t],
                            Some(Marker::Relative | Marker::ClauseBreak | Marker::Speech)
                        )
                    });
                    groups[g].prep.is_none()
                        && groups[g].start <= cue.end + 3
                        && !possessive_s(tokens, groups[g].end)
                        && !named_thing
                        && !clause
                }),
                subject,
            ),
            CueForm::Noun | CueForm::Either => {
                if under {
                    (possessor.or(agent), subject)
                } else {
                    // a noun after `of` (`a tribunal for the crime of aggression against
                    // Ukraine`) names a kind of act, not the clause subject's act
                    let governed = nominal && {
                        let k = ctx.before_determiners(cue.start, tokens);
                        // (not after a count: `a wave of airstrikes`, `a series of attacks`)
                        k > 0
                            && marks[k - 1] == Some(Marker::Patient)
                            && !(k >= 2
                                && ctx.lang.quantifiers.contains(tokens[k - 2].lower.as_str()))
                    };
                    // nor is the object of a verb of opposing (`Russia condemned the invasion of
                    // Lebanon`: not Russia's invasion)
                    let opposed = nominal
                        && kind != RelationKind::Opposition
                        && verb_after_subject(&|k| k == RelationKind::Opposition);
                    // nor the act of a subject that a passive verb before it makes the victim
                    // (`two teenagers are killed by Israeli soldiers during a raid`): that
                    // verb's agent does it (the victims of a fight may be its parties:
                    // `six soldiers and 34 Boko Haram gunmen are killed during a shootout`)
                    let undergone = subject.filter(|_| !cue.value.mutual).and_then(|sg| {
                        cues[..ci]
                            .iter()
                            .zip(&voices[..ci])
                            .rev()
                            .find(|(c, &v)| {
                                c.start >= groups[sg].end
                                    && c.start >= clause_start
                                    && v == CueForm::Passive
                            })
                            .map(|(c, _)| c)
                    });
                    let passive_agent = undergone.and_then(|c| {
                        groups.iter().position(|g| {
                            g.prep == Some(Marker::Agent) && g.start >= c.end && g.end <= cue.start
                        })
                    });
                    // nor an act in an adjunct of a passive the subject underwent, which is no
                    // cue (`The Qatari embassy is also damaged in the strikes`; not one of taking
                    // part: `Serb forces were engaged in ethnic cleansing`)
                    let suffered = nominal
                        && subject.is_some_and(|sg| {
                            let k = modifiers_start(ctx.lang, tokens, marks, cue.start, 0, false);
                            k >= 2
                                && matches!(
                                    marks[k - 1],
                                    Some(Marker::Location | Marker::OtherPreposition)
                                )
                                && ctx.lang.is_participle(&tokens[k - 2].lower)
                                && !ctx
                                    .lang
                                    .involvement_participles
                                    .contains(tokens[k - 2].lower.as_str())
                                && !cues.iter().any(|c| c.covers(k - 2))
                                && (groups[sg].end..k - 2)
                                    .any(|t| marks[t] == Some(Marker::PassiveAux))
                        });
                    // nor an act named after `after`, `following` or `despite`, which came
                    // before the clause or goes on beside it (`closes its border following the
                    // attack on tourists`)
                    let sequel = nominal && after_sequel;
                    // (or a noun's, whose `of` names the thing: `its rejection of attempts by the
                    // United States`)
                    let of_object = nominal
                        && matches!(kind, RelationKind::Support | RelationKind::Opposition)
                        && marks.get(cue.end) == Some(&Some(Marker::Patient));
                    // (a crowd's verb has no agent: `to protest the takeover by Trump` is the
                    // takeover's; nor has an owned attitude to a thing: `its rejection of
                    // attempts by the United States`)
                    let owned = possessor.is_some()
                        || (cue.start > 0
                            && ctx
                                .lang
                                .subject_pronouns
                                .contains(tokens[cue.start - 1].lower.as_str()));
                    // (nor a subject's, when a `by` after the noun names its doer, one no actor:
                    // `approves recognition of the World War I-era mass killings of Armenians by
                    // the Ottoman empire`)
                    let unnamed_agent = || {
                        nominal
                            && agent.is_none()
                            && (cue.end..window_end.min(cue.end + MAX_AGENT_GAP)).any(|t| {
                                marks[t] == Some(Marker::Agent)
                                    && !groups
                                        .iter()
                                        .any(|g| ctx.before_determiners(g.start, tokens) == t + 1)
                                    && !(cue.end..t).any(|k| tokens[k].lower == ",")
                            })
                    };
                    let src = reason_owner
                        .or(possessor)
                        .or(agent.filter(|_| {
                            (nominal || crowd_place.is_none()) && !(of_object && owned)
                        }))
                        .or(passive_agent)
                        .or(subject.filter(|_| {
                            !governed
                                && !opposed
                                && !sequel
                                && !suffered
                                && undergone.is_none()
                                && !unnamed_agent()
                        }));
                    // a bare English form right after its subject is a verb: its object is the
                    // next name (`Israeli drones strike two Iranian jets`)
                    let (verb_reading, direct) = if form == CueForm::Either {
                        // (its subject may be a noun phrase of an actor and a cue: `Russian
                        // strikes kill more than 20 Ukrainians`)
                        let noun_subject = cues[..ci].last().is_some_and(|c| {
                            c.end == cue.start
                                && groups.iter().any(|g| g.end == c.start && !is_prep(g.prep))
                        });
                        // or it follows `to` or a modal (`to formally recognize the Taliban`)
                        // (with an adverb between, as for the subject: `to formally recognize`)
                        let verbal = after_to(verb_start)
                            || (verb_start > 0 && marks[verb_start - 1] == Some(Marker::Planned));
                        // or its subject is a name and a singular noun, and a count or
                        // determiner follows it (`Malian junta expels five French diplomats`)
                        let headed = verb_start >= 2
                            && tokens
                                .get(cue.end)
                                .is_some_and(|t| ctx.lang.is_determiner_or_count(t.lower.as_str()))
                            && plain_modifier(
                                &tokens[verb_start - 1],
                                marks[verb_start - 1],
                                false,
                            )
                            // (a plural noun takes a bare verb: `Danish demonstrators
                            // protest the takeover`)
                            && !(ctx.lang.is_plural(&tokens[verb_start - 1].lower)
                                && ctx.lang.is_plural(&tokens[cue.start].lower))
                            && groups
                                .iter()
                                .any(|g| g.end == verb_start - 1 && !is_prep(g.prep) && !g.object);
                        // (near it, or after the places it names: `strikes Tyre and Sidon,
                        // Lebanon`)
                        // (names the verb takes first: not a comma right after it)
                        let places = |g: usize| {
                            let gap = cue.end..groups[g].start;
                            gap.len() <= 8
                                && tokens[cue.end].lower != ","
                                && gap.clone().all(|t| {
                                    tokens[t].capital
                                        || tokens[t].lower == ","
                                        || marks[t] == Some(Marker::Coordinator)
                                })
                        };
                        let reading = adjacent_before.is_some() || noun_subject || verbal || headed;
                        let direct = adjacent_after.or_else(|| {
                            reading
                                .then(|| {
                                    right.iter().copied().find(|&g| {
                                        // (past a hyphenated modifier: `seizes an
                                        // EU-sanctioned Russian tanker`)
                                        let past_modifier = right.iter().any(|&h| {
                                            h < g
                                                && hyphen_modifier(h)
                                                && groups[h].start <= cue.end + 3
                                                && groups[g].start <= groups[h].end + 3
                                        });
                                        // (not past a comma, which no direct object
                                        // follows: `Kyiv strikes, Russian attacks on
                                        // civilians`)
                                        let near = groups[g].start <= cue.end + 3
                                            && !(cue.end..groups[g].start)
                                                .any(|t| tokens[t].lower == ",");
                                        groups[g].prep.is_none()
                                            && (near || places(g) || past_modifier)
                                            && !hyphen_modifier(g)
                                    })
                                })
                                .flatten()
                        });
                        (reading, direct)
                    } else {
                        (false, None)
                    };
                    // a name right after a bare English form is its object (`will recognize
                    // Palestine at the UN`); else a marked target; else the subject-verb rule
                    // (each candidate in turn: a place of the subject's own country is no
                    // target, and the object may still be: `kill 17 Taliban militants ... in
                    // Lakki Marwat District, Pakistan`)
                    // (a name after a determiner right after a bare form no determiner precedes
                    // counts as right after it: `and warns the United States`; not `the
                    // sanctions the EU imposed`)
                    let determined_object = (!nominal && !ctx.lang.genitive_after)
                        .then(|| {
                            right.first().copied().filter(|&g| {
                                groups[g].start == cue.end + 1
                                    && groups[g].prep.is_none()
                                    && ctx.lang.is_determiner(tokens[cue.end].lower.as_str())
                            })
                        })
                        .flatten();
                    // an attitude verb's object may be a thing whose agent follows it: that agent
                    // is what the attitude is to (`Palau rejects a proposal by the United
                    // States`), as for a verb with its own form
                    let object_agent =
                        (matches!(kind, RelationKind::Support | RelationKind::Opposition)
                            && (of_object
                                || (!nominal
                                    && (adjacent_before.is_some()
                                        || verb_reading
                                        || crowd_place.is_some()))))
                        .then(|| {
                            // (past the act's own target, not past a direct object: `condemns the
                            // bombing of Gaza by Israel`)
                            right.iter().copied().find(|&g| {
                                groups[g].prep == Some(Marker::Agent)
                                    && groups[g].start <= cue.end + 8
                                    && !right.iter().any(|&h| h < g && groups[h].prep.is_none())
                            })
                        })
                        .flatten();
                    // a verb of taking hits the one a place is taken from (`retakes Bara from
                    // the Rapid Support Forces`)
                    let taken_from = (!nominal
                        && ctx
                            .lang
                            .taking_verbs
                            .contains(tokens[cue.start].lower.as_str()))
                    .then(|| {
                        right.iter().copied().find(|&g| {
                            groups[g].start <= cue.end + MAX_TAKEN_WORDS
                                && word_before(
                                    ctx,
                                    tokens,
                                    groups[g].start,
                                    &ctx.lang.origin_prepositions,
                                )
                        })
                    })
                    .flatten();
                    let candidates = if form == CueForm::Either {
                        [
                            adjacent_after.or(determined_object),
                            marked_target,
                            direct.or(object_agent),
                            taken_from,
                        ]
                    } else {
                        [
                            marked_target,
                            object_agent.filter(|_| of_object),
                            None,
                            None,
                        ]
                    };
                    // (an act a passive's named victims underwent hits them, not the place it
                    // happens in: `Israeli soldiers were wounded in a Hamas attack in Rafah`)
                    // (not across a verb of saying, unless the speaker is a state telling of its
                    // own: `Benin announces that 54 soldiers were killed`, not `The United Nations
                    // reports that 880 civilians ... had been killed in drone strikes by`)
                    let victims = subject.filter(|&sg| {
                        undergone.is_some_and(|c| {
                            c.value.kind == kind
                                && (groups[sg].actors.iter().all(|a| ctx.is_country(a))
                                    || !(groups[sg].end..c.start)
                                        .any(|t| marks[t] == Some(Marker::Speech)))
                        }) && passive_agent.is_none()
                    });
                    let tgt = victims.or_else(|| {
                        candidates.into_iter().flatten().find(|&g| {
                            Some(g) != src
                                && !same_actors(groups, g, src)
                                && !adversary(g)
                                && (nominal || !act_target(g))
                        })
                    });
                    (src, tgt)
                }
            }
        };
        // a combat verb's opponent is its object right after it or one named as an adversary
        // (`fight against`); whom it fights with, alongside or for is on its side (`fight
        // alongside Russia`), and with neither it names no one's act (`killed in heavy fighting
        // as Puntland forces claim`)
        let combat = kind == RelationKind::Attack
            && cue.end == cue.start + 1
            && ctx
                .lang
                .combat_verbs
                .contains(tokens[cue.start].lower.as_str());
        let fought = |t: usize| {
            groups[t].prep.is_none()
                && groups[t].start >= cue.end
                && ctx.before_determiners(groups[t].start, tokens) == cue.end
        };
        let fought_against = |t: usize| {
            groups[t].start >= cue.end
                && word_before(
                    ctx,
                    tokens,
                    groups[t].start,
                    &ctx.lang.adversary_prepositions,
                )
        };
        if combat && !target.is_some_and(|t| fought(t) || fought_against(t)) {
            continue;
        }
        let fought_back = combat && target.is_some_and(fought);
        // a mutual act between two parties is done by each to the other (`a shootout between
        // Pakistani and Afghan soldiers`), as is one named by a noun with a partner (`killed in an
        // exchange of fire with a Thai soldier`)
        if cue.value.mutual {
            if let Some(b) = between {
                relate_each_other(ctx, groups[b].actors.clone(), kind, &evidence);
                continue;
            }
            // (parties after `between` of one country fight among themselves, not with a
            // partner of theirs: `killed in clashes between the Rapid Support Forces and militia
            // groups affiliated with the Sudanese government`)
            let between_one = right.first().is_some_and(|&g| {
                groups[g].prep == Some(Marker::Between)
                    && !(cue.end..groups[g].start).any(|t| {
                        marks[t] == Some(Marker::OtherPreposition) || tokens[t].lower == ","
                    })
            });
            if between_one {
                continue;
            }
            // (only within the clause: `exchange fire along their border, with Pakistani artillery
            // targeting ...`; and a verb's partner in ties is its object: `suspends diplomatic
            // relations with Paraguay`)
            let in_clause = |g: usize| !(cue.end..groups[g].start).any(|t| tokens[t].lower == ",");
            let partner = right
                .iter()
                .copied()
                .find(|&g| groups[g].prep == Some(Marker::Partner) && in_clause(g));
            let fight = form == CueForm::Noun || kind == RelationKind::Attack;
            if let (Some(s), Some(p), true) = (subject.or(possessor), partner, fight) {
                relate_across(ctx, &groups[s].actors, &groups[p].actors, kind, &evidence);
                continue;
            }
            // with no party before it, a fight with a partner in a state's territory is the
            // partner's attack on that state, whose unnamed people fell there (`Five soldiers are
            // killed in a shootout with Al-Shabaab gunmen in Mandera County, Kenya`); not in the
            // partner's own state (`a shootout with Pakistani forces in Balochistan, Pakistan`)
            if let (None, None, Some(p), RelationKind::Attack) =
                (subject.or(possessor), source, partner, kind)
            {
                let partner_keys = ctx.keys(&groups[p].actors);
                let place = right.iter().copied().find(|&g| {
                    g > p
                        && groups[g].prep == Some(Marker::Location)
                        && groups[g].actors.len() == 1
                        && ctx.is_country(&groups[g].actors[0])
                        && cues_between(groups[p].end, groups[g].start)
                            .next()
                            .is_none()
                });
                if let Some(g) = place.filter(|&g| ctx.keys(&groups[g].actors) != partner_keys) {
                    let state = groups[g].actors[0].clone();
                    for a in groups[p].actors.clone() {
                        ctx.relate(&a, &state, kind, evidence());
                    }
                    continue;
                }
            }
            // parties named together with no partner or target in the clause
            let aimed = right.iter().any(|&g| {
                in_clause(g) && matches!(groups[g].prep, Some(Marker::Partner | Marker::Target))
            });
            if let Some(s) =
                subject.filter(|&s| !aimed && ctx.distinct_keys(&groups[s].actors) >= 2)
            {
                relate_each_other(ctx, groups[s].actors.clone(), kind, &evidence);
                continue;
            }
        }
        // an attack named by a noun with no owner, on the subject's own ground, that the subject
        // reports, is the attack of the article's last attackers (`Iran's attacks on its
        // neighbors ... The governments of Bahrain and Kuwait report attacks targeting their
        // territories`)
        if let (Some(s), None, RelationKind::Attack, CueForm::Noun | CueForm::Either, false) =
            (source, target, kind, form, planned)
        {
            let own_ground = right.iter().copied().find(|&g| {
                groups[g].prep == Some(Marker::Target)
                    && groups[g].start < window_end
                    && same_actors(groups, g, Some(s))
            });
            let attackers = last_attackers(ctx, &groups[s].actors);
            if let (Some(g), false) = (own_ground, attackers.is_empty()) {
                relate_all(ctx, &attackers, &groups[g].actors, kind, &evidence);
                continue;
            }
        }
        // a crowd no actor names attacking a state's thing opposes that state from the country
        // it gathers in (`Hundreds of protestors attempted to storm the consulate of the United
        // States in Karachi, Pakistan`)
        // (the crowd word a few words before the verb, with no other act between: `protesters
        // attempt to storm`)
        if let (RelationKind::Attack, None, None, Some(t), CueForm::Verb) =
            (kind, source, subject, target, form)
        {
            let crowd =
                (clause_start.max(cue.start.saturating_sub(MAX_MOB_GAP))..cue.start).any(|k| {
                    ctx.lang.mobs.contains(tokens[k].lower.as_str())
                        && cues_between(k, cue.start).next().is_none()
                });
            let target_keys = ctx.keys(&groups[t].actors);
            let gathered = right.iter().copied().find(|&g| {
                g > t
                    && groups[g].prep == Some(Marker::Location)
                    && !groups[g].actors.is_empty()
                    && groups[g].actors.iter().all(|a| ctx.is_country(a))
                    && ctx.keys(&groups[g].actors) != target_keys
            });
            if let (true, Some(g)) = (crowd && !planned, gathered) {
                let (from, to) = (groups[g].actors.clone(), groups[t].actors.clone());
                relate_all(ctx, &from, &to, RelationKind::Opposition, &evidence);
                continue;
            }
        }
        let Some(src) = source.or(crowd_place) else {
            // an attack with no doer named in the circumstances of an attack told just before
            // in its sentence is that attack's doers' (`A stray Ukrainian drone strikes a power
            // station in Estonia, while another crashes in Latvia during a large-scale drone
            // attack on Russia`)
            if let (RelationKind::Attack, false, Some(t), CueForm::Noun | CueForm::Either) =
                (kind, planned, target, form)
            {
                let attackers = last_attackers(ctx, &groups[t].actors);
                if ctx.last_attack_sentence == Some(idx)
                    && !attackers.is_empty()
                    && circumstance(ctx.lang, tokens, marks, cue.start, 0)
                {
                    relate_all(ctx, &attackers, &groups[t].actors, kind, &evidence);
                    continue;
                }
            }
            // an attack with no doer named may be claimed in the next sentence
            if let (RelationKind::Attack, false, Some(t)) = (kind, planned, target) {
                match &mut ctx.unclaimed_attack {
                    Some((i, targets)) if *i == idx => {
                        for a in &groups[t].actors {
                            if !targets.contains(a) {
                                targets.push(a.clone());
                            }
                        }
                    }
                    slot => *slot = Some((idx, groups[t].actors.clone())),
                }
            }
            continue;
        };
        let mut targets: Vec<String> = match target {
            Some(t) => groups[t].actors.clone(),
            None => Vec::new(),
        };
        // a thing's owner named with a hyphen after its flag or maker is hit too (`attacked the
        // Panama-flagged "US-owned" container ship`): the next name, a few words on
        if let (Some(t), RelationKind::Attack) = (target, kind) {
            let owner = groups.iter().skip(t + 1).take(1).find(|h| {
                h.prep.is_none()
                    && h.start <= groups[t].end + 4
                    && tokens.get(groups[t].end).is_some_and(|x| x.lower == "-")
                    && super::hyphen_suffix(tokens, h.end, &ctx.lang.holding_participles)
            });
            if let Some(h) = owner {
                for a in &h.actors {
                    if !targets.contains(a) {
                        targets.push(a.clone());
                    }
                }
            }
        }
        // an owned attack named as the cause of what befalls the clause's subject, a state's
        // thing, hits that state (`Iran's military capabilities are "evaporating by the hour"
        // due to constant U.S. and Israeli strikes`)
        if targets.is_empty()
            && kind == RelationKind::Attack
            && !planned
            && matches!(form, CueForm::Noun | CueForm::Either)
            && possessor == Some(src)
        {
            let k = modifiers_start(
                ctx.lang,
                tokens,
                marks,
                groups[src].start,
                clause_start,
                false,
            );
            let caused =
                k > clause_start && word_before(ctx, tokens, k, &ctx.lang.cause_prepositions);
            // (the nearest subject before it: `Hegseth announces that Iran's military
            // capabilities are`)
            let sufferer = groups.iter().rposition(|g| {
                g.start >= clause_start && g.end < k && g.prep.is_none() && !g.object
            });
            if let (true, Some(s)) = (caused, sufferer) {
                let src_keys = ctx.keys(&groups[src].actors);
                let states = !groups[s].actors.is_empty()
                    && groups[s].actors.iter().all(|a| ctx.is_country(a))
                    && ctx
                        .keys(&groups[s].actors)
                        .iter()
                        .all(|x| !src_keys.contains(x));
                if states {
                    targets = groups[s].actors.clone();
                }
            }
        }
        if targets.is_empty() && (clause_start..window_end).any(|t| marks[t] == Some(Marker::Also))
        {
            targets = ctx.last_targets.get(&kind).cloned().unwrap_or_default();
        }
        // opposing an attack the article told of, named with a determiner and no name, opposes
        // those who made it (`A Russian cruise missile explodes in ... Moldova ... Moldovan
        // authorities condemn the strike`)
        if targets.is_empty() && kind == RelationKind::Opposition {
            let told = cues.iter().any(|a| {
                a.value.kind == RelationKind::Attack
                    && matches!(a.value.form, CueForm::Noun | CueForm::Either)
                    && a.start >= cue.end
                    && a.start <= cue.end + 3
                    && (ctx.lang.articles.contains(tokens[cue.end].lower.as_str())
                        || ctx
                            .lang
                            .demonstratives
                            .contains(tokens[cue.end].lower.as_str())
                        || tokens
                            .get(a.end)
                            .is_some_and(|t| ctx.lang.demonstratives.contains(t.lower.as_str())))
                    && (cue.end..a.start).all(|t| {
                        ctx.lang.is_determiner(tokens[t].lower.as_str())
                            || ctx.lang.demonstratives.contains(tokens[t].lower.as_str())
                            || plain_modifier(&tokens[t], marks[t], false)
                    })
                    && !groups
                        .iter()
                        .any(|g| g.start >= cue.end && g.start <= a.end + 1)
            });
            if told {
                targets = last_attackers(ctx, &[]);
            }
        }
        // an attack with no target named that a state's armed forces report, another's act, hits
        // their state (`The Lebanese military says that there have been several Israeli attacks`;
        // not one aimed at something no name covers: `attacks on shipping`, `attacked ships`)
        if targets.is_empty() && kind == RelationKind::Attack && !planned {
            // (a cue may end in its preposition: `fired ... a missile toward the Sea of Japan`)
            // (aimed before token `end`)
            let aimed_before = |end: usize| {
                (cue.start..end).any(|t| marks[t] == Some(Marker::Target))
                    || (form == CueForm::Verb && tokens.get(cue.end).is_some_and(|t| t.word))
            };
            if let Some((_, g)) = military_reporter(ctx, groups, tokens, marks, phrases, cue)
                .filter(|&(_, g)| {
                    !aimed_before(window_end) && g != src && !same_actors(groups, g, Some(src))
                })
            {
                targets = groups[g].actors.clone();
            }
            // (and so does one a single state's body is the source of, told after it: `killed
            // in Israeli attacks according to the Gaza Health Ministry`)
            let source = groups.iter().position(|g| {
                let k = ctx.before_determiners(g.start, tokens);
                g.start > cue.end
                    && g.start <= cue.end + MAX_SOURCE_GAP
                    && super::listed_before(tokens, k, &ctx.lang.attributions)
            });
            // (aimed at nothing before the source: not `attacks on shipping, according to`)
            if let Some(g) = source.filter(|&g| {
                targets.is_empty()
                    && !aimed_before(groups[g].start)
                    && g != src
                    && ctx.distinct_keys(&groups[g].actors) == 1
                    && ctx.keys(&groups[g].actors) != ctx.keys(&groups[src].actors)
                    && groups[g].actors.iter().all(|a| !ctx.is_organization(a))
            }) {
                targets = groups[g].actors.clone();
            }
        }
        // a hostile act with no target named right after a phrase of responding hits the one who
        // responds, the subject before the phrase (`Iran has ended direct contact with the U.S. in
        // response to Trump's latest threat`)
        if targets.is_empty() && kind.is_hostile() {
            let response = (clause_start..cue.start).rev().find_map(|r| {
                ctx.lang
                    .responses
                    .iter()
                    .find(|p| phrase_at(tokens, r, p))
                    .map(|p| (r, r + p.len()))
            });
            let responder = response
                .filter(|&(_, end)| {
                    end <= groups[src].start
                        && end <= cue.start
                        && cue.start - end <= MAX_RESPONSE_GAP
                })
                .and_then(|(r, _)| {
                    groups
                        .iter()
                        .position(|g| g.start >= clause_start && g.end <= r && g.prep.is_none())
                })
                .filter(|&g| g != src && !same_actors(groups, g, Some(src)));
            if let Some(g) = responder {
                targets = groups[g].actors.clone();
            }
        }
        // a warning with no target threatens the one its condition names (`warns that a whole
        // civilization will die tonight if Iran does not agree`)
        if targets.is_empty() && kind == RelationKind::Threat {
            if let Some(g) = conditioned(ctx, groups, tokens, cue.end) {
                targets = groups[g].actors.clone();
            }
        }
        if targets.is_empty() {
            // parties named together do a mutual act to each other (`Andorra and Malta establish
            // diplomatic relations`), or any act that `each other` follows or `saling` precedes
            // (`Bolivia and Colombia expel each other's ambassadors`)
            // (right after or before it: not `a visiting forces agreement allowing ... in each
            // other's territories`)
            let reciprocal = [cue.start.checked_sub(1), Some(cue.end)]
                .into_iter()
                .flatten()
                .any(|t| t < marks.len() && marks[t] == Some(Marker::Reciprocal));
            if cue.value.mutual || reciprocal {
                relate_each_other(ctx, groups[src].actors.clone(), kind, &evidence);
            }
            // (the owner of attacks told of with no target named is the article's last
            // attacker: `Iran's attacks on its Middle Eastern neighbors`)
            if kind == RelationKind::Attack && !planned && possessor == Some(src) {
                ctx.last_sources.insert(kind, groups[src].actors.clone());
                ctx.last_attack_sentence = Some(idx);
            }
            continue;
        }
        if let Some(t) = target {
            // a verb's direct object is not the subject of a later cue (`Kuwait expels two
            // Iranian diplomats and summons ...`)
            if form == CueForm::Verb || (form == CueForm::Either && groups[t].prep.is_none()) {
                groups[t].object = true;
            }
        }
        let Some(mut sources) = not_on_themselves(ctx, groups, marks, src, &targets) else {
            continue;
        };
        // a name that joins the doers in the act does it with them (`the United Arab Emirates
        // has secretly joined Israel and the U.S. in carrying out airstrikes on Iran`)
        if let Some(j) = joiner(ctx, groups, tokens, marks, src, cue) {
            let target_keys = ctx.keys(&targets);
            for a in &groups[j].actors {
                if !sources.contains(a) && !target_keys.contains(&ctx.key(a)) {
                    sources.push(a.clone());
                }
            }
        }
        // (bringing down another's weapon is an attack on its owner as well: `Ukraine shoots down
        // 40 Russian drones`)
        // (so is fighting someone named as the verb's object, which fights back: `Israeli
        // soldiers are killed in action while fighting Hezbollah`)
        relate_all(ctx, &sources, &targets, kind, &evidence);
        if fought_back || (form == CueForm::Reverse && cue.value.form == CueForm::Verb) {
            relate_all(ctx, &targets, &sources, kind, &evidence);
        }
        ctx.last_targets.insert(kind, targets);
        if kind == RelationKind::Attack {
            ctx.last_attack_sentence = Some(idx);
        }
        ctx.last_sources.insert(kind, sources);
    }
    claimed_attack(ctx, idx, (text, lower), tokens, marks, groups);
}

/// The first word opening a condition (`if`, `jika`) among tokens `range`.
fn condition_word(
    ctx: &ArticleCtx<'_, '_>,
    tokens: &[Token],
    range: std::ops::Range<usize>,
) -> Option<usize> {
    range
        .into_iter()
        .find(|&t| ctx.lang.conditionals.contains(tokens[t].lower.as_str()))
}

/// The group a condition after token `from` opens with (`if Iran does not agree`): the first word
/// of a condition in the sentence, then the name right after it (past determiners), with no
/// preposition.
fn conditioned(
    ctx: &ArticleCtx<'_, '_>,
    groups: &[Group],
    tokens: &[Token],
    from: usize,
) -> Option<usize> {
    let at = condition_word(ctx, tokens, from..tokens.len())?;
    groups
        .iter()
        .position(|g| g.prep.is_none() && ctx.before_determiners(g.start, tokens) == at + 1)
}

/// How many words (auxiliaries, adverbs) may part a claimant from its claim (`has reportedly claimed`).
const MAX_CLAIM_GAP: usize = 2;

/// A group claiming an act with no act and no name after the claim (`The Islamic State – Pakistan
/// Province claims responsibility.`, `ISIS mengaku bertanggung jawab atas serangan itu.`) did the
/// attack the sentence before reported with no doer (`Thirty-two people are killed ... in a suicide
/// bombing at a Shia mosque in Islamabad, Pakistan`). The claimant is the subject right before the
/// claim: an organisation or a state, not the one attacked.
fn claimed_attack(
    ctx: &mut ArticleCtx<'_, '_>,
    idx: usize,
    (text, lower): (&str, &str),
    tokens: &[Token],
    marks: &[Option<Marker>],
    groups: &[Group],
) {
    let Some((targets, claim)) = ctx
        .unclaimed_attack
        .as_ref()
        .filter(|(i, _)| *i + 1 == idx)
        .and_then(|(_, targets)| {
            let claim = ctx.lang.responsibility_claims.iter().find_map(|phrase| {
                (0..tokens.len())
                    .find(|&at| phrase_at(tokens, at, phrase))
                    .map(|at| at..at + phrase.len())
            })?;
            Some((targets.clone(), claim))
        })
    else {
        return;
    };
    // (no name after the claim: `claims responsibility for attacks on Malian army positions in
    // Mali` is read where the act is named)
    if groups.iter().any(|g| g.start >= claim.end) {
        return;
    }
    let k = super::run_back(claim.start, MAX_CLAIM_GAP, |k| {
        tokens[k].word && !tokens[k].capital && matches!(marks[k], None | Some(Marker::PassiveAux))
    });
    let Some(g) = groups
        .iter()
        .find(|g| g.prep.is_none() && (k..=claim.start).contains(&g.end))
    else {
        return;
    };
    let target_keys = ctx.keys(&targets);
    let claimants: Vec<String> = g
        .actors
        .iter()
        .filter(|a| {
            (ctx.is_organization(a) || ctx.is_country(a)) && !target_keys.contains(&ctx.key(a))
        })
        .cloned()
        .collect();
    if claimants.is_empty() {
        return;
    }
    let attrs =
        super::attributes::attributes(text, lower, ctx.lang, ctx.article.meta.date.as_deref());
    let evidence = cue_evidence(
        &ctx.article.meta.id,
        (idx, text),
        tokens,
        claim,
        &attrs,
        false,
    );
    for s in &claimants {
        for t in &targets {
            ctx.relate(s, t, RelationKind::Attack, evidence.clone());
        }
    }
}

/// The actors that do an act to `targets`, given the group `src` read as its subject. Parties
/// named together do not act on themselves: when all of them are among the targets, the act is
/// the reporter's, if a verb of saying follows a name before them (`Trump says that Israel and
/// Hezbollah have agreed ... after holding a call with Israeli prime minister Benjamin Netanyahu
/// and Hezbollah`), else no one's the sentence names.
fn not_on_themselves(
    ctx: &ArticleCtx<'_, '_>,
    groups: &[Group],
    marks: &[Option<Marker>],
    src: usize,
    targets: &[String],
) -> Option<Vec<String>> {
    let own = ctx.keys(&groups[src].actors);
    if own.len() < 2 || {
        let targets = ctx.keys(targets);
        !own.iter().all(|k| targets.contains(k))
    } {
        return Some(groups[src].actors.clone());
    }
    (0..src)
        .rev()
        .find(|&g| {
            groups[g].end < groups[src].start
                && marks.get(groups[g].end) == Some(&Some(Marker::Speech))
        })
        .map(|g| groups[g].actors.clone())
}

/// Where a cue's clause starts and its object window ends: at the next verb cue that is not this
/// cue's complement, or at the clause's end.
struct CueScope {
    clause_start: usize,
    window_end: usize,
}

/// The scope of `cues[ci]`, or `None` when the cue is denied (`denies reports that`), negated or
/// cancelled (`not`, `ends its five-year ban on`) or conditional. `voices` are the cues' voices;
/// `person_before[t]` tells, for a clause break at `t`, whether the last group ending before it
/// names persons only.
fn cue_scope(
    lang: &Language,
    tokens: &[Token],
    marks: &[Option<Marker>],
    cues: &[&Span<CueHit>],
    voices: &[CueForm],
    person_before: &[bool],
    ci: usize,
) -> Option<CueScope> {
    let cue = cues[ci];
    // (a clause break right before a verb cue opens a clause without a subject of its own,
    // which shares the person named before: `disampaikan Mattis ketika bertemu dengan
    // Ryamizard`; not a country or group, which may be the object: `Ryamizard akan membahas
    // keberadaan ISIS di sana saat bertemu`, `Argentina ... gagal meraih poin penuh saat
    // bertandang ke Uruguay`)
    // (a gerund there has no subject of its own whatever was named before: `NATO has no plans
    // ..., while praising Israel`)
    let subjectless = |t: usize| {
        marks[t] == Some(Marker::ClauseBreak)
            && t + 1 == cue.start
            && (person_before[t] || lang.is_gerund(&tokens[cue.start].lower))
            && voices[ci] != CueForm::Noun
            && voices[ci] != CueForm::Passive
    };
    let clause_start = (0..cue.start)
        .rev()
        .find(|&t| {
            matches!(tokens[t].lower.as_str(), ";" | ":")
                || (marks[t] == Some(Marker::ClauseBreak) && !subjectless(t))
        })
        .map_or(0, |t| t + 1);
    let clause_end = (cue.end..tokens.len())
        .find(|&t| tokens[t].lower == ";" || marks[t] == Some(Marker::ClauseBreak))
        .unwrap_or(tokens.len());
    // a verb cue ends this cue's window, unless it is this cue's complement (`threatened to
    // break off relations with X`, `mengancam akan memutus hubungan dengan X`): then the
    // object is shared
    // (nor does a verb joined to this one, which shares its object: `menewaskan dan melukai
    // enam polisi`, `shoot and injure five Palestinians`)
    // (nor does an act this cue suspends or halts, which is its object: `suspended
    // intelligence sharing with Ukraine`)
    let complement = |c: &Span<CueHit>| {
        is_complement(cue, c, marks)
            || (c.start == cue.end + 1 && marks[cue.end] == Some(Marker::Coordinator))
            || (marks[cue.start] == Some(Marker::Negation) && c.start <= cue.end + 2)
    };
    // (by its voice: a gerund after a determiner names an act, and the window goes on past
    // it: `condemned the killing of protesters by Israeli forces`)
    let window_end = cues[ci + 1..]
        .iter()
        .zip(&voices[ci + 1..])
        .find(|&(c, &v)| {
            // (a bare form after `to` is a verb: `summons the ambassador of Iraq to protest
            // ... attacks on American personnel`)
            let infinitive = v == CueForm::Either && after_to(lang, tokens, c.start);
            (infinitive
                || matches!(
                    v,
                    CueForm::Verb | CueForm::Passive | CueForm::Reverse | CueForm::Partnered
                ))
                && !complement(c)
                && !describes_noun(lang, tokens, marks, c, v)
                // (nor does a hyphenated compound's: `seizes an EU-sanctioned Russian tanker`)
                && !(c.start > 0 && tokens[c.start - 1].lower == "-")
                // a friendly act in the circumstances of a hostile one ends it too, or a
                // hostile one of a friendly: its partner is its own (`killed several fighters
                // during a joint mission with Nigerian forces`)
                || (v == CueForm::Noun
                    && c.value.kind.is_hostile() != cue.value.kind.is_hostile()
                    && c.start > cue.end
                    && circumstance(lang, tokens, marks, c.start, cue.end))
        })
        .map_or(clause_end, |(c, _)| c.start.min(clause_end))
        // (a framed cue's object lies before its closing words: `designates the BLA as a
        // terrorist organization in response to killings in Balochistan, Pakistan`; unless
        // they end in a preposition: `terminates its agreement with the UAE`)
        .min(match cue.value.object_after {
            Some(_) => usize::MAX,
            None => cue.value.object_end.unwrap_or(usize::MAX),
        });
    // a noun act after a sequel preposition happened or goes on whatever the clause's verb
    // does: a negation or condition before the preposition does not reach it (`negotiations
    // have not closed despite renewed fighting between Iran and the U.S.`)
    let sequel_from = if matches!(voices[ci], CueForm::Noun | CueForm::Either) {
        // (past its owner's name and modifiers: `despite Israel's renewed attacks on`)
        let k = modifiers_start(lang, tokens, marks, cue.start, clause_start, true);
        let k = super::run_back(k, MAX_OWNER_TOKENS, |t| {
            t >= clause_start
                && ((tokens[t].word && tokens[t].capital)
                    || possessive_s(tokens, t)
                    || (t > 0 && possessive_s(tokens, t - 1)))
        });
        let k = modifiers_start(lang, tokens, marks, k, clause_start, true);
        if k > clause_start && super::listed_before(tokens, k, &lang.sequel_prepositions) {
            k
        } else {
            clause_start
        }
    } else {
        clause_start
    };
    let before =
        |m: Marker, from: usize| (from.max(sequel_from)..cue.start).any(|t| marks[t] == Some(m));
    // a denial covers the clause of its `that` or its report noun (`denies a CNN report
    // claiming that the country allowed Israeli personnel to launch attacks on Iran`), up to a
    // verb of saying the denier goes on with after a comma or a conjunction (`deny reports
    // that they have closed the strait, reaffirming that they have only established a blockade`)
    let denied = (clause_start..cue.start).any(|d| {
        lang.denials.contains(tokens[d].lower.as_str())
            && (d + 1..(d + 5).min(cue.start)).any(|t| {
                (t == d + 1 && marks[t] == Some(Marker::Relative))
                    || lang.hearsay.contains(tokens[t].lower.as_str())
            })
            && !(d + 2..cue.start).any(|t| {
                marks[t] == Some(Marker::Speech)
                    && (tokens[t - 1].lower == "," || marks[t - 1] == Some(Marker::Coordinator))
            })
    });
    // a cancelling word reaches over its object's determiner and modifiers, however many
    // (`ends its five-year ban on`)
    let modified_from = modifiers_start(lang, tokens, marks, cue.start, clause_start, true);
    // (through an infinitive the cue is the object of: `their territories won't be used to
    // launch any attacks against Iran`)
    let infinitive = (cue.start.saturating_sub(3).max(clause_start)..cue.start)
        .rev()
        .find(|&t| lang.infinitive_markers.contains(tokens[t].lower.as_str()));
    // an act a prohibition forbids is none (`bans its citizens from traveling to Iran`)
    let prohibited = cue.start > clause_start
        && lang
            .origin_prepositions
            .contains(tokens[cue.start - 1].lower.as_str())
        && (cue.start.saturating_sub(2 * SCOPE).max(clause_start)..cue.start - 1)
            .any(|t| lang.prohibitions.contains(tokens[t].lower.as_str()));
    // a noun act joined by a conjunction to a cancelled one of its kind is cancelled too
    // (`reduces Canadian tariffs on electric vehicles and Chinese tariffs on canola seeds`)
    let joined_to_cancelled = || {
        if cue.value.form != CueForm::Noun {
            return false;
        }
        // (back over its modifiers, names among them: `and Chinese tariffs`)
        let mut k = cue.start;
        while k > clause_start.max(cue.start.saturating_sub(SCOPE))
            && (lang.is_determiner(tokens[k - 1].lower.as_str())
                || (tokens[k - 1].word && marks[k - 1].is_none()))
        {
            k -= 1;
        }
        k > clause_start
            && marks[k - 1] == Some(Marker::Coordinator)
            && cues[..ci]
                .iter()
                .rposition(|c| {
                    c.value.kind == cue.value.kind
                        && c.value.form == CueForm::Noun
                        && c.start >= clause_start
                })
                .is_some_and(|j| {
                    !cues[j + 1..ci]
                        .iter()
                        .any(|c| c.value.form != CueForm::Noun)
                        && cue_scope(lang, tokens, marks, cues, voices, person_before, j).is_none()
                })
    };
    // an act a noun names is not taking place when it is the subject of calling off, with no
    // verb cue or report between (`the planned talks between Iran and the United States at the
    // Bürgenstock Resort, Switzerland, have been cancelled`)
    let called_off = || {
        voices[ci] == CueForm::Noun
            && (cue.end..clause_end.min(cue.end + MAX_CALLED_OFF_WORDS))
                .take_while(|&t| {
                    // (`States` in `the United States` is a name)
                    (marks[t] != Some(Marker::Speech) || tokens[t].capital)
                        && !cues[ci + 1..]
                            .iter()
                            .zip(&voices[ci + 1..])
                            .any(|(c, &v)| c.start == t && v != CueForm::Noun)
                })
                .any(|t| lang.called_off.iter().any(|p| phrase_at(tokens, t, p)))
    };
    if denied
        || prohibited
        || joined_to_cancelled()
        || called_off()
        || before(Marker::Negation, cue.start.saturating_sub(SCOPE))
        || infinitive.is_some_and(|k| {
            (k.saturating_sub(SCOPE).max(clause_start)..k)
                .any(|t| marks[t] == Some(Marker::Negation))
        })
        || (modified_from > clause_start
            && marks[modified_from - 1] == Some(Marker::Negation)
            && lang.is_determiner(tokens[modified_from].lower.as_str()))
        || before(Marker::Hypothetical, clause_start)
    {
        return None;
    }
    Some(CueScope {
        clause_start,
        window_end,
    })
}

/// Whether an infinitive marker (`to`) stands right before token `t` (`t` may be past the end).
fn after_to(lang: &Language, tokens: &[Token], t: usize) -> bool {
    t > 0
        && tokens
            .get(t - 1)
            .is_some_and(|tok| lang.infinitive_markers.contains(tok.lower.as_str()))
}

/// How far after a noun cue calling it off may stand (`the planned talks between Iran and the
/// United States at the Bürgenstock Resort, Switzerland, have been cancelled`).
const MAX_CALLED_OFF_WORDS: usize = 20;

/// How many words may stand between a phrase of responding and the act it names, the act's owner
/// among them (`in response to Trump's latest threat`).
const MAX_RESPONSE_GAP: usize = 5;

/// How many words an infinitive a controlled name does may take before an infinitive of purpose
/// (`the United States to use British bases to strike`).
const MAX_CHAIN_WORDS: usize = 6;

/// How far after a noun cue a `by` may name its doer (`mass killings of Armenians by`).
const MAX_AGENT_GAP: usize = 6;

/// How many capitalised words a place the gazetteer lacks may have between a reporter and its
/// verb of saying (`Popular Mobilization Forces in Nineveh announce`).
const MAX_PLACE_WORDS: usize = 4;

/// Where the verb of saying before `cue` starts, and the group before it that says it, when that
/// group is a single state's armed forces (`The IDF claim that`, `The Israeli military reports`)
/// or an organisation named as armed forces (`Popular Mobilization Forces in Nineveh announce`).
fn military_reporter(
    ctx: &ArticleCtx<'_, '_>,
    groups: &[Group],
    tokens: &[Token],
    marks: &[Option<Marker>],
    phrases: &Phrases,
    cue: &Span<CueHit>,
) -> Option<(usize, usize)> {
    let speech = (0..cue.start)
        .rev()
        .find(|&t| marks[t] == Some(Marker::Speech))?;
    // (past a short form in brackets: `The Israel Defense Forces (IDF) says`)
    let named_end = if speech >= 3 && tokens[speech - 1].lower == ")" {
        (speech.saturating_sub(MAX_PLACE_WORDS + 1)..speech - 1)
            .rev()
            .find(|&k| tokens[k].lower == "(")
            .unwrap_or(speech)
    } else {
        speech
    };
    // (past the place the reporter is in, named or not: `Forces in Nineveh announce`)
    let k = super::run_back(named_end, MAX_PLACE_WORDS, |k| {
        tokens[k].word && tokens[k].capital
    });
    let end = if k < named_end && k > 0 && marks[k - 1] == Some(Marker::Location) {
        k - 1
    } else {
        named_end
    };
    let g = groups
        .iter()
        .position(|g| g.end == end && g.prep.is_none())?;
    let [id] = groups[g].actors.as_slice() else {
        return None;
    };
    let military = phrases.roles.iter().any(|r| {
        r.start >= groups[g].start
            && r.end <= groups[g].end
            && ctx.lang.instrument_bodies.contains(&r.value.role)
    });
    // (or a body word ending an organisation's name: `Popular Mobilization Forces`)
    let named_forces = || {
        let last = &tokens[groups[g].end - 1].lower;
        ctx.is_organization(id)
            && ctx.lang.roles.iter().any(|(word, r)| {
                word == last && !r.person && ctx.lang.instrument_bodies.contains(&r.role)
            })
    };
    (military || named_forces()).then_some((speech, g))
}

/// Whether a passive auxiliary (`was`, `were`) stands among the three tokens before a cue.
fn aux_before(cue: &Span<CueHit>, marks: &[Option<Marker>]) -> bool {
    (cue.start.saturating_sub(3)..cue.start).any(|t| marks[t] == Some(Marker::PassiveAux))
}

/// Whether a participle after a preposition, determiner or count describes a noun (`a clinic for
/// wounded children`, `the captured soldiers`, `returns two seized armored cars`, `some
/// intercepted`): no act, and no end to an earlier cue's window.
fn describes_noun(
    lang: &Language,
    tokens: &[Token],
    marks: &[Option<Marker>],
    c: &Span<CueHit>,
    form: CueForm,
) -> bool {
    // (an adverb may stand between: `Yemen's internationally recognized government`)
    let at = if c.start > 1 && lang.is_adverb(&tokens[c.start - 1].lower) {
        c.start - 1
    } else {
        c.start
    };
    matches!(form, CueForm::Verb | CueForm::Reverse)
        && c.end - c.start == 1
        && lang.is_regular_participle(&tokens[c.start].lower)
        && c.start > 0
        && (marks[at - 1].is_some_and(Marker::is_preposition)
            || (lang.is_determiner_or_count(&tokens[at - 1].lower)
                && !(at > 1
                    && lang.floats(
                        &tokens[at - 1].lower,
                        &tokens[at - 2].lower,
                        tokens[at - 2].capital,
                    )))
            || (at < c.start && at >= 2 && possessive_s(tokens, at - 2))
            || compound_modifier(tokens, c.start)
            // (a name's agent suffix naming a joint act, which the name leads and is no party
            // to: `United Kingdom and United States-mediated talks`; `Rwanda-backed` still backs)
            || (c.value.kind.is_symmetric()
                && lang.agent_suffixes.contains(tokens[c.start].lower.as_str())
                && tokens[c.start - 1].lower == "-"
                && tokens[c.start].start == tokens[c.start - 1].end))
}

/// Whether one of `words` stands right before token `t`, determiners skipped (`fired from
/// Yemen`, `following the attack`).
fn word_before(
    ctx: &ArticleCtx<'_, '_>,
    tokens: &[Token],
    t: usize,
    words: &FxHashSet<String>,
) -> bool {
    // (a word or a phrase: `in response to`)
    super::listed_before(tokens, ctx.before_determiners(t, tokens), words)
}

/// The group that joins the group `src` in the act of `cue`: its subject, before a verb of
/// joining right before `src`, when a location marker opens the act after `src` (`the United
/// Arab Emirates has secretly joined Israel and the U.S. in carrying out airstrikes`).
fn joiner(
    ctx: &ArticleCtx<'_, '_>,
    groups: &[Group],
    tokens: &[Token],
    marks: &[Option<Marker>],
    src: usize,
    cue: &Span<CueHit>,
) -> Option<usize> {
    const MAX_VERB_WORDS: usize = 3;
    let (start, end) = (groups[src].start, groups[src].end);
    if end >= cue.start || marks[end] != Some(Marker::Location) {
        return None;
    }
    let verb = ctx.before_determiners(start, tokens).checked_sub(1)?;
    if !ctx.lang.join_verbs.contains(tokens[verb].lower.as_str()) {
        return None;
    }
    // (past auxiliaries and adverbs: `has secretly joined`, `will join`)
    let k = super::run_back(verb, MAX_VERB_WORDS, |k| {
        tokens[k].word
            && !tokens[k].capital
            && matches!(
                marks[k],
                None | Some(Marker::PassiveAux) | Some(Marker::Planned)
            )
    });
    groups
        .iter()
        .position(|g| g.prep.is_none() && (k..=verb).contains(&g.end))
        .filter(|&g| g != src)
}

/// The actors of the groups `gs`, each once, in order.
fn actors_of(groups: &[Group], gs: impl IntoIterator<Item = usize>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for g in gs {
        for a in &groups[g].actors {
            if !out.contains(a) {
                out.push(a.clone());
            }
        }
    }
    out
}

/// The doers of the article's last attack, but for `except` (those it would be done to).
fn last_attackers(ctx: &ArticleCtx<'_, '_>, except: &[String]) -> Vec<String> {
    ctx.last_sources
        .get(&RelationKind::Attack)
        .into_iter()
        .flatten()
        .filter(|a| !except.contains(a))
        .cloned()
        .collect()
}

/// Relates each of `sources` to each of `targets`, one way.
fn relate_all(
    ctx: &mut ArticleCtx<'_, '_>,
    sources: &[String],
    targets: &[String],
    kind: RelationKind,
    evidence: &dyn Fn() -> Evidence,
) {
    for a in sources {
        for b in targets {
            ctx.relate(a, b, kind, evidence());
        }
    }
}

/// Relates each actor of one side to each of the other, both ways: the sides of a fight, whose
/// members on one side do not fight each other (`clashed with the Rapid Support Forces and the
/// SPLM-N`).
fn relate_across(
    ctx: &mut ArticleCtx<'_, '_>,
    side_a: &[String],
    side_b: &[String],
    kind: RelationKind,
    evidence: &dyn Fn() -> Evidence,
) {
    for a in side_a {
        for b in side_b {
            relate_each_other(ctx, vec![a.clone(), b.clone()], kind, evidence);
        }
    }
}

/// Relates every two of `actors` (one per country or organisation) both ways, when there are two
/// to [`MAX_GROUP_PARTIES`] of them.
fn relate_each_other(
    ctx: &mut ArticleCtx<'_, '_>,
    actors: Vec<String>,
    kind: RelationKind,
    evidence: &dyn Fn() -> Evidence,
) {
    let members = dedup_by_key(ctx, actors);
    if (2..=MAX_GROUP_PARTIES).contains(&members.len()) {
        for a in &members {
            for b in members.iter().filter(|b| *b != a) {
                ctx.relate(a, b, kind, evidence());
            }
        }
    }
}

/// The actors with one per country (or organisation), the first named kept.
fn dedup_by_key(ctx: &ArticleCtx<'_, '_>, actors: Vec<String>) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for a in actors {
        let k = ctx.key(&a);
        if !seen.contains(&k) {
            seen.push(k);
            out.push(a);
        }
    }
    out
}

/// Whether group `g` names exactly the actors of group `other`.
fn same_actors(groups: &[Group], g: usize, other: Option<usize>) -> bool {
    other.is_some_and(|o| {
        let mut a = groups[g].actors.clone();
        let mut b = groups[o].actors.clone();
        a.sort();
        b.sort();
        a == b
    })
}

/// The form of the cue in context: an English verb after `was` or before `by` is passive.
fn voice(
    ctx: &ArticleCtx<'_, '_>,
    cue: &Span<CueHit>,
    tokens: &[Token],
    marks: &[Option<Marker>],
) -> CueForm {
    let form = cue.value.form;
    // a verb of bringing down a weapon stops it (`shoots down a suspected Iranian ballistic
    // missile`): the weapon's owner attacks (and the verb's subject attacks it back, see `apply`)
    if form == CueForm::Verb && cue.value.kind == RelationKind::Attack {
        let words = || tokens[cue.start..cue.end].iter().map(|t| t.lower.as_str());
        if ctx
            .lang
            .downing_verbs
            .iter()
            .any(|p| p.split(' ').eq(words()))
            && (cue.end..(cue.end + MAX_DOWNED_WORDS).min(tokens.len()))
                .take_while(|&t| tokens[t].word && marks[t].is_none())
                .any(|t| ctx.lang.weapons.contains(tokens[t].lower.as_str()))
        {
            return CueForm::Reverse;
        }
    }
    if !matches!(form, CueForm::Verb | CueForm::Either)
        || !ctx
            .lang
            .markers
            .iter()
            .any(|(_, m)| *m == Marker::PassiveAux)
    {
        return form;
    }
    let first = &tokens[cue.start].lower;
    if ctx.lang.is_gerund(first) {
        // a gerund right after a determiner names an act (`killed in a shooting`, `the bombing
        // of`; not after a noun, where it is a participle: `a statement accusing`)
        let named = cue.start >= 1 && ctx.lang.is_determiner(tokens[cue.start - 1].lower.as_str());
        // and so does one the lexicon lists as a noun too, unless a name or a determiner follows
        // it, opening its object (`accused Russia of bombing Idlib`, `of bombing a market in
        // Idlib`, `Russia is backing Iran`; not `an emergency meeting in response`)
        let object_named = tokens
            .get(cue.end)
            .is_some_and(|t| t.word && (t.capital || ctx.lang.is_determiner(t.lower.as_str())));
        let noun_too = form == CueForm::Either && cue.end - cue.start == 1;
        return if named || (noun_too && !object_named) {
            CueForm::Noun
        } else {
            form
        };
    }
    let aux_before = aux_before(cue, marks);
    // (a participle coordinated with a passive is passive too: `four are killed and six
    // wounded`)
    let coordinated = (cue.start.saturating_sub(4)..cue.start).any(|c| {
        marks[c] == Some(Marker::Coordinator)
            && (c.saturating_sub(4)..c).any(|t| marks[t] == Some(Marker::PassiveAux))
    });
    let aux_before = aux_before || coordinated;
    let by_after = cue.end < tokens.len() && marks[cue.end] == Some(Marker::Agent);
    // a weapon fired at a target acts on it (`Iranian missiles are fired at Israel`)
    if cue.value.after_weapon && !by_after {
        return form;
    }
    let participle = ctx.lang.is_participle(first);
    // (a participle between a plural common noun and a preposition is a reduced passive: `two
    // American service members killed in Jordan`, `weapons supplied to Israel`; not before an
    // infinitive, nor after a singular noun: `the parliament threatened on Monday to`)
    let before = tokens[cue.start.saturating_sub(1)].lower.as_str();
    let reduced = cue.start > 0
        && cue.end - cue.start == 1
        && tokens[cue.start - 1].word
        && !tokens[cue.start - 1].capital
        && ctx.lang.is_plural(before)
        && !(after_to(ctx.lang, tokens, cue.end + 1)
            && tokens.get(cue.end + 1).is_some_and(|t| {
                t.word && !t.capital && !ctx.lang.is_determiner(t.lower.as_str())
            }))
        && marks[cue.start - 1].is_none()
        && !ctx.lang.is_determiner(before)
        // (not a pronoun or an auxiliary: `it killed at least`, `has refused to`)
        && !ctx.lang.subject_pronouns.contains(before)
        && !ctx.lang.stopwords.contains(before)
        && marks
            .get(cue.end)
            .is_some_and(|m| m.is_some_and(Marker::is_preposition));
    if participle && (aux_before || by_after || reduced) {
        CueForm::Passive
    } else {
        form
    }
}

/// The subject of the plain verb at token `v`: the group ending right before it, with no
/// preposition and not yet an object. A plain verb is a lowercase word with no marker that no
/// cue covers (a cue is an act of its own).
fn plain_verb_subject(
    groups: &[Group],
    acts: &[&Span<CueHit>],
    tokens: &[Token],
    marks: &[Option<Marker>],
    v: usize,
) -> Option<usize> {
    let plain = tokens[v].word && !tokens[v].capital && marks[v].is_none();
    if !plain || acts.iter().any(|c| c.start <= v && v < c.end) {
        return None;
    }
    groups
        .iter()
        .position(|g| g.end == v && !is_prep(g.prep) && !g.object)
}

/// True when token `t` is a plain plural noun: a lowercase word with no marker (`migrants`).
pub(super) fn plain_plural(
    lang: &Language,
    tokens: &[Token],
    marks: &[Option<Marker>],
    t: usize,
) -> bool {
    tokens[t].word && !tokens[t].capital && marks[t].is_none() && lang.is_plural(&tokens[t].lower)
}

/// The subject group of a cue, if any; `acts` are the sentence's cues.
fn subject(
    lang: &Language,
    groups: &[Group],
    acts: &[&Span<CueHit>],
    cue: &Span<CueHit>,
    clause_start: usize,
    tokens: &[Token],
    marks: &[Option<Marker>],
) -> Option<usize> {
    // a relative pronoun right before a verb cue: the subject is the noun before the pronoun (a noun
    // after one is a predicate: `Israel yang disebut "investasi terbaik"`)
    let verbal = cue.value.form != CueForm::Noun;
    let rel = (cue.start.saturating_sub(3).max(clause_start)..cue.start)
        .filter(|_| verbal)
        .rev()
        .find(|&t| marks[t] == Some(Marker::Relative));
    // a weapon fired at a target is fired by the one it is named for, even where the weapon is
    // what another verb acts on (`shoot down an Iranian missile fired at Aqaba`)
    if cue.value.after_weapon {
        let owner = groups.iter().rposition(|g| {
            g.end <= cue.start
                && g.end + 3 >= cue.start
                && g.start >= clause_start
                && (g.end..cue.start).all(|t| {
                    (tokens[t].word && !tokens[t].capital && marks[t].is_none())
                        || marks[t] == Some(Marker::PassiveAux)
                })
        });
        if owner.is_some() {
            return owner;
        }
        // (a weapon named with no owner right after `after` is the subject of that clause: no
        // one named before fired it, `Somalia enters a lockdown after several mortars were fired
        // toward the airport`)
        let mut k = cue.start;
        while k > 0 && marks[k - 1] == Some(Marker::PassiveAux) {
            k -= 1;
        }
        let k = modifiers_start(lang, tokens, marks, k, 0, true);
        // (unless the weapon is the agent of a passive, whose subject is the clause's: `A U.S.
        // jet crashes after being hit by Iranian anti-aircraft fire`)
        if k > 0
            && lang
                .sequel_prepositions
                .contains(tokens[k - 1].lower.as_str())
            && marks.get(cue.end) != Some(&Some(Marker::Agent))
        {
            return None;
        }
    }
    // an attack named right before an attack verb is its subject: the act's owner acts, or no
    // one named (`Russia evacuates staff from the plant as an airstrike kills an Iranian guard`;
    // `Israeli airstrikes kill five`, `Russian artillery and glide bombs target Kherson`)
    if verbal && !lang.genitive_after && cue.value.kind == RelationKind::Attack {
        // (not an act aimed with a preposition, whose object the next word is: `fired four
        // shell bombs at targets in Jericho`)
        let act = acts.iter().find(|c| {
            c.end == cue.start
                && c.value.kind == cue.value.kind
                && matches!(c.value.form, CueForm::Noun | CueForm::Either)
                && !marks[c.end - 1].is_some_and(Marker::is_preposition)
        });
        if let Some(act) = act {
            return groups.iter().rposition(|g| {
                g.start >= clause_start && names_act_owner(lang, tokens, marks, g, act)
            });
        }
    }
    // (`that` after a verb of saying opens what was said: `said on Monday that it condemned`)
    // (only a relative word that is also a complementiser: `ujar seorang komandan aliansi
    // militer yang mendukung` is a relative clause of the speaker)
    let rel = rel.filter(|&r| {
        !(lang.complementizers.contains(tokens[r].lower.as_str())
            && (r.saturating_sub(5).max(clause_start)..r).any(|t| marks[t] == Some(Marker::Speech)))
    });
    if let Some(r) = rel {
        if !groups.iter().any(|g| g.start > r && g.end <= cue.start) {
            let mut k = r;
            if k > 0 && tokens[k - 1].lower == "," {
                k -= 1;
            }
            // (or an act of its kind there, whose owner named before it does this too: `a
            // Russian guided bomb attack that destroyed a residential building`)
            let act = acts.iter().find(|c| {
                c.end == k
                    && c.value.kind == cue.value.kind
                    && matches!(c.value.form, CueForm::Noun | CueForm::Either)
            });
            // (or an operation, which is carried out: `conducted a four-day operation that
            // killed`)
            let head = act.map(|c| c.start).or_else(|| {
                (k > 0 && lang.operation_nouns.contains(tokens[k - 1].lower.as_str()))
                    .then_some(k - 1)
            });
            // (with no owner named before it, an act or operation a verb right before governs
            // is done by that verb's subject: `American troops launched an airstrike that
            // killed`; back over its determiners and a hyphened modifier only)
            let carried_out = || {
                let mut j = head?;
                loop {
                    if j > 0 && lang.is_determiner(tokens[j - 1].lower.as_str()) {
                        j -= 1;
                    } else if j >= 3 && tokens[j - 2].lower == "-" {
                        j -= 3;
                    } else {
                        break;
                    }
                }
                // (not a verb that is an act of its own: `Russia condemned an operation that`)
                plain_verb_subject(groups, acts, tokens, marks, j.checked_sub(1)?)
            };
            let act = act.is_some();
            // (back over at most three modifiers, as an act's words are found elsewhere)
            let k = if act {
                head.map_or(k, |h| {
                    let floor = h.saturating_sub(3).max(clause_start);
                    modifiers_start(lang, tokens, marks, h, floor, false)
                })
            } else {
                k
            };
            // (not a name after a preposition of a target or place, which is where the head
            // noun went, not who does the clause: `kunjungan ... Rex Tillerson ke Korsel, China,
            // dan Jepang yang turut membahas krisis nuklir Korut`)
            let owner = groups.iter().position(|g| {
                g.end == k && (act || !matches!(g.prep, Some(Marker::Target | Marker::Location)))
            });
            return owner.or_else(carried_out);
        }
    }
    let found = groups
        .iter()
        .enumerate()
        .rev()
        .find(|(_, g)| {
            g.end <= cue.start && g.start >= clause_start && !is_prep(g.prep) && !g.object
        })
        .map(|(i, _)| i)?;
    // a name right after a plain verb after a subject is that verb's object, not the subject of a
    // verb joined to it by `and` (`Hamas gave Israel 24 hours and warned`, `memberi Israel waktu
    // ... dan memperingatkan`)
    let found = {
        let g = &groups[found];
        let coordinated = (g.end..cue.start).any(|t| marks[t] == Some(Marker::Coordinator));
        g.start
            .checked_sub(1)
            // (a verb joined by `and`, not a noun act, and no apposition: `musuh utama Korut
            // yakni AS tengah mempersiapkan ... sanksi baru`)
            .filter(|&v| {
                coordinated && verbal && !lang.apposition_openers.contains(tokens[v].lower.as_str())
            })
            .and_then(|v| plain_verb_subject(groups, acts, tokens, marks, v))
            .unwrap_or(found)
    };
    // a plain plural noun right after a word opening a clause is the subject of the verb there,
    // no actor (`Moroccan police watch as migrants attempt to storm the Spanish enclave`)
    let opened = (groups[found].end..cue.start)
        .find(|&t| lang.clause_openers.contains(tokens[t].lower.as_str()))
        .filter(|&o| {
            let n = o + 1;
            n < cue.start
                && plain_plural(lang, tokens, marks, n)
                && !groups.iter().any(|g| g.start > o && g.end <= cue.start)
                && !acts.iter().any(|c| c.start > o && c.end <= cue.start)
                && (n + 1..cue.start).all(|t| tokens[t].word && !tokens[t].capital)
        });
    if verbal && opened.is_some() {
        return None;
    }
    // a common noun after an article opening what a verb of saying reports is the subject of
    // the verb there, no actor: the speaker does not do the act (`Ukraine says the warehouses
    // support Russian drone production`; but an act named there may be the speaker's: `the IDF
    // claim that a drone strike in Lebanon killed`)
    // (the cue a verb: a past or `-ing` form, or a bare one after a plural noun or a modal; not
    // `announces an indefinite ban on`)
    let finite = match cue.value.form {
        CueForm::Verb => true,
        CueForm::Either => {
            cue.start > 0 && {
                let before = &tokens[cue.start - 1];
                (before.word && !before.capital && lang.is_plural(&before.lower))
                    || marks[cue.start - 1] == Some(Marker::Planned)
            }
        }
        _ => false,
    };
    let speech = (groups[found].end..cue.start).find(|&t| marks[t] == Some(Marker::Speech));
    if let (true, Some(s)) = (finite, speech) {
        let mut k = s + 1;
        if k < cue.start && lang.complementizers.contains(tokens[k].lower.as_str()) {
            k += 1;
        }
        if k + 1 < cue.start
            && lang.articles.contains(tokens[k].lower.as_str())
            && !groups.iter().any(|g| g.start >= k && g.end <= cue.start)
            && !acts.iter().any(|c| c.start > k && c.end <= cue.start)
        {
            return None;
        }
    }
    // inside an apposition (`Pakistan, a key U.S. ally in the war, has refused`) the subject is
    // the name before the first comma
    let open = (clause_start..groups[found].start)
        .rev()
        .find(|&t| tokens[t].lower == ",");
    let closed = (groups[found].end..cue.start).any(|t| tokens[t].lower == ",");
    // (an apposition opens with a common word; `MPR, DPR dan DPD` is a list)
    let appositive = open.is_some_and(|o| o + 1 < tokens.len() && !tokens[o + 1].capital);
    if let (Some(open), true, true) = (open, closed, appositive) {
        if let Some(head) = groups
            .iter()
            .position(|g| g.end == open && g.start >= clause_start && !is_prep(g.prep) && !g.object)
        {
            return Some(head);
        }
    }
    Some(found)
}
