//! Fuzzes the extractor: arbitrary text as an Indonesian or English article (the first byte picks),
//! with or without a date. Every relation must join two listed actors and carry its evidence.
#![no_main]

use libfuzzer_sys::fuzz_target;
use relgraph::extract::Extractor;
use relgraph::lexicon::Lexicon;
use relgraph::model::{Article, ArticleMeta};
use std::sync::OnceLock;

fn extractor() -> &'static Extractor<'static> {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    static EX: OnceLock<Extractor<'static>> = OnceLock::new();
    EX.get_or_init(|| Extractor::new(LEX.get_or_init(|| Lexicon::builtin().unwrap())))
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(bytes);
    let (title, body) = text.split_once('\n').unwrap_or(("", &text));
    let article = Article {
        meta: ArticleMeta {
            id: "fuzz".into(),
            title: title.to_string(),
            date: (pick & 2 != 0).then(|| "2023-06-12".to_string()),
            lang: if pick & 1 == 0 { "id" } else { "en" }.into(),
            url: None,
        },
        body: body.to_string(),
    };
    let x = extractor().extract(&article);
    for r in &x.relations {
        assert!(x.actors.iter().any(|a| a.id == r.source), "source listed");
        assert!(x.actors.iter().any(|a| a.id == r.target), "target listed");
        assert!(!r.evidence.is_empty() && r.count == r.evidence.len());
    }
});
