import datetime
import importlib.util
import io
import zipfile

import xlrd

from odoo import fields
from odoo.addons.ccis_activity.tests.common import CcisActivityTestFactory
from odoo.modules.module import get_module_resource
from odoo.tests.common import SavepointCase


class CcisEventCommon(CcisActivityTestFactory, SavepointCase):
    """A small chamber built once: a head office and an annex with their units, one user of
    every CCIS group (each with an employee in a unit), members with contact persons, the
    current year's programme with an action, and helpers to create events."""

    @classmethod
    def setUpClass(cls):
        super(CcisEventCommon, cls).setUpClass()
        cls._setup_test_env()
        ref = cls.env.ref
        cls.today = fields.Date.from_string(fields.Date.context_today(cls.env.user))
        cls.year = cls.today.year
        cls.Event = cls.env['event.event']
        cls.Registration = cls.env['event.registration']
        cls.type_training = ref('ccis_event.event_type_training')
        cls.type_seminar = ref('ccis_event.event_type_seminar')
        cls.type_fair = ref('ccis_event.event_type_fair')

        cls._create_test_chamber('TE', 'événements', 'CCIS Test Événements')

        cls.sector_agro = ref('ccis_member.ccis_member_sector_ind_agro')
        cls.sector_trans = ref('ccis_member.ccis_member_sector_srv_trans')
        cls.sector_impex = ref('ccis_member.ccis_member_sector_com_impex')
        cls.member_agro = cls._create_member('Conserverie Test du Gharb', cls.sector_agro)
        cls.member_trans = cls._create_member('Transports Test Bouregreg', cls.sector_trans)
        cls.member_impex = cls._create_member('Agrumes Test Export', cls.sector_impex)
        cls.member_other = cls._create_member('Société Test Sans Secteur', cls.sector_agro)
        cls.person_agro = cls._create_person('Rachid Test', cls.member_agro, 'Directeur')
        cls.person_trans = cls._create_person('Khadija Test', cls.member_trans, 'Gérante')
        cls.person_impex = cls._create_person('Fatima Test', cls.member_impex, 'DG')
        cls.person_other = cls._create_person('Omar Test', cls.member_other, 'DAF')

        cls.programme = cls.env['ccis.activity.programme'].search(
            [('year', '=', cls.year)], limit=1) or cls.env['ccis.activity.programme'].create(
            {'name': 'Programme test événements', 'year': cls.year})
        cls.axis = ref('ccis_activity.ccis_activity_axis_formation')
        whole_year = {'axis': cls.axis, 'date_start': '%s-01-01' % cls.year,
                      'date_end': '%s-12-31' % cls.year}
        cls.action = cls._create_action('Formations test événements', cls.programme,
                                        cls.unit_dap, **whole_year)
        cls.other_action = cls._create_action('Autre action test événements', cls.programme,
                                              cls.unit_dap, **whole_year)

    @classmethod
    def _create_member(cls, name, sector):
        return cls.env['res.partner'].create({
            'name': name, 'is_company': True, 'ccis_is_member': True,
            'ccis_member_kind': 'company', 'ccis_sector_id': sector.id,
            'ccis_state': 'active', 'email': '%s@example.ma' % name.split()[0].lower(),
        })

    @classmethod
    def _create_person(cls, name, company, function):
        return cls.env['res.partner'].create({
            'name': name, 'parent_id': company.id, 'function': function, 'type': 'contact',
            'email': '%s@example.ma' % name.split()[0].lower(),
        })

    @classmethod
    def _create_event(cls, name, event_type, unit=None, action=None, days=0, hours=None,
                      confirm=True, **values):
        begin = datetime.datetime.combine(cls.today, datetime.time(8, 0)) + \
            datetime.timedelta(days=days)
        values.update({
            'name': name,
            'event_type_id': event_type.id,
            'date_begin': fields.Datetime.to_string(begin),
            'date_end': fields.Datetime.to_string(begin + datetime.timedelta(hours=8)),
            'unit_id': (unit or cls.unit_dap).id,
            'ccis_action_id': action.id if action else False,
            'auto_confirm': True,
        })
        if hours is not None:
            values['ccis_hours'] = hours
        event = cls.env['event.event'].create(values)
        if confirm and event.state == 'draft':
            event.button_confirm()
        return event

    @classmethod
    def _register(cls, event, person, **values):
        values.update({'event_id': event.id, 'partner_id': person.id})
        return cls.env['event.registration'].create(values)


class HandoverCase(object):
    """For the addons split from ccis_event and their bridges (a TransactionCase mixin):
    ``MODULE`` owns its records, and ccis_event's pre-migration ``MIGRATION`` hands them over
    from a database where the addon they come from (ccis_event, or the spec's ``old``) still
    owns them."""

    MODULE = None
    MIGRATION = '11.0.2.0.0'

    def assertOwned(self, records, exact=True):
        """The records have XML ids of ``MODULE`` only (``exact``), or at least none of
        ccis_event (the fields a model inherits, e.g. from mail.thread, have their XML id in
        the addon of the inherited field)."""
        self.assertTrue(records, records._name)
        owners = {record.id: set() for record in records}
        for data in self.env['ir.model.data'].search(
                [('model', '=', records._name), ('res_id', 'in', records.ids)]):
            owners[data.res_id].add(data.module)
        for res_id, modules in owners.items():
            label = '%s(%s)' % (records._name, res_id)
            if exact:
                self.assertEqual(modules, {self.MODULE}, label)
            else:
                self.assertTrue(modules, label)
                self.assertNotIn('ccis_event', modules, label)

    def _migration_script(self):
        path = get_module_resource('ccis_event', 'migrations', self.MIGRATION,
                                   'pre-migrate.py')
        spec = importlib.util.spec_from_file_location(
            'ccis_event_pre_migrate_%s' % self.MIGRATION.replace('.', '_'), path)
        script = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(script)
        return script

    def assertHandedOver(self, ids, minimum=50):
        """The XML ids ``ids`` of ``MODULE`` (at least ``minimum``), given back to the addon
        they come from as it had them, are ``MODULE``'s again after the pre-migration's
        hand-over."""
        script = self._migration_script()
        spec = script.HANDOVER[self.MODULE]
        cr = self.env.cr
        self.assertGreaterEqual(len(ids), minimum)
        cr.execute("UPDATE ir_model_data SET module = %s WHERE id IN %s",
                   (spec.get('old', 'ccis_event'), ids))
        hand_over = getattr(script, 'handover', script)._hand_over
        hand_over(cr, self.MODULE, spec)
        cr.execute("SELECT name FROM ir_model_data WHERE id IN %s AND module != %s",
                   (ids, self.MODULE))
        self.assertFalse(cr.fetchall())


# a text that a spreadsheet would run as a formula if it were written as one
PAYLOAD = '=HYPERLINK("http://exemple.ma";"Cliquez")'


class XlsxReportCase(object):
    """For the tests of the events' workbooks (a TestCase mixin)."""

    def _print(self, action, xmlid, user):
        """Print the XLSX report action ``action`` as ``user``: it is the report ``xmlid``,
        and the cells holding PAYLOAD hold it as text, never as a formula."""
        self.assertEqual((action['type'], action['report_type']), ('ir.actions.report', 'xlsx'))
        report = self.env['ir.actions.report'].sudo(user)._get_report_from_name(
            action['report_name'])
        self.assertEqual(report, self.env.ref(xmlid))
        content, kind = report.render(action['context']['active_ids'])
        self.assertEqual(kind, 'xlsx')
        archive = zipfile.ZipFile(io.BytesIO(content))
        self.assertNotIn('<f>', archive.read('xl/worksheets/sheet1.xml').decode())
        sheet = xlrd.open_workbook(file_contents=content).sheet_by_index(0)
        cells = [cell for row in range(3, sheet.nrows) for cell in sheet.row(row)
                 if cell.value == PAYLOAD]
        self.assertTrue(cells)
        self.assertEqual({cell.ctype for cell in cells}, {xlrd.XL_CELL_TEXT})
        return report
