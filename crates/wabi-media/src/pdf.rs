//! What a PDF says cheaply: its page count (counted from `/Type /Page` objects, when they are not
//! hidden in compressed object streams) and whether the file ends with `%%EOF`.

/// The facts read from a PDF.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PdfFacts {
    /// Number of pages, when page objects are visible without decompressing anything.
    pub pages: Option<u32>,
    /// Whether an `%%EOF` marker is in the last kilobyte (false for a cut-short download).
    pub complete: bool,
}

/// Reads the facts of a PDF from its bytes.
pub fn read_pdf_facts(data: &[u8]) -> PdfFacts {
    let tail_start = data.len().saturating_sub(1024);
    let complete = data
        .get(tail_start..)
        .is_some_and(|tail| tail.windows(5).any(|w| w == b"%%EOF"));
    let mut pages = 0u32;
    let mut at = 0usize;
    while let Some(offset) = data
        .get(at..)
        .and_then(|d| d.windows(5).position(|w| w == b"/Type"))
    {
        at += offset + 5;
        let mut rest = data.get(at..).unwrap_or_default();
        while let Some((&b, tail)) = rest.split_first() {
            if b.is_ascii_whitespace() {
                rest = tail;
            } else {
                break;
            }
        }
        if rest.starts_with(b"/Page") && !rest.get(5).is_some_and(|c| c.is_ascii_alphanumeric()) {
            pages = pages.saturating_add(1);
        }
    }
    PdfFacts {
        pages: (pages > 0).then_some(pages),
        complete,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_objects_are_counted_and_pages_tree_is_not() {
        let pdf = b"%PDF-1.4\n1 0 obj <</Type /Pages /Kids [2 0 R 3 0 R] /Count 2>> endobj\n2 0 obj <</Type /Page>> endobj\n3 0 obj <</Type/Page/Parent 1 0 R>> endobj\n%%EOF\n";
        let facts = read_pdf_facts(pdf);
        assert_eq!(facts.pages, Some(2));
        assert!(facts.complete);
    }

    #[test]
    fn pdf_without_eof_marker_is_incomplete() {
        let facts = read_pdf_facts(b"%PDF-1.4\n1 0 obj <</Type /Page>>");
        assert!(!facts.complete);
    }
}
