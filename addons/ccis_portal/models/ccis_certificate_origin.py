import base64

from odoo import _, api, fields, models
from odoo.exceptions import AccessError, ValidationError

from ..tools.numbers import parse_integer, parse_number

PARAM_CERTIFICATE_UNITS = 'ccis_portal.certificate_unit_codes'
# the goods fields of an application's line, as the portal's form posts them
LINE_TEXT_FIELDS = ('name', 'hs_code', 'uom')
LINE_NUMBER_FIELDS = ('quantity', 'gross_weight', 'net_weight', 'value')
MAX_COPIES = 20
# what the member's space shows of a certificate's state
PORTAL_STATES = [
    ('draft', "Demande en cours d'examen"),
    ('issued', 'Émis'),
    ('cancelled', 'Annulé'),
]


class CcisCertificateOrigin(models.Model):
    _name = 'ccis.certificate.origin'
    _inherit = ['ccis.certificate.origin', 'ccis.portal.upload.mixin']

    portal_state = fields.Selection(
        PORTAL_STATES, string="État (espace ressortissant)", compute='_compute_portal_state')

    @api.depends('state')
    def _compute_portal_state(self):
        for certificate in self:
            certificate.portal_state = certificate.state

    # ------------------------------------------------------------------
    # the unit that receives the applications made online
    # ------------------------------------------------------------------
    @api.model
    def _ccis_portal_unit(self, member):
        """The unit that handles the online applications of ``member``.

        The system parameter ``ccis_portal.certificate_unit_codes`` lists the codes of the
        units that issue certificates (one per site, e.g. ``DSR,KEN-DSR``): the one of the
        member's site, else the first listed. Without it, the unit of the most recent
        certificate of the member's site (the counter that already issues them). Read as
        superuser: the member does not read the chamber's organisation."""
        Unit = self.env['hr.department'].sudo()
        site = member.sudo().ccis_site_id
        codes = [code.strip() for code in (self.env['ir.config_parameter'].sudo().get_param(
            PARAM_CERTIFICATE_UNITS) or '').split(',') if code.strip()]
        if codes:
            units = Unit.search([('code', 'in', codes)])
            units = units.sorted(key=lambda unit: codes.index(unit.code))
            unit = units.filtered(lambda u: u.site_id == site)[:1] or units[:1]
            if unit:
                return unit
        if site:
            last = self.sudo().search([('site_id', '=', site.id), ('unit_id', '!=', False)],
                                      order='date desc, id desc', limit=1)
            if last:
                return last.unit_id
        return Unit

    @api.model
    def _ccis_portal_staff_user(self, unit):
        """Who receives the activity of an online application: the unit's manager, else the
        director of its site, else a user of the unit."""
        unit = unit.sudo()
        user = unit.manager_id.user_id or unit.site_id.director_id.user_id
        if not user:
            user = self.env['hr.employee'].sudo().search(
                [('department_id', '=', unit.id), ('user_id', '!=', False)], limit=1).user_id
        return user

    # ------------------------------------------------------------------
    # the online application
    # ------------------------------------------------------------------
    @api.model
    def _ccis_portal_document_types(self):
        return self.env['ccis.certificate.document.type'].search([])

    @api.model
    def _ccis_portal_line_values(self, index, row, errors):
        """The values of the goods line ``row`` (a dict of texts as posted) of number
        ``index``, None for an empty row; the problems of the row go to ``errors``."""
        texts = {name: (row.get(name) or '').strip() for name in LINE_TEXT_FIELDS}
        numbers = {name: (row.get(name) or '').strip() for name in LINE_NUMBER_FIELDS}
        if not any(texts[name] for name in ('name', 'hs_code')) and not any(numbers.values()):
            return None
        Line = self.env['ccis.certificate.origin.line']
        vals = {'name': texts['name'] or False, 'hs_code': texts['hs_code'] or False,
                'uom': texts['uom'] or _('colis')}
        for name in LINE_NUMBER_FIELDS:
            value = parse_number(numbers[name])
            if value is False:
                errors.append(_("Ligne %d : « %s » n'est pas un nombre valide pour le champ "
                                "« %s ».") % (index, numbers[name], Line._fields[name].string))
                value = None
            vals[name] = value or 0.0
        country = self.env['res.country'].search(
            [('id', '=', parse_integer(row.get('origin_country_id')) or 0)], limit=1)
        vals['origin_country_id'] = country.id
        line = Line.new(vals)
        for problem in self._ccis_line_problems(index, line):
            errors.append(problem[:1].upper() + problem[1:] + '.')
        return vals

    @api.model
    def _ccis_portal_apply(self, values, lines=(), files=None):
        """An application for a certificate of origin of the current (portal) user's
        company, received on the web, as a draft for the staff to check and issue.

        ``values``: the posted header (consignee, destination, transport, invoice, copies);
        ``lines``: the posted goods rows (dicts of texts; empty rows are ignored);
        ``files``: ``{document type id: (filename, bytes)}``. Everything is checked first
        (French messages naming the field or line); the exporter is always the user's
        company, whatever was posted. The portal reads certificates of its company but
        creates none: the application, its lines and documents are created as superuser
        once checked, then read back with the user's rights."""
        user = self.env.user
        partner = user.commercial_partner_id
        if not partner.ccis_is_member:
            raise AccessError(_("Votre compte n'est rattaché à aucun ressortissant."))
        self.check_access_rights('read')
        files = files or {}
        errors = []
        Country = self.env['res.country']
        vals = {
            'partner_id': partner.id,
            'consignee_name': (values.get('consignee_name') or '').strip() or False,
            'consignee_address': (values.get('consignee_address') or '').strip() or False,
            'transport_details': (values.get('transport_details') or '').strip() or False,
            'invoice_reference': (values.get('invoice_reference') or '').strip() or False,
        }
        if not vals['consignee_name']:
            errors.append(_("Indiquez le destinataire (champ « %s »).")
                          % self._fields['consignee_name'].string)
        for field in ('consignee_country_id', 'destination_country_id'):
            country = Country.search(
                [('id', '=', parse_integer(values.get(field)) or 0)], limit=1)
            vals[field] = country.id
        if not vals['destination_country_id']:
            errors.append(_("Choisissez le pays de destination (champ « %s »).")
                          % self._fields['destination_country_id'].string)
        transport = values.get('transport_mode') or ''
        if transport not in dict(self._fields['transport_mode'].selection):
            errors.append(_("Choisissez le mode de transport (champ « %s »).")
                          % self._fields['transport_mode'].string)
            transport = False
        vals['transport_mode'] = transport
        copies = parse_integer(values.get('copies'))
        if copies is False or (copies or 0) > MAX_COPIES:
            errors.append(_("Champ « %s » : indiquez un nombre entier de 0 à %d.")
                          % (self._fields['copies'].string, MAX_COPIES))
            copies = 0
        vals['copies'] = copies or 0
        line_vals = []
        for index, row in enumerate(lines, 1):
            line = self._ccis_portal_line_values(index, row, errors)
            if line is not None:
                line['sequence'] = index
                line_vals.append(line)
        if not line_vals:
            errors.append(_("Déclarez au moins une marchandise (désignation, code SH, "
                            "pays d'origine, quantité, poids et valeur)."))
        doc_types = self._ccis_portal_document_types()
        for doc_type in doc_types.filtered('required'):
            if doc_type.id not in files:
                errors.append(_("Joignez la pièce obligatoire « %s ».") % doc_type.name)
        unknown = set(files) - set(doc_types.ids)
        if unknown:
            errors.append(_("Un type de pièce envoyé n'existe pas ou n'est plus accepté."))
        errors += self._ccis_check_uploads(list(files.values()))
        unit = self._ccis_portal_unit(partner)
        if not unit:
            errors.append(_("La chambre n'a pas encore désigné l'unité qui délivre les "
                            "certificats d'origine : contactez-la."))
        if errors:
            raise ValidationError('\n'.join(errors))
        vals.update({
            'unit_id': unit.id,
            'line_ids': [(0, 0, line) for line in line_vals],
            'document_ids': [(0, 0, {
                'type_id': doc_type.id,
                'file': base64.b64encode(files[doc_type.id][1]),
                'file_name': files[doc_type.id][0],
            }) for doc_type in doc_types if doc_type.id in files],
        })
        certificate = self.sudo().with_context(mail_create_nolog=True).create(vals)
        # the portal's record rule must accept it: the user's company only
        certificate.sudo(user).check_access_rule('read')
        certificate.message_post(
            body=_("Demande reçue depuis l'espace ressortissant."),
            author_id=user.partner_id.id)
        self.env['mail.activity'].sudo()._ccis_schedule_todos(
            certificate,
            lambda record: _("Certificat d'origine demandé en ligne : %s")
            % record.partner_id.name,
            note=lambda record: _("<p>Vérifier la demande et ses pièces (destination : %s), "
                                  "puis émettre le certificat.</p>")
            % record.destination_country_id.name,
            user=lambda record: self._ccis_portal_staff_user(record.unit_id)
            or self.env['mail.activity']._ccis_responsible_of(record),
            deadline=lambda record: record.date)
        return certificate.sudo(user)

    @api.multi
    def _ccis_portal_problems(self):
        """What still prevents issuing a draft of the user's company, once it has been read
        with the user's rights: computed as superuser (it reads the issuing site and the
        document types the member does not read)."""
        self.ensure_one()
        if self.state != 'draft':
            return []
        return [problem[:1].upper() + problem[1:] for problem in
                self.sudo()._ccis_issue_problems()]
