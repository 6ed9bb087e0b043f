//! The `report` CLI: JSON output valid against `report.schema.json`, stdin, `--pretty`, and
//! one-line errors with exit code 2.
#![cfg(feature = "cli")]

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_report");
const DIR: &str = env!("CARGO_MANIFEST_DIR");

fn data(rel: &str) -> PathBuf {
    Path::new(DIR).join(rel)
}

fn seed() -> PathBuf {
    data("../../public/reports/xinqiao-2024h1.txt")
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run the report binary");
    {
        let mut input = child.stdin.take().unwrap();
        if let Some(bytes) = stdin {
            input.write_all(bytes).unwrap();
        }
    }
    child.wait_with_output().unwrap()
}

fn validator() -> jsonschema::Validator {
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(data("report.schema.json")).unwrap())
            .unwrap();
    jsonschema::draft202012::new(&schema).expect("the schema is a valid draft 2020-12 schema")
}

fn assert_valid(v: &jsonschema::Validator, doc: &Value, what: &str) {
    let errors: Vec<String> = v
        .iter_errors(doc)
        .take(5)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect();
    assert!(errors.is_empty(), "{what}: {errors:#?}");
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn seed_and_corpus_output_is_valid_against_the_schema() {
    let v = validator();
    let mut files = vec![seed()];
    for entry in std::fs::read_dir(data("tests/data/corpus")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            files.push(path);
        }
    }
    assert_eq!(files.len(), 9, "the seed and the eight corpus reports");
    for file in files {
        let out = run(&["parse", file.to_str().unwrap()], None);
        assert!(out.status.success(), "{}: {}", file.display(), stderr(&out));
        let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_valid(&v, &doc, &file.display().to_string());
        assert!(doc["parts"].as_array().unwrap().len() >= 2);
        assert!(doc.get("blocks").is_none());
    }
}

#[test]
fn seed_document_shape() {
    let out = run(&["parse", seed().to_str().unwrap()], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 1, "compact output is one line");
    let doc: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        doc["title"],
        "深圳市宝安区新桥街道办事处2024年上半年工作总结和下半年工作计划"
    );
    assert_eq!(doc["published"], "2024-10-22T15:41");
    assert_eq!(doc["source_url"], Value::Null);
    assert_eq!(doc["parts"][0]["kind"], "summary");
    assert_eq!(doc["parts"][1]["kind"], "plan");
    assert_eq!(
        doc["parts"][0]["sections"][0]["topics"][0]["title"],
        "经济指标持续向好"
    );
}

#[test]
fn stdin_and_pretty() {
    let bytes = std::fs::read(seed()).unwrap();
    let from_file = run(&["parse", seed().to_str().unwrap()], None);
    let from_stdin = run(&["parse", "-"], Some(&bytes));
    assert!(from_stdin.status.success(), "{}", stderr(&from_stdin));
    assert_eq!(from_file.stdout, from_stdin.stdout);
    let pretty = run(&["parse", "--pretty", "-"], Some(&bytes));
    assert!(pretty.status.success());
    let pretty_text = String::from_utf8(pretty.stdout).unwrap();
    assert!(pretty_text.lines().count() > 100);
    assert!(pretty_text.contains("\n  \"parts\": ["));
    let a: Value = serde_json::from_str(&pretty_text).unwrap();
    let b: Value = serde_json::from_slice(&from_file.stdout).unwrap();
    assert_eq!(a, b);
    let pretty_after = run(&["parse", seed().to_str().unwrap(), "--pretty"], None);
    assert!(pretty_after.status.success());
    assert_eq!(pretty_after.stdout, pretty_text.as_bytes());
}

#[test]
fn gb18030_input_is_named() {
    // "一、工作总结\n（一）经济。增长。\n" encoded as GB18030/GBK.
    let gbk: &[u8] = &[
        0xD2, 0xBB, 0xA1, 0xA2, 0xB9, 0xA4, 0xD7, 0xF7, 0xD7, 0xDC, 0xBD, 0xE1, b'\n', 0xA3, 0xA8,
        0xD2, 0xBB, 0xA3, 0xA9, 0xBE, 0xAD, 0xBC, 0xC3, 0xA1, 0xA3, 0xD4, 0xF6, 0xB3, 0xA4, 0xA1,
        0xA3, b'\n',
    ];
    let out = run(&["parse", "-"], Some(gbk));
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("GB18030"), "{err}");
    assert!(err.contains("iconv -f GB18030 -t UTF-8"), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(out.stdout.is_empty());

    let dir = std::env::temp_dir().join(format!("report-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("gbk.txt");
    std::fs::write(&file, gbk).unwrap();
    let out = run(&["parse", file.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("GB18030"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn other_bad_bytes_are_not_called_gb18030() {
    let out = run(&["parse", "-"], Some(&[b'a', 0xFF, 0xFE, b'\n']));
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("not UTF-8"), "{err}");
    assert!(!err.contains("GB18030"), "{err}");
}

#[test]
fn empty_and_structureless_input_exit_2() {
    for (input, needle) in [
        (&b""[..], "empty"),
        (&b" \r\n\xe3\x80\x80\n"[..], "empty"),
        ("只有一句话。没有任何标题。\n".as_bytes(), "structure"),
    ] {
        let out = run(&["parse", "-"], Some(input));
        assert_eq!(out.status.code(), Some(2), "{input:?}");
        let err = stderr(&out);
        assert!(err.contains(needle), "{err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &[][..],
        &["parse"][..],
        &["frobnicate", "x"][..],
        &["parse", "--bogus", "x"][..],
        &["parse", "a", "b"][..],
    ] {
        let out = run(args, None);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains("usage: report parse"), "{args:?}");
    }
    let out = run(&["parse", "/nonexistent/report.txt"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("cannot read"));
    let out = run(&["--help"], None);
    assert!(out.status.success());
}

/// A validator of one `$defs` entry of the schema (`tracking`, `series`).
fn def_validator(name: &str) -> jsonschema::Validator {
    let mut schema: Value =
        serde_json::from_str(&std::fs::read_to_string(data("report.schema.json")).unwrap())
            .unwrap();
    let root = schema.as_object_mut().unwrap();
    for key in ["type", "required", "properties", "additionalProperties"] {
        root.remove(key);
    }
    root.insert("$ref".into(), Value::String(format!("#/$defs/{name}")));
    jsonschema::draft202012::new(&schema).expect("a valid schema")
}

fn corpus(name: &str) -> String {
    data(&format!("tests/data/corpus/{name}.txt"))
        .to_string_lossy()
        .into_owned()
}

#[test]
fn track_prints_the_targets_and_outcomes_valid_against_the_schema() {
    let out = run(
        &[
            "track",
            &corpus("hailar_district_2013"),
            &corpus("hailar_district_2014"),
        ],
        None,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_valid(&def_validator("tracking"), &doc, "track");
    assert_eq!(doc["period"], "2013年");
    let first = &doc["targets"][0];
    assert_eq!(
        (&first["indicator"], &first["raw"], &first["status"]),
        (
            &Value::from("地区生产总值"),
            &Value::from("20%"),
            &Value::from("missed")
        )
    );
    assert_eq!(first["outcome"]["raw"], "10.1%");
}

#[test]
fn series_prints_every_indicator_of_two_or_more_reviews() {
    let files: Vec<String> = (2013..=2016)
        .map(|y| corpus(&format!("hailar_district_{y}")))
        .collect();
    let mut args = vec!["series", "--pretty"];
    args.extend(files.iter().map(String::as_str));
    let out = run(&args, None);
    assert!(out.status.success(), "{}", stderr(&out));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_valid(&def_validator("series"), &doc, "series");
    let gdp = doc["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["indicator"] == "地区生产总值")
        .expect("GDP is given every year");
    let periods: Vec<&str> = gdp["points"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["period"].as_str().unwrap())
        .collect();
    assert_eq!(periods, ["2012年", "2013年", "2014年", "2015年"]);
}

#[test]
fn track_and_series_need_their_files() {
    for args in [vec!["track", "a.txt"], vec!["series", "a.txt"]] {
        let out = run(&args, None);
        assert_eq!(out.status.code(), Some(2));
        assert!(stderr(&out).contains("usage:"), "{}", stderr(&out));
    }
}
