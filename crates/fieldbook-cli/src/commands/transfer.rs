//! `fieldbook import` and `fieldbook export`: files in and out of the portfolio.

use std::io::Write;
use std::path::Path;

use anyhow::Context;
use fieldbook_core::{ClientId, ContactId, FieldError, RecordId};
use fieldbook_formats::{
    decode_csv, export_csv, export_ics, export_json, import_clients, import_contacts, parse_clients, parse_contacts,
};
use fieldbook_replica::Replica;

use crate::cli::{ExportArgs, ExportKind, ImportArgs, ImportKind};
use crate::exit::BadInput;

/// Imports a CSV file, all or nothing: one bad row and nothing is imported. A file
/// that cannot be read is bad input, like a bad row.
pub fn import(replica: &mut Replica, args: ImportArgs) -> anyhow::Result<()> {
    let bytes = std::fs::read(&args.file).map_err(|e| BadInput(format!("cannot read {}: {e}", args.file.display())))?;
    let (text, encoding) = decode_csv(&bytes)?;
    let source = args.file.file_name().map_or_else(|| args.file.display().to_string(), |n| n.to_string_lossy().into());
    let mut rng = rand::rng();
    let count = match args.kind {
        ImportKind::Clients => {
            let clients = parse_clients(&text, replica.portfolio(), &mut || ClientId::generate(&mut rng))?;
            if args.dry_run { clients.len() } else { replica.apply(|p| import_clients(p, &clients, &source))? }
        }
        ImportKind::Contacts => {
            let contacts = parse_contacts(&text, replica.portfolio(), &mut || ContactId::generate(&mut rng))?;
            if args.dry_run { contacts.len() } else { replica.apply(|p| import_contacts(p, &contacts, &source))? }
        }
    };
    let noun = match args.kind {
        ImportKind::Clients => "clients",
        ImportKind::Contacts => "contacts",
    };
    if args.dry_run {
        println!("{source} ({encoding}): {count} {noun} would be imported; nothing was changed (dry run)");
    } else {
        println!("Imported {count} {noun} from {source} ({encoding})");
    }
    Ok(())
}

/// Exports the portfolio as JSON (to a file or standard output) or as CSV files in a directory.
pub fn export(replica: &Replica, args: ExportArgs) -> anyhow::Result<()> {
    if args.from.is_some() && !matches!(args.kind, ExportKind::Ics) {
        return Err(BadInput("--from and --days go with export ics".into()).into());
    }
    match (args.kind, args.output) {
        (ExportKind::Json, None) => {
            std::io::stdout().write_all(export_json(replica.portfolio())?.as_bytes())?;
        }
        (ExportKind::Json, Some(file)) => write_whole(&file, export_json(replica.portfolio())?.as_bytes())?,
        (ExportKind::Csv, None) => {
            return Err(BadInput("export csv writes several files: give --output DIR".into()).into());
        }
        (ExportKind::Ics, output) => {
            let zone = replica.portfolio().settings()?.time_zone;
            let now = super::now();
            let from = match &args.from {
                Some(from) => from.parse().map_err(|problem| FieldError::refused("from", problem))?,
                None => now.day_in(zone),
            };
            let text = export_ics(replica.portfolio(), from, args.days, zone, now)?;
            match output {
                Some(file) => write_whole(&file, text.as_bytes())?,
                None => std::io::stdout().write_all(text.as_bytes())?,
            }
        }
        (ExportKind::Csv, Some(dir)) => {
            std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
            for (name, text) in export_csv(replica.portfolio(), super::now())? {
                write_whole(&dir.join(name), text.as_bytes())?;
            }
            println!("Wrote the portfolio as CSV files in {}", dir.display());
        }
    }
    Ok(())
}

/// Writes `bytes` to `path` through a temporary file and a rename, so a reader never
/// sees half a file and an old file is only replaced by a complete new one.
pub(super) fn write_whole(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut file =
        tempfile::NamedTempFile::new_in(dir).with_context(|| format!("cannot write in {}", dir.display()))?;
    file.write_all(bytes)
        .and_then(|()| file.as_file().sync_all())
        .with_context(|| format!("cannot write {}", path.display()))?;
    file.persist(path).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}
