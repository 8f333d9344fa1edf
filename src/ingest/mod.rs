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
use crate::model::{Article, ArticleMeta};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::{Path, PathBuf};

/// Options that change how articles are read.
#[derive(Debug, Clone, Default)]
pub struct IngestOptions {
    /// Force this language instead of detecting it.
    pub lang: Option<String>,
}

/// File extensions read as articles.
pub const ARTICLE_EXTENSIONS: [&str; 4] = ["txt", "md", "json", "jsonl"];

/// Reads every article under `paths` (files, folders, or `-` for standard input) and hands each to
/// `sink`. Returns the warnings. Fails on the first unusable input, naming it.
pub fn read_articles(
    paths: &[PathBuf],
    lexicon: &Lexicon,
    options: &IngestOptions,
    mut sink: impl FnMut(Article) -> Result<()>,
) -> Result<Vec<String>> {
    if let Some(l) = &options.lang {
        if lexicon.language(l).is_none() {
            return Err(Error::Usage(format!(
                "--lang {l}: unknown language (known: {})",
                lexicon.language_codes().join(", ")
            )));
        }
    }
    let mut warnings = Vec::new();
    let mut count = 0usize;
    let mut emit = |raw: RawArticle, warnings: &mut Vec<String>| -> Result<()> {
        count += 1;
        sink(finish(raw, lexicon, options, warnings))
    };
    for path in paths {
        if path.as_os_str() == "-" {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| Error::read("<stdin>", e))?;
            emit(plain_article(&text, false), &mut warnings)?;
            continue;
        }
        if !path.exists() {
            return Err(Error::NotFound { path: path.clone() });
        }
        for file in list_files(path, &mut warnings)? {
            for raw in read_file(&file, &mut warnings)? {
                emit(raw, &mut warnings)?;
            }
        }
    }
    if count == 0 {
        let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        return Err(Error::NoArticles(shown.join(", ")));
    }
    Ok(warnings)
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
struct RawArticle {
    id: Option<String>,
    title: String,
    text: String,
    date: Option<String>,
    lang: Option<String>,
    url: Option<String>,
    origin: String,
}

fn read_file(path: &Path, warnings: &mut Vec<String>) -> Result<Vec<RawArticle>> {
    let bytes = std::fs::read(path).map_err(|e| Error::read(path, e))?;
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
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    let mut out = Vec::new();
    match ext.as_str() {
        "jsonl" => {
            for (i, line) in text.lines().enumerate() {
                if line.trim().is_empty() {
                    continue;
                }
                let value: Value = serde_json::from_str(line)
                    .map_err(|e| Error::article(path, i + 1, format!("invalid JSON: {e}")))?;
                out.push(json_article(&value, path, i + 1)?);
            }
        }
        "json" => {
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
        }
        _ => {
            let raw = plain_article(&text, ext == "md");
            if raw.title.is_empty() && raw.text.trim().is_empty() {
                warnings.push(format!("{}: skipped: empty file", path.display()));
            } else {
                out.push(raw);
            }
        }
    }
    for r in &mut out {
        r.origin = path.display().to_string();
    }
    if out.is_empty() && (ext == "jsonl" || ext == "json") {
        warnings.push(format!(
            "{}: skipped: no articles in the file",
            path.display()
        ));
    }
    Ok(out)
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
        .unwrap_or_else(|| detect_language(&format!("{title}\n{body}"), lexicon));
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
