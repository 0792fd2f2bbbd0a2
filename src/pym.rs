//! The child side of NPR's pym.js protocol, which many newsroom CMSes and
//! WordPress's "pym shortcode" plugin use to size iframes. A pym parent opens the
//! iframe with its own parameters added to the query string (`initialWidth`,
//! `childId`, and by default `parentTitle` and `parentUrl`) and sizes the iframe when
//! the child posts the string `pym` `xPYMx` CHILD_ID `xPYMx` `height` `xPYMx` PIXELS.
//! So an embed opened by a pym parent also sends that message, and the parent needs
//! no script of ours. Pure Rust: the parsing is tested natively.

/// The parameters a pym parent adds to the child's URL; the URL decoder accepts them
/// silently (they are the host's, not the reader's, so no notice names them).
pub const PARAMS: [&str; 4] = ["initialWidth", "childId", "parentTitle", "parentUrl"];

/// The separator of pym's message fields.
const DELIMITER: &str = "xPYMx";

/// Longest child id answered; pym's own are a dozen characters (`pym-0-k3j9a`).
const MAX_ID: usize = 64;

/// The `childId` a pym parent gave this page, if the query string holds one that is
/// safe to echo back. pym's parent matches `^pym xPYMx ID xPYMx (\S+) xPYMx (.*)$`,
/// so an id with white space or the delimiter could turn our height message into
/// another of its commands (`navigateTo`, for one): only letters, digits, `-` and `_`
/// are answered, and an id holding the delimiter is not.
pub fn child_id(query: &str) -> Option<String> {
    let query = query.strip_prefix('?').unwrap_or(query);
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query).unwrap_or_default();
    let id = pairs
        .into_iter()
        .rev()
        .find(|(name, _)| name == "childId")?
        .1;
    let safe = !id.is_empty()
        && id.len() <= MAX_ID
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        && !id.contains(DELIMITER);
    safe.then_some(id)
}

/// The message that asks a pym parent to make the iframe `height` CSS pixels tall.
pub fn height_message(child_id: &str, height: u32) -> String {
    ["pym", child_id, "height", &height.to_string()].join(DELIMITER)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pym_parent_s_child_id_is_read_from_the_query() {
        let query = "?embed=ban&initialWidth=640&childId=pym-0-k3j9a&parentTitle=A%20blog&parentUrl=https%3A%2F%2Fexample.org%2F";
        assert_eq!(child_id(query).as_deref(), Some("pym-0-k3j9a"));
        assert_eq!(child_id("embed=ban"), None);
        assert_eq!(child_id(""), None);
    }

    #[test]
    fn ids_that_could_forge_another_pym_command_are_not_answered() {
        for hostile in [
            "childId=",
            "childId=a%20xPYMxnavigateToxPYMxhttps://evil.example/",
            "childId=axPYMxnavigateTo",
            "childId=%3Cscript%3E",
            "childId=a%0Ab",
            "childId=a.b",
            "childId=%E4%B8%AD",
        ] {
            assert_eq!(child_id(hostile), None, "{hostile}");
        }
        assert_eq!(
            child_id(&format!("childId={}", "a".repeat(MAX_ID + 1))),
            None
        );
        assert!(child_id(&format!("childId={}", "a".repeat(MAX_ID))).is_some());
    }

    #[test]
    fn the_height_message_is_pym_s() {
        assert_eq!(
            height_message("example", 1190),
            "pymxPYMxexamplexPYMxheightxPYMx1190"
        );
    }
}
