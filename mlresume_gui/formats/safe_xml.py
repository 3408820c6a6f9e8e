"""XML parsing for untrusted documents: no entity expansion, no DTD, no network, no huge trees.

python-docx parses every part with lxml through two module-level parsers
(``docx.oxml.parser.oxml_parser`` and ``docx.opc.oxml.oxml_parser``). As of python-docx 1.2 they are
built with ``resolve_entities=False`` and lxml's other defaults (``no_network=True``,
``load_dtd=False``, ``huge_tree=False``), and libxml2 ≥ 2.11 caps entity amplification. Those are
defaults, not promises: :func:`harden_docx_parser` replaces both parsers with ones built from
:data:`SAFE_OPTIONS`, stated explicitly, so a future library default cannot loosen them. The
element class lookup python-docx registers its classes on is kept, so behaviour is unchanged.

A DTD never appears in a real Word document; ``limits.check_docx_archive`` refuses parts that
declare one before python-docx sees them. This module is the second line of defence.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from .errors import ReadError

#: Parser options for any XML that comes from a user's file.
SAFE_OPTIONS: dict[str, Any] = {
    "resolve_entities": False,  # entity references stay references: no expansion, no file reads
    "no_network": True,  # never fetch a DTD or entity over the network
    "load_dtd": False,  # do not read external DTDs at all
    "dtd_validation": False,
    "huge_tree": False,  # keep libxml2's limits on depth and text node size
    "remove_blank_text": True,  # what python-docx itself asks for
}

_hardened = False


def safe_parser(**extra: Any) -> etree.XMLParser:
    """A new lxml parser with :data:`SAFE_OPTIONS` (plus ``extra`` options that do not loosen them)."""
    options = {**SAFE_OPTIONS, **extra}
    for key, value in SAFE_OPTIONS.items():
        if key != "remove_blank_text" and options[key] != value:
            raise ValueError(f"safe_parser cannot set {key}={options[key]!r}")
    return etree.XMLParser(**options)


def parse_untrusted(data: bytes, what: str = "an XML part") -> Any:
    """Parse XML bytes from a user's file; ReadError naming ``what`` when it is malformed."""
    try:
        return etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError as exc:
        raise ReadError(f"damaged file: {what} is not well-formed XML ({exc.msg})") from None


def harden_docx_parser() -> None:
    """Make python-docx parse with :data:`SAFE_OPTIONS`. Idempotent; call before reading a .docx."""
    global _hardened
    if _hardened:
        return
    import docx.opc.oxml as opc_oxml
    import docx.oxml.parser as oxml_parser

    for module in (oxml_parser, opc_oxml):
        parser = safe_parser()
        parser.set_element_class_lookup(module.element_class_lookup)
        module.oxml_parser = parser  # parse_xml() looks the global up at each call
    _hardened = True


def docx_parsers() -> list[etree.XMLParser]:
    """The parsers python-docx uses now (for tests and diagnostics)."""
    import docx.opc.oxml as opc_oxml
    import docx.oxml.parser as oxml_parser

    return [oxml_parser.oxml_parser, opc_oxml.oxml_parser]
