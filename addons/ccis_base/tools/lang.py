"""The languages the suite writes in (no database here).

The suite's documents are written in French, and in Arabic when an Arabic language is
installed: Moroccan Arabic (``ar_MA``, installed by ``ccis_l10n_ar_ma``) or another Arabic
variant a chamber installed from Odoo (``ar_SY``).
"""

FRENCH = 'fr_FR'
MOROCCAN_ARABIC = 'ar_MA'


def is_arabic(code):
    """Whether a language code is Arabic, whatever the variant.

    >>> [is_arabic(code) for code in ('ar_MA', 'ar_SY', 'ar', 'fr_FR', None)]
    [True, True, True, False, False]
    """
    return bool(code) and code.split('_')[0] == 'ar'


def arabic_lang_code(installed_codes):
    """The Arabic language of those installed: Moroccan Arabic when installed, else the first
    other Arabic variant (by code), else False.

    >>> arabic_lang_code(['en_US', 'fr_FR'])
    False
    >>> arabic_lang_code(['fr_FR', 'ar_SY'])
    'ar_SY'
    >>> arabic_lang_code(['ar_SY', 'fr_FR', 'ar_MA'])
    'ar_MA'
    """
    arabic = sorted(code for code in installed_codes if is_arabic(code))
    if MOROCCAN_ARABIC in arabic:
        return MOROCCAN_ARABIC
    return arabic[0] if arabic else False


def document_lang(code, installed_codes):
    """The language a suite document is rendered in, asked in ``code`` (the user's or the
    caller's): French or Arabic as asked, French for any other language (the documents'
    own text is French), the asked language when French is not installed.

    >>> document_lang('ar_MA', ['fr_FR', 'ar_MA'])
    'ar_MA'
    >>> document_lang('fr_BE', ['fr_FR', 'fr_BE'])
    'fr_BE'
    >>> document_lang('en_US', ['en_US', 'fr_FR'])
    'fr_FR'
    >>> document_lang(None, ['en_US', 'fr_FR'])
    'fr_FR'
    >>> document_lang('en_US', ['en_US'])
    'en_US'
    """
    if code and (is_arabic(code) or code.split('_')[0] == 'fr'):
        return code
    return FRENCH if FRENCH in installed_codes else code
