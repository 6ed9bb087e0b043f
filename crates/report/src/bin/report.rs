//! The `report` command: parses a report's text and prints its JSON document.
//!
//! ```text
//! report parse [--pretty] FILE     # FILE may be `-` for standard input
//! ```
//!
//! Exit codes: 0 on success; 2 for a usage error, an unreadable file, text that is not UTF-8,
//! and text that is empty or has no report structure (each with a one-line message on stderr).

use std::io::{self, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: report parse [--pretty] FILE   (FILE may be '-' for standard input)";

fn fail(message: &str) -> ExitCode {
    let _ = writeln!(io::stderr(), "report: {message}");
    ExitCode::from(2)
}

fn usage_error(message: &str) -> ExitCode {
    let _ = writeln!(io::stderr(), "report: {message}\n{USAGE}");
    ExitCode::from(2)
}

fn run(args: &[String]) -> ExitCode {
    let mut pretty = false;
    let mut command = None;
    let mut file = None;
    for arg in args {
        match arg.as_str() {
            "-h" | "--help" => {
                let _ = writeln!(io::stdout(), "{USAGE}");
                return ExitCode::SUCCESS;
            }
            "--pretty" => pretty = true,
            "-" => {
                if command.is_none() {
                    return usage_error("missing command 'parse'");
                }
                if file.replace(arg.clone()).is_some() {
                    return usage_error("more than one FILE given");
                }
            }
            a if a.starts_with('-') => return usage_error(&format!("unknown option '{a}'")),
            a if command.is_none() => {
                if a != "parse" {
                    return usage_error(&format!("unknown command '{a}'"));
                }
                command = Some(a.to_string());
            }
            _ => {
                if file.replace(arg.clone()).is_some() {
                    return usage_error("more than one FILE given");
                }
            }
        }
    }
    if command.is_none() {
        return usage_error("missing command 'parse'");
    }
    let Some(file) = file else {
        return usage_error("missing FILE");
    };
    let name = if file == "-" {
        "standard input".to_string()
    } else {
        file.clone()
    };

    let bytes = if file == "-" {
        let mut buf = Vec::new();
        if let Err(e) = io::stdin().lock().read_to_end(&mut buf) {
            return fail(&format!("cannot read standard input: {e}"));
        }
        buf
    } else {
        match std::fs::read(&file) {
            Ok(b) => b,
            Err(e) => return fail(&format!("cannot read {name}: {e}")),
        }
    };

    let text = match std::str::from_utf8(&bytes) {
        Ok(t) => t,
        Err(e) => {
            let at = e.valid_up_to();
            return if report::input::looks_like_gb18030(&bytes) {
                let shown = if file == "-" { "FILE" } else { file.as_str() };
                fail(&format!(
                    "{name} is not UTF-8 (invalid byte at offset {at}); it looks like GB18030/GBK, convert it first: iconv -f GB18030 -t UTF-8 {shown} > report.txt"
                ))
            } else {
                fail(&format!(
                    "{name} is not UTF-8 text (invalid byte at offset {at}); the report must be UTF-8"
                ))
            };
        }
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
    match writeln!(out, "{json}").and_then(|_| out.flush()) {
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
