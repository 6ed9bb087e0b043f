//! Build step: renders the default view with the app's own components (Leptos `ssr`) and puts
//! it into the built `index.html` in place of the loading skeleton, so the title, key figures
//! and first cards paint from HTML alone (and read with JavaScript off). The wasm app then
//! replaces it (see `main.rs`). Also writes the bundled report parsed ahead
//! (`reports/xinqiao-2024h1.parsed.json`), which the page starts from.
//!
//! `cargo run --release --no-default-features --features ssr --bin prerender -- dist/index.html`
//! (run by `scripts/postbuild.mjs` on every Trunk build).

#![recursion_limit = "512"]

use leptos::prelude::*;
use report_explorer::App;

/// Renders the app's default view to an HTML string.
fn render() -> String {
    let owner = Owner::new();
    owner.with(|| view! { <App/> }.to_html())
}

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender INDEX_HTML");
        std::process::exit(2);
    };
    let page = match std::fs::read_to_string(&path) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("prerender: cannot read {path}: {e}");
            std::process::exit(2);
        }
    };
    let html = render();
    match inject(&page, &html) {
        Some(out) => {
            if let Err(e) = std::fs::write(&path, out) {
                eprintln!("prerender: cannot write {path}: {e}");
                std::process::exit(2);
            }
            write_parsed(&path);
        }
        None => {
            eprintln!("prerender: no <div id=\"boot\"> … <!--/boot--> in {path}");
            std::process::exit(2);
        }
    }
}

/// Writes the bundled report, parsed, beside the page (`DEFAULT_REPORT_PARSED`): the explorer's
/// page has no parser (it parses in a worker) and starts from this.
fn write_parsed(index: &str) {
    use report_explorer::state::{DEFAULT_REPORT, DEFAULT_REPORT_PARSED};
    let dir = std::path::Path::new(index)
        .parent()
        .unwrap_or(std::path::Path::new("."));
    let out = dir.join(DEFAULT_REPORT_PARSED);
    let json = report::wire::encode(&report::input::parse_lenient(DEFAULT_REPORT));
    if let Err(e) = std::fs::write(&out, json) {
        eprintln!("prerender: cannot write {}: {e}", out.display());
        std::process::exit(2);
    }
}

/// Puts `html` into the boot container (between `<div id="boot"` and its `<!--/boot-->` end
/// marker), replacing the skeleton and marking it pre-rendered, with the `report=` id of the
/// report it shows (`data-report`: boot.js hides it when the URL asks for another report).
fn inject(page: &str, html: &str) -> Option<String> {
    let start = page.find("<div id=\"boot\"")?;
    let end_marker = "<!--/boot-->";
    let end = page[start..].find(end_marker)? + start;
    let open_end = page[start..].find('>')? + start + 1;
    let open_tag = page[start..open_end]
        .replace(" aria-busy=\"true\"", "")
        .replacen(
            "class=\"boot\"",
            &format!(
                "class=\"boot prerendered\" data-report=\"{}\"",
                report_explorer::state::DEFAULT_REPORT_ID
            ),
            1,
        );
    // Leptos marks text-node boundaries with empty comments for hydration; this page is
    // replaced, not hydrated, so they are dead weight. Report text is escaped (`&lt;`), so the
    // marker cannot occur inside it.
    let html = disable_until_ready(&html.replace("<!>", ""));
    Some(format!(
        "{}{}{}</div>{}",
        &page[..start],
        open_tag,
        html,
        &page[end..]
    ))
}

/// The pre-rendered page's buttons and file input, disabled with a 正在加载… hint: until the
/// app takes over they could only drop a tap or a chosen file. Text fields, selects and panels
/// stay live; what the reader does with them goes into the app (`browser::takeover`).
fn disable_until_ready(html: &str) -> String {
    const HINT: &str = " disabled title=\"正在加载…\"";
    let mut out = String::with_capacity(html.len() + 4096);
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest.find('>').map_or(rest.len(), |e| e + 1);
        let tag = &rest[..end];
        let is_button = tag.starts_with("<button") && tag[7..].starts_with([' ', '>']);
        let is_file = tag.starts_with("<input") && tag.contains(" type=\"file\"");
        if (is_button || is_file) && !tag.contains(" disabled") {
            let name_end = if is_button { 7 } else { 6 };
            out.push_str(&tag[..name_end]);
            out.push_str(HINT);
            out.push_str(&tag[name_end..]);
        } else {
            out.push_str(tag);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn injects_between_the_markers() {
        let page = "<body><div id=\"boot\" class=\"boot\" aria-busy=\"true\"><p>skeleton</p></div><!--/boot--><noscript></noscript></body>";
        let out = inject(page, "<h1>标<!>题</h1>").unwrap();
        assert_eq!(
            out,
            "<body><div id=\"boot\" class=\"boot prerendered\" data-report=\"xinqiao-2024h1\"><h1>标题</h1></div><!--/boot--><noscript></noscript></body>"
        );
    }

    #[test]
    fn buttons_and_file_inputs_wait_for_the_app() {
        let html = "<p>a &lt;button&gt; b</p><button type=\"button\" class=\"x\">1</button>\
                    <button disabled class=\"y\">2</button><input type=\"file\" accept=\".txt\">\
                    <input type=\"search\"><buttons>";
        assert_eq!(
            disable_until_ready(html),
            "<p>a &lt;button&gt; b</p><button disabled title=\"正在加载…\" type=\"button\" class=\"x\">1</button>\
             <button disabled class=\"y\">2</button><input disabled title=\"正在加载…\" type=\"file\" accept=\".txt\">\
             <input type=\"search\"><buttons>"
        );
    }

    #[test]
    fn a_page_without_the_end_marker_is_refused() {
        assert!(inject("<div id=\"boot\" class=\"boot\"></div>", "<h1>x</h1>").is_none());
    }

    #[test]
    fn the_default_view_renders_title_cards_and_figures() {
        let html = render();
        assert!(html.contains("深圳市宝安区新桥街道办事处2024年上半年工作总结和下半年工作计划"));
        assert!(html.contains("经济指标持续向好"));
        assert!(html.contains("329.73亿元"));
        assert!(!html.contains("<script"));
    }
}
