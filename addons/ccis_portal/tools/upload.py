"""Checks of the files a member uploads from the portal (pure functions, no database)."""
import os

# extension -> accepted content signatures (first bytes); office documents of the Open XML
# and OpenDocument families are ZIP archives, the old ones OLE2 compound files
_ZIP = (b'PK\x03\x04',)
_OLE = (b'\xd0\xcf\x11\xe0',)
SIGNATURES = {
    'pdf': (b'%PDF',),
    'png': (b'\x89PNG\r\n\x1a\n',),
    'jpg': (b'\xff\xd8\xff',),
    'jpeg': (b'\xff\xd8\xff',),
    'gif': (b'GIF87a', b'GIF89a'),
    'docx': _ZIP, 'xlsx': _ZIP, 'pptx': _ZIP, 'odt': _ZIP, 'ods': _ZIP, 'odp': _ZIP,
    'doc': _OLE, 'xls': _OLE, 'ppt': _OLE,
}
DEFAULT_EXTENSIONS = 'pdf,png,jpg,jpeg,gif,doc,docx,xls,xlsx,ppt,pptx,odt,ods,odp'


def parse_extensions(text):
    """The extensions of a comma-separated setting, lower case, known ones only.

    >>> parse_extensions(' PDF, .docx ,exe,,png')
    ['pdf', 'docx', 'png']
    >>> parse_extensions('') == parse_extensions(DEFAULT_EXTENSIONS)
    True
    """
    names = [n.strip().lower().lstrip('.') for n in (text or DEFAULT_EXTENSIONS).split(',')]
    return [n for n in names if n in SIGNATURES]


def check_file(filename, content, max_bytes, extensions):
    """Why the file cannot be accepted: None if it can, else ``'empty'``, ``'size'``,
    ``'type'`` (extension not allowed) or ``'content'`` (the bytes are not of the type its
    extension claims).

    >>> check_file('statuts.pdf', b'%PDF-1.4 ...', 1000, ['pdf'])
    >>> check_file('statuts.pdf', b'', 1000, ['pdf'])
    'empty'
    >>> check_file('statuts.pdf', b'%PDF' + b'x' * 2000, 1000, ['pdf'])
    'size'
    >>> check_file('virus.exe', b'MZ...', 1000, ['pdf'])
    'type'
    >>> check_file('faux.pdf', b'<script>', 1000, ['pdf'])
    'content'
    >>> check_file('PHOTO.JPG', b'\\xff\\xd8\\xff\\xe0', 1000, ['jpg'])
    """
    if not content:
        return 'empty'
    if len(content) > max_bytes:
        return 'size'
    extension = os.path.splitext(filename or '')[1].lower().lstrip('.')
    if extension not in extensions or extension not in SIGNATURES:
        return 'type'
    if not content.startswith(SIGNATURES[extension]):
        return 'content'
    return None
