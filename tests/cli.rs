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

/// Writes a test input file, failing the test with the path if it cannot.
fn write_file(path: impl AsRef<Path>, content: impl AsRef<[u8]>) {
    let path = path.as_ref();
    std::fs::write(path, content).unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
}

fn relgraph() -> Command {
    Command::cargo_bin("relgraph").unwrap()
}

/// Runs `relgraph COMMAND -q -g GRAPH PATH...` (`build` or `add`) and checks it succeeds.
fn ingest_ok(command: &str, graph: &Path, paths: &[&Path]) {
    relgraph()
        .args([command, "-q", "-g"])
        .arg(graph)
        .args(paths)
        .assert()
        .success();
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
    // attributes: the money amount, the number of documents, the sectors
    let rels = doc["relations"].as_array().unwrap();
    let evidence_of = |kind: &str| -> Vec<&Value> {
        rels.iter()
            .filter(|r| r["kind"] == kind && r["source"] == "IRN" && r["target"] == "VEN")
            .flat_map(|r| r["evidence"].as_array().unwrap())
            .collect()
    };
    assert!(
        evidence_of("trade")
            .iter()
            .any(|e| e["amount"] == "20 miliar dolar"),
        "{:?}",
        evidence_of("trade")
    );
    assert!(evidence_of("agreement")
        .iter()
        .any(|e| e["quantity"].as_str().is_some_and(|q| q.starts_with("19 "))));
    assert!(evidence_of("cooperation").iter().any(|e| e["sectors"]
        .as_array()
        .is_some_and(|s| s.iter().any(|x| x == "petrokimia"))));
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
    // event dates: the article's date when the sentence gives none
    let ev_dates: BTreeSet<&str> = doc["relations"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r["evidence"].as_array().unwrap())
        .filter_map(|e| e["date"].as_str())
        .collect();
    assert!(
        ev_dates.contains("2017-08-03") && ev_dates.contains("2025-03-04"),
        "{ev_dates:?}"
    );
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
    write_file(
        inputs.join("b.md"),
        "# Kenya and Uganda sign a trade deal\n\nKenya signed a trade agreement with Uganda.\n",
    );
    write_file(
        inputs.join("c.json"),
        r#"[{"id": "c1", "text": "Chile condemned Peru."}]"#,
    );
    write_file(inputs.join("notes.csv"), "a,b\n");
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
    write_file(
        &g,
        "{\"format\": \"relgraph\", \"version\": 1, \"actors\": [",
    );
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
    write_file(
        &actors,
        "# my actors\nid\tname\tcountry\trole\tstart\tend\taliases\tsource\n\
         elmer-schialer\tElmer Schialer\tPER\tforeign minister\t2025\t\tSchialer\tPeru foreign ministry\n",
    );
    let text = dir.path().join("a.txt");
    write_file(
        &text,
        "Peru and Bolivia\n\nSchialer criticised Bolivia on Monday.\n",
    );
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
    write_file(&bad, "x\ty\n");
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

/// Parses an XML document to the end, returning its text with the markup removed.
fn xml_ok(xml: &str) -> String {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut text = String::new();
    let mut depth = 0i64;
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Start(_)) => depth += 1,
            Ok(quick_xml::events::Event::End(_)) => depth -= 1,
            Ok(quick_xml::events::Event::Text(t)) => text.push_str(&t.into_inner()),
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("not well-formed XML at {}: {e}", reader.buffer_position()),
        }
    }
    assert_eq!(depth, 0, "unbalanced XML");
    text
}

fn founding_graph(dir: &Path) -> PathBuf {
    let g = dir.join("g.json");
    ingest_ok("build", &g, &[&article("000_ed3a308d17acbb5e.txt")]);
    g
}

fn graphviz_installed() -> bool {
    let ok = std::process::Command::new("dot")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        ok || std::env::var_os("CI").is_none(),
        "CI must install Graphviz"
    );
    ok
}

#[test]
fn render_draws_the_founding_graph_with_both_engines() {
    let dir = tempfile::tempdir().unwrap();
    let g = founding_graph(dir.path());
    let mut engines = vec!["builtin"];
    if graphviz_installed() {
        engines.push("graphviz");
    }
    for engine in engines {
        let out = dir.path().join(format!("{engine}.svg"));
        relgraph()
            .args(["render", "--engine", engine, "-g"])
            .arg(&g)
            .arg("-o")
            .arg(&out)
            .assert()
            .success()
            .stderr(predicate::str::contains("drawn by"));
        let svg = std::fs::read_to_string(&out).unwrap();
        let text = xml_ok(&svg);
        for name in [
            "Iran",
            "Venezuela",
            "United States",
            "Nicaragua",
            "Cuba",
            "Raisi",
            "Maduro",
            "sanction",
            "opposition",
            "agreement",
            "visit",
            "Legend",
        ] {
            assert!(text.contains(name), "{engine}: {name} is not shown");
        }
        assert!(
            svg.contains("tiba di"),
            "{engine}: evidence sentences are in tooltips"
        );
    }
}

#[test]
fn render_works_without_graphviz_on_path() {
    let dir = tempfile::tempdir().unwrap();
    let g = founding_graph(dir.path());
    let out = dir.path().join("g.svg");
    let empty = tempfile::tempdir().unwrap();
    relgraph()
        .env("PATH", empty.path())
        .args(["render", "-g"])
        .arg(&g)
        .arg("-o")
        .arg(&out)
        .assert()
        .success()
        .stderr(predicate::str::contains("Graphviz `dot` not found on PATH"))
        .stderr(predicate::str::contains("built-in renderer"));
    xml_ok(&std::fs::read_to_string(&out).unwrap());
    relgraph()
        .env("PATH", empty.path())
        .args(["render", "--engine", "graphviz", "-g"])
        .arg(&g)
        .arg("-o")
        .arg(&out)
        .assert()
        .failure()
        .stderr(predicate::str::contains("Graphviz is not installed"));
}

#[test]
fn build_with_svg_writes_the_picture_too() {
    let dir = tempfile::tempdir().unwrap();
    let svg = dir.path().join("pic.svg");
    relgraph()
        .args(["build", "-g"])
        .arg(dir.path().join("g.json"))
        .arg("--svg")
        .arg(&svg)
        .arg(article("id_indonesia_malaysia_batas.txt"))
        .assert()
        .success();
    assert!(xml_ok(&std::fs::read_to_string(&svg).unwrap()).contains("Malaysia"));
}

#[test]
fn dot_export_is_accepted_by_graphviz_without_warnings() {
    if !graphviz_installed() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let g = dir.path().join("g.json");
    ingest_ok("build", &g, &[&root().join("data/articles")]);
    let out = relgraph()
        .args(["export", "--format", "dot", "-g"])
        .arg(&g)
        .output()
        .unwrap();
    assert!(out.status.success());
    let dot = String::from_utf8(out.stdout).unwrap();
    assert!(dot.starts_with("digraph"), "{dot}");
    let mut child = std::process::Command::new("dot")
        .arg("-Tsvg")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(dot.as_bytes())
        .unwrap();
    let res = child.wait_with_output().unwrap();
    assert!(res.status.success());
    assert_eq!(
        String::from_utf8_lossy(&res.stderr),
        "",
        "Graphviz warnings"
    );
    xml_ok(&String::from_utf8(res.stdout).unwrap());
}

#[test]
fn graphml_has_every_actor_and_relation_with_typed_keys() {
    let dir = tempfile::tempdir().unwrap();
    let g = founding_graph(dir.path());
    let doc = export(&g);
    let out = relgraph()
        .args(["export", "--format", "graphml", "-g"])
        .arg(&g)
        .output()
        .unwrap();
    let xml = String::from_utf8(out.stdout).unwrap();
    xml_ok(&xml);
    assert_eq!(
        xml.matches("<node ").count(),
        doc["actors"].as_array().unwrap().len()
    );
    assert_eq!(
        xml.matches("<edge ").count(),
        doc["relations"].as_array().unwrap().len()
    );
    for key in [
        r#"attr.name="kind""#,
        r#"attr.name="count" attr.type="int""#,
        r#"attr.name="planned" attr.type="boolean""#,
        r#"attr.name="country""#,
        r#"attr.name="role""#,
        r#"attr.name="evidence""#,
    ] {
        assert!(xml.contains(key), "{key}");
    }
}

#[test]
fn import_reads_an_export_back_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let g = dir.path().join("g.json");
    ingest_ok("build", &g, &[&root().join("data/articles")]);
    let exported = dir.path().join("export.json");
    relgraph()
        .args(["export", "-g"])
        .arg(&g)
        .arg("-o")
        .arg(&exported)
        .assert()
        .success();
    let g2 = dir.path().join("g2.json");
    relgraph()
        .args(["import", "-g"])
        .arg(&g2)
        .arg(&exported)
        .assert()
        .success();
    assert_eq!(export(&g2), export(&g));
    write_file(dir.path().join("bad.json"), "{\"format\": \"relgraph\"");
    relgraph()
        .args(["import", "-g"])
        .arg(&g2)
        .arg(dir.path().join("bad.json"))
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "bad.json:1: not a relgraph JSON export",
        ));
    assert_eq!(
        export(&g2),
        export(&g),
        "a failed import leaves the graph alone"
    );
}

#[test]
fn views_select_kinds_neighbourhoods_and_countries() {
    let dir = tempfile::tempdir().unwrap();
    let g = founding_graph(dir.path());
    let view = |args: &[&str]| -> Value {
        let out = relgraph()
            .args(["export", "-g"])
            .arg(&g)
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let sanctions = view(&["--kind", "sanction"]);
    let kinds: BTreeSet<&str> = sanctions["relations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, BTreeSet::from(["sanction"]));
    assert_eq!(sanctions["relations"].as_array().unwrap().len(), 4);
    // any name, any case, with or without accents
    let around = view(&["--around", "nicolas maduro", "--hops", "1"]);
    assert_eq!(
        actor_ids(&around),
        BTreeSet::from(["VEN".to_string(), "nicolas-maduro".to_string()])
    );
    let around2 = view(&[
        "--around",
        "Amerika Serikat",
        "--hops",
        "1",
        "--no-structural",
    ]);
    assert!(actor_ids(&around2).contains("CUB") && !actor_ids(&around2).contains("ebrahim-raisi"));
    let countries = view(&["--countries"]);
    assert!(countries["actors"]
        .as_array()
        .unwrap()
        .iter()
        .all(|a| a["kind"] != "person"));
    assert!(lifted(&countries).contains("IRN visit VEN"));
    let strong = view(&["--min-count", "3"]);
    assert!(strong["relations"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["count"].as_u64().unwrap() >= 3));
    let top = view(&["--top", "3", "--no-structural"]);
    assert_eq!(top["actors"].as_array().unwrap().len(), 3);
    relgraph()
        .args(["export", "-g"])
        .arg(&g)
        .args(["--around", "Atlantis"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no actor named `Atlantis`"));
}

#[test]
fn large_graphs_are_drawn_with_a_warning_and_graphviz_is_timed() {
    let dir = tempfile::tempdir().unwrap();
    // a synthetic graph of 120 actors in a ring
    let actors: Vec<Value> = (0..120)
        .map(|i| serde_json::json!({"id": format!("A{i:03}"), "name": format!("Actor {i}"), "kind": "country", "country": format!("A{i:03}"), "role": null, "aliases": []}))
        .collect();
    let relations: Vec<Value> = (0..120)
        .map(|i| {
            let (s, t) = (format!("A{i:03}"), format!("A{:03}", (i + 1) % 120));
            serde_json::json!({"source": s, "target": t, "kind": "attack", "count": 1, "planned": false,
                "evidence": [{"article": "x", "sentence": i, "text": "t", "cue": "c", "planned": false}]})
        })
        .collect();
    let doc = serde_json::json!({"format": "relgraph", "version": 1, "actors": actors, "relations": relations,
        "articles": [{"id": "x", "title": "ring", "date": null, "lang": "en", "url": null}]});
    let file = dir.path().join("ring.json");
    write_file(&file, doc.to_string());
    let g = dir.path().join("g.json");
    relgraph()
        .args(["import", "-g"])
        .arg(&g)
        .arg(&file)
        .assert()
        .success();
    let out = dir.path().join("ring.svg");
    relgraph()
        .args(["render", "--engine", "builtin", "-g"])
        .arg(&g)
        .arg("-o")
        .arg(&out)
        .assert()
        .success()
        .stderr(predicate::str::contains("choose a view (--top 40"));
    xml_ok(&std::fs::read_to_string(&out).unwrap());
    if graphviz_installed() {
        relgraph()
            .args([
                "render",
                "--engine",
                "graphviz",
                "--layout",
                "circo",
                "--timeout",
                "0",
                "-g",
            ])
            .arg(&g)
            .arg("-o")
            .arg(&out)
            .assert()
            .failure()
            .stderr(predicate::str::contains("did not finish within 0 s"));
    }
}

/// Runs a query on a graph and returns (exit code, stdout, stderr).
fn query(graph: &Path, args: &[&str]) -> (i32, String, String) {
    let out = relgraph().args(args).arg("-g").arg(graph).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn query_json(graph: &Path, args: &[&str]) -> Value {
    let mut a = args.to_vec();
    a.push("--json");
    let (code, out, err) = query(graph, &a);
    assert_eq!(code, 0, "{args:?}: {err}");
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{args:?}: {e}: {out}"))
}

#[test]
fn path_connects_maduro_to_the_united_states_through_venezuela() {
    let dir = tempfile::tempdir().unwrap();
    let g = founding_graph(dir.path());
    let (code, out, _) = query(&g, &["path", "Maduro", "Amerika Serikat"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("Venezuela (VEN)") && out.contains("United States (USA)"),
        "{out}"
    );
    let j = query_json(&g, &["path", "maduro", "AS"]);
    assert_eq!(j["from"], "nicolas-maduro");
    assert_eq!(j["to"], "USA");
    let p = &j["paths"][0];
    assert!(p["length"].as_u64().unwrap() <= 2, "{p}");
    assert_eq!(p["hops"][0]["target"], "VEN");
    for hop in p["hops"].as_array().unwrap() {
        for key in ["source", "target", "kind", "direction", "evidence"] {
            assert!(hop.get(key).is_some(), "{key} in {hop}");
        }
        assert!(hop["evidence"]["text"].as_str().unwrap().len() > 10);
    }
    // --directed follows relation directions: the United States reaches no one by opposition
    let (code, _, err) = query(
        &g,
        &["path", "USA", "Iran", "--directed", "--kind", "opposition"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("no path from United States (USA) to Iran (IRN)"),
        "{err}"
    );
    // --all lists paths shortest first
    let all = query_json(
        &g,
        &[
            "path",
            "Raisi",
            "USA",
            "--all",
            "--max-hops",
            "3",
            "--limit",
            "5",
        ],
    );
    let lengths: Vec<u64> = all["paths"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["length"].as_u64().unwrap())
        .collect();
    assert!(
        lengths.len() > 1 && lengths.windows(2).all(|w| w[0] <= w[1]),
        "{lengths:?}"
    );
    let w = query_json(&g, &["path", "Raisi", "USA", "--weighted"]);
    assert_eq!(w["paths"].as_array().unwrap().len(), 1);
}

#[test]
fn an_unknown_actor_fails_with_a_suggestion() {
    let dir = tempfile::tempdir().unwrap();
    let g = founding_graph(dir.path());
    let (code, _, err) = query(&g, &["path", "Maduro", "Atlantis"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("no actor named `Atlantis`") && err.contains("relgraph actors"),
        "{err}"
    );
    let (code, _, err) = query(&g, &["neighbors", "Venezuala"]);
    assert_eq!(code, 2);
    assert!(err.contains("did you mean Venezuela (VEN)"), "{err}");
}

#[test]
fn relations_answer_who_sanctions_whom() {
    let dir = tempfile::tempdir().unwrap();
    let g = founding_graph(dir.path());
    let (code, out, _) = query(&g, &["relations", "--kind", "sanction"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("4 relations"), "{out}");
    let j = query_json(&g, &["relations", "--kind", "sanction"]);
    let pairs: BTreeSet<(String, String)> = j["relations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["source"].as_str().unwrap().to_string(),
                r["target"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let want: BTreeSet<(String, String)> = ["IRN", "VEN", "NIC", "CUB"]
        .iter()
        .map(|t| ("USA".to_string(), t.to_string()))
        .collect();
    assert_eq!(pairs, want);
    let to_cuba = query_json(&g, &["relations", "--target", "Kuba"]);
    assert!(to_cuba["relations"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["target"] == "CUB"));
    // dates: the 2017 and 2025 examples
    let dg = dir.path().join("dated.json");
    ingest_ok("build", &dg, &[&article("archive.jsonl")]);
    let since = query_json(&dg, &["relations", "--since", "2020-01-01"]);
    assert!(since["relations"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["first"].as_str().unwrap() >= "2020-01-01"));
    let until = query_json(
        &dg,
        &["relations", "--until", "2017-12-31", "--kind", "opposition"],
    );
    assert!(!until["relations"].as_array().unwrap().is_empty());
    assert!(until["relations"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["last"] == "2017-08-03"));
    let (code, _, err) = query(&dg, &["relations", "--since", "yesterday"]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn explain_shows_every_sentence_behind_a_link() {
    let dir = tempfile::tempdir().unwrap();
    let g = founding_graph(dir.path());
    let (code, out, _) = query(&g, &["explain", "Iran", "Venezuela"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("agreement") && out.contains("menandatangani total 19 perjanjian kerja sama"),
        "{out}"
    );
    let j = query_json(&g, &["explain", "Teheran", "Caracas"]);
    assert_eq!(
        (j["a"].as_str(), j["b"].as_str()),
        (Some("IRN"), Some("VEN"))
    );
    let agreement = j["relations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["kind"] == "agreement")
        .unwrap();
    assert!(agreement["evidence"].as_array().unwrap().len() >= 2);
    let (code, _, err) = query(&g, &["explain", "Chile", "Cuba"]);
    assert_eq!(code, 1);
    assert!(err.contains("no relation between"), "{err}");
}

#[test]
fn neighbors_actors_rank_and_stats() {
    let dir = tempfile::tempdir().unwrap();
    let g = founding_graph(dir.path());
    let (code, out, _) = query(&g, &["neighbors", "Amerika Serikat"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("Iran (IRN)") && out.contains("-> sanction"),
        "{out}"
    );
    let n = query_json(&g, &["neighbors", "USA", "--direction", "in"]);
    let kinds: BTreeSet<&str> = n["neighbors"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|x| {
            x["relations"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| r["kind"].as_str().unwrap())
        })
        .collect();
    assert_eq!(kinds, BTreeSet::from(["opposition"]));
    let out_only = query_json(
        &g,
        &[
            "neighbors",
            "USA",
            "--direction",
            "out",
            "--kind",
            "sanction",
        ],
    );
    assert_eq!(out_only["neighbors"].as_array().unwrap().len(), 4);

    let (code, out, _) = query(&g, &["actors", "--kind", "person"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("ebrahim-raisi") && !out.contains("IRN  Iran"),
        "{out}"
    );
    let a = query_json(&g, &["actors"]);
    let first = &a["actors"][0];
    for key in [
        "id",
        "name",
        "kind",
        "country",
        "role",
        "degree",
        "relations",
        "evidence",
    ] {
        assert!(first.get(key).is_some(), "{key}");
    }

    for by in ["degree", "pagerank", "betweenness"] {
        let (code, out, _) = query(&g, &["rank", "--by", by, "--top", "3"]);
        assert_eq!(code, 0);
        assert_eq!(out.lines().count(), 4, "{out}");
        let r = query_json(&g, &["rank", "--by", by, "--top", "3"]);
        let list = r["ranking"].as_array().unwrap();
        assert_eq!(list.len(), 3);
        assert!(list
            .windows(2)
            .all(|w| w[0]["score"].as_f64() >= w[1]["score"].as_f64()));
    }
    let r = query_json(
        &g,
        &["rank", "--by", "degree", "--top", "1", "--kind", "sanction"],
    );
    assert_eq!(r["ranking"][0]["id"], "USA");

    let (code, out, _) = query(&g, &["stats"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("articles    1") && out.contains("sanction 4"),
        "{out}"
    );
    let s = query_json(&g, &["stats"]);
    assert_eq!(s["articles"], 1);
    assert_eq!(s["relations"]["sanction"], 4);
    assert_eq!(s["actors"]["person"], 3);
    assert!(s["components"].as_u64().unwrap() >= 1);
}

/// A JSON Lines corpus of real articles: the first `n` IndoSum lines (or the bundled archive when
/// the shared corpus is absent), written to `dir` in two halves.
fn corpus_halves(dir: &Path, n: usize) -> (PathBuf, PathBuf) {
    let indosum = root().join("../shared/corpus/indosum/indosum-dev.jsonl");
    let text = std::fs::read_to_string(&indosum)
        .unwrap_or_else(|_| std::fs::read_to_string(article("archive.jsonl")).unwrap());
    let lines: Vec<&str> = text.lines().take(n).collect();
    let (a, b) = lines.split_at(lines.len() / 2);
    let (pa, pb) = (dir.join("a.jsonl"), dir.join("b.jsonl"));
    write_file(&pa, a.join("\n"));
    write_file(&pb, b.join("\n"));
    (pa, pb)
}

#[test]
fn the_graph_is_the_same_for_any_thread_count_and_file_order() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = corpus_halves(dir.path(), 600);
    let run = |name: &str, jobs: &str, files: [&Path; 2]| {
        let g = dir.path().join(name);
        relgraph()
            .args(["build", "-q", "-j", jobs, "-g"])
            .arg(&g)
            .args(files)
            .assert()
            .success();
        std::fs::read(&g).unwrap()
    };
    let one = run("one.json", "1", [&a, &b]);
    let two = run("two.json", "2", [&b, &a]);
    let three = run("three.json", "3", [&a, &b]);
    assert!(one.len() > 1000);
    assert!(one == two, "-j1 A B and -j2 B A differ");
    assert!(one == three, "-j1 and -j3 differ");
    // adding in two steps, either way round, gives the same file as well
    let g = dir.path().join("steps.json");
    for f in [&b, &a] {
        ingest_ok("add", &g, &[f]);
    }
    assert!(std::fs::read(&g).unwrap() == one, "add B; add A differs");
}

#[test]
fn extracting_in_parts_and_merging_equals_building_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = corpus_halves(dir.path(), 400);
    let whole = dir.path().join("whole.json");
    ingest_ok("build", &whole, &[&a, &b]);
    // map: each part extracted to JSON Lines; each stream added to its own graph (one from stdin)
    let mut parts = Vec::new();
    for (i, part) in [&a, &b].into_iter().enumerate() {
        let out = relgraph()
            .args(["extract", "-q"])
            .arg(part)
            .output()
            .unwrap();
        assert!(out.status.success());
        let lines = String::from_utf8(out.stdout).unwrap();
        let first: Value = serde_json::from_str(lines.lines().next().unwrap()).unwrap();
        assert_eq!(first["format"], "relgraph-extraction");
        assert!(first["article"]["id"].is_string() && first["relations"].is_array());
        let g = dir.path().join(format!("part{i}.json"));
        if i == 0 {
            relgraph()
                .args(["add", "-q", "-g"])
                .arg(&g)
                .arg("-")
                .write_stdin(lines)
                .assert()
                .success();
        } else {
            let f = dir.path().join("part1.jsonl");
            write_file(&f, lines);
            ingest_ok("add", &g, &[&f]);
        }
        parts.push(g);
    }
    // reduce: merge the part graphs
    let merged = dir.path().join("merged.json");
    relgraph()
        .args(["merge", "-o"])
        .arg(&merged)
        .args(&parts)
        .assert()
        .success();
    assert!(
        std::fs::read(&merged).unwrap() == std::fs::read(&whole).unwrap(),
        "merged parts differ from the whole"
    );
    assert!(export(&merged)["relations"].as_array().unwrap().len() > 10);
    // merging a graph with itself changes nothing
    relgraph()
        .args(["merge", "-o"])
        .arg(dir.path().join("twice.json"))
        .args([&merged, &merged])
        .assert()
        .success();
    assert!(
        std::fs::read(dir.path().join("twice.json")).unwrap() == std::fs::read(&whole).unwrap()
    );
}

#[test]
fn no_progress_bar_when_standard_error_is_not_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let out = relgraph()
        .args(["build", "-g"])
        .arg(dir.path().join("g.json"))
        .arg(article("archive.jsonl"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("articles read"), "{err}");
    assert!(!err.contains('\r') && !err.contains("ETA"), "{err}");
}

// ---- Bad input: one test per row of the table in the README ("Bad input and what relgraph does").

/// A graph built from the bundled archive, and its bytes, to check failed commands leave it alone.
fn stored_graph(dir: &Path) -> (PathBuf, Vec<u8>) {
    let g = dir.join("g.json");
    ingest_ok("build", &g, &[&article("archive.jsonl")]);
    let bytes = std::fs::read(&g).unwrap();
    (g, bytes)
}

/// Runs `relgraph add -g GRAPH path` and returns (exit code, stderr).
fn add(graph: &Path, path: &Path) -> (i32, String) {
    let out = relgraph()
        .args(["add", "-g"])
        .arg(graph)
        .arg(path)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn bad_input_a_folder_without_articles() {
    let dir = tempfile::tempdir().unwrap();
    let (g, before) = stored_graph(dir.path());
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    write_file(empty.join("notes.csv"), "a,b\n");
    let (code, err) = add(&g, &empty);
    assert_eq!(code, 3, "{err}");
    assert!(
        err.contains("no articles") && err.contains("empty"),
        "{err}"
    );
    assert!(err.contains("notes.csv: skipped"), "{err}");
    assert_eq!(std::fs::read(&g).unwrap(), before);
}

#[cfg(unix)]
#[test]
fn bad_input_an_unreadable_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let (g, before) = stored_graph(dir.path());
    // a dangling link (any user), and a file without read permission (when not root)
    let inputs = dir.path().join("in");
    std::fs::create_dir(&inputs).unwrap();
    std::os::unix::fs::symlink(dir.path().join("gone.txt"), inputs.join("a.txt")).unwrap();
    let (code, err) = add(&g, &inputs);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("a.txt") || err.contains("gone.txt"), "{err}");
    let secret = dir.path().join("secret.txt");
    write_file(&secret, "Title\n\nChile condemned Peru.\n");
    std::fs::set_permissions(&secret, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&secret).is_err() {
        let (code, err) = add(&g, &secret);
        assert_eq!(code, 1, "{err}");
        assert!(
            err.contains("secret.txt") && err.contains("ermission"),
            "{err}"
        );
    }
    assert_eq!(std::fs::read(&g).unwrap(), before);
}

#[cfg(unix)]
#[test]
fn bad_input_a_symlink_loop_is_skipped_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = dir.path().join("in");
    std::fs::create_dir_all(inputs.join("sub")).unwrap();
    std::os::unix::fs::symlink(&inputs, inputs.join("sub/back")).unwrap();
    write_file(inputs.join("a.txt"), "Title\n\nChile condemned Peru.\n");
    let g = dir.path().join("g.json");
    relgraph()
        .args(["build", "-g"])
        .arg(&g)
        .arg(&inputs)
        .assert()
        .success()
        .stderr(predicate::str::contains("skipped: symbolic link loop"))
        .stderr(predicate::str::contains("articles read 1"));
}

#[test]
fn bad_input_binary_invalid_utf8_empty_and_boilerplate_files() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = dir.path().join("in");
    std::fs::create_dir(&inputs).unwrap();
    write_file(
        inputs.join("a_binary.txt"),
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0",
    );
    write_file(
        inputs.join("b_latin1.txt"),
        b"Judul\n\nMalaysia mengecam Myanmar \xe9 \xff.\n",
    );
    write_file(inputs.join("c_empty.txt"), "");
    write_file(
        inputs.join("d_boilerplate.txt"),
        "Baca Juga: Presiden tiba di Caracas\n\nBaca Juga: Iran mengecam AS\n",
    );
    let g = dir.path().join("g.json");
    let out = relgraph()
        .args(["build", "-g"])
        .arg(&g)
        .arg(&inputs)
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("a_binary.txt: skipped: a binary file"),
        "{err}"
    );
    assert!(
        err.contains("b_latin1.txt: not valid UTF-8; invalid bytes replaced"),
        "{err}"
    );
    assert!(err.contains("c_empty.txt: skipped: empty file"), "{err}");
    assert!(
        err.contains("no text left after removing boilerplate"),
        "{err}"
    );
    assert!(lifted(&export(&g)).contains("MYS opposition MMR"));
}

#[test]
fn bad_input_json_lines_with_wrong_types_or_deep_nesting() {
    let dir = tempfile::tempdir().unwrap();
    let (g, before) = stored_graph(dir.path());
    let wrong = dir.path().join("wrong.jsonl");
    write_file(
        &wrong,
        "{\"text\": \"Chile condemned Peru.\"}\n{\"text\": \"x\", \"title\": [1, 2]}\n",
    );
    let (code, err) = add(&g, &wrong);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("wrong.jsonl:2: `title` must be a string, found an array"),
        "{err}"
    );
    let deep = dir.path().join("deep.jsonl");
    let nested = format!(
        "{{\"text\": \"a\"}}\n{{\"text\": \"b\", \"x\": {}{}}}\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    write_file(&deep, nested);
    let (code, err) = add(&g, &deep);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("deep.jsonl:2: invalid JSON: recursion limit exceeded"),
        "{err}"
    );
    assert_eq!(std::fs::read(&g).unwrap(), before);
}

#[test]
fn bad_input_a_100_mb_line_without_a_newline() {
    let dir = tempfile::tempdir().unwrap();
    let (g, before) = stored_graph(dir.path());
    let big = dir.path().join("big.jsonl");
    let mut line = String::with_capacity(100_000_020);
    line.push_str("{\"text\": \"");
    line.push_str(&"a".repeat(100_000_000));
    write_file(&big, line); // no closing quote, no newline
    let (code, err) = add(&g, &big);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("big.jsonl:1: invalid JSON"), "{err}");
    assert!(err.len() < 2000, "the message does not quote the line");
    assert_eq!(std::fs::read(&g).unwrap(), before);
}

#[test]
fn bad_input_a_million_tiny_articles() {
    let dir = tempfile::tempdir().unwrap();
    let tiny = dir.path().join("tiny.jsonl");
    let mut text = String::new();
    for i in 0..1_000_000 {
        text.push_str(&format!(
            "{{\"id\":\"t{i}\",\"text\":\"Chile condemned Peru {i}.\"}}\n"
        ));
    }
    write_file(&tiny, text);
    let g = dir.path().join("g.json");
    relgraph()
        .args(["build", "-g"])
        .arg(&g)
        .arg(&tiny)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "articles read 1000000, added 1000000",
        ));
    let stats = query_json(&g, &["stats"]);
    assert_eq!(stats["articles"], 1_000_000, "{stats}");
}

#[test]
fn bad_graph_files_are_refused_and_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let (good, _) = stored_graph(dir.path());
    let text = std::fs::read_to_string(&good).unwrap();
    let cases: [(&str, String, &str); 4] = [
        (
            "truncated.json",
            text[..text.len() / 2].to_string(),
            "truncated",
        ),
        (
            "corrupt.json",
            text.replacen("\"actors\":[", "\"actors\":[}{", 1),
            "line 1",
        ),
        (
            "future.json",
            text.replacen("\"version\":1", "\"version\":99", 1),
            "newer relgraph",
        ),
        ("notes.json", "name,score\nada,1\n".to_string(), "graph"),
    ];
    for (name, content, why) in cases {
        let g = dir.path().join(name);
        write_file(&g, &content);
        for cmd in ["add", "build"] {
            let out = relgraph()
                .args([cmd, "-g"])
                .arg(&g)
                .arg(article("archive.jsonl"))
                .output()
                .unwrap();
            let err = String::from_utf8(out.stderr).unwrap();
            assert_eq!(out.status.code(), Some(4), "{cmd} {name}: {err}");
            assert!(
                err.contains(name) && err.contains(why),
                "{cmd} {name}: {err}"
            );
            assert_eq!(
                std::fs::read_to_string(&g).unwrap(),
                content,
                "{cmd} {name}"
            );
        }
        let (code, _, err) = query(&g, &["stats"]);
        assert_eq!(code, 4, "stats {name}: {err}");
    }
}

#[test]
fn hostile_names_leave_every_output_valid_and_inert() {
    let dir = tempfile::tempdir().unwrap();
    let actors = dir.path().join("actors.tsv");
    let evil = "Evil \"Quote\" \\Back <script>alert(1)</script> ]]> \u{202e}RTL \u{1}ctl";
    write_file(
        &actors,
        format!("id\tname\tcountry\trole\tstart\tend\taliases\tsource\nevil\t{evil}\tIRN\tminister\t2000\t\tEvilman\ttest\n"),
    );
    let a = dir.path().join("a.txt");
    write_file(
        &a,
        "Judul <b>\"x\"</b> ]]>\n\nMenteri Evilman mengecam Amerika Serikat. \"Kami <script>\" kata Evilman.\n",
    );
    let g = dir.path().join("g.json");
    relgraph()
        .args(["build", "--lang", "id", "--actors"])
        .arg(&actors)
        .arg("-g")
        .arg(&g)
        .arg(&a)
        .assert()
        .success();
    let doc = export(&g);
    assert!(doc["actors"]
        .as_array()
        .unwrap()
        .iter()
        .any(|x| x["name"].as_str() == Some(evil)));
    for format in ["dot", "graphml", "svg"] {
        let out = relgraph()
            .args(["export", "--format", format, "-g"])
            .arg(&g)
            .output()
            .unwrap();
        assert!(out.status.success(), "{format}");
        let text = String::from_utf8(out.stdout).unwrap();
        // in DOT a name is a quoted string (inert); in XML it must be escaped
        assert!(
            format == "dot" || !text.contains("<script"),
            "{format}: script escaped"
        );
        if format != "dot" {
            xml_ok(&text);
        } else if graphviz_installed() {
            let mut dot = std::process::Command::new("dot")
                .arg("-Tsvg")
                .stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::null())
                .spawn()
                .unwrap();
            use std::io::Write as _;
            dot.stdin
                .take()
                .unwrap()
                .write_all(text.as_bytes())
                .unwrap();
            assert!(dot.wait().unwrap().success(), "Graphviz parses the DOT");
        }
    }
}

// ---- Crashes and concurrency

#[cfg(unix)]
#[test]
fn sigkill_during_add_leaves_the_old_graph_or_the_new_one() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = root().join("../shared/corpus/indosum/indosum-dev.jsonl");
    let corpus = if corpus.exists() {
        corpus
    } else {
        article("archive.jsonl")
    };
    let (g, old) = stored_graph(dir.path());
    // the graph the add would write when left alone
    let full = dir.path().join("full.json");
    std::fs::copy(&g, &full).unwrap();
    ingest_ok("add", &full, &[&corpus]);
    let new = std::fs::read(&full).unwrap();
    // kill at moments spread over the whole run, including while the file is being written
    let mut seen_new = false;
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    for round in 0..12 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let delay = std::time::Duration::from_millis(50 + state % 1900);
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_relgraph"))
            .args(["add", "-q", "-g"])
            .arg(&g)
            .arg(&corpus)
            .spawn()
            .unwrap();
        std::thread::sleep(delay);
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        let now = std::fs::read(&g).unwrap();
        assert!(
            now == old || now == new,
            "round {round} ({delay:?}): the graph is neither the old nor the new one"
        );
        let (code, _, err) = query(&g, &["stats"]);
        assert_eq!(code, 0, "round {round}: the graph does not load: {err}");
        if now == new {
            seen_new = true;
            write_file(&g, &old); // start again from the old graph
        }
    }
    let _ = seen_new; // whether a round finished depends on the machine's speed
}

#[test]
fn two_adds_on_one_graph_both_land() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = corpus_halves(dir.path(), 800);
    let g = dir.path().join("g.json");
    let spawn = |part: &Path| {
        std::process::Command::new(env!("CARGO_BIN_EXE_relgraph"))
            .args(["add", "-g"])
            .arg(&g)
            .arg(part)
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (first, second) = (spawn(&a), spawn(&b));
    let (first, second) = (
        first.wait_with_output().unwrap(),
        second.wait_with_output().unwrap(),
    );
    assert!(first.status.success() && second.status.success());
    // both sets of articles are in the graph: it equals building from both
    let both = dir.path().join("both.json");
    ingest_ok("build", &both, &[&a, &b]);
    assert!(
        std::fs::read(&g).unwrap() == std::fs::read(&both).unwrap(),
        "an update was lost"
    );
    // the lock file stays beside the graph; nothing else is left behind
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.contains(&"g.json.lock".to_string()), "{names:?}");
    assert!(!names.iter().any(|n| n.ends_with(".tmp")), "{names:?}");
}
