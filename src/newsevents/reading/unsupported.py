"""Files no reader codes (PDFs, images, office documents, archives, audio and video), named by
their suffix or their first bytes, so that each is reported as skipped with what it is rather than
left out without a word or read as garbled text."""

from __future__ import annotations

from pathlib import Path

_PDF = "PDF is not supported{binary}; convert it to text first (e.g. `pdftotext FILE.pdf`)"
_OFFICE = "{what} is not supported{binary}; save it as plain text or HTML first"
_OTHER = "{what} is not supported{binary}"

BY_SUFFIX = {
    ".pdf": (_PDF, "PDF"),
    **{s: (_OTHER, "an image") for s in (".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".ico",
                                         ".heic", ".avif")},
    **{s: (_OFFICE, "an office document") for s in (".doc", ".docx", ".odt", ".xls", ".xlsx", ".ods",
                                                    ".ppt", ".pptx", ".odp", ".pages", ".epub")},
    **{s: (_OTHER, "an archive") for s in (".zip", ".tar", ".tgz", ".bz2", ".xz", ".7z", ".rar", ".zst")},
    **{s: (_OTHER, "audio or video") for s in (".mp3", ".mp4", ".m4a", ".wav", ".ogg", ".webm", ".mov", ".avi",
                                               ".mkv", ".flac")},
    **{s: (_OTHER, "a program or library") for s in (".exe", ".dll", ".so", ".dylib", ".bin", ".class", ".pyc")},
}
BY_MAGIC = [
    (b"%PDF-", _PDF, "PDF"),
    (b"\x89PNG\r\n\x1a\n", _OTHER, "a PNG image"),
    (b"\xff\xd8\xff", _OTHER, "a JPEG image"),
    (b"GIF87a", _OTHER, "a GIF image"),
    (b"GIF89a", _OTHER, "a GIF image"),
    (b"PK\x03\x04", _OFFICE, "a ZIP archive or office document (.docx, .xlsx, .odt)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", _OFFICE, "an old office document (.doc, .xls)"),
    (b"7z\xbc\xaf\x27\x1c", _OTHER, "a 7-Zip archive"),
    (b"\x7fELF", _OTHER, "a program"),
]


def _say(template: str, what: str) -> str:
    return template.format(what=what, binary=" (binary data; newsevents reads plain text, HTML and JSON Lines)")


def by_suffix(path: Path) -> str | None:
    """Why a file with this suffix is not read, or None."""
    found = BY_SUFFIX.get(path.suffix.lower())
    return _say(*found) if found else None


def by_content(data: bytes) -> str | None:
    """Why a file that opens with these bytes is not read, or None."""
    for magic, template, what in BY_MAGIC:
        if data.startswith(magic):
            return _say(template, what)
    if data[4:8] == b"ftyp" or (data.startswith(b"RIFF") and data[8:12] in (b"WEBP", b"WAVE", b"AVI ")):
        return _say(_OTHER, "an image, audio or video file")
    return None
