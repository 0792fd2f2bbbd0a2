//! Writes the oEmbed files (`oembed/ID.json`, one per embeddable figure) into a
//! build folder, from the same figure list and embed snippet the page uses. Run by
//! `scripts/post-build.sh` after each Trunk build:
//!
//! ```sh
//! cargo run --example oembed -- DIST_DIR [BASE_URL]
//! ```
//!
//! oEmbed needs absolute URLs, which only the deployer knows: BASE_URL (for example
//! `https://example.org/livestream-arena/`) defaults to `./`, which consumers
//! cannot resolve.
//!
//! The `html` is the Embed panel's iframe snippet for the default scenario: consumers
//! that read oEmbed from any site (self-hosted WordPress) keep only an iframe. The
//! thumbnail is the figure's chart as `examples/previews.rs` drew it before
//! (`preview/ID.png`); its size is read from the file.

use std::path::PathBuf;

use livestream_arena::content::{texts, Locale};
use livestream_arena::preview;
use livestream_arena::snippet::{frame_height, frame_title, iframe};
use livestream_arena::state::{AppState, FigureId};

/// Width the oEmbed consumer is told the embed wants (it fills its column).
const WIDTH: u32 = 640;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let Some(dist) = args.next().map(PathBuf::from) else {
        eprintln!("usage: oembed DIST_DIR [BASE_URL]");
        std::process::exit(2);
    };
    let base = args.next().unwrap_or_else(|| "./".to_string());
    let folder = dist.join("oembed");
    std::fs::create_dir_all(&folder)?;
    // The files describe the default language; the embed follows its reader's.
    let locale = Locale::En;
    for figure in FigureId::ALL {
        let title = frame_title(figure, locale);
        let state = AppState {
            embed: Some(figure),
            ..AppState::default()
        };
        let thumbnail = preview::path(figure);
        let Some((thumbnail_width, thumbnail_height)) =
            preview::png_size(&std::fs::read(dist.join(&thumbnail))?)
        else {
            eprintln!("oembed: {thumbnail} is not a PNG");
            std::process::exit(1);
        };
        let json = serde_json::json!({
            "version": "1.0",
            "type": "rich",
            "provider_name": texts(locale).title,
            "provider_url": base,
            "title": title,
            "width": WIDTH,
            "height": frame_height(figure),
            "html": iframe(&base, &state, &title),
            "thumbnail_url": format!("{base}{thumbnail}"),
            "thumbnail_width": thumbnail_width,
            "thumbnail_height": thumbnail_height,
        });
        let text = serde_json::to_string_pretty(&json).expect("a JSON value serialises");
        std::fs::write(folder.join(format!("{}.json", figure.code())), text + "\n")?;
    }
    Ok(())
}
