//! Actor names as users type them: id, name or alias, in either language, any case, with or without
//! diacritics (`maduro`, `Amerika Serikat`, `AS`, `usa`, `Teheran`).

use crate::error::{Error, Result};
use crate::graph::ActorGraph;
use crate::model::Actor;

/// Lowercase, diacritics folded, spaces collapsed.
pub fn normalize(s: &str) -> String {
    deunicode::deunicode(s)
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every name an actor answers to, normalised.
fn names_of(a: &Actor) -> impl Iterator<Item = String> + '_ {
    std::iter::once(a.id.as_str())
        .chain(std::iter::once(a.name.as_str()))
        .chain(a.aliases.iter().map(String::as_str))
        .map(normalize)
}

/// The id of the actor named `query`. An unknown name is an error that suggests the closest names;
/// an ambiguous one lists the candidates.
pub fn resolve_actor(graph: &ActorGraph, query: &str) -> Result<String> {
    if graph.actor(query).is_some() {
        return Ok(query.to_string());
    }
    let q = normalize(query);
    let actors = graph.actors();
    if let Some(a) = actors.iter().find(|a| normalize(&a.id) == q) {
        return Ok(a.id.clone());
    }
    let exact: Vec<&&Actor> = actors.iter().filter(|a| normalize(&a.name) == q).collect();
    if exact.len() == 1 {
        return Ok(exact[0].id.clone());
    }
    let by_alias: Vec<&&Actor> = actors
        .iter()
        .filter(|a| names_of(a).any(|n| n == q))
        .collect();
    match by_alias.len() {
        1 => Ok(by_alias[0].id.clone()),
        0 => {
            let mut scored: Vec<(f64, String)> = actors
                .iter()
                .map(|a| {
                    let best = names_of(a)
                        .map(|n| strsim::jaro_winkler(&n, &q))
                        .fold(0.0, f64::max);
                    (best, format!("{} ({})", a.name, a.id))
                })
                .filter(|(s, _)| *s > 0.7)
                .collect();
            scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
            let hint = if scored.is_empty() {
                format!(
                    "; it has {} actors: `relgraph actors` lists them",
                    actors.len()
                )
            } else {
                let names: Vec<String> = scored.into_iter().take(3).map(|(_, n)| n).collect();
                format!("; did you mean {}?", names.join(", "))
            };
            Err(Error::Usage(format!(
                "no actor named `{query}` in the graph{hint}"
            )))
        }
        _ => {
            let names: Vec<String> = by_alias
                .iter()
                .map(|a| format!("{} ({})", a.name, a.id))
                .collect();
            Err(Error::Usage(format!(
                "`{query}` could be any of: {}; use an id",
                names.join(", ")
            )))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::fixtures::{country, graph_of};

    fn graph() -> ActorGraph {
        let actor = |id: &str, name: &str, aliases: &[&str]| Actor {
            name: name.into(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            ..country(id)
        };
        graph_of(
            "a",
            vec![
                actor("COD", "Congo - Kinshasa", &["Congo", "DR Congo"]),
                actor(
                    "COG",
                    "Congo - Brazzaville",
                    &["Congo", "Republic of the Congo"],
                ),
                actor("CIV", "Côte d’Ivoire", &["Ivory Coast"]),
            ],
            vec![],
        )
    }

    #[test]
    fn names_resolve_by_id_name_alias_case_and_accents() {
        let g = graph();
        assert_eq!(resolve_actor(&g, "COD").unwrap(), "COD");
        assert_eq!(resolve_actor(&g, "cog").unwrap(), "COG");
        assert_eq!(resolve_actor(&g, "dr congo").unwrap(), "COD");
        assert_eq!(resolve_actor(&g, "cote d’ivoire").unwrap(), "CIV");
        assert_eq!(resolve_actor(&g, "IVORY  COAST").unwrap(), "CIV");
    }

    #[test]
    fn ambiguous_names_list_the_candidates() {
        let e = resolve_actor(&graph(), "Congo").unwrap_err().to_string();
        assert!(
            e.contains("could be any of") && e.contains("(COD)") && e.contains("(COG)"),
            "{e}"
        );
    }

    #[test]
    fn unknown_names_suggest_the_closest() {
        let e = resolve_actor(&graph(), "Ivory Cost")
            .unwrap_err()
            .to_string();
        assert!(e.contains("did you mean Côte d’Ivoire (CIV)"), "{e}");
    }
}
