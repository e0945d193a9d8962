//! The report typeset as an A4 PDF by typst, used as a library: the template
//! `templates/week.typ` reads the laid-out [`Report`] as JSON and draws its
//! tables and its two charts. Text is set in DejaVu Sans, whose Latin covers
//! Polish and Azerbaijani (ą, ł, ş, ə), falling back to Noto Sans CJK SC for
//! Chinese; typst embeds and subsets both, with the text kept extractable.

use std::sync::OnceLock;

use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime};
use typst::layout::PagedDocument;
use typst::syntax::{FileId, Source, VirtualPath};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_kit::fonts::{FontSearcher, FontSlot};

use crate::layout::Report;

/// How many typesettings an unused memoized result outlives (as typst's own watcher keeps).
const MEMO_AGE: usize = 10;

/// The template, compiled in.
const TEMPLATE: &str = include_str!("../templates/week.typ");

/// The font the text is set in, and the one Chinese falls back to.
const LATIN: (&str, &str) = ("DejaVu Sans", "fonts-dejavu-core");
const CJK: (&str, &str) = ("Noto Sans CJK SC", "fonts-noto-cjk");

/// Why a PDF could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// A font the report needs is not installed.
    #[error("the report needs the font {family}, which is not installed (on Debian and Ubuntu: apt install {package})")]
    MissingFont {
        /// The font's family.
        family: &'static str,
        /// The Debian package that has it.
        package: &'static str,
    },
    /// typst refused the document: a bug of the template.
    #[error("typesetting the report failed: {0}")]
    Typesetting(String),
}

/// What typesets reports: the system's fonts, found once.
pub struct Typesetter {
    book: LazyHash<FontBook>,
    fonts: Vec<FontSlot>,
}

impl Typesetter {
    /// A typesetter over the system's fonts.
    pub fn new() -> Typesetter {
        let found = FontSearcher::new().include_system_fonts(true).search();
        Typesetter { book: LazyHash::new(found.book), fonts: found.fonts }
    }

    /// `report` as an A4 PDF.
    pub fn pdf(&self, report: &Report) -> Result<Vec<u8>, PdfError> {
        let data = serde_json::to_vec(report).map_err(|error| PdfError::Typesetting(error.to_string()))?;
        self.require(LATIN)?;
        if serde_json::to_string(report).is_ok_and(|text| text.chars().any(is_cjk)) {
            self.require(CJK)?;
        }
        let world =
            ReportWorld { typesetter: self, data: Bytes::new(data), source: Source::new(main(), TEMPLATE.into()) };
        let document: PagedDocument =
            typst::compile(&world).output.map_err(|errors| PdfError::Typesetting(describe(&errors)))?;
        let pdf = typst_pdf::pdf(&document, &typst_pdf::PdfOptions::default())
            .map_err(|errors| PdfError::Typesetting(describe(&errors)));
        // typst memoizes what it typeset; a long-running app keeps only what the last reports used.
        typst::comemo::evict(MEMO_AGE);
        pdf
    }

    fn require(&self, (family, package): (&'static str, &'static str)) -> Result<(), PdfError> {
        match self.book.contains_family(&family.to_lowercase()) {
            true => Ok(()),
            false => Err(PdfError::MissingFont { family, package }),
        }
    }
}

impl Default for Typesetter {
    fn default() -> Typesetter {
        Typesetter::new()
    }
}

fn describe(errors: &[SourceDiagnostic]) -> String {
    errors.iter().map(|error| error.message.to_string()).collect::<Vec<_>>().join("; ")
}

/// A Han character, kana or a CJK punctuation mark.
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}')
}

fn main() -> FileId {
    FileId::new(None, VirtualPath::new("/week.typ"))
}

fn data_file() -> FileId {
    static DATA: OnceLock<FileId> = OnceLock::new();
    *DATA.get_or_init(|| FileId::new(None, VirtualPath::new("/report.json")))
}

/// typst's view of one report: the template, its data and the fonts.
struct ReportWorld<'a> {
    typesetter: &'a Typesetter,
    data: Bytes,
    source: Source,
}

fn library() -> &'static LazyHash<Library> {
    static LIBRARY: OnceLock<LazyHash<Library>> = OnceLock::new();
    LIBRARY.get_or_init(|| LazyHash::new(Library::default()))
}

impl World for ReportWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        library()
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.typesetter.book
    }

    fn main(&self) -> FileId {
        self.source.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        match id == self.source.id() {
            true => Ok(self.source.clone()),
            false => Err(FileError::NotFound(id.vpath().as_rootless_path().into())),
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        match id == data_file() {
            true => Ok(self.data.clone()),
            false => Err(FileError::NotFound(id.vpath().as_rootless_path().into())),
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.typesetter.fonts.get(index)?.get()
    }

    /// The template writes no date of its own: the report carries its week and instant.
    fn today(&self, _offset: Option<i64>) -> Option<Datetime> {
        None
    }
}
