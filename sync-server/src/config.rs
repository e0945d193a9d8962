//! Where the server keeps its data and where it listens, from flags,
//! environment variables (both through clap) or a TOML file, in that order.

use std::{
    net::SocketAddr,
    path::{Path, PathBuf},
};

use serde::Deserialize;

/// The settings `serve` needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerConfig {
    /// The data directory.
    pub data_dir: PathBuf,
    /// The address to listen on.
    pub listen: SocketAddr,
}

/// The TOML configuration file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    data: Option<PathBuf>,
    listen: Option<SocketAddr>,
}

/// Why the configuration cannot be resolved. All of these are bad input.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// A setting is given nowhere.
    #[error("{flag}: missing (give {flag}, set {env}, or set `{key}` in the --config file)")]
    Missing {
        /// The flag.
        flag: &'static str,
        /// The environment variable.
        env: &'static str,
        /// The key in the TOML file.
        key: &'static str,
    },
    /// The configuration file cannot be read.
    #[error("--config: cannot read {path}: {source}")]
    Unreadable {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The configuration file is not valid.
    #[error("--config: {path} is not a valid configuration: {message}")]
    Invalid {
        /// The file.
        path: PathBuf,
        /// What is wrong, with its line.
        message: String,
    },
}

fn read_file(path: Option<&Path>) -> Result<ConfigFile, ConfigError> {
    let Some(path) = path else { return Ok(ConfigFile::default()) };
    let text =
        std::fs::read_to_string(path).map_err(|source| ConfigError::Unreadable { path: path.to_owned(), source })?;
    toml::from_str(&text).map_err(|err| ConfigError::Invalid { path: path.to_owned(), message: err.to_string() })
}

/// The data directory: `data` (flag or environment) or the file's `data`.
pub fn data_dir(data: Option<PathBuf>, config: Option<&Path>) -> Result<PathBuf, ConfigError> {
    match data {
        Some(data) => Ok(data),
        None => read_file(config)?.data.ok_or(ConfigError::Missing {
            flag: "--data",
            env: "FIELDBOOK_SYNC_DATA",
            key: "data",
        }),
    }
}

/// The settings of `serve`, each from its flag or environment variable, else from the file.
pub fn server_config(
    data: Option<PathBuf>,
    listen: Option<SocketAddr>,
    config: Option<&Path>,
) -> Result<ServerConfig, ConfigError> {
    let file = read_file(config)?;
    let data_dir =
        data.or(file.data).ok_or(ConfigError::Missing { flag: "--data", env: "FIELDBOOK_SYNC_DATA", key: "data" })?;
    let listen = listen.or(file.listen).ok_or(ConfigError::Missing {
        flag: "--listen",
        env: "FIELDBOOK_SYNC_LISTEN",
        key: "listen",
    })?;
    Ok(ServerConfig { data_dir, listen })
}
