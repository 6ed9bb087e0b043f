//! `report track`, `report series` and `report eval track`.

use crate::{
    decode, exit_after_output, fail,
    numbers::{gold_args, gold_files},
    read_input, usage_error,
};
use report::eval::track::{score, Counts, TrackGold};
use report::Report;
use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

/// A report file read, decoded and parsed: its text and its report.
fn load(file: &str) -> Result<(String, Report), ExitCode> {
    let name = if file == "-" { "standard input" } else { file };
    let bytes = read_input(file, name)?;
    let text = decode(&bytes, file, name)?.to_string();
    let report = report::parse(&text).map_err(|e| fail(&format!("cannot parse {name}: {e}")))?;
    Ok((text, report))
}

/// `[--pretty] FILE…`: whether to pretty-print, and the files.
fn files_args(args: &[String]) -> Result<(bool, Vec<String>), ExitCode> {
    let mut pretty = false;
    let mut files = Vec::new();
    for a in args {
        match a.as_str() {
            "--pretty" => pretty = true,
            "-" => files.push(a.clone()),
            a if a.starts_with('-') => return Err(usage_error(&format!("unknown option '{a}'"))),
            _ => files.push(a.clone()),
        }
    }
    Ok((pretty, files))
}

fn print_json<T: serde::Serialize>(value: &T, pretty: bool) -> ExitCode {
    let json = if pretty {
        serde_json::to_string_pretty(value)
    } else {
        serde_json::to_string(value)
    };
    match json {
        Ok(j) => {
            let mut out = io::stdout().lock();
            exit_after_output(writeln!(out, "{j}").and_then(|_| out.flush()))
        }
        Err(e) => fail(&format!("cannot write JSON: {e}")),
    }
}

/// `report track [--pretty] EARLIER LATER`.
pub fn track(args: &[String]) -> ExitCode {
    let (pretty, files) = match files_args(args) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let [earlier, later] = files.as_slice() else {
        return usage_error("track takes two files: EARLIER LATER");
    };
    let (a, b) = match (load(earlier), load(later)) {
        (Ok((_, a)), Ok((_, b))) => (a, b),
        (Err(code), _) | (_, Err(code)) => return code,
    };
    print_json(&report::track::track(&a, &b), pretty)
}

/// `report series [--pretty] FILE…`.
pub fn series(args: &[String]) -> ExitCode {
    let (pretty, files) = match files_args(args) {
        Ok(a) => a,
        Err(code) => return code,
    };
    if files.len() < 2 {
        return usage_error("series takes two or more files");
    }
    let mut reports = Vec::new();
    for f in &files {
        match load(f) {
            Ok((_, r)) => reports.push(r),
            Err(code) => return code,
        }
    }
    let named: Vec<(&str, &Report)> = files.iter().map(String::as_str).zip(&reports).collect();
    print_json(&report::track::series(&named), pretty)
}

fn row(name: &str, c: &Counts) -> String {
    format!(
        "{name:<34} {:>5} {:>5} {:>7} {:>6} {:>6.1}% {:>5}\n",
        c.gold,
        c.found,
        c.outcome,
        c.status,
        100.0 * c.status_share(),
        c.extra
    )
}

/// `report eval track [--misses] [--corpus DIR] GOLD_DIR`: per pair and overall, for headline
/// targets and all targets: gold targets, found, right outcome, right status, extra targets.
pub fn eval(args: &[String]) -> ExitCode {
    let (misses, corpus, dir) = match gold_args(args) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let corpus = corpus.unwrap_or_else(|| dir.join("../../data/corpus"));
    let files = match gold_files(&dir) {
        Ok(f) => f,
        Err(code) => return code,
    };
    let mut out = format!(
        "{:<34} {:>5} {:>5} {:>7} {:>6} {:>7} {:>5}\n",
        "pair", "gold", "found", "outcome", "status", "share", "extra"
    );
    let (mut headline, mut all) = (Counts::default(), Counts::default());
    let mut details = String::new();
    for f in &files {
        let (name, s) = match score_pair(f, &corpus) {
            Ok(x) => x,
            Err(code) => return code,
        };
        out.push_str(&row(&format!("{name} headline"), &s.headline));
        out.push_str(&row(&format!("{name} all"), &s.all));
        headline.add(&s.headline);
        all.add(&s.all);
        if misses {
            details.push_str(&format!("\n== {name}\n{}\n", s.misses.join("\n")));
        }
    }
    out.push_str(&row("headline targets", &headline));
    out.push_str(&row("all targets", &all));
    out.push_str(&format!(
        "right status: {:.1}% of {} headline targets, {:.1}% of {} targets\n{details}",
        100.0 * headline.status_share(),
        headline.gold,
        100.0 * all.status_share(),
        all.gold
    ));
    let mut stdout = io::stdout().lock();
    exit_after_output(
        stdout
            .write_all(out.as_bytes())
            .and_then(|_| stdout.flush()),
    )
}

fn score_pair(
    f: &Path,
    corpus: &Path,
) -> Result<(String, report::eval::track::TrackScore), ExitCode> {
    let gold: TrackGold = std::fs::read_to_string(f)
        .map_err(|e| e.to_string())
        .and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string()))
        .map_err(|e| fail(&format!("cannot read gold {}: {e}", f.display())))?;
    let path = |name: &str| corpus.join(name).to_string_lossy().into_owned();
    let (a_text, a) = load(&path(&gold.earlier))?;
    let (b_text, b) = load(&path(&gold.later))?;
    let tracking = report::track::track(&a, &b);
    let s = score(&gold, &tracking, &a_text, &b_text)
        .map_err(|e| fail(&format!("gold {}: {e}", f.display())))?;
    let name = f
        .file_stem()
        .map_or(String::new(), |s| s.to_string_lossy().into_owned());
    Ok((name, s))
}
