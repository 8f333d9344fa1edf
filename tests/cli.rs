//! End-to-end tests: they run the `relgraph` binary on the bundled articles and on small inputs, as a
//! user would, and read its JSON export.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn article(name: &str) -> PathBuf {
    root().join("data/articles").join(name)
}

fn relgraph() -> Command {
    Command::cargo_bin("relgraph").unwrap()
}

/// Runs `relgraph build -g GRAPH args...` and returns the exported JSON.
fn build(graph: &Path, args: &[&str]) -> Value {
    relgraph()
        .arg("build")
        .arg("-g")
        .arg(graph)
        .args(args)
        .assert()
        .success();
    export(graph)
}

fn export(graph: &Path) -> Value {
    let out = relgraph()
        .args(["export", "--format", "json", "-g"])
        .arg(graph)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Event relations lifted to the countries of their actors, as "SRC kind TGT".
fn lifted(doc: &Value) -> BTreeSet<String> {
    let country = |id: &str| -> String {
        let a = doc["actors"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["id"] == id)
            .unwrap();
        a["country"]
            .as_str()
            .map(String::from)
            .unwrap_or_else(|| id.to_string())
    };
    doc["relations"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| !matches!(r["kind"].as_str(), Some("leads" | "member_of")))
        .map(|r| {
            let (s, t) = (
                country(r["source"].as_str().unwrap()),
                country(r["target"].as_str().unwrap()),
            );
            let kind = r["kind"].as_str().unwrap();
            let symmetric = matches!(kind, "meeting" | "agreement" | "cooperation" | "trade");
            let (s, t) = if symmetric && t < s { (t, s) } else { (s, t) };
            format!("{s} {kind} {t}")
        })
        .collect()
}

fn actor_ids(doc: &Value) -> BTreeSet<String> {
    doc["actors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn founding_article_gives_the_whole_story() {
    let dir = tempfile::tempdir().unwrap();
    let g = dir.path().join("g.json");
    let doc = build(&g, &[article("000_ed3a308d17acbb5e.txt").to_str().unwrap()]);
    let rel = lifted(&doc);
    for want in [
        "IRN visit VEN",
        "IRN meeting VEN",
        "IRN agreement VEN",
        "IRN trade VEN",
        "USA sanction IRN",
        "USA sanction VEN",
        "USA sanction NIC",
        "USA sanction CUB",
        "IRN opposition USA",
        "VEN opposition USA",
        "NIC opposition USA",
        "CUB opposition USA",
    ] {
        assert!(rel.contains(want), "missing {want}; got {rel:?}");
    }
    // Baca Juga lines and the comment form produce nothing
    let ids = actor_ids(&doc);
    for banned in ["RUS", "UKR", "un", "irgc"] {
        assert!(
            !ids.contains(banned),
            "{banned} comes only from boilerplate; got {ids:?}"
        );
    }
    // persons keep their country and role, and lead their country
    let raisi = doc["actors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == "ebrahim-raisi")
        .unwrap();
    assert_eq!(raisi["kind"], "person");
    assert_eq!(raisi["country"], "IRN");
    assert_eq!(raisi["role"], "president");
    assert!(ids.contains("nicolas-maduro"));
    let leads =
        doc["relations"].as_array().unwrap().iter().any(|r| {
            r["source"] == "ebrahim-raisi" && r["target"] == "IRN" && r["kind"] == "leads"
        });
    assert!(leads);
    // evidence names article, sentence, text and cue
    let visit = doc["relations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["kind"] == "visit" && r["target"] == "VEN")
        .unwrap();
    let ev = &visit["evidence"][0];
    assert!(ev["text"].as_str().unwrap().contains("tiba di"));
    assert_eq!(ev["cue"], "tiba di");
    assert!(ev["sentence"].as_u64().unwrap() > 0);
    assert_eq!(ev["article"], doc["articles"][0]["id"]);
    // the planned visits to Nicaragua and Cuba are marked as planned
    let planned = doc["relations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["kind"] == "visit" && r["target"] == "NIC")
        .unwrap();
    assert_eq!(planned["planned"], true);
}

#[test]
fn the_json_schema_has_the_documented_fields() {
    let dir = tempfile::tempdir().unwrap();
    let doc = build(
        &dir.path().join("g.json"),
        &[article("archive.jsonl").to_str().unwrap()],
    );
    assert_eq!(doc["format"], "relgraph");
    assert_eq!(doc["version"], 1);
    for a in doc["actors"].as_array().unwrap() {
        for key in ["id", "name", "kind", "country", "role", "aliases"] {
            assert!(a.get(key).is_some(), "actor lacks {key}: {a}");
        }
    }
    for r in doc["relations"].as_array().unwrap() {
        for key in ["source", "target", "kind", "count", "planned", "evidence"] {
            assert!(r.get(key).is_some(), "relation lacks {key}: {r}");
        }
        for e in r["evidence"].as_array().unwrap() {
            for key in ["article", "sentence", "text", "cue"] {
                assert!(e.get(key).is_some(), "evidence lacks {key}: {e}");
            }
        }
        assert_eq!(
            r["count"].as_u64().unwrap() as usize,
            r["evidence"].as_array().unwrap().len()
        );
    }
    let art = doc["articles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == "example-2017-iran-sanksi")
        .unwrap();
    assert_eq!(art["date"], "2017-08-03");
    assert_eq!(art["lang"], "id");
    assert_eq!(art["url"], "https://example.org/2017/iran-sanksi");
    // "Presiden Iran" in 2017 is Rouhani; the 2025 article's language is detected as English
    assert!(actor_ids(&doc).contains("hassan-rouhani"));
    let en = doc["articles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == "example-2025-tariffs")
        .unwrap();
    assert_eq!(en["lang"], "en");
    let rel = lifted(&doc);
    assert!(rel.contains("USA sanction CAN"), "{rel:?}");
    assert!(rel.contains("USA sanction IRN"), "{rel:?}");
}

#[test]
fn folders_are_read_recursively_and_other_files_reported() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = dir.path().join("in");
    std::fs::create_dir_all(inputs.join("sub")).unwrap();
    std::fs::copy(
        article("en_japan_philippines_raa.txt"),
        inputs.join("sub/a.txt"),
    )
    .unwrap();
    std::fs::write(
        inputs.join("b.md"),
        "# Kenya and Uganda sign a trade deal\n\nKenya signed a trade agreement with Uganda.\n",
    )
    .unwrap();
    std::fs::write(
        inputs.join("c.json"),
        r#"[{"id": "c1", "text": "Chile condemned Peru."}]"#,
    )
    .unwrap();
    std::fs::write(inputs.join("notes.csv"), "a,b\n").unwrap();
    let g = dir.path().join("g.json");
    relgraph()
        .arg("build")
        .arg("-g")
        .arg(&g)
        .arg(&inputs)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "notes.csv: skipped: not an article file",
        ))
        .stderr(predicate::str::contains("articles read 3, added 3"));
    let rel = lifted(&export(&g));
    assert!(rel.contains("JPN agreement PHL"), "{rel:?}");
    assert!(rel.contains("KEN agreement UGA"), "{rel:?}");
    assert!(rel.contains("CHL opposition PER"), "{rel:?}");
}

#[test]
fn standard_input_is_one_article() {
    let dir = tempfile::tempdir().unwrap();
    let g = dir.path().join("g.json");
    relgraph()
        .args(["build", "-g"])
        .arg(&g)
        .arg("-")
        .write_stdin("Judul\n\nMalaysia mengecam Myanmar.\n")
        .assert()
        .success();
    assert!(lifted(&export(&g)).contains("MYS opposition MMR"));
}

#[test]
fn add_merges_and_never_counts_an_article_twice() {
    let dir = tempfile::tempdir().unwrap();
    let g = dir.path().join("g.json");
    let founding = article("000_ed3a308d17acbb5e.txt");
    let other = article("id_indonesia_malaysia_batas.txt");
    relgraph()
        .arg("add")
        .arg("-g")
        .arg(&g)
        .arg(&founding)
        .assert()
        .success();
    let once = std::fs::read(&g).unwrap();
    relgraph()
        .arg("add")
        .arg("-g")
        .arg(&g)
        .arg(&founding)
        .assert()
        .success()
        .stderr(predicate::str::contains("already in the graph 1"));
    assert_eq!(
        std::fs::read(&g).unwrap(),
        once,
        "adding the same article twice changes nothing"
    );
    relgraph()
        .arg("add")
        .arg("-g")
        .arg(&g)
        .arg(&other)
        .assert()
        .success();
    let both = export(&g);
    assert_eq!(both["articles"].as_array().unwrap().len(), 2);
    let rel = lifted(&both);
    assert!(
        rel.contains("IRN agreement VEN") && rel.contains("IDN agreement MYS"),
        "{rel:?}"
    );
    // add A then B equals build A B
    let g2 = dir.path().join("g2.json");
    let built = build(&g2, &[founding.to_str().unwrap(), other.to_str().unwrap()]);
    assert_eq!(built, both);
    // build starts afresh
    let fresh = build(&g, &[other.to_str().unwrap()]);
    assert_eq!(fresh["articles"].as_array().unwrap().len(), 1);
}

#[test]
fn lang_option_overrides_detection() {
    let dir = tempfile::tempdir().unwrap();
    let g = dir.path().join("g.json");
    let doc = build(
        &g,
        &[
            "--lang",
            "en",
            article("id_indonesia_malaysia_batas.txt").to_str().unwrap(),
        ],
    );
    assert_eq!(doc["articles"][0]["lang"], "en");
    relgraph()
        .args(["build", "--lang", "xx", "-g"])
        .arg(&g)
        .arg(article("archive.jsonl"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--lang xx: unknown language"));
}

#[test]
fn bad_input_is_named_with_file_and_line_and_the_graph_survives() {
    let dir = tempfile::tempdir().unwrap();
    let g = dir.path().join("g.json");
    relgraph()
        .arg("build")
        .arg("-g")
        .arg(&g)
        .arg(article("archive.jsonl"))
        .assert()
        .success();
    let before = std::fs::read(&g).unwrap();
    let fixtures = root().join("tests/fixtures");
    relgraph()
        .arg("add")
        .arg("-g")
        .arg(&g)
        .arg(fixtures.join("bad_line.jsonl"))
        .assert()
        .failure()
        .stderr(predicate::str::contains("bad_line.jsonl:2: invalid JSON"));
    relgraph()
        .arg("add")
        .arg("-g")
        .arg(&g)
        .arg(fixtures.join("no_text.jsonl"))
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "no_text.jsonl:2: missing required field `text`",
        ));
    relgraph()
        .arg("add")
        .arg("-g")
        .arg(&g)
        .arg(dir.path().join("missing.txt"))
        .assert()
        .code(3)
        .stderr(predicate::str::contains(
            "missing.txt: no such file or folder",
        ));
    assert_eq!(
        std::fs::read(&g).unwrap(),
        before,
        "a failed add leaves the graph as it was"
    );
}

#[test]
fn a_corrupt_graph_is_reported_and_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let g = dir.path().join("g.json");
    std::fs::write(
        &g,
        "{\"format\": \"relgraph\", \"version\": 1, \"actors\": [",
    )
    .unwrap();
    relgraph()
        .arg("add")
        .arg("-g")
        .arg(&g)
        .arg(article("archive.jsonl"))
        .assert()
        .code(4)
        .stderr(predicate::str::contains("not a usable relgraph graph"));
    assert_eq!(
        std::fs::read_to_string(&g).unwrap(),
        "{\"format\": \"relgraph\", \"version\": 1, \"actors\": ["
    );
    relgraph()
        .args(["export", "-g"])
        .arg(dir.path().join("none.json"))
        .assert()
        .code(4);
}

#[test]
fn export_writes_a_file_that_matches_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let g = dir.path().join("g.json");
    let doc = build(
        &g,
        &[article("en_japan_philippines_raa.txt").to_str().unwrap()],
    );
    let out = dir.path().join("out/export.json");
    relgraph()
        .args(["export", "--format", "json", "-g"])
        .arg(&g)
        .arg("-o")
        .arg(&out)
        .assert()
        .success();
    let written: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(written, doc);
}

#[test]
fn the_bundled_examples_build() {
    let dir = tempfile::tempdir().unwrap();
    let g = dir.path().join("g.json");
    relgraph()
        .arg("build")
        .arg("-g")
        .arg(&g)
        .arg(root().join("data/articles"))
        .assert()
        .success()
        .stderr(predicate::str::contains("articles read 5, added 5"));
    let doc = export(&g);
    let rel = lifted(&doc);
    for want in [
        "IDN agreement MYS",
        "IDN visit MYS",
        "JPN agreement PHL",
        "JPN visit PHL",
        "CHN threat PHL",
    ] {
        assert!(rel.contains(want), "missing {want}: {rel:?}");
    }
    // "dolar AS" is a currency, not the United States
    assert!(
        !rel.iter()
            .any(|r| r.contains("trade USA") && r.starts_with("IDN")),
        "{rel:?}"
    );
}

#[test]
fn a_user_actor_file_adds_persons() {
    let dir = tempfile::tempdir().unwrap();
    let actors = dir.path().join("mine.tsv");
    std::fs::write(
        &actors,
        "# my actors\nid\tname\tcountry\trole\tstart\tend\taliases\tsource\n\
         elmer-schialer\tElmer Schialer\tPER\tforeign minister\t2025\t\tSchialer\tPeru foreign ministry\n",
    )
    .unwrap();
    let text = dir.path().join("a.txt");
    std::fs::write(
        &text,
        "Peru and Bolivia\n\nSchialer criticised Bolivia on Monday.\n",
    )
    .unwrap();
    let g = dir.path().join("g.json");
    let without = build(&g, &[text.to_str().unwrap()]);
    assert!(!lifted(&without).contains("PER opposition BOL"));
    let with = build(
        &g,
        &["--actors", actors.to_str().unwrap(), text.to_str().unwrap()],
    );
    assert!(
        lifted(&with).contains("PER opposition BOL"),
        "{:?}",
        lifted(&with)
    );
    let bad = dir.path().join("bad.tsv");
    std::fs::write(&bad, "x\ty\n").unwrap();
    relgraph()
        .args(["build", "--actors"])
        .arg(&bad)
        .arg("-g")
        .arg(&g)
        .arg(&text)
        .assert()
        .failure()
        .stderr(predicate::str::contains("bad.tsv:0: 2 columns"));
}
