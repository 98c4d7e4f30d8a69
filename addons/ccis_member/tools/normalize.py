# Copyright 2026 CCIS Suite
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Name normalisation used to flag possible duplicate members.

``name_key``: lower case, no accents, no punctuation, single spaces, Arabic
letter variants unified and diacritics removed, legal-form words dropped.
``name_skeleton``: the consonant skeleton of the name after transliterating
Arabic script to Latin, so that « Coopérative Al Amal » and « تعاونية الأمل »
give the same skeleton.
"""
import functools
import re
import unicodedata

# Arabic diacritics (harakat), tatweel and Quranic marks
_AR_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_AR_VARIANTS = str.maketrans({
    "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627",
    "\u0649": "\u064a", "\u0629": "\u0647", "\u0624": "\u0648", "\u0626": "\u064a",
    "\u06a9": "\u0643", "\u06cc": "\u064a",
    # Arabic-Indic digits
    "\u0660": "0", "\u0661": "1", "\u0662": "2", "\u0663": "3", "\u0664": "4",
    "\u0665": "5", "\u0666": "6", "\u0667": "7", "\u0668": "8", "\u0669": "9",
})
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)

# legal forms and generic words that do not identify a business
STOP_WORDS = {
    "sarl", "sarlau", "sa", "sas", "snc", "scs", "sca", "gie", "au", "ste", "societe",
    "ets", "etablissements", "etablissement", "cie", "et", "la", "le", "les", "de",
    "des", "du", "d", "l", "al", "el",
    "شركه", "ش", "م", "مؤسسه",
}

# generic words translated to one script-independent token for skeletons
GENERIC_TOKENS = {
    "cooperative": "COOP", "cooperatives": "COOP",
    "\u062a\u0639\u0627\u0648\u0646\u064a\u0647": "COOP",
    "association": "ASSO", "\u062c\u0645\u0639\u064a\u0647": "ASSO",
    "federation": "FEDE", "\u062c\u0627\u0645\u0639\u0647": "FEDE",
}

_AR_TO_LATIN = {
    "\u0627": "a", "\u0628": "b", "\u062a": "t", "\u062b": "t", "\u062c": "j",
    "\u062d": "h", "\u062e": "kh", "\u062f": "d", "\u0630": "d", "\u0631": "r",
    "\u0632": "z", "\u0633": "s", "\u0634": "ch", "\u0635": "s", "\u0636": "d",
    "\u0637": "t", "\u0638": "d", "\u0639": "a", "\u063a": "gh", "\u0641": "f",
    "\u0642": "k", "\u0643": "k", "\u0644": "l", "\u0645": "m", "\u0646": "n",
    "\u0647": "h", "\u0648": "ou", "\u064a": "i", "\u0621": "", "\u06af": "g",
    "\u06a4": "v", "\u067e": "p",
}
# Latin letters folded to the consonant classes of the transliteration
_LATIN_FOLD = [("sh", "ch"), ("dh", "d"), ("th", "t"), ("q", "k"), ("c", "k"),
               ("x", "ks"), ("w", "ou"), ("y", "i"), ("e", "a"), ("o", "a"),
               ("u", "a"), ("i", "a"), ("p", "b"), ("v", "f"), ("g", "j")]
_VOWELS = re.compile("[aeiouy]+")
_DOUBLED = re.compile(r"(.)\1+")


def strip_accents(text):
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalize_arabic(text):
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKC", text)
    text = _AR_MARKS.sub("", text)
    return text.translate(_AR_VARIANTS)


def _words(text):
    if not text:
        return []
    text = normalize_arabic(strip_accents(str(text))).lower()
    words = []
    for word in _NON_WORD.sub(" ", text.replace("_", " ")).split():
        # Arabic definite article glued to the word
        if len(word) > 3 and word.startswith("\u0627\u0644"):
            word = word[2:]
        if word in STOP_WORDS:
            continue
        words.append(word)
    return words


def name_key(text):
    """Normalised name: case, accents, spacing, punctuation, Arabic variants."""
    return " ".join(_words(text)) or False


def transliterate(text):
    """Arabic script to a rough Latin spelling (for skeletons only)."""
    return "".join(_AR_TO_LATIN.get(c, c) for c in text)


@functools.lru_cache(maxsize=100000)
def _word_skeleton(word):
    """The consonant skeleton of one word (names share their words: computed once)."""
    word = transliterate(word)
    for src, dst in _LATIN_FOLD:
        word = word.replace(src, dst)
    word = _VOWELS.sub("", word)
    # collapse doubled letters (shadda, gemination)
    return _DOUBLED.sub(r"\1", word)


def name_skeleton(text):
    """Script-independent consonant skeleton of a name, or ``False`` when it
    is too short to be meaningful (fewer than 3 consonants)."""
    skeleton = []
    for word in _words(text):
        if word in GENERIC_TOKENS:
            skeleton.append(GENERIC_TOKENS[word])
            continue
        word = _word_skeleton(word)
        if word:
            skeleton.append(word)
    result = "".join(skeleton)
    core = result
    for token in set(GENERIC_TOKENS.values()):
        core = core.replace(token, "")
    minimum = 2 if core != result else 3
    return result if len(core) >= minimum else False


def header_key(text):
    """Normalised column header for import mapping."""
    return " ".join(_NON_WORD.sub(" ", strip_accents(str(text or "")).lower()).split())


# words that precede a province's name in files ("Préfecture de Rabat", "إقليم القنيطرة")
PLACE_PREFIXES = (
    "prefecture d arrondissements de", "prefecture d arrondissements d",
    "prefecture de", "prefecture d", "province de", "province d", "prefecture", "province",
    "\u0639\u0645\u0627\u0644\u0647 \u0645\u0642\u0627\u0637\u0639\u0627\u062a",
    "\u0639\u0645\u0627\u0644\u0647", "\u0627\u0642\u0644\u064a\u0645",
)


def lookup_key(text, prefixes=()):
    """Key that compares a spelling found in a file with names, codes and aliases: no
    case, accents, punctuation or spaces, Arabic letter variants and digits unified, and
    the first of ``prefixes`` (in normalised words) that starts the text removed.

    >>> lookup_key('S.A.R.L.'), lookup_key('SARL AU'), lookup_key('Sarl-A.U')
    ('sarl', 'sarlau', 'sarlau')
    >>> lookup_key('Coopérative') == lookup_key('COOPERATIVE')
    True
    >>> lookup_key('Préfecture de Rabat', PLACE_PREFIXES), lookup_key("Province d'Ifrane", PLACE_PREFIXES)
    ('rabat', 'ifrane')
    >>> lookup_key('تعاونيّة') == lookup_key('تعاونية')
    True
    """
    words = " ".join(_NON_WORD.sub(" ", normalize_arabic(
        strip_accents(str(text or ""))).lower().replace("_", " ")).split())
    for prefix in prefixes:
        if words.startswith(prefix + " "):
            words = words[len(prefix) + 1:]
            break
    return words.replace(" ", "")
