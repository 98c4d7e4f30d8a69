"""The French screens of the suite, compared with what they were when the sources were French.

The suite's source strings are English (Odoo's convention) and ``fr.po`` gives their French.
``french_screens.json`` holds, for each thing a French user reads (a model's name, the labels,
tooltips and choices of its fields, a view or page, a menu, an action, a group, a scheduled
action, the messages of an addon's Python code and constraints), the SHA-1 of its French text
as it was before the change. The test recomputes them on the installed suite and names each
screen that differs.

``CCIS_FRENCH_SCREENS_DUMP=<file>`` writes the French texts themselves to that file (JSON) to
see a difference; ``CCIS_FRENCH_SCREENS_WRITE=1`` rewrites ``french_screens.json`` from the
installed suite (only when a French text is meant to change).
"""
import hashlib
import json
import os

from odoo.tests.common import SavepointCase
from odoo.tools.translate import trans_generate

SNAPSHOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'french_screens.json')
LANG = 'fr_FR'
# the fields every model has: their labels are Odoo's (base's translations), not the suite's
MAGIC_FIELDS = ('id', 'display_name', 'create_uid', 'create_date', 'write_uid', 'write_date', '__last_update')
# changed on purpose since the French sources, with the reason
CHANGED_ON_PURPOSE = {
    'ir.ui.view:ccis_strategy.report_strategy_plan_document':
        "the plan's state is read in the reader's language (_description_selection)",
    'field:ccis.economic.value.import.state':
        'the label was left in English ("State"); it reads "État", as the other states',
    'ir.ui.view:ccis_base.hr_department_view_kanban':
        "the parent unit's tooltip moved from the icon, where Odoo 11 does not translate it, "
        "to its line",
}
# what a record of these models shows a user, read in French
RECORD_FIELDS = {
    'ir.ui.view': ('arch_db',),
    'ir.ui.menu': ('complete_name',),
    'ir.actions.act_window': ('name', 'help'),
    'ir.actions.server': ('name',),
    'ir.actions.report': ('name',),
    'ir.actions.client': ('name',),
    'ir.cron': ('name',),
    'res.groups': ('name', 'comment'),
    'ir.module.category': ('name', 'description'),
    'ir.model': ('name',),
    'mail.activity.type': ('name', 'summary'),
}


def french_screens(env):
    """{key: French text} of everything the suite's addons show a French user."""
    env = env(context=dict(env.context, lang=LANG, active_test=False))
    modules = env['ir.module.module'].search(
        [('name', '=like', 'ccis\\_%'), ('state', '=', 'installed')]).mapped('name')
    data = env['ir.model.data'].search([('module', 'in', modules)])
    screens = {}
    fields_by_model = {}
    for xml in data:
        if xml.model == 'ir.model.fields':
            field = env['ir.model.fields'].browse(xml.res_id).exists()
            if field and field.model in env and field.name not in MAGIC_FIELDS:
                fields_by_model.setdefault(field.model, set()).add(field.name)
        elif xml.model in RECORD_FIELDS and xml.model in env:
            record = env[xml.model].browse(xml.res_id).exists()
            if record:
                values = record.read(list(RECORD_FIELDS[xml.model]))[0]
                screens['%s:%s.%s' % (xml.model, xml.module, xml.name)] = json.dumps(
                    [values[name] for name in RECORD_FIELDS[xml.model]], ensure_ascii=False)
    for model, names in fields_by_model.items():
        described = env[model].fields_get(sorted(names), ['string', 'help', 'selection'])
        for name, description in described.items():
            screens['field:%s.%s' % (model, name)] = json.dumps(
                [description.get('string'), description.get('help'), description.get('selection')],
                ensure_ascii=False)
    screens.update(_messages(env, modules))
    return screens


def _messages(env, modules):
    """The French of each addon's Python messages and SQL constraint messages, each under its
    addon and its digest (their places in the files are not a screen; an addon may gain
    messages, none may be lost or change)."""
    translate = env['ir.translation']._get_source
    messages = {}
    for module, kind, name, _res_id, source, _value, _comments in trans_generate(False, modules, env.cr):
        if module in modules and kind in ('code', 'sql_constraint'):
            lookup = None if kind == 'code' else name
            messages.setdefault(module, []).append(translate(lookup, (kind,), LANG, source) or source)
    return {'message:%s:%s' % (module, _digest(text)): text
            for module, texts in messages.items() for text in texts}


def _digest(text):
    return hashlib.sha1(text.encode('utf-8')).hexdigest()


class TestFrenchScreens(SavepointCase):

    def test_french_screens_unchanged(self):
        screens = french_screens(self.env)
        if os.environ.get('CCIS_FRENCH_SCREENS_DUMP'):
            with open(os.environ['CCIS_FRENCH_SCREENS_DUMP'], 'w', encoding='utf-8') as dump:
                json.dump(screens, dump, ensure_ascii=False, indent=1, sort_keys=True)
        digests = {key: _digest(text) for key, text in screens.items()}
        if os.environ.get('CCIS_FRENCH_SCREENS_WRITE'):
            with open(SNAPSHOT, 'w', encoding='utf-8') as snapshot:
                json.dump(digests, snapshot, indent=0, sort_keys=True)
                snapshot.write('\n')
        with open(SNAPSHOT, encoding='utf-8') as snapshot:
            expected = {
                key: digest for key, digest in json.load(snapshot).items()
                if not (key.startswith('field:') and key.rsplit('.', 1)[1] in MAGIC_FIELDS)}
        self.assertGreater(len(expected), 1000)
        missing = sorted(set(expected) - set(digests))
        changed = sorted(key for key in expected if key in digests and digests[key] != expected[key]
                         and key not in CHANGED_ON_PURPOSE)
        self.assertFalse(missing, 'French screens gone: %s' % ', '.join(missing[:30]))
        self.assertFalse(changed, '%d French screens differ: %s' % (len(changed), ', '.join(changed[:30])))
