//! Writes the article into the built page, so it reads before (and without) the wasm:
//! `index.html` in English and `zh.html` in Chinese, each with every chapter, figure,
//! summary and data table of the default scenario, rendered by the same components the
//! browser runs ([`livestream_arena::ui::prerender`]); and a page for each embeddable
//! figure alone in each language (`embed-ID.html`, `embed-ID-zh.html`), which the embed
//! snippets point at, so an embed shows its figure before the wasm runs. Run by `scripts/post-build.sh`
//! after each Trunk build, on the page Trunk wrote:
//!
//! ```sh
//! cargo run --example prerender -- DIST_DIR [BASE_URL]
//! ```
//!
//! Both pages load the same stylesheet, script and wasm (they sit in the same folder, so
//! relative URLs hold), and name each other with `hreflang` links. The embed pages load the
//! same stylesheet and a script of their own, `start-figure.js`, with a smaller wasm.
//!
//! Each page carries link-preview tags (Open Graph and Twitter's card) with the shares
//! figure's image, `preview/article.png`, which `examples/previews.rs` wrote before (its
//! size is read from the file). Link previews need absolute URLs: BASE_URL (the
//! deployer's `LIVESTREAM_ARENA_URL`, for example `https://example.org/livestream-arena/`)
//! makes them so; without it they are relative, which most preview crawlers ignore.

use std::path::PathBuf;

use livestream_arena::content::{texts, Locale};
use livestream_arena::preview;
use livestream_arena::snippet::frame_title;
use livestream_arena::state::FigureId;
use livestream_arena::ui::prerender;

fn main() -> std::io::Result<()> {
    let Some(dist) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: prerender DIST_DIR [BASE_URL]");
        std::process::exit(2);
    };
    let base = std::env::args().nth(2).unwrap_or_default();
    let image = format!("{}/{}", preview::FOLDER, preview::ARTICLE);
    let png = std::fs::read(dist.join(&image))?;
    let Some(size) = preview::png_size(&png) else {
        eprintln!("prerender: {image} is not a PNG");
        std::process::exit(1);
    };
    let card = Card {
        base: &base,
        image: &image,
        size,
    };
    let template = std::fs::read_to_string(dist.join("index.html"))?;
    let fail = |missing| -> String {
        eprintln!("prerender: the built index.html has no {missing}");
        std::process::exit(1);
    };
    for locale in Locale::ALL {
        let html = page(&template, locale, &card).unwrap_or_else(fail);
        std::fs::write(dist.join(locale.page()), html)?;
        for figure in FigureId::ALL {
            let html = embed_page(&template, locale, figure).unwrap_or_else(fail);
            std::fs::write(dist.join(figure.page(locale)), html)?;
        }
        // A page under each old code, for the iframes made with it.
        for (old, figure) in FigureId::OLD_CODES {
            let page = figure.page(locale).replacen(figure.code(), old, 1);
            std::fs::copy(dist.join(figure.page(locale)), dist.join(page))?;
        }
    }
    Ok(())
}

/// What the link-preview tags name: the explainer's address (empty: relative URLs) and
/// the preview image's path in the build and size in pixels.
struct Card<'a> {
    base: &'a str,
    image: &'a str,
    size: (u32, u32),
}

/// The Open Graph locale of each language.
fn og_locale(locale: Locale) -> &'static str {
    match locale {
        Locale::En => "en_US",
        Locale::Zh => "zh_CN",
    }
}

/// The link-preview tags of the page in `locale`: Open Graph (read by most chat apps and
/// social sites) and Twitter's card, with the shares figure's image.
fn card_tags(locale: Locale, card: &Card) -> String {
    let t = texts(locale);
    let image = format!("{}{}", card.base, card.image);
    let mut tags = vec![
        ("property", "og:type", "article".to_string()),
        ("property", "og:title", t.title.to_string()),
        ("property", "og:description", t.subtitle.to_string()),
        ("property", "og:locale", og_locale(locale).to_string()),
        ("property", "og:image", image.clone()),
        ("property", "og:image:width", card.size.0.to_string()),
        ("property", "og:image:height", card.size.1.to_string()),
        ("name", "twitter:card", "summary_large_image".to_string()),
        ("name", "twitter:image", image),
    ];
    if !card.base.is_empty() {
        let url = format!("{}{}", card.base, locale.page());
        tags.insert(1, ("property", "og:url", url));
    }
    tags.iter()
        .map(|(kind, name, value)| {
            format!("<meta {kind}=\"{name}\" content=\"{}\">", attribute(value))
        })
        .collect()
}

/// `template` (Trunk's page, maybe minified) in `locale`: its `<html>` tag, title and
/// description in that language, links to the other language's page, the link-preview
/// tags, and the article in `<body>`. Fails with the name of a part `template` lacks.
fn page(template: &str, locale: Locale, card: &Card) -> Result<String, &'static str> {
    let t = texts(locale);
    let html_tag = format!("<html lang=\"{}\" data-built>", locale.tag());
    let mut head = format!(
        "<meta name=\"description\" content=\"{}\">",
        attribute(t.subtitle)
    );
    head.push_str(&card_tags(locale, card));
    for other in Locale::ALL {
        head.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">",
            other.tag(),
            other.page()
        ));
    }
    head.push_str(&format!(
        "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\">",
        Locale::En.page()
    ));

    filled(
        template,
        &html_tag,
        t.title,
        &head,
        &prerender(locale, None),
    )
}

/// `template` as the page of `figure` alone in `locale`, as an embed shows it: the
/// figure's own title, and no place in search results (the article is the page to find).
fn embed_page(template: &str, locale: Locale, figure: FigureId) -> Result<String, &'static str> {
    let html_tag = format!(
        "<html lang=\"{}\" data-built data-embed=\"{}\">",
        locale.tag(),
        figure.code()
    );
    let title = frame_title(figure, locale);
    let head = "<meta name=\"robots\" content=\"noindex\">";
    let mut page = filled(
        template,
        &html_tag,
        &title,
        head,
        &prerender(locale, Some(figure)),
    )?;
    // Its oEmbed discovery link names its own figure's file, not the article's (the shares).
    let json = page.find("json+oembed").ok_or("oEmbed link")?;
    let open = page[..json].rfind("<link").ok_or("oEmbed link")?;
    let close = json + page[json..].find('>').ok_or("oEmbed link")? + 1;
    let own = format!(
        "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"oembed/{}.json\" title=\"{}\">",
        figure.code(),
        attribute(&title)
    );
    page.replace_range(open..close, &own);
    // The embed pages' own, smaller wasm (src/bin/figure.rs), which start-figure.js starts, for
    // every figure it draws; the others keep the article's.
    if figure.own_wasm() {
        let script = page.find("<script").ok_or("<script>")?;
        let start = script + page[script..].find("start.js").ok_or("start.js")?;
        page.replace_range(start..start + "start.js".len(), "start-figure.js");
    }
    Ok(page)
}

/// `template` with `html_tag` for its `<html>` tag, `title`, `head` added to its head and
/// `body` as its body.
fn filled(
    template: &str,
    html_tag: &str,
    title: &str,
    head: &str,
    body: &str,
) -> Result<String, &'static str> {
    let mut page = template.to_string();
    replace_between(&mut page, "<html", ">", html_tag, true).ok_or("<html> tag")?;
    replace_between(&mut page, "<title>", "</title>", &text(title), false).ok_or("<title>")?;
    let head_end = page.find("</head>").or_else(|| page.find("<body"));
    page.insert_str(head_end.ok_or("</head> or <body>")?, head);
    let open = page.find("<body>").ok_or("<body>")? + "<body>".len();
    let close = page.rfind("</body>").ok_or("</body>")?;
    page.replace_range(open..close, body);
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
