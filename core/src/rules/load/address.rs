//! Web addresses for links an applicant follows: what makes one safe to link to, and the host it
//! goes to.

use crate::json::is_invisible;

/// What keeps a string from being a web address a link may go to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AddressFault {
    /// Not `https://` and a host (or plain `http://` to this computer), or it holds white space.
    NotWebAddress,
    /// A user name before the host (`https://www.jobs.nhs.uk@evil.example/`): the link goes to
    /// `host`, the part after the `@`, while a reader sees the part before it.
    UserName {
        /// Where the link goes.
        host: String,
    },
    /// A control, invisible or direction character, which makes the address read as another.
    Hidden {
        /// The character's code point.
        code: u32,
        /// Its place in the address, counted in characters from 1.
        at: usize,
    },
}

/// Whether `s` is a web address a link may go to: `https://` and a host, or plain `http://` to this
/// computer (`localhost` or `127.0.0.1`, then a port, a path or nothing), with no white space, no
/// user name before the host and no invisible character.
pub fn is_web_address(s: &str) -> bool {
    address_fault(s).is_none()
}

/// What keeps `s` from being a web address a link may go to ([`is_web_address`]), if anything.
pub fn address_fault(s: &str) -> Option<AddressFault> {
    if let Some((at, c)) = s
        .chars()
        .enumerate()
        .find(|&(_, c)| c.is_control() || is_invisible(c))
    {
        return Some(AddressFault::Hidden {
            code: u32::from(c),
            at: at + 1,
        });
    }
    let local = ["http://localhost", "http://127.0.0.1"]
        .iter()
        .any(|start| {
            s.strip_prefix(start)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([':', '/']))
        });
    let web = local || s.len() > "https://".len() && s.starts_with("https://");
    if !web || s.contains(char::is_whitespace) {
        return Some(AddressFault::NotWebAddress);
    }
    authority(s)
        .rsplit_once('@')
        .map(|(_, host)| AddressFault::UserName {
            host: without_port(host).to_owned(),
        })
}

/// The host a web address goes to (`www.jobs.nhs.uk` for `https://www.jobs.nhs.uk:443/apply`):
/// what a printed page names, where the link itself cannot be followed.
pub fn host(address: &str) -> &str {
    let host = authority(address);
    without_port(host.rsplit_once('@').map_or(host, |(_, host)| host))
}

/// The part of an address between `scheme://` and the path, query or fragment. Browsers end it at
/// a `\` too, as at a `/`.
fn authority(address: &str) -> &str {
    let rest = address.split_once("://").map_or(address, |(_, rest)| rest);
    let end = rest.find(['/', '\\', '?', '#']).unwrap_or(rest.len());
    &rest[..end]
}

fn without_port(host: &str) -> &str {
    match host.rsplit_once(':') {
        Some((name, port)) if port.bytes().all(|b| b.is_ascii_digit()) => name,
        _ => host,
    }
}
