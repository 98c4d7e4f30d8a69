# Refresh the suite's translation files from the installed addons (not a test).
#
#     ./ccis shell -d DB --log-level=warn < tools/i18n_update.py
#     CCIS_I18N_MODULES=ccis_member,ccis_event ./ccis shell -d DB < tools/i18n_update.py
#
# For each installed ccis_* addon (or those listed), it writes i18n/<addon>.pot from the
# addon's terms as Odoo exports them (English sources: fields, selections, views, menus,
# actions, data, Python and JavaScript strings, and its name and summary in the Apps list),
# then rewrites i18n/fr.po and i18n/ar.po with the same entries, each keeping the translation
# its file already had for that source. It prints, per addon and language, the terms left to
# translate: translate them in the .po files (tests: ccis_l10n_ar_ma's test_translations fails
# on any of them).
import io
import os

import polib

from odoo.modules.module import get_module_path
from odoo.tools.translate import PoFile, trans_generate

env = globals()['env']  # provided by ./ccis shell
LANGUAGES = ('fr', 'ar')
MAGIC_FIELDS = ('id', 'display_name', 'create_uid', 'create_date', 'write_uid', 'write_date', '__last_update')
HEADER = '''# Translation of Odoo Server.
# This file contains the translation of the following modules:
# * %(module)s
#
msgid ""
msgstr ""
"Project-Id-Version: Odoo Server 11.0\\n"
"Report-Msgid-Bugs-To: \\n"
"Last-Translator: <>\\n"
"Language-Team: \\n"
%(language)s"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: \\n"
"Plural-Forms: \\n"

'''


def written_at_installation():
    """The descriptions of the indicator definitions retired when an addon replacing them was
    installed (ccis_activity's _ccis_retire adds a dated note): data of that day, not terms of
    an addon (ccis_l10n_ar_ma's test_translations leaves them out too)."""
    if 'ccis.indicator.definition' not in env:
        return set()
    retired = env['ccis.indicator.definition'].with_context(active_test=False, lang=None).search(
        [('active', '=', False), ('code', '=like', '%\\_RETIRE')])
    return set(retired.mapped('description'))


def module_terms(module, skipped):
    """{source: {'tnrs': [(type, name, res_id)], 'comments': set()}} of the addon."""
    terms = {}
    for term_module, kind, name, res_id, source, _value, comments in trans_generate(False, [module], env.cr):
        if term_module != module or not source.strip() or source in skipped:
            continue
        term = terms.setdefault(source, {'tnrs': [], 'comments': set()})
        term['tnrs'].append((kind, name, res_id))
        term['comments'].update(comments)
    for name, source in module_description_terms(module):
        if source.strip():
            term = terms.setdefault(source, {'tnrs': [], 'comments': set()})
            term['tnrs'].append(('model', name, 'base.module_%s' % module))
    for name, xmlid, source, origin in inherited_field_terms(module):
        if source not in skipped and source.strip():
            term = terms.setdefault(source, {'tnrs': [], 'comments': set()})
            term['tnrs'].append(('model', name, xmlid))
            term.setdefault('origins', set()).add(origin)
    return terms


def module_description_terms(module):
    """The addon's name and summary in the Apps list (its manifest's, English): Odoo exports
    them with base's terms, so the addon's files carry their translations. Yields (name,
    source)."""
    record = env['ir.module.module'].with_context(lang=None).search([('name', '=', module)])
    yield 'ir.module.module,shortdesc', record.shortdesc
    if record.summary:
        yield 'ir.module.module,summary', record.summary


def upstream(module):
    """The ccis addons ``module`` depends on, directly or not."""
    found, todo = set(), [module]
    while todo:
        record = env['ir.module.module'].search([('name', '=', todo.pop())])
        for name in record.dependencies_id.mapped('name'):
            if name.startswith('ccis_') and name not in found:
                found.add(name)
                todo.append(name)
    return found


def inherited_field_terms(module):
    """The labels and tooltips of the fields a model of ``module`` inherits from a mixin of an
    addon it depends on (a unit, an invoice, a lock) that does not touch the model itself: Odoo
    names them after that addon, whose files were loaded before the model had them, so
    ``module``'s files carry their translations. Yields (name, xml id, source, addon of the
    mixin)."""
    addons = tuple(upstream(module))
    if not addons:
        return
    env.cr.execute("""
        SELECT fd.module || '.' || fd.name, f.field_description, f.help, fd.module
          FROM ir_model_data md
          JOIN ir_model m ON m.id = md.res_id
          JOIN ir_model_fields f ON f.model_id = m.id
          JOIN ir_model_data fd ON fd.model = 'ir.model.fields' AND fd.res_id = f.id
         WHERE md.model = 'ir.model' AND md.module = %s AND fd.module IN %s
           AND NOT EXISTS (SELECT 1 FROM ir_model_data mixin
                            WHERE mixin.model = 'ir.model' AND mixin.res_id = m.id
                              AND mixin.module = fd.module)
           AND f.name NOT IN %s
         ORDER BY 1""", (module, addons, MAGIC_FIELDS))
    for xmlid, label, tooltip, origin in env.cr.fetchall():
        yield 'ir.model.fields,field_description', xmlid, label, origin
        if tooltip:
            yield 'ir.model.fields,help', xmlid, tooltip, origin


def existing(path):
    if not os.path.exists(path):
        return {}
    return {entry.msgid: entry.msgstr for entry in polib.pofile(path) if entry.msgstr}


def write(path, module, language, terms, translations):
    buffer = io.BytesIO()
    header = HEADER % {'module': module, 'language': '"Language: %s\\n"\n' % language if language else ''}
    buffer.write(header.encode('utf-8'))
    writer = PoFile(buffer)
    missing = 0
    for source in sorted(terms):
        value = ''
        if language:
            value = translations.get(source) or next(
                (found for found in (existing(os.path.join(get_module_path(origin), 'i18n', '%s.po' % language))
                                     .get(source) for origin in sorted(terms[source].get('origins', ())))
                 if found), '')
        missing += bool(language and not value)
        writer.write([module], terms[source]['tnrs'], source, value, terms[source]['comments'])
    with open(path, 'w', encoding='utf-8') as po_file:
        po_file.write(buffer.getvalue().decode('utf-8'))
    return missing


def main():
    wanted = [name for name in os.environ.get('CCIS_I18N_MODULES', '').split(',') if name]
    modules = env['ir.module.module'].search(
        [('name', '=like', 'ccis\\_%'), ('state', '=', 'installed')]).mapped('name')
    skipped = written_at_installation()
    for module in sorted(modules):
        if wanted and module not in wanted:
            continue
        folder = os.path.join(get_module_path(module), 'i18n')
        os.makedirs(folder, exist_ok=True)
        terms = module_terms(module, skipped)
        write(os.path.join(folder, '%s.pot' % module), module, None, terms, {})
        report = []
        for language in LANGUAGES:
            path = os.path.join(folder, '%s.po' % language)
            report.append('%s %d' % (language, write(path, module, language, terms, existing(path))))
        print('%s: %d terms, untranslated: %s' % (module, len(terms), ', '.join(report)))
        numbered = numbered_field_ids(module)
        if numbered:
            print('  %s: field ids numbered by the database (%s): run this on a fresh database '
                  'of the suite' % (module, ', '.join(numbered)))


def numbered_field_ids(module):
    """The addon's field XML ids Odoo suffixed with the field's database id, as their plain
    name was taken (``ccis.member.request``'s ``category_id`` and
    ``ccis.member.request.category``'s ``id`` are both ``field_ccis_member_request_category_id``):
    their translations load only on a database whose ids are the same, i.e. one installed from
    scratch with the same addons."""
    env.cr.execute("""SELECT name FROM ir_model_data WHERE model = 'ir.model.fields'
                        AND module = %s AND name ~ '_[0-9]+$' ORDER BY name""", (module,))
    return [name for name, in env.cr.fetchall()]


main()
