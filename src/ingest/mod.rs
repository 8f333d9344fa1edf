//! Ingest: from paths on the command line to clean [`Article`]s.
//!
//! This stage owns everything about input files: walking folders, the plain-text and JSON (Lines)
//! formats, stable article ids, dates, language detection, and the removal of page furniture
//! (`Baca Juga` links, comment forms) by the boilerplate patterns of the language files. It hands
//! each article to a callback as soon as it is read, so large corpora stream. Problems that do not
//! stop the run (a skipped file type, a bad date) come back as warnings; problems that make an input
//! unusable (a malformed JSON line) are errors naming the file and line.

mod clean;
mod detect;

pub use clean::clean_text;
pub use detect::detect_language;

use crate::error::{Error, Result};
use crate::lexicon::Lexicon;
use crate::model::{Article, ArticleMeta, Extraction};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};

/// Options that change how articles are read.
#[derive(Debug, Clone, Default)]
pub struct IngestOptions {
    /// Force this language instead of detecting it.
    pub lang: Option<String>,
}

/// File extensions read as articles.
pub const ARTICLE_EXTENSIONS: [&str; 4] = ["txt", "md", "json", "jsonl"];

/// The `format` field that marks a JSON line as facts already extracted (`relgraph extract`).
pub const EXTRACTION_FORMAT: &str = "relgraph-extraction";

/// One record of the inputs.
#[derive(Debug)]
pub enum Record {
    /// An article as read; [`RawArticle::prepare`] makes it ready for extraction.
    Article(RawArticle),
    /// The facts of one article, already extracted (a line written by `relgraph extract`).
    Extraction(Box<Extraction>),
}

/// Checks `--lang` against the languages the lexicon knows.
pub fn check_options(lexicon: &Lexicon, options: &IngestOptions) -> Result<()> {
    if let Some(l) = &options.lang {
        if lexicon.language(l).is_none() {
            return Err(Error::Usage(format!(
                "--lang {l}: unknown language (known: {})",
                lexicon.language_codes().join(", ")
            )));
        }
    }
    Ok(())
}

/// Reads every record under `paths` (files, folders, or `-` for standard input), in a stable order
/// (arguments as given, folders sorted by name, lines in order), and hands each to `sink` as soon as
/// it is read: JSON Lines files stream, so memory does not grow with the corpus. Returns the
/// warnings. Fails on the first unusable input, naming its file and line.
pub fn read_records(
    paths: &[PathBuf],
    mut sink: impl FnMut(Record) -> Result<()>,
) -> Result<Vec<String>> {
    let mut warnings = Vec::new();
    let mut count = 0usize;
    let mut counted = |r: Record| -> Result<()> {
        count += 1;
        sink(r)
    };
    for path in paths {
        if path.as_os_str() == "-" {
            read_stdin(&mut counted)?;
            continue;
        }
        if !path.exists() {
            return Err(Error::NotFound { path: path.clone() });
        }
        for file in list_files(path, &mut warnings)? {
            read_file(&file, &mut warnings, &mut counted)?;
        }
    }
    if count == 0 {
        let mut shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        if !warnings.is_empty() {
            shown.push(warnings.join("; "));
        }
        return Err(Error::NoArticles(shown.join(", ")));
    }
    Ok(warnings)
}

/// The total size in bytes of the article files under `paths` (for progress; standard input counts
/// as unknown, 0).
pub fn input_size(paths: &[PathBuf]) -> u64 {
    let mut total = 0;
    for p in paths {
        if p.as_os_str() == "-" {
            continue;
        }
        let mut ignored = Vec::new();
        if let Ok(files) = list_files(p, &mut ignored) {
            total += files
                .iter()
                .filter_map(|f| std::fs::metadata(f).ok())
                .map(|m| m.len())
                .sum::<u64>();
        }
    }
    total
}

/// Standard input: JSON Lines (articles or extracted facts) when its first line is a JSON object,
/// else one plain-text article.
fn read_stdin(sink: &mut impl FnMut(Record) -> Result<()>) -> Result<()> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .map_err(|e| Error::read("<stdin>", e))?;
    let text = String::from_utf8_lossy(&bytes);
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let origin = Path::new("<stdin>");
    if first.trim_start().starts_with('{')
        && serde_json::from_str::<serde_json::Map<String, Value>>(first).is_ok()
    {
        for (i, line) in text.lines().enumerate() {
            if let Some(r) = json_line(line, origin, i + 1)? {
                sink(r)?;
            }
        }
        return Ok(());
    }
    let mut raw = plain_article(&text, false);
    raw.origin = "<stdin>".to_string();
    raw.size = bytes.len();
    sink(Record::Article(raw))
}

/// One line of a JSON Lines input: an article, extracted facts, or nothing (a blank line).
fn json_line(line: &str, path: &Path, number: usize) -> Result<Option<Record>> {
    if line.trim().is_empty() {
        return Ok(None);
    }
    let value: Value = serde_json::from_str(line)
        .map_err(|e| Error::article(path, number, format!("invalid JSON: {e}")))?;
    if value.get("format").and_then(Value::as_str) == Some(EXTRACTION_FORMAT) {
        let x: ExtractionLine = serde_json::from_value(value)
            .map_err(|e| Error::article(path, number, format!("invalid extracted facts: {e}")))?;
        return Ok(Some(Record::Extraction(Box::new(x.into()))));
    }
    let mut raw = json_article(&value, path, number)?;
    raw.origin = path.display().to_string();
    raw.size = line.len() + 1;
    Ok(Some(Record::Article(raw)))
}

/// A line of `relgraph extract`'s output: one article's extracted facts, marked by its format.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct ExtractionLine {
    /// Always [`EXTRACTION_FORMAT`].
    pub format: String,
    /// The facts.
    #[serde(flatten)]
    pub extraction: Extraction,
}

impl From<Extraction> for ExtractionLine {
    fn from(extraction: Extraction) -> ExtractionLine {
        ExtractionLine {
            format: EXTRACTION_FORMAT.to_string(),
            extraction,
        }
    }
}

impl From<ExtractionLine> for Extraction {
    fn from(line: ExtractionLine) -> Extraction {
        line.extraction
    }
}

/// The article files under a path, sorted, with other files reported as skipped.
fn list_files(path: &Path, warnings: &mut Vec<String>) -> Result<Vec<PathBuf>> {
    if path.is_file() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(path)
        .follow_links(true)
        .sort_by_file_name()
    {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let p = e.path().unwrap_or(path).to_path_buf();
                if e.loop_ancestor().is_some() {
                    warnings.push(format!("{}: skipped: symbolic link loop", p.display()));
                    continue;
                }
                let io = e
                    .into_io_error()
                    .unwrap_or_else(|| std::io::Error::other("cannot walk folder"));
                return Err(Error::read(p, io));
            }
        };
        if !entry.file_type().is_file() {
            continue;
        }
        let p = entry.into_path();
        let ext = p
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        if ext
            .as_deref()
            .is_some_and(|e| ARTICLE_EXTENSIONS.contains(&e))
        {
            files.push(p);
        } else if !p
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'))
        {
            warnings.push(format!(
                "{}: skipped: not an article file (.txt, .md, .json, .jsonl)",
                p.display()
            ));
        }
    }
    Ok(files)
}

/// An article as read, before cleaning.
#[derive(Debug, Default)]
pub struct RawArticle {
    id: Option<String>,
    title: String,
    text: String,
    date: Option<String>,
    lang: Option<String>,
    url: Option<String>,
    origin: String,
    size: usize,
}

impl RawArticle {
    /// How many bytes of input it was read from.
    pub fn size(&self) -> usize {
        self.size
    }

    /// Cleans the article, gives it its id, date and language: ready for extraction. Returns the
    /// warnings about it (a bad date, an unknown language, nothing left after cleaning).
    pub fn prepare(self, lexicon: &Lexicon, options: &IngestOptions) -> (Article, Vec<String>) {
        let mut warnings = Vec::new();
        let article = finish(self, lexicon, options, &mut warnings);
        (article, warnings)
    }
}

/// Reads one file, handing each record to `sink`; JSON Lines stream line by line.
fn read_file(
    path: &Path,
    warnings: &mut Vec<String>,
    sink: &mut impl FnMut(Record) -> Result<()>,
) -> Result<()> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    if ext == "jsonl" {
        let file = std::fs::File::open(path).map_err(|e| Error::read(path, e))?;
        let mut reader = std::io::BufReader::with_capacity(1 << 20, file);
        let mut buf = Vec::new();
        let (mut number, mut records, mut lossy) = (0usize, 0usize, false);
        loop {
            buf.clear();
            let n = reader
                .read_until(b'\n', &mut buf)
                .map_err(|e| Error::read(path, e))?;
            if n == 0 {
                break;
            }
            number += 1;
            let line = match std::str::from_utf8(&buf) {
                Ok(l) => std::borrow::Cow::Borrowed(l),
                Err(_) => {
                    if !lossy {
                        warnings.push(format!(
                            "{}:{number}: not valid UTF-8; invalid bytes replaced with U+FFFD",
                            path.display()
                        ));
                        lossy = true;
                    }
                    String::from_utf8_lossy(&buf)
                }
            };
            if let Some(r) = json_line(&line, path, number)? {
                records += 1;
                sink(r)?;
            }
        }
        if records == 0 {
            warnings.push(format!(
                "{}: skipped: no articles in the file",
                path.display()
            ));
        }
        return Ok(());
    }
    let bytes = std::fs::read(path).map_err(|e| Error::read(path, e))?;
    let size = bytes.len();
    if ext != "json" && bytes.iter().take(8192).any(|&b| b == 0) {
        warnings.push(format!(
            "{}: skipped: a binary file (NUL bytes), not text",
            path.display()
        ));
        return Ok(());
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            warnings.push(format!(
                "{}: not valid UTF-8; invalid bytes replaced with U+FFFD",
                path.display()
            ));
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    };
    let mut out = Vec::new();
    if ext == "json" {
        let value: Value = serde_json::from_str(&text)
            .map_err(|e| Error::article(path, e.line(), format!("invalid JSON: {e}")))?;
        match &value {
            Value::Array(items) => {
                for item in items {
                    out.push(json_article(item, path, 1)?);
                }
            }
            _ => out.push(json_article(&value, path, 1)?),
        }
        if out.is_empty() {
            warnings.push(format!(
                "{}: skipped: no articles in the file",
                path.display()
            ));
        }
    } else {
        let raw = plain_article(&text, ext == "md");
        if raw.title.is_empty() && raw.text.trim().is_empty() {
            warnings.push(format!("{}: skipped: empty file", path.display()));
        } else {
            out.push(raw);
        }
    }
    let each = size / out.len().max(1);
    for mut r in out {
        r.origin = path.display().to_string();
        r.size = each;
        sink(Record::Article(r))?;
    }
    Ok(())
}

/// A text file: the first non-empty line is the title, the rest the body.
fn plain_article(text: &str, markdown: bool) -> RawArticle {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.lines();
    let mut title = String::new();
    for line in lines.by_ref() {
        if !line.trim().is_empty() {
            title = line.trim().to_string();
            break;
        }
    }
    if markdown {
        title = title.trim_start_matches('#').trim().to_string();
    }
    let body: Vec<&str> = lines.collect();
    RawArticle {
        title,
        text: body.join("\n"),
        ..RawArticle::default()
    }
}

fn json_article(value: &Value, path: &Path, line: usize) -> Result<RawArticle> {
    let obj = value.as_object().ok_or_else(|| {
        Error::article(
            path,
            line,
            format!("expected a JSON object, found {}", type_name(value)),
        )
    })?;
    let text = match obj.get("text") {
        Some(Value::String(s)) => s.clone(),
        Some(other) => {
            return Err(Error::article(
                path,
                line,
                format!("`text` must be a string, found {}", type_name(other)),
            ))
        }
        None => return Err(Error::article(path, line, "missing required field `text`")),
    };
    let string_field = |name: &str| -> Result<Option<String>> {
        match obj.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.trim().to_string()).filter(|s| !s.is_empty())),
            Some(Value::Number(n)) if name == "id" => Ok(Some(n.to_string())),
            Some(other) => Err(Error::article(
                path,
                line,
                format!("`{name}` must be a string, found {}", type_name(other)),
            )),
        }
    };
    Ok(RawArticle {
        id: string_field("id")?,
        title: string_field("title")?.unwrap_or_default(),
        text,
        date: string_field("date")?,
        lang: string_field("lang")?,
        url: string_field("url")?,
        origin: String::new(),
        size: 0,
    })
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Normalises an ISO 8601 date or date-time to `YYYY-MM-DD`.
pub fn normalize_date(s: &str) -> Option<String> {
    let head: String = s.trim().chars().take(10).collect();
    chrono::NaiveDate::parse_from_str(&head, "%Y-%m-%d")
        .ok()
        .map(|d| d.format("%Y-%m-%d").to_string())
}

fn finish(
    raw: RawArticle,
    lexicon: &Lexicon,
    options: &IngestOptions,
    warnings: &mut Vec<String>,
) -> Article {
    let body = clean_text(&raw.text, lexicon);
    let title = clean_text(&raw.title, lexicon);
    let id = raw.id.clone().unwrap_or_else(|| {
        let mut h = Sha256::new();
        h.update(raw.title.as_bytes());
        h.update(b"\n");
        h.update(raw.text.as_bytes());
        // the same text under another date or address is another article (and so the graph does
        // not depend on which of the two is read first)
        for extra in [&raw.date, &raw.url].into_iter().flatten() {
            h.update(b"\n");
            h.update(extra.as_bytes());
        }
        let digest = h.finalize();
        digest[..8].iter().map(|b| format!("{b:02x}")).collect()
    });
    let date = raw.date.as_deref().and_then(|d| {
        let n = normalize_date(d);
        if n.is_none() {
            warnings.push(format!(
                "{}: article {id}: date `{d}` is not ISO 8601 (YYYY-MM-DD); ignored",
                raw.origin
            ));
        }
        n
    });
    let lang = options
        .lang
        .clone()
        .or_else(|| {
            raw.lang.as_ref().and_then(|l| {
                let l = l.to_ascii_lowercase();
                if lexicon.language(&l).is_some() {
                    Some(l)
                } else {
                    warnings.push(format!(
                        "{}: article {id}: language `{l}` unknown; detecting it instead",
                        raw.origin
                    ));
                    None
                }
            })
        })
        .unwrap_or_else(|| {
            // the title and the start of the body are enough (the detector reads 400 words)
            let mut head = String::with_capacity(title.len() + 4096);
            head.push_str(&title);
            head.push('\n');
            let mut end = body.len().min(4096);
            while !body.is_char_boundary(end) {
                end -= 1;
            }
            head.push_str(&body[..end]);
            detect_language(&head, lexicon)
        });
    if body.trim().is_empty() && title.trim().is_empty() {
        warnings.push(format!(
            "{}: article {id}: no text left after removing boilerplate",
            raw.origin
        ));
    }
    Article {
        meta: ArticleMeta {
            id,
            title,
            date,
            lang,
            url: raw.url,
        },
        body,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_files_split_title_and_body() {
        let a = plain_article("\n\n Judul Berita \n\nIsi pertama.\nIsi kedua.", false);
        assert_eq!(a.title, "Judul Berita");
        assert_eq!(a.text.trim(), "Isi pertama.\nIsi kedua.");
    }

    #[test]
    fn json_errors_name_the_problem() {
        let p = Path::new("x.jsonl");
        let e = json_article(&serde_json::json!({"title": "t"}), p, 3)
            .unwrap_err()
            .to_string();
        assert_eq!(e, "x.jsonl:3: missing required field `text`");
        let e = json_article(&serde_json::json!({"text": 5}), p, 4)
            .unwrap_err()
            .to_string();
        assert_eq!(e, "x.jsonl:4: `text` must be a string, found a number");
        let e = json_article(&serde_json::json!([1]), p, 1)
            .unwrap_err()
            .to_string();
        assert!(e.contains("expected a JSON object"), "{e}");
    }

    #[test]
    fn dates_normalise() {
        assert_eq!(
            normalize_date("2023-06-12T10:00:00Z").as_deref(),
            Some("2023-06-12")
        );
        assert_eq!(normalize_date("2023-06-12").as_deref(), Some("2023-06-12"));
        assert_eq!(normalize_date("12/6/2023"), None);
    }
}
