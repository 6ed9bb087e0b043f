//! The `report` command: parses a report's text and prints its JSON document.
//!
//! ```text
//! report parse [--pretty] FILE     # FILE may be `-` for standard input
//! report eval numbers [--misses] [--corpus DIR] GOLD_DIR
//! ```
//!
//! `eval numbers` scores the number extractor against the hand-judged mentions of every
//! `*.json` in GOLD_DIR (texts from `GOLD_DIR/../data/corpus/` unless `--corpus` says otherwise):
//! per report and overall, the indicators fully right, wrong kind / value / unit / label, missed,
//! and the non-indicators marked. `--misses` lists every error.
//!
//! Exit codes: 0 on success; 2 for a usage error, an unreadable file, text that is not UTF-8,
//! and text that is empty or has no report structure (each with a one-line message on stderr).

use report::eval::{score, GoldFile, Score};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage: report parse [--pretty] FILE   (FILE may be '-' for standard input)
       report eval numbers [--misses] [--corpus DIR] GOLD_DIR";

fn fail(message: &str) -> ExitCode {
    let _ = writeln!(io::stderr(), "report: {message}");
    ExitCode::from(2)
}

fn usage_error(message: &str) -> ExitCode {
    let _ = writeln!(io::stderr(), "report: {message}\n{USAGE}");
    ExitCode::from(2)
}

fn run(args: &[String]) -> ExitCode {
    if args.first().map(String::as_str) == Some("eval") {
        return eval(&args[1..]);
    }
    let (pretty, file) = match parse_args(args) {
        Ok(Some(a)) => a,
        Ok(None) => {
            let _ = writeln!(io::stdout(), "{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(code) => return code,
    };
    let name = if file == "-" {
        "standard input".to_string()
    } else {
        file.clone()
    };
    let bytes = match read_input(&file, &name) {
        Ok(b) => b,
        Err(code) => return code,
    };
    let text = match decode(&bytes, &file, &name) {
        Ok(t) => t,
        Err(code) => return code,
    };
    let report = match report::parse(text) {
        Ok(r) => r,
        Err(e) => return fail(&format!("cannot parse {name}: {e}")),
    };
    let json = if pretty {
        serde_json::to_string_pretty(&report)
    } else {
        serde_json::to_string(&report)
    };
    let json = match json {
        Ok(j) => j,
        Err(e) => return fail(&format!("cannot write JSON: {e}")),
    };
    let mut out = io::stdout().lock();
    exit_after_output(writeln!(out, "{json}").and_then(|_| out.flush()))
}

/// `parse [--pretty] FILE`: whether to pretty-print, and the file; `None` for `--help`.
fn parse_args(args: &[String]) -> Result<Option<(bool, String)>, ExitCode> {
    let mut pretty = false;
    let mut command = None;
    let mut file = None;
    for arg in args {
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--pretty" => pretty = true,
            "-" => {
                if command.is_none() {
                    return Err(usage_error("missing command 'parse'"));
                }
                if file.replace(arg.clone()).is_some() {
                    return Err(usage_error("more than one FILE given"));
                }
            }
            a if a.starts_with('-') => return Err(usage_error(&format!("unknown option '{a}'"))),
            a if command.is_none() => {
                if a != "parse" {
                    return Err(usage_error(&format!("unknown command '{a}'")));
                }
                command = Some(a.to_string());
            }
            _ => {
                if file.replace(arg.clone()).is_some() {
                    return Err(usage_error("more than one FILE given"));
                }
            }
        }
    }
    if command.is_none() {
        return Err(usage_error("missing command 'parse'"));
    }
    let Some(file) = file else {
        return Err(usage_error("missing FILE"));
    };
    Ok(Some((pretty, file)))
}

/// The bytes of `file` (`-`: standard input); `name` is what messages call it.
fn read_input(file: &str, name: &str) -> Result<Vec<u8>, ExitCode> {
    if file == "-" {
        let mut buf = Vec::new();
        if let Err(e) = io::stdin().lock().read_to_end(&mut buf) {
            return Err(fail(&format!("cannot read standard input: {e}")));
        }
        Ok(buf)
    } else {
        std::fs::read(file).map_err(|e| fail(&format!("cannot read {name}: {e}")))
    }
}

/// The bytes as UTF-8 text, or the message for text that is not (GB18030 named as such).
fn decode<'a>(bytes: &'a [u8], file: &str, name: &str) -> Result<&'a str, ExitCode> {
    std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        if report::input::looks_like_gb18030(bytes) {
            let shown = if file == "-" { "FILE" } else { file };
            fail(&format!(
                "{name} is not UTF-8 (invalid byte at offset {at}); it looks like GB18030/GBK, convert it first: iconv -f GB18030 -t UTF-8 {shown} > report.txt"
            ))
        } else {
            fail(&format!(
                "{name} is not UTF-8 text (invalid byte at offset {at}); the report must be UTF-8"
            ))
        }
    })
}

/// The exit code after writing the output: a closed pipe is no error.
fn exit_after_output(written: io::Result<()>) -> ExitCode {
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(&format!("cannot write output: {e}")),
    }
}

/// `report eval numbers [--misses] [--corpus DIR] GOLD_DIR`.
fn eval(args: &[String]) -> ExitCode {
    let (misses, corpus, dir) = match eval_args(args) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let corpus = corpus.unwrap_or_else(|| dir.join("../data/corpus"));
    let files = match gold_files(&dir) {
        Ok(f) => f,
        Err(code) => return code,
    };
    let mut out = String::new();
    out.push_str(&format!(
        "{:<28} {:>5} {:>6} {:>7} {:>5} {:>5} {:>5} {:>5} {:>6} {:>5} {:>6} {:>5}\n",
        "report",
        "ind.",
        "right",
        "share",
        "kind",
        "value",
        "unit",
        "label",
        "missed",
        "non",
        "marked",
        "extra"
    ));
    let (mut all, mut tuning, mut held) = (Score::default(), Score::default(), Score::default());
    let mut details = String::new();
    for f in &files {
        let (gold, s) = match score_file(f, &corpus) {
            Ok(x) => x,
            Err(code) => return code,
        };
        let name = format!(
            "{}{}",
            gold.file.trim_end_matches(".txt"),
            if gold.held_out { " (held out)" } else { "" }
        );
        out.push_str(&row(&name, &s));
        if misses {
            details.push_str(&misses_text(&name, &s));
        }
        all.add(&s);
        if gold.held_out {
            held.add(&s)
        } else {
            tuning.add(&s)
        }
    }
    out.push_str(&row("tuning reports", &tuning));
    out.push_str(&row("held-out reports", &held));
    out.push_str(&row("all", &all));
    out.push_str(&format!(
        "fully right: {:.1}% of {} indicators; non-indicators marked: {:.1}% ({} of {} gold non-indicators, {} extra marks)\n",
        100.0 * all.right_share(),
        all.indicators,
        100.0 * all.marked_share(),
        all.marked,
        all.non_indicators,
        all.extra
    ));
    out.push_str(&details);
    let mut stdout = io::stdout().lock();
    exit_after_output(
        stdout
            .write_all(out.as_bytes())
            .and_then(|_| stdout.flush()),
    )
}

/// `numbers [--misses] [--corpus DIR] GOLD_DIR`: whether to list misses, the corpus folder if
/// given, and the gold folder.
fn eval_args(args: &[String]) -> Result<(bool, Option<PathBuf>, PathBuf), ExitCode> {
    let mut misses = false;
    let mut corpus: Option<PathBuf> = None;
    let mut dir: Option<PathBuf> = None;
    let mut it = args.iter();
    if it.next().map(String::as_str) != Some("numbers") {
        return Err(usage_error("eval takes 'numbers'"));
    }
    while let Some(a) = it.next() {
        match a.as_str() {
            "--misses" => misses = true,
            "--corpus" => match it.next() {
                Some(d) => corpus = Some(d.into()),
                None => return Err(usage_error("--corpus takes a folder")),
            },
            a if a.starts_with('-') => return Err(usage_error(&format!("unknown option '{a}'"))),
            _ if dir.is_some() => return Err(usage_error("more than one GOLD_DIR given")),
            _ => dir = Some(a.into()),
        }
    }
    let Some(dir) = dir else {
        return Err(usage_error("missing GOLD_DIR"));
    };
    Ok((misses, corpus, dir))
}

/// The `*.json` files of `dir`, sorted; at least one.
fn gold_files(dir: &Path) -> Result<Vec<PathBuf>, ExitCode> {
    let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(d) => d
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect(),
        Err(e) => return Err(fail(&format!("cannot read {}: {e}", dir.display()))),
    };
    files.sort();
    if files.is_empty() {
        return Err(fail(&format!("no *.json gold in {}", dir.display())));
    }
    Ok(files)
}

/// The gold of file `f` and the score of the parse of its text (in `corpus`).
fn score_file(f: &Path, corpus: &Path) -> Result<(GoldFile, Score), ExitCode> {
    let gold: GoldFile = match std::fs::read_to_string(f)
        .map_err(|e| e.to_string())
        .and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string()))
    {
        Ok(g) => g,
        Err(e) => return Err(fail(&format!("cannot read gold {}: {e}", f.display()))),
    };
    let path = corpus.join(&gold.file);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => return Err(fail(&format!("cannot read {}: {e}", path.display()))),
    };
    let parsed = match report::parse(&text) {
        Ok(r) => r,
        Err(e) => return Err(fail(&format!("cannot parse {}: {e}", path.display()))),
    };
    let s = score(&gold, &parsed.numbers);
    Ok((gold, s))
}

/// One line of the score table.
fn row(name: &str, s: &Score) -> String {
    format!(
        "{name:<28} {:>5} {:>6} {:>6.1}% {:>5} {:>5} {:>5} {:>5} {:>6} {:>5} {:>6} {:>5}\n",
        s.indicators,
        s.right,
        100.0 * s.right_share(),
        s.wrong_kind,
        s.wrong_value,
        s.wrong_unit,
        s.wrong_label,
        s.missed,
        s.non_indicators,
        s.marked,
        s.extra
    )
}

/// A report's misses, as `--misses` lists them.
fn misses_text(name: &str, s: &Score) -> String {
    let mut details = format!("\n== {name}\n");
    for m in &s.misses {
        details.push_str(&format!(
            "{:>6} {:<10} [{}]\n       got  {}\n       want {}\n",
            m.offset,
            m.raw,
            m.fields.join(","),
            m.got,
            m.want
        ));
    }
    details
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    run(&args)
}

#[cfg(test)]
mod tests {

    #[test]
    fn gb18030_structure() {
        // "政府" in GBK, plus ASCII, plus a four-byte sequence.
        assert!(report::input::looks_like_gb18030(&[
            0xD5, 0xFE, 0xB8, 0xAE, b'a', 0x81, 0x30, 0x81, 0x30
        ]));
        assert!(!report::input::looks_like_gb18030(b"plain ascii"));
        assert!(!report::input::looks_like_gb18030(&[0xD5]));
        assert!(!report::input::looks_like_gb18030(&[0xD5, 0x7F]));
        assert!(!report::input::looks_like_gb18030(&[0x80, 0x40]));
        assert!(!report::input::looks_like_gb18030(&[0x81, 0x30, 0x81]));
        assert!(!report::input::looks_like_gb18030(&[0xFF, 0x40]));
    }
}
