//! Saving a file in the Downloads folder: never outside it, never over a file there.

use fieldbook_desktop::commands;

#[test]
fn a_saved_file_lands_in_downloads_and_a_second_one_beside_the_first() {
    let (dir, desk) = crate::desks::a_polish_desk();
    let downloads = dir.path().join("downloads");
    let first = commands::save_download(&desk, "raport.pdf", "JVBERi0=").unwrap();
    assert_eq!(first, downloads.join("raport.pdf").display().to_string());
    assert_eq!(std::fs::read(&first).unwrap(), b"%PDF-");
    let second = commands::save_download(&desk, "raport.pdf", "YWdhaW4=").unwrap();
    assert_eq!(second, downloads.join("raport (2).pdf").display().to_string());
    assert_eq!(std::fs::read(&first).unwrap(), b"%PDF-", "the first file is kept");
}

#[test]
fn a_name_that_is_a_path_or_bytes_that_are_not_base64_are_refused_and_nothing_is_written() {
    let (dir, desk) = crate::desks::a_polish_desk();
    for name in ["../portfolio.sqlite", "/etc/passwd", "sub/raport.pdf", ".bashrc", ""] {
        let refused = commands::save_download(&desk, name, "JVBERi0=").expect_err(name);
        assert_eq!(refused.field.as_deref(), Some("name"), "{name}: {}", refused.message);
    }
    let refused = commands::save_download(&desk, "raport.pdf", "not base64!").expect_err("not base64");
    assert_eq!(refused.field.as_deref(), Some("file"));
    assert!(!dir.path().join("downloads").join("raport.pdf").exists());
    assert!(!dir.path().join("portfolio.pdf").exists());
}
