//! The `report` command: parses a report's text and prints its JSON document.
//!
//! ```text
//! report parse [--pretty] FILE     # FILE may be `-` for standard input
//! report track [--pretty] EARLIER LATER   # the targets of EARLIER's plan, met or not in LATER
//! report series [--pretty] FILE…           # every indicator two or more reviews give
//! report eval numbers [--misses] [--corpus DIR] [--against OTHER_DIR] GOLD_DIR
//! report eval track [--misses] [--corpus DIR] GOLD_DIR
//! ```
//!
//! `eval numbers` scores the number extractor against the hand-judged mentions of every
//! `*.json` in GOLD_DIR (texts from `GOLD_DIR/../data/corpus/` unless `--corpus` says otherwise):
//! per report and overall, the indicators fully right, wrong kind / value / unit / label, missed,
//! and the non-indicators marked. `--misses` lists every error. `--against OTHER_DIR` scores the
//! gold files OTHER_DIR has too against its annotations instead of the parser's: how far two
//! annotators of the same paragraphs agree.
//! `eval track` scores `track` against the hand-judged pairs of GOLD_DIR the same way.
//!
//! Exit codes: 0 on success; 2 for a usage error, an unreadable file, text that is not UTF-8,
//! and text that is empty or has no report structure (each with a one-line message on stderr).

mod numbers;
mod track;

use std::io::{self, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: report parse [--pretty] FILE   (FILE may be '-' for standard input)
       report track [--pretty] EARLIER LATER
       report series [--pretty] FILE...
       report eval numbers [--misses] [--corpus DIR] [--against OTHER_DIR] GOLD_DIR
       report eval track [--misses] [--corpus DIR] GOLD_DIR";

pub(crate) fn fail(message: &str) -> ExitCode {
    let _ = writeln!(io::stderr(), "report: {message}");
    ExitCode::from(2)
}

pub(crate) fn usage_error(message: &str) -> ExitCode {
    let _ = writeln!(io::stderr(), "report: {message}\n{USAGE}");
    ExitCode::from(2)
}

fn run(args: &[String]) -> ExitCode {
    match (
        args.first().map(String::as_str),
        args.get(1).map(String::as_str),
    ) {
        (Some("eval"), Some("track")) => return track::eval(&args[2..]),
        (Some("eval"), _) => return numbers::eval(&args[1..]),
        (Some("track"), _) => return track::track(&args[1..]),
        (Some("series"), _) => return track::series(&args[1..]),
        _ => {}
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
pub(crate) fn read_input(file: &str, name: &str) -> Result<Vec<u8>, ExitCode> {
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
pub(crate) fn decode<'a>(bytes: &'a [u8], file: &str, name: &str) -> Result<&'a str, ExitCode> {
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
pub(crate) fn exit_after_output(written: io::Result<()>) -> ExitCode {
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(&format!("cannot write output: {e}")),
    }
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
