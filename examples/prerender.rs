//! Writes the article into the built page, so it reads before (and without) the wasm:
//! `index.html` in English and `zh.html` in Chinese, each with every chapter, figure,
//! summary and data table of the default scenario, rendered by the same components the
//! browser runs ([`livestream_arena::ui::prerender`]). Run by `scripts/post-build.sh`
//! after each Trunk build, on the page Trunk wrote:
//!
//! ```sh
//! cargo run --example prerender -- DIST_DIR
//! ```
//!
//! Both pages load the same stylesheet, script and wasm (they sit in the same folder, so
//! relative URLs hold), and name each other with `hreflang` links.

use std::path::PathBuf;

use livestream_arena::content::{texts, Locale};
use livestream_arena::ui::prerender;

/// The page of each language, relative to the build folder.
fn file_name(locale: Locale) -> &'static str {
    match locale {
        Locale::En => "index.html",
        Locale::Zh => "zh.html",
    }
}

fn main() -> std::io::Result<()> {
    let Some(dist) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: prerender DIST_DIR");
        std::process::exit(2);
    };
    let template = std::fs::read_to_string(dist.join("index.html"))?;
    for locale in Locale::ALL {
        let html = page(&template, locale).unwrap_or_else(|missing| {
            eprintln!("prerender: the built index.html has no {missing}");
            std::process::exit(1);
        });
        std::fs::write(dist.join(file_name(locale)), html)?;
    }
    Ok(())
}

/// `template` (Trunk's page, maybe minified) in `locale`: its `<html>` tag, title and
/// description in that language, links to the other language's page, and the article
/// in `<body>`. Fails with the name of a part `template` lacks.
fn page(template: &str, locale: Locale) -> Result<String, &'static str> {
    let t = texts(locale);
    let html_tag = format!("<html lang=\"{}\">", locale.tag());
    let mut head = format!(
        "<meta name=\"description\" content=\"{}\">",
        attribute(t.subtitle)
    );
    for other in Locale::ALL {
        head.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">",
            other.tag(),
            file_name(other)
        ));
    }
    head.push_str(&format!(
        "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\">",
        file_name(Locale::En)
    ));

    let mut page = template.to_string();
    replace_between(&mut page, "<html", ">", &html_tag, true).ok_or("<html> tag")?;
    replace_between(&mut page, "<title>", "</title>", &text(t.title), false).ok_or("<title>")?;
    let head_end = page.find("</head>").or_else(|| page.find("<body"));
    page.insert_str(head_end.ok_or("</head> or <body>")?, &head);
    let body = prerender(locale);
    let open = page.find("<body>").ok_or("<body>")? + "<body>".len();
    let close = page.rfind("</body>").ok_or("</body>")?;
    page.replace_range(open..close, &body);
    Ok(page)
}

/// Replaces what lies between the first `start` and the next `end` with `with`; with
/// `whole`, the markers too. `None` if either is missing.
fn replace_between(s: &mut String, start: &str, end: &str, with: &str, whole: bool) -> Option<()> {
    let a = s.find(start)?;
    let b = a + start.len() + s[a + start.len()..].find(end)?;
    if whole {
        s.replace_range(a..b + end.len(), with);
    } else {
        s.replace_range(a + start.len()..b, with);
    }
    Some(())
}

/// `s` escaped for HTML text.
fn text(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// `s` escaped for a double-quoted HTML attribute.
fn attribute(s: &str) -> String {
    text(s).replace('"', "&quot;")
}
