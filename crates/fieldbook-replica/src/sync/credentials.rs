//! The device's login: the server it syncs with and the token that lets it in,
//! kept in `DATA_DIR/credentials` (mode 0600), never in the document nor in the
//! store, and never printed.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use url::Url;

use super::SyncError;

/// The file holding the login, inside the data directory.
pub const CREDENTIALS_FILE: &str = "credentials";

/// A server and the token for it.
#[derive(Clone, Serialize, Deserialize)]
pub struct Credentials {
    server: Url,
    token: String,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials").field("server", &self.server.as_str()).field("token", &"…").finish()
    }
}

impl Credentials {
    /// A login to `server` (an `http://` or `https://` base URL) with `token`.
    pub fn new(server: &str, token: &str) -> Result<Credentials, SyncError> {
        let server = server.trim();
        let bad = |reason: &str| SyncError::BadServerUrl { url: server.to_owned(), reason: reason.to_owned() };
        let mut url = Url::parse(server).map_err(|err| bad(&err.to_string()))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(bad("use http:// or https://"));
        }
        if url.host_str().is_none() {
            return Err(bad("no host"));
        }
        url.set_query(None);
        url.set_fragment(None);
        let token = token.trim();
        if token.is_empty() || token.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(SyncError::BadToken);
        }
        Ok(Credentials { server: url, token: token.to_owned() })
    }

    /// The server's base URL.
    pub fn server(&self) -> &Url {
        &self.server
    }

    /// The token, for the `Authorization` header only.
    pub(crate) fn token(&self) -> &str {
        &self.token
    }

    /// `path` on the server (`/api/me`, `/sync`), in the scheme it is spoken in.
    pub(crate) fn endpoint(&self, path: &str, websocket: bool) -> Url {
        let mut url = self.server.clone();
        let base = url.path().trim_end_matches('/').to_owned();
        url.set_path(&format!("{base}{path}"));
        if websocket {
            let scheme = if url.scheme() == "https" { "wss" } else { "ws" };
            // Both schemes are special and of equal standing, so the change is always accepted.
            let _accepted = url.set_scheme(scheme);
        }
        url
    }

    /// The login kept in `data_dir`, if any.
    pub fn load(data_dir: &Path) -> Result<Option<Credentials>, SyncError> {
        let path = data_dir.join(CREDENTIALS_FILE);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(reason) => return Err(SyncError::Credentials { path, reason }),
        };
        serde_json::from_str(&text).map(Some).map_err(|_| SyncError::CorruptCredentials { path })
    }

    /// Keeps the login in `data_dir` (made if missing), readable by this user only,
    /// replacing any earlier one whole.
    pub fn save(&self, data_dir: &Path) -> Result<(), SyncError> {
        let path = data_dir.join(CREDENTIALS_FILE);
        let failed = |reason| SyncError::Credentials { path: path.clone(), reason };
        std::fs::create_dir_all(data_dir).map_err(failed)?;
        let text = serde_json::to_string(self).map_err(|err| failed(std::io::Error::other(err)))?;
        let temporary: PathBuf = data_dir.join(format!("{CREDENTIALS_FILE}.tmp"));
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(&temporary).map_err(failed)?;
        file.write_all(text.as_bytes()).and_then(|()| file.sync_all()).map_err(failed)?;
        std::fs::rename(&temporary, &path).map_err(failed)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn endpoints(server: &str) -> (String, String) {
        let credentials = Credentials::new(server, "secret").expect("a server URL");
        (credentials.endpoint("/api/me", false).to_string(), credentials.endpoint("/sync", true).to_string())
    }

    #[test]
    fn a_tls_server_is_spoken_to_in_https_and_wss() {
        assert_eq!(
            endpoints("https://sync.example.com/fieldbook/"),
            (
                "https://sync.example.com/fieldbook/api/me".to_owned(),
                "wss://sync.example.com/fieldbook/sync".to_owned()
            )
        );
        assert_eq!(
            endpoints("https://sync.example.com:8443"),
            ("https://sync.example.com:8443/api/me".to_owned(), "wss://sync.example.com:8443/sync".to_owned())
        );
    }

    #[test]
    fn a_plain_server_is_spoken_to_in_http_and_ws() {
        assert_eq!(
            endpoints("http://127.0.0.1:8080?ignored=1"),
            ("http://127.0.0.1:8080/api/me".to_owned(), "ws://127.0.0.1:8080/sync".to_owned())
        );
    }

    #[test]
    fn other_schemes_are_refused_naming_the_url() {
        for url in ["wss://sync.example.com", "ftp://sync.example.com", "sync.example.com"] {
            let refused = Credentials::new(url, "secret").expect_err(url).to_string();
            assert!(refused.contains(url), "{refused}");
        }
    }
}
