from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tools import mute_logger

from odoo.addons.ccis_certificate_origin.tests.common import certificate_values

from .common import PDF, PortalCase, application, certificate_desk


class TestCertificateApply(PortalCase):
    """A member applies online for a certificate of origin: a draft of its own company, in
    the unit that issues them, with an activity for its staff; everything checked first."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.desk, cls.desk_agent = certificate_desk(cls.env)
        cls.Certificate = cls.env['ccis.certificate.origin']
        cls.dum = cls.env.ref('ccis_certificate_origin.ccis_certificate_document_type_dum')

    def apply(self, user, values, lines, files):
        return self.Certificate.sudo(user)._ccis_portal_apply(values, lines, files)

    def assert_refused(self, message, values, lines, files):
        count = self.Certificate.search_count([])
        with self.assertRaises(ValidationError) as error:
            self.apply(self.user_a, values, lines, files)
        self.assertIn(message, error.exception.name)
        self.assertEqual(self.Certificate.search_count([]), count)

    def test_complete_application(self):
        values, lines, files = application(self.env, partner_id=str(self.member_b.id),
                                           state='issued', unit_id='1')
        certificate = self.apply(self.user_a, values, lines, files)
        self.assertEqual(certificate.env.uid, self.user_a.id)
        record = certificate.sudo()
        self.assertEqual(record.partner_id, self.member_a)
        self.assertEqual(record.state, 'draft')
        self.assertEqual(record.name, '/')
        self.assertEqual(record.unit_id, self.desk)
        self.assertEqual(record.consignee_name, 'Importadora Valencia SL')
        self.assertEqual(record.destination_country_id, self.env.ref('base.es'))
        self.assertEqual(record.copies, 1)
        self.assertEqual(len(record.line_ids), 1)
        line = record.line_ids
        self.assertEqual((line.name, line.hs_code, line.uom), ('Chemises en coton', '6205.20',
                                                               'cartons'))
        self.assertEqual((line.quantity, line.gross_weight, line.value),
                         (1200.0, 2400.5, 480000.0))
        self.assertEqual(line.origin_country_id, self.env.ref('base.ma'))
        self.assertEqual(len(record.document_ids), 3)
        self.assertTrue(all(record.document_ids.mapped('file')))
        self.assertEqual(record._ccis_issue_problems(), [])
        self.assertEqual(certificate._ccis_portal_problems(), [])
        # the unit's staff have an activity; the chatter says where it came from
        activity = record.activity_ids
        self.assertEqual(activity.user_id, self.desk_agent)
        self.assertIn(self.member_a.name, activity.summary)
        self.assertIn("Demande reçue depuis l'espace ressortissant.",
                      record.message_ids.mapped('body')[0])
        # the member reads it (and its lines), the other member does not
        self.assertIn(certificate, self.Certificate.sudo(self.user_a).search([]))
        self.assertEqual(certificate.line_ids.sudo(self.user_a).hs_code, '6205.20')
        self.assertFalse(self.Certificate.sudo(self.user_b).search(
            [('id', '=', certificate.id)]))
        with self.assertRaises(AccessError), mute_logger('odoo.models'):
            record.sudo(self.user_b).read(['consignee_name'])
        with self.assertRaises(AccessError), mute_logger('odoo.models'):
            record.line_ids.sudo(self.user_b).read(['name'])
        # the unit's agent issues it in the back office
        record.sudo(self.desk_agent).action_issue()
        self.assertEqual(record.state, 'issued')
        self.assertTrue(record.name.startswith('CO/'))

    def test_missing_required_document(self):
        values, lines, files = application(self.env)
        del files[self.dum.id]
        self.assert_refused(
            "Joignez la pièce obligatoire « Déclaration unique de marchandises (DUM) ».",
            values, lines, files)

    def test_no_goods(self):
        values, lines, files = application(self.env)
        self.assert_refused('Déclarez au moins une marchandise', values, lines[1:], files)

    def test_bad_line_and_header(self):
        values, lines, files = application(self.env, consignee_name=' ',
                                           destination_country_id='', transport_mode='teleport',
                                           copies='-2')
        lines[0].update(hs_code='62AB', net_weight='2 500', value='beaucoup')
        count = self.Certificate.search_count([])
        with self.assertRaises(ValidationError) as error:
            self.apply(self.user_a, values, lines, files)
        message = error.exception.name
        for expected in (
                "Indiquez le destinataire (champ « Destinataire »).",
                "Choisissez le pays de destination (champ « Pays de destination »).",
                "Choisissez le mode de transport (champ « Mode de transport »).",
                "Champ « Copies certifiées » : indiquez un nombre entier de 0 à 20.",
                "Ligne 1 : « beaucoup » n'est pas un nombre valide pour le champ « Valeur "
                "facturée (MAD) ».",
                "Ligne 1 (« Chemises en coton ») : le code SH « 62AB » doit compter de 6 à 10 "
                "chiffres.",
                "Ligne 1 (« Chemises en coton ») : le poids net (2500.000 kg) dépasse le "
                "poids brut (2400.500 kg)."):
            self.assertIn(expected, message)
        self.assertEqual(self.Certificate.search_count([]), count)

    def test_bad_upload(self):
        values, lines, files = application(self.env)
        files[self.dum.id] = ('dum.pdf', b'<html>')
        self.assert_refused("Le contenu du fichier « dum.pdf » ne correspond pas à son "
                            "extension.", values, lines, files)

    def test_no_direct_create(self):
        """Over RPC the portal creates no certificate, line or document, for its own company
        or another: only through the checked application."""
        Certificate = self.Certificate.sudo(self.user_a)
        for partner in (self.member_a, self.member_b):
            with self.assertRaises(AccessError), mute_logger('odoo.models'):
                Certificate.create(certificate_values(self.env, partner))
        draft = self.Certificate.sudo(self.agent).create(
            certificate_values(self.env, self.member_a))
        with self.assertRaises(AccessError), mute_logger('odoo.models'):
            self.env['ccis.certificate.origin.line'].sudo(self.user_a).create({
                'certificate_id': draft.id, 'name': 'Ajout', 'hs_code': '620520'})
        with self.assertRaises(AccessError), mute_logger('odoo.models'):
            self.env['ccis.certificate.origin.document'].sudo(self.user_a).create({
                'certificate_id': draft.id, 'type_id': self.dum.id, 'file_name': 'x.pdf'})
        with self.assertRaises(AccessError), mute_logger('odoo.models'):
            draft.sudo(self.user_a).action_issue()

    def test_unit_without_parameter(self):
        """Without the parameter: the unit of the latest certificate of the member's site."""
        self.env['ir.config_parameter'].sudo().set_param(
            'ccis_portal.certificate_unit_codes', '')
        last = self.Certificate.sudo(self.desk_agent).create(certificate_values(
            self.env, self.member_a, date='2033-12-30'))
        self.assertEqual(last.unit_id, self.desk)
        values, lines, files = application(self.env)
        certificate = self.apply(self.user_a, values, lines, files)
        self.assertEqual(certificate.sudo().unit_id, self.desk)
        # Kénitra's member: the unit listed for its site
        self.env['ir.config_parameter'].sudo().set_param(
            'ccis_portal.certificate_unit_codes', 'TCO,KEN-DSR')
        certificate = self.apply(self.user_b, values, lines, files)
        self.assertEqual(certificate.sudo().unit_id, self.env.ref(
            'ccis_base.ccis_unit_kenitra_services_ressortissants_demo'))
        self.assertEqual(certificate.sudo().partner_id, self.member_b)

    def test_upload_checks_shared(self):
        """Requests and applications check their files with the same function."""
        Request = self.env['ccis.member.request']
        for files in ([('a.pdf', PDF)], [('b.exe', b'MZ')], [('c.pdf', b'')]):
            self.assertEqual(Request._ccis_check_uploads(files),
                             self.Certificate._ccis_check_uploads(files))

    def test_correct_draft_online(self):
        """The member corrects its draft made online: all or nothing, its own only, not once
        issued, not a draft entered at the counter."""
        values, lines, files = application(self.env)
        certificate = self.apply(self.user_a, values, lines, files)
        record = certificate.sudo()
        self.assertTrue(record.portal_submitted)
        self.assertFalse(certificate._ccis_portal_edit_block())
        form = certificate._ccis_portal_form_values()
        self.assertEqual((form['consignee_name'], form['line_1_hs_code'],
                          form['line_1_gross_weight'], form['line_1_value']),
                         ('Importadora Valencia SL', '6205.20', '2400.5', '480000'))
        old_dum = record.document_ids.filtered(lambda doc: doc.type_id == self.dum)
        # a wrong line: nothing written, the line and field named
        lines[0]['value'] = 'beaucoup'
        lines[1].update(name='Pantalons', hs_code='6203.42', quantity='300',
                        gross_weight='600', net_weight='550', value='90000')
        with self.assertRaises(ValidationError) as error:
            certificate._ccis_portal_update(dict(values, consignee_name='Autre SL'), lines,
                                            {self.dum.id: ('dum-2.pdf', PDF)})
        self.assertIn("Ligne 1 : « beaucoup » n'est pas un nombre valide pour le champ "
                      "« Valeur facturée (MAD) ».", error.exception.name)
        self.assertEqual((record.consignee_name, len(record.line_ids)),
                         ('Importadora Valencia SL', 1))
        self.assertEqual(old_dum.file_name, files[self.dum.id][0])
        # right: the header and goods replaced, the DUM replaced, the others kept
        lines[0]['value'] = '470000'
        certificate._ccis_portal_update(dict(values, consignee_name='Autre SL'), lines,
                                        {self.dum.id: ('dum-2.pdf', PDF)})
        self.assertEqual(record.consignee_name, 'Autre SL')
        self.assertEqual(record.line_ids.mapped('value'), [470000.0, 90000.0])
        self.assertEqual(len(record.document_ids), 3)
        self.assertEqual(old_dum.file_name, 'dum-2.pdf')
        self.assertIn("Demande corrigée depuis l'espace ressortissant.",
                      record.message_ids.mapped('body')[0])
        # the other member cannot; nor once issued; nor a draft entered at the counter
        with self.assertRaises(AccessError), mute_logger('odoo.models'):
            record.sudo(self.user_b)._ccis_portal_update(values, lines, {})
        counter = self.Certificate.sudo(self.agent).create(
            certificate_values(self.env, self.member_a))
        with self.assertRaisesRegex(UserError, 'saisie par la chambre'):
            counter.sudo(self.user_a)._ccis_portal_update(values, lines, {})
        record.sudo(self.desk_agent).action_issue()
        with self.assertRaisesRegex(UserError, 'Ce certificat est émis'):
            certificate._ccis_portal_update(values, lines, {})
