//! Fuzzes the article readers: arbitrary bytes as a `.jsonl`, `.json`, `.txt` or `.md` file (the
//! first byte picks which), read, prepared and extracted. Any error is fine; a panic is a bug.
#![no_main]

use libfuzzer_sys::fuzz_target;
use relgraph::ingest::{read_records, IngestOptions, Record};
use relgraph::lexicon::Lexicon;
use std::sync::OnceLock;

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| Lexicon::builtin().unwrap())
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let ext = ["jsonl", "json", "txt", "md"][pick as usize % 4];
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("input.{ext}"));
    std::fs::write(&path, bytes).unwrap();
    let lex = lexicon();
    let options = IngestOptions::default();
    let _ = read_records(&[path], |r| {
        if let Record::Article(raw) = r {
            let (article, _) = raw.prepare(lex, &options);
            assert!(!article.meta.id.is_empty());
            assert!(lex.language(&article.meta.lang).is_some());
        }
        Ok(())
    });
});
